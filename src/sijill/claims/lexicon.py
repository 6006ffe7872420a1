"""The cue words of ``lang/ar/claims.json`` and how tokens are matched against them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sijill.doc import Doc, Token
from sijill.lang import load_json
from sijill.text.normalize import match_key

EVENT_TYPES = ("MEETING", "ELECTION", "APPOINTMENT", "RESIGNATION", "DISMISSAL", "FOUNDING")


@dataclass(frozen=True)
class Forms:
    """Whole-word forms and word beginnings (``استقال*``), as matching keys."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    #: Keys already tested against the prefixes, with the answer: the claim stages ask about the
    #: same few thousand words hundreds of thousands of times, and a dict lookup is far cheaper
    #: than ``startswith`` over every prefix. Cleared when it grows past ``_SEEN_MAX``.
    _seen: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False,
                                   hash=False)

    @classmethod
    def of(cls, items: list[str]) -> Forms:
        """Forms from data words; a trailing ``*`` makes a word beginning."""
        words = frozenset(match_key(w) for w in items if not w.endswith("*"))
        prefixes = tuple(sorted({match_key(w[:-1]) for w in items if w.endswith("*")}))
        return cls(words, prefixes)

    def match(self, keys: tuple[str, ...]) -> bool:
        """Whether any of a token's keys is one of the forms."""
        # A plain loop, not any() over a generator: this runs a million times per 300 articles.
        words = self.words
        for k in keys:
            if k in words:
                return True
        if not self.prefixes:
            return False
        seen = self._seen
        for k in keys:
            hit = seen.get(k)
            if hit is None:
                if len(seen) >= _SEEN_MAX:
                    seen.clear()
                hit = seen[k] = k.startswith(self.prefixes)
            if hit:
                return True
        return False


#: Bound on the keys each ``Forms`` remembers (a long run sees every word of the language).
_SEEN_MAX = 50_000


@dataclass(frozen=True)
class Lexicon:
    """Every cue the claim stages use."""

    verbs: dict[str, Forms]
    nouns: dict[str, Forms]
    #: Forms a type's noun prefix would take that name no event (الانتخابات: elections in general).
    not_nouns: dict[str, Forms]
    hold_verbs: Forms
    followups: Forms
    founding_markers: Forms
    noun_helpers: Forms
    status: dict[str, Forms]
    successor_cues: tuple[tuple[str, ...], ...]
    speech_verbs: Forms
    posted_heads: Forms
    #: Helpers that make a meeting noun a report (خلال الاجتماع، ترأس جلسة، أجرى زيارة).
    meeting_helpers: Forms
    #: Helpers that make a meeting noun with its owner's pronoun a report (بعد لقائه فلاناً،
    #: لدى استقباله): said of a bare noun they tell a plan (بعد الاجتماع).
    own_meeting_helpers: Forms
    #: Triggers that need a companion word shortly after them (بحث مع، فاز برئاسة، أحيل إلى
    #: التقاعد), with the event type they report.
    paired: tuple[Paired, ...]
    #: Verbs and nouns that dissolve the body named right after them (حل المجلس).
    dissolve: Forms
    #: Words after حل that make it a visit or a game away, not a dissolution (حل ضيفاً على).
    guest_words: Forms
    #: Verbs and nouns of winning (فاز، فوز): an election when a person and his post follow.
    won: Forms
    #: Words that end a list of appointees or people elected (خلفاً لـ، الذي، فيما).
    list_stops: Forms
    #: Words that open a list of members (برئاسة فلان وعضوية كل من ...) after an appointment.
    members_cues: Forms
    #: Words shortly before a trigger that make it a demand, a denial or a possibility, not a
    #: report (طالب بإقالة، نفى استقالته).
    blockers: Forms
    #: Words of approval that make a noun after على a report (وافق المجلس ... على تعيين فلان).
    approvals: Forms
    #: Words skipped when looking back from a noun for its helper (أعلن أمس رسمياً استقالته).
    fillers: Forms
    #: Words that list a body's members (تضم الهيئة فلاناً وفلاناً، وهم ...).
    composition: Forms
    #: Adjectives that make the organisation right before them a new one (الدائرة المستحدثة).
    new_adjectives: Forms
    #: Words that introduce a new body's name (تأسيس جمعية تحت مسمى ...).
    naming: Forms
    #: Words of a merger (اندماج، دمج): with a naming word after them they found the body named.
    mergers: Forms
    #: Words before a meeting noun that make it meetings in general (عدة مؤتمرات، العديد من الندوات).
    generic_meetings: Forms
    #: Words after a meeting noun that name its sides (محادثات فلان مع علان، اللقاء بين ...).
    between: Forms
    #: Verbs of announcing that make a noun after عن a report (أعلنت الوزارة ... عن تعيين فلان).
    announcers: Forms
    #: Participles that tell a person's resignation (الرئيس المستقيل فلان).
    resigned: Forms
    #: Verbs after a meeting noun that name its participants (لقاء جمع فلاناً بعلان).
    gathers: Forms
    #: Sides after مع/بـ that make a meeting noun a game (لقائه مع فريق الشباب).
    match_sides: Forms
    match_words: Forms
    game_nouns: Forms
    opponents: Forms
    not_guests: Forms
    sessions: Forms
    market_words: Forms
    #: Founding verbs whose subject is the new body, named before them too (الهيئة قد أنشئت).
    founded_passives: Forms
    launches: Forms
    #: Tasking verbs and nouns (كلف، تكليف): an appointment only where a post is given.
    tasks: Forms
    #: Words after بـ that make a tasking give a post (بمهام، بتسيير).
    task_posts: Forms
    #: A tasking to form a cabinet (بتشكيل الحكومة): the forming noun and the cabinet words.
    task_forming: Forms
    task_cabinets: Forms
    #: A new body's line-up told with its people's posts (وتكونت اللجنة برئاسة فلان، التشكيل
    #: الجديد: فلان رئيساً): verbs of composition done, formation nouns, the words that open a
    #: formation noun (جاء، يضم) and adjectives of newness after it.
    line_up_verbs: Forms
    line_up_nouns: Forms
    line_up_openers: Forms
    line_up_new: Forms
    #: Meeting verbs a body takes alone (اللجنة اجتمعت، المجلس سيجتمع).
    self_verbs: Forms
    #: Words after a meeting verb that make it a game (سيلتقي الفريق مع منافسه ودياً).
    games: Forms
    posts_needed: Forms


@dataclass(frozen=True)
class Paired:
    """A trigger that counts only with one of its companions within ``within`` words after it."""

    type: str
    words: Forms
    companions: Forms
    within: int
    #: Only a verb counts (فصل: الفصل is a chapter, a season or a term, never a dismissal).
    verb_only: bool = False
    #: Counts only when a person is named first after it (فاز فلان بالانتخابات): a party or a
    #: list that wins a contest is no one elected.
    person_first: bool = False
    #: Counts only when a person is named first after the companion too (حل فلان ضيفاً على
    #: نظيره فلان): a team or a show that hosts is a game or a programme, no meeting.
    person_after: bool = False
    #: Words right after it that make it another word (فصل الخريف: a season).
    not_next: Forms | None = None


@lru_cache(maxsize=4)
def lexicon(lang: str = "ar") -> Lexicon:
    """The claim cues of ``lang``, loaded once."""
    data = load_json("claims.json", lang)
    events = data["events"]
    return Lexicon(
        verbs={t: Forms.of(events[t].get("verbs", [])) for t in EVENT_TYPES},
        nouns={t: Forms.of(events[t].get("nouns", [])) for t in EVENT_TYPES},
        not_nouns={t: Forms.of(events[t].get("not_nouns", [])) for t in EVENT_TYPES},
        hold_verbs=Forms.of(events["MEETING"].get("hold_verbs", [])),
        followups=Forms.of(events["MEETING"].get("followups", [])),
        founding_markers=Forms.of(data["founding_markers"]),
        noun_helpers=Forms.of(data["noun_helpers"]),
        status={k: Forms.of(v) for k, v in data["status"].items()},
        successor_cues=tuple(tuple(match_key(w) for w in c.split()) for c in data["successor_cues"]),
        speech_verbs=Forms.of(data["speech_verbs"]),
        posted_heads=Forms.of(data.get("posted_heads", [])),
        meeting_helpers=Forms.of(events["MEETING"].get("noun_helpers", [])),
        own_meeting_helpers=Forms.of(events["MEETING"].get("own_helpers", [])),
        paired=(
            Paired("MEETING", Forms.of(events["MEETING"].get("with_verbs", [])), Forms.of(["مع"]), 6),
            Paired("MEETING", Forms.of(events["MEETING"].get("guest_verbs", [])),
                   Forms.of(events["MEETING"].get("guest_words", [])), 2,
                   person_first=True, person_after=True),
            Paired("ELECTION", Forms.of(events["ELECTION"].get("won_verbs", [])),
                   Forms.of(events["ELECTION"].get("won_objects", [])), 2),
            Paired("ELECTION", Forms.of(events["ELECTION"].get("won_verbs", [])),
                   Forms.of(events["ELECTION"].get("won_contests", [])), 2, person_first=True),
            Paired("DISMISSAL", Forms.of(events["DISMISSAL"].get("retire_verbs", [])),
                   Forms.of(events["DISMISSAL"].get("retire_objects", [])), 25),
            Paired("DISMISSAL", Forms.of(events["DISMISSAL"].get("separate_verbs", [])), Forms.of(["من"]), 4,
                   verb_only=True, not_next=Forms.of(events["DISMISSAL"].get("separate_not", []))),
            Paired("DISMISSAL", Forms.of(events["DISMISSAL"].get("abolish_verbs", [])),
                   Forms.of(events["DISMISSAL"].get("abolish_objects", [])), 1),
            Paired("APPOINTMENT", Forms.of(events["APPOINTMENT"].get("took_verbs", [])),
                   Forms.of(events["APPOINTMENT"].get("took_from", [])), 12, verb_only=True),
            Paired("APPOINTMENT", Forms.of(events["APPOINTMENT"].get("renew_verbs", [])),
                   Forms.of(events["APPOINTMENT"].get("renew_objects", [])), 1),
        ),
        dissolve=Forms.of(events["DISMISSAL"].get("dissolve", [])),
        guest_words=Forms.of(events["MEETING"].get("guest_words", [])),
        won=Forms.of(events["ELECTION"].get("won_verbs", [])),
        list_stops=Forms.of(events.get("list_stops", [])),
        members_cues=Forms.of(events["APPOINTMENT"].get("members_cues", [])),
        blockers=Forms.of(events.get("blockers", [])),
        approvals=Forms.of(events.get("approvals", [])),
        fillers=Forms.of(events.get("fillers", [])),
        composition=Forms.of(events.get("composition", [])),
        new_adjectives=Forms.of(events["FOUNDING"].get("new_adjectives", [])),
        naming=Forms.of(events["FOUNDING"].get("naming", [])),
        mergers=Forms.of(events["FOUNDING"].get("mergers", [])),
        generic_meetings=Forms.of(events["MEETING"].get("generic", [])),
        between=Forms.of(events["MEETING"].get("between", [])),
        announcers=Forms.of(events.get("announcers", [])),
        resigned=Forms.of(events["RESIGNATION"].get("participles", [])),
        gathers=Forms.of(events["MEETING"].get("gathers", [])),
        match_sides=Forms.of(events["MEETING"].get("match_sides", [])),
        match_words=Forms.of(events["MEETING"].get("match_words", [])),
        game_nouns=Forms.of(events["MEETING"].get("game_nouns", [])),
        opponents=Forms.of(events["MEETING"].get("opponents", [])),
        not_guests=Forms.of(events["MEETING"].get("not_guests", [])),
        sessions=Forms.of(events["MEETING"].get("sessions", [])),
        market_words=Forms.of(events["MEETING"].get("market_words", [])),
        founded_passives=Forms.of(events["FOUNDING"].get("passives", [])),
        launches=Forms.of(events["FOUNDING"].get("launches", [])),
        tasks=Forms.of(events["APPOINTMENT"].get("tasks", [])),
        task_posts=Forms.of(events["APPOINTMENT"].get("task_posts", [])),
        task_forming=Forms.of(events["APPOINTMENT"].get("task_forming", [])),
        task_cabinets=Forms.of(events["APPOINTMENT"].get("task_cabinets", [])),
        line_up_verbs=Forms.of(events.get("line_up", {}).get("verbs", [])),
        line_up_nouns=Forms.of(events.get("line_up", {}).get("nouns", [])),
        line_up_openers=Forms.of(events.get("line_up", {}).get("openers", [])),
        line_up_new=Forms.of(events.get("line_up", {}).get("new", [])),
        self_verbs=Forms.of(events["MEETING"].get("self_verbs", [])),
        games=Forms.of(events["MEETING"].get("games", [])),
        posts_needed=Forms.of(events["APPOINTMENT"].get("posts_needed", [])),
    )


def keys(doc: Doc, tok: Token) -> tuple[str, ...]:
    """A token's matching keys: as written, without its certain proclitics, and without a
    possible conjunction or preposition (وقال -> قال)."""
    text = doc.text[tok.start : tok.end]
    # The keys depend on the written word and its clitic analysis alone, and every sentence
    # view asks for them: remembered, a repeated word costs one dict lookup.
    analysis = (text, tok.stem - tok.start if tok.stem >= 0 else 0, tok.article, tok.maybe,
                tok.proclitics)
    hit = _KEYS.get(analysis)
    if hit is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        hit = _KEYS[analysis] = _keys(doc, tok, text)
    return hit


#: ``keys`` already made, by written word and clitic analysis; cleared past ``_KEYS_MAX``.
_KEYS: dict[tuple[str, int, bool, str, str], tuple[str, ...]] = {}
_KEYS_MAX = 100_000


def _keys(doc: Doc, tok: Token, text: str) -> tuple[str, ...]:
    out = [match_key(text), match_key(tok.bare(doc))]
    if tok.maybe:
        out.append(match_key(text[len(tok.maybe) :]))
    if tok.proclitics and not tok.article:
        out.append(match_key(text[len(tok.proclitics) :]))
    if len(text) >= 3 and text[0] in "وف":
        out.append(match_key(text[1:]))  # وتم: too short for the clitic analysis to split
    return tuple(dict.fromkeys(k for k in out if k))


def verb_keys(doc: Doc, tok: Token) -> tuple[str, ...]:
    """A token's keys as a verb: as written, or after a conjunction (وعقدت), never after a
    preposition (بشكل is not شكل)."""
    return verb_keys_of(doc.text[tok.start : tok.end])


def verb_keys_of(text: str) -> tuple[str, ...]:
    """``verb_keys`` of a written word, remembered (the claim stages ask about every word)."""
    hit = _VERB_KEYS.get(text)
    if hit is None:
        if len(_VERB_KEYS) >= _KEYS_MAX:
            _VERB_KEYS.clear()
        out = [match_key(text)]
        if len(text) >= 3 and text[0] in "وف":
            out.append(match_key(text[1:]))
        hit = _VERB_KEYS[text] = tuple(out)
    return hit


#: ``verb_keys_of`` already made, by written word; cleared past ``_KEYS_MAX``.
_VERB_KEYS: dict[str, tuple[str, ...]] = {}
