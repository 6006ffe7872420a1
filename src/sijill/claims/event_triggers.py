"""Where a sentence reports an event: trigger verbs and nouns from ``lang/ar/claims.json``.

A verb triggers on its own; a noun (تعيين، استقالة، اجتماع) only where the sentence reports it as
having happened: after a helper word (تم، قرر، صدر مرسوم، خلال), with a date, or opening a
headline. Some triggers count only with a companion word shortly after them (بحث مع، فاز
برئاسة، أحيل إلى التقاعد); a dissolving verb or noun counts only before an organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.event_groups import known_phrase
from sijill.claims.event_sessions import owned_session
from sijill.claims.event_tenses import in_body_name, perfect_with_t, purposed
from sijill.claims.event_words import honorific as _honorific
from sijill.claims.event_words import refused
from sijill.claims.lexicon import EVENT_TYPES, Forms, Lexicon, verb_keys_of
from sijill.claims.model import SentenceView
from sijill.doc import Coverage
from sijill.lang import load_json
from sijill.text.normalize import match_key

_AHEAD = 7
_BEHIND = 7
# Words after عقد where a meeting noun with its owner's pronoun is still its object (عقدت لجنة
# ... بمقر الأمانة، اجتماعها).
_AHEAD_OWN = 16
# Pronoun suffixes that make a trigger's object (or a noun's owner) someone named before it:
# تعيينه، استقالتها، عينهم.
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "تي")
_RELATIVES = frozenset(("الذي", "التي", "والذي", "والتي"))
_MODALS = frozenset(("قد", "وقد", "كان", "وكان", "كانت", "وكانت"))
_NEGATIONS = frozenset(("لم", "لن", "لا", "ولم", "ولن", "ولا"))
_MARKERS = frozenset(("-", "–", "—", "•", "*", "ـ"))
_OPENING_QUOTES = frozenset("“«\"")
# أعلن ناشطون يمنيون في عدن تأسيس ...: the words of a subject between an announcing verb and
# the noun it takes (names, titles and أمس not counted).
_ANNOUNCED_REACH = 5
_CLAUSE_OPENERS = frozenset(("أن", "إن", "ان", "بأن", "لأن", "رفض", "رفضه", "رفضها", "رفضهم"))
_CLOSING_QUOTES = ("”", "»", '"')
# يستقبل المسجد خلال فترة الصيف الكثير من الزوار: the public received comes further after the verb.
_VISITORS_REACH = 10
# زيارته أمس لمستشفيات: the facility visited comes within two words (أمس counted).
_SITE_REACH = 2
_BLOCK_REACH = 8
_EACH_OF = frozenset(("كل", "من"))
# Words right before a meeting noun that make it the setting of what is told (في اجتماع).
_SETTINGS = frozenset(("في", "وفي", "خلال", "وخلال", "أثناء", "وأثناء"))
_REACH_FILLERS = 2
# محادثات بخاري مع نظيره: the sides of a meeting follow its noun closely.
_SIDES_REACH = 2
# Words on either side of a meeting noun where a game's result or fixture makes it a match.
_NEAR_GAME = 6
# Words after a meeting verb (its subject aside) where what is received is no guest.
_GUEST_REACH = 3
# Words (names and titles not counted) between a verb of beginning or ending and the بـ meeting
# noun it began or ended with (بدأ المبعوث الجديد إلى ليبيا مهامه بلقاء).
_OPENER_REACH = 4
# Words after a reception noun where its guest's name or title starts (تم استقبال وفد الاتحاد).
_GUEST_WORDS = 2
# اللقاء الثلاثي الذي جمع فلاناً: an adjective and a relative before the verb that names who met.
_GATHER_REACH = 3
# يلتقي النادي مع ضيفه القادم من المغرب في مباراة ودية: the word of a game comes soon after.
_GAME_REACH = 8


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event trigger: its token, type and how its participants are read."""

    index: int
    type: str
    #: A noun (تعيين فلان) names its object right after it; a verb may have its subject there.
    noun: bool = False
    #: The trigger carries a pronoun (تعيينه، استقالتها): its person was named before it.
    suffixed: bool = False
    #: A dissolving trigger (حل المجلس): the event's object is the body after it.
    dissolve: bool = False
    #: A meeting held (عقد اجتماعاً): its participants may all be named before the verb.
    held: bool = False
    #: The meeting is named as one already told of (وحضر الاجتماع): it may continue the last one.
    followup: bool = False
    #: The token of the meeting noun a held verb took (عقد ... اجتماعاً).
    noun_at: int | None = None
    #: A meeting noun names its other side right after it (لقاؤه مع فلان، اجتماعه بالوزير).
    sides: bool = False
    #: A participle tells its holder's resignation (الرئيس المستقيل فلان، فلان ... المستقيل).
    participle: bool = False


def find_triggers(view: SentenceView, lex: Lexicon) -> list[Trigger]:
    """The event triggers of one sentence, in order."""
    found: list[Trigger] = []
    text = view.doc.text
    for i, tok in enumerate(view.tokens):
        # The cue test first: remembered per word, it turns away most words at once.
        if tok.kind != "word" or _cue_keys(lex, text[tok.start : tok.end], view.keys[i]) is None \
                or _negated(view, i) or _in_person(view, i) or _quoted_name(view, i):
            continue
        trigger = _trigger_at(view, i, lex)
        if trigger is not None and (_setting(view, trigger) or not _blocked(view, i, lex)):
            found.append(trigger)
    found.extend(_coordinated(view, lex, found))
    found.sort(key=lambda t: t.index)
    # عقدت الهيئة اجتماعاً: the noun a held verb took is the same meeting, not a second one.
    taken = {t.noun_at for t in found if t.noun_at is not None}
    return [t for t in found if not (t.noun and t.index in taken)]


def _coordinated(view: SentenceView, lex: Lexicon, found: list[Trigger]) -> list[Trigger]:
    """Nouns joined by و to a trigger of their type (بتعيين فلان ...، وتعيين علان ...): the same
    report goes on."""
    told = [t for t in found if t.type not in ("MEETING", "FOUNDING")]
    if not told:
        return []
    # A decree goes on from one act to another (بتعيين فلان مستشاراً، وإعفاء علان من منصبه).
    kinds = ("APPOINTMENT", "DISMISSAL", "ELECTION", "RESIGNATION")
    first = {k: min(t.index for t in told) for k in kinds} | {t.type: t.index for t in reversed(told)}
    taken = {t.index for t in found}
    extra = []
    for i in range(len(view.tokens)):
        text = view.doc.text[view.tokens[i].start : view.tokens[i].end]
        if i in taken or not text.startswith("و") or view.tokens[i].kind != "word":
            continue
        ks = _noun_keys(view.keys[i])
        kind = next((t for t in kinds if lex.nouns[t].match(ks) and first[t] < i), None)
        if kind is not None and not lex.not_nouns[kind].match(ks):
            extra.append(Trigger(i, kind, noun=True, suffixed=_suffixed(view, i)))
    return extra


def _words_before(view: SentenceView, i: int, n: int, names: bool = False) -> list[int]:
    """Indexes of the (up to) ``n`` word tokens right before token ``i``, nearest first; unless
    ``names``, a name or a post title counts as no word, so a subject between helper and noun
    (قبل المجلس الرئاسي استقالة ...، اعتمد مدير التعليم بالمنطقة فلان تشكيل لجنة) keeps them
    together."""
    out: list[int] = []
    k = i - 1
    while k >= 0 and len(out) < n:
        tok = view.tokens[k]
        if tok.kind == "word" and (names or not (
                any(m.span.start <= tok.start < m.span.end for m in view.mentions)
                or any(t.start <= tok.start < t.end for t in view.titles))):
            out.append(k)
        k -= 1
    return out


def _in_person(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` lies in a person's name (سمير التقي: a surname, not the verb التقى)."""
    tok = view.tokens[i]
    return any(m.type == "PERSON" and m.span.start <= tok.start and tok.end <= m.span.end
               for m in view.mentions)


@dataclass(frozen=True, slots=True)
class _Cues:
    """Meeting cues of ``claims.json`` read here rather than in the shared ``Lexicon``."""

    plurals: Forms
    not_after: Forms
    visitors: Forms
    visit_words: Forms
    facilities: Forms
    receptions: Forms
    openers: Forms


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    meeting = load_json("claims.json")["events"]["MEETING"]
    return _Cues(Forms.of(meeting.get("plurals", [])), Forms.of(meeting.get("not_after", [])),
                 Forms.of(meeting.get("visitors", [])), Forms.of(meeting.get("visit_words", [])),
                 Forms.of(meeting.get("facilities", [])), Forms.of(meeting.get("receptions", [])),
                 Forms.of(meeting.get("openers", [])))


def _no_guest_received(view: SentenceView, i: int) -> bool:
    """Whether a reception noun (استقبال) names no guest right after it: a person, a body or a
    title within two words (تم استقبال وفد الاتحاد، لدى استقباله السفير); offices and airports
    receive requests, patients and pilgrims (تم استقبال الطلبات، استقبال الحجاج)."""
    if not _cues().receptions.match(view.keys[i]):
        return False
    starts = [m.span.start for m in view.mentions if m.type in ("PERSON", "ORG")]
    starts += [t.start for t in view.titles]
    after = [t for t in view.tokens[i + 1 : i + 1 + _GUEST_WORDS] if t.kind == "word"]
    return not any(t.start <= s < t.end for t in after for s in starts)


def _opened_with(view: SentenceView, i: int) -> bool:
    """Whether a meeting noun after بـ is what a visit or a mission began or ended with (بدأ
    مهامه بلقاء وفد كذا، استهل زيارته باجتماع مع فلان، اختتم جولته بلقاء فلان): a meeting held."""
    tok = view.tokens[i]
    if not (tok.proclitics or tok.maybe or "").endswith("ب"):
        return False
    openers = _cues().openers
    return any(openers.match(verb_keys_of(view.doc.text[view.tokens[k].start : view.tokens[k].end]))
               for k in _words_before(view, i, _OPENER_REACH))


def _site_visit(view: SentenceView, i: int) -> bool:
    """Whether a visit (زار، زيارة) is to a facility named right after it, the visitor's name and
    title aside (زار الوكيل فلان مستشفى المدينة، أثناء زيارته أمس لمستشفيات المنطقة): an
    inspection."""
    cues = _cues()
    tok = view.tokens[i]
    if not cues.visit_words.match(verb_keys_of(view.doc.text[tok.start : tok.end]) + view.keys[i]):
        return False
    # A name's words but an organisation's first (مستشفى اليرموك) say nothing of the place.
    skipped = [(m.span.start, m.span.end) for m in view.mentions if m.type == "PERSON"]
    skipped += [(t.start, t.end) for t in view.titles]
    skipped += [(m.span.start + 1, m.span.end) for m in view.mentions if m.type == "ORG"]
    seen = 0
    for j in range(i + 1, len(view.tokens)):
        nxt = view.tokens[j]
        if nxt.kind != "word" or any(a <= nxt.start < b for a, b in skipped):
            continue
        if cues.facilities.match(view.keys[j]):
            return True
        seen += 1
        if seen >= _SITE_REACH:
            return False
    return False


def _quoted_name(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` opens a name in quotes of one or two words (تحاورت “عين اليوم” مع
    فلان: an outlet, not the verb عيّن) or a dateline that opens its line (عين اليوم – إسلام
    آباد)."""
    text = view.doc.text
    start = view.tokens[i].start
    upto = view.tokens[min(i + 2, len(view.tokens) - 1)].end
    if start > 0 and text[start - 1] in _OPENING_QUOTES:
        return any(q in text[view.tokens[i].end : upto] for q in _CLOSING_QUOTES)
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and any(d in text[view.tokens[i].end : upto] for d in "–—-")


def _other_session(view: SentenceView, i: int) -> bool:
    """Whether a meeting noun is another kind of session, told by the word right after it
    (جلسة علاجية: a treatment; جلسة تصوير: a photo shoot)."""
    nxt = i + 1
    return nxt < len(view.tokens) and _cues().not_after.match(view.keys[nxt])


def _in_general(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Whether a meeting noun is a definite plural right after في that names meetings in
    general (المشاركة في المؤتمرات والندوات، في اللقاءات الإعلامية); a relative clause, a side or
    a gathering verb after it tells which ones (في الجلسات التي عقدت، في اللقاءات بين الوفدين)."""
    if i == 0 or not _cues().plurals.match(view.keys[i]):
        return False
    prev = view.tokens[i - 1]
    if view.doc.text[prev.start : prev.end] != "في":
        return False
    nxt = i + 1
    if nxt >= len(view.tokens):
        return True
    word = view.doc.text[view.tokens[nxt].start : view.tokens[nxt].end]
    return word not in ("التي", "الذي") and not lex.between.match(view.keys[nxt]) \
        and not lex.gathers.match(view.keys[nxt])


def _setting(view: SentenceView, trig: Trigger) -> bool:
    """Whether a meeting noun is where something was said (تعهد في اجتماع مغلق، دعا خلال لقائه
    الوزير): a demand or a promise made there does not make the meeting a plan."""
    if trig.type != "MEETING" or not trig.noun or trig.index == 0:
        return False
    prev = view.tokens[trig.index - 1]
    return view.doc.text[prev.start : prev.end] in _SETTINGS


def _blocked(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """A demand, denial or possibility shortly before the trigger (طالبوا بإقالة الوزير، نفى
    استقالته) reports no event."""
    # Names count here: a mistaken name may hold the demand word (رئيس المجلس طالب ...); a
    # body's name does not (القيادي في حزب الدعوة فلان استقالته).
    return any(lex.blockers.match(view.keys[k]) and not in_body_name(view, k)
               for k in _words_before(view, i, _BLOCK_REACH, names=True))


@lru_cache(maxsize=1)
def _not_verbs() -> frozenset[str]:
    """Written words that are never a meeting verb (وزارته: his ministry, not و+زارته)."""
    meeting = load_json("claims.json")["events"]["MEETING"]
    return frozenset(match_key(w) for w in meeting.get("not_verbs", []))


def _trigger_at(view: SentenceView, i: int, lex: Lexicon) -> Trigger | None:
    tok = view.tokens[i]
    written = view.doc.text[tok.start : tok.end]
    cued = _cue_keys(lex, written, view.keys[i])
    if cued is None:
        return None  # most words: no trigger form below can match, so skip testing each one
    vks, ks = cued
    if written.endswith("ة"):
        vks = ()  # عينة (a sample) is no عيّنه: no verb ends in a ta marbuta
    suffixed = _suffixed(view, i)
    kind = next((t for t in EVENT_TYPES if lex.verbs[t].match(vks)), None)
    if kind == "MEETING" and _followed_by(view, i, lex.games, _GAME_REACH):
        return None  # سيلتقي الفريق مع منافسه ودياً: a game, not a meeting
    if kind == "MEETING" and _team_game(view, i, lex):
        return None  # يلتقي الوداد مع الترجي ضمن المباريات الودية: a game
    if kind == "MEETING" and _followed_by(view, i, lex.not_guests, _GUEST_REACH):
        return None  # استقبل المستشفى ثماني حالات، تستقبل الغرفة الطلبات، اجتمعت كلمة العلماء
    if kind == "MEETING" and _followed_by(view, i, _cues().visitors, _VISITORS_REACH):
        return None  # يستقبل المسجد خلال الصيف الكثير من الزوار: a place open to the public
    if kind == "MEETING" and _site_visit(view, i):
        return None  # زار الوكيل مستشفى المدينة: an inspection, not a meeting
    if kind == "DISMISSAL" and _near(view, i, lex.match_words, _NEAR_GAME * 2):
        return None  # طرد الحارس في الدقيقة 52 من المباراة: a red card
    if kind is not None:
        return Trigger(i, kind, suffixed=suffixed)
    # A verb with its object pronoun (أطلقتها، عيّنه، أقالهم): its object was named before it.
    bare = _without_object(vks) if suffixed else ()
    kind = next((t for t in EVENT_TYPES if bare and lex.verbs[t].match(bare)), None)
    if kind is not None:
        return Trigger(i, kind, suffixed=True)
    if lex.resigned.match(ks):
        return Trigger(i, "RESIGNATION", noun=True, participle=True)
    if lex.new_adjectives.match(ks) and _org_ends_before(view, i):
        return Trigger(i, "FOUNDING", suffixed=True)  # دائرة التحكيم المستحدثة
    for pair in lex.paired:
        # بحث مع is a verb's (بالتباحث مع is a mandate, not a meeting); فوزه، إحالة are nouns too.
        forms = vks if pair.type == "MEETING" or pair.verb_only else ks
        # أحاله إلى التقاعد، فصلته من الحزب: a verb with its object pronoun.
        if (pair.words.match(forms) or (suffixed and pair.words.match(_without_object(vks)))) \
                and _followed_by(view, i, pair.companions, pair.within, subject=True) \
                and not (pair.not_next is not None and i + 1 < len(view.tokens)
                         and pair.not_next.match(view.keys[i + 1])) \
                and not (pair.person_first and not _person_first(view, i)) \
                and not (pair.person_after and not _person_after(view, i, pair.companions)):
            return Trigger(i, pair.type, noun=not pair.words.match(vks), suffixed=suffixed)
    if lex.won.match(vks + ks) and _named_with_post(view, i):
        # أسفرت الانتخابات عن فوز كل من: فلان رئيساً، وفلان نائباً: each is elected.
        return Trigger(i, "ELECTION", noun=not lex.won.match(vks), suffixed=suffixed)
    if lex.dissolve.match(vks) and _org_follows(view, i) \
            and not _followed_by(view, i, lex.guest_words, 2, subject=True):
        return Trigger(i, "DISMISSAL", dissolve=True)
    if lex.hold_verbs.match(vks) and not _list_item(view, i):
        return _held(view, i, lex)
    sides = _meeting_noun(lex, ks) and (_followed_by(view, i, lex.between, _SIDES_REACH)
                                        or _side_by_b(view, i, lex)
                                        or _followed_by(view, i, lex.gathers, _GATHER_REACH))
    if sides and _followed_by(view, i, lex.match_sides, _SIDES_REACH + 1):
        return None  # بعد لقائه مع فريق الشباب: a game, not a meeting
    if _meeting_noun(lex, ks) and _near_unnamed(view, i, lex.match_words, _NEAR_GAME):
        return None  # تعادل الفريقان في لقاء القمة، لقاء الإياب: a game
    if lex.game_nouns.match(ks) and _followed_by(view, i, lex.opponents, _SIDES_REACH + 1):
        return None  # الفوز في لقاء اليوم أمام ليوبار: a game against a team
    if lex.sessions.match(ks) and _near(view, i, lex.market_words, _NEAR_GAME):
        return None  # تراجعت البورصة بعدما صعدت في الجلسة السابقة: a trading session
    if _meeting_noun(lex, ks) and (_other_session(view, i) or _in_general(view, i, lex) or purposed(view, i, lex)
                                   or _site_visit(view, i) or _no_guest_received(view, i)):
        return None  # جلسة علاجية، المشاركة في المؤتمرات والندوات: no meeting told
    if _meeting_noun(lex, ks) and not _list_item(view, i) and not _generic(view, i, lex) \
            and not _inside_name(view, i) and (
            sides or helped(view, i, lex.meeting_helpers, lex.fillers)
            or (suffixed and helped(view, i, lex.own_meeting_helpers, lex.fillers))
            or _opened_with(view, i)):
        if i + 1 < len(view.tokens) and lex.founding_markers.match(view.keys[i + 1]):
            # انطلقت أعمال المؤتمر التأسيسي لحزب كذا: a founding congress founds its body.
            return Trigger(i, "FOUNDING", held=True, noun_at=i)
        # خلال الاجتماع، في اجتماعها: a meeting already told of, when there is one.
        return Trigger(i, "MEETING", noun=True, suffixed=suffixed,
                       followup=suffixed or lex.followups.match(ks[:1]) or known_phrase(view, lex, i),
                       sides=sides)
    for t in EVENT_TYPES:
        # استقالته، تعيينها: someone's own resignation or appointment is reported as such;
        # بتعيين، بإقالة: the act by which something was done (قام بتعيين، أكملت فريقها بتعيين).
        if t != "MEETING" and lex.nouns[t].match(ks) and not lex.not_nouns[t].match(ks) and (
                _noun_counts(view, i, lex) or (t != "FOUNDING" and (suffixed or _by_act(view, i)))
                or (t == "RESIGNATION" and refused(view, i))
                or (t in ("APPOINTMENT", "ELECTION") and _named_with_post(view, i))):
            if t == "DISMISSAL" and _near(view, i, lex.match_words, _NEAR_GAME * 2):
                return None  # طرد المهاجم في الدقيقة 80 من المباراة: a red card
            return Trigger(i, t, noun=True, suffixed=suffixed)
    return None


def _cue_keys(lex: Lexicon, written: str, keys: tuple[str, ...]
              ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A word's keys as a verb and as a noun, or None where no trigger form can match it
    (or it is never a meeting verb); remembered by the word and its keys, as words recur."""
    memo = _CUE_KEYS.get(id(lex))
    if memo is None or memo[0] is not lex:
        memo = _CUE_KEYS[id(lex)] = (lex, {})
    seen = memo[1]
    at = (written, keys)
    if at in seen:
        return seen[at]
    if len(seen) >= _CUE_KEYS_MAX:
        seen.clear()
    out: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    if not (written.startswith("و") and match_key(written) in _not_verbs()):
        vks = verb_keys_of(written)
        ks = _noun_keys(keys)
        if _any_cue(lex).match(vks + _without_object(vks) + ks):
            out = (vks, ks)
    seen[at] = out
    return out


#: ``_cue_keys`` answers per lexicon; each cleared past ``_CUE_KEYS_MAX``.
_CUE_KEYS: dict[int, tuple[Lexicon, dict[tuple[str, tuple[str, ...]],
                                         tuple[tuple[str, ...], tuple[str, ...]] | None]]] = {}
_CUE_KEYS_MAX = 100_000


#: ``_any_cue`` per lexicon (a Lexicon holds dicts, so it cannot key an lru_cache).
_ANY_CUE: dict[int, tuple[Lexicon, Forms]] = {}


def _any_cue(lex: Lexicon) -> Forms:
    """Every form that can make a word a trigger in ``_trigger_at``, as one ``Forms``: a word
    none of them matches is no trigger, and one test of it replaces some thirty."""
    hit = _ANY_CUE.get(id(lex))
    if hit is None or hit[0] is not lex:
        parts = [*lex.verbs.values(), *lex.nouns.values(), lex.new_adjectives, lex.resigned, lex.dissolve,
                 lex.hold_verbs, *(pair.words for pair in lex.paired)]
        union = Forms(frozenset().union(*(f.words for f in parts)),
                      tuple(sorted({pre for f in parts for pre in f.prefixes})))
        hit = _ANY_CUE[id(lex)] = (lex, union)
    return hit[1]


def _named_with_post(view: SentenceView, i: int) -> bool:
    """Whether an appointment or election noun has its person right after it (titles aside) and
    then the post given, in the accusative or after في منصب (أثار تعيين فلان أميناً للسر، تعيين
    فلان في منصب المدير): the act itself is told, whatever verb governs the noun."""
    end = view.tokens[i].end
    people = [m for m in view.mentions if m.type == "PERSON" and m.span.start >= end][:1]
    if not people:
        return False
    person = people[0].span
    # كل من (each of) opens a list of the people named.
    gap = [j for j, t in enumerate(view.tokens) if end <= t.start and t.end <= person.start
           and t.kind == "word" and not any(a.start <= t.start < a.end for a in view.titles)
           and not any(m.span.start <= t.start < m.span.end for m in view.mentions)
           and view.doc.text[t.start : t.end] not in _EACH_OF and not _honorific(view.doc.text[t.start : t.end])]
    if gap:
        return False
    after = [t for t in view.titles if t.start >= person.end][:1]
    if after and after[0].data.get("accusative") and after[0].start - person.end <= 2:
        return True
    rest = view.doc.text[person.end : person.end + 12].split()
    return rest[:2] == ["في", "منصب"] or rest[:1] == ["لمنصب"]


def _by_act(view: SentenceView, i: int) -> bool:
    """Whether a noun carries the preposition بـ (بتعيين، بإعفاء)."""
    tok = view.tokens[i]
    return (tok.proclitics or tok.maybe).endswith("ب")


def _generic(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Whether a meeting noun names meetings in general (شارك في عدة مؤتمرات، العديد من الندوات)."""
    return any(lex.generic_meetings.match(view.keys[k]) for k in _words_before(view, i, 2, names=True))


def _without_object(vks: tuple[str, ...]) -> tuple[str, ...]:
    """A verb's keys without an object pronoun (اطلقتها: اطلقت), when it has one."""
    out = []
    for k in vks:
        for suffix in ("هما", "هم", "ها", "ه"):
            if k.endswith(suffix) and len(k) - len(suffix) >= 3:
                out.append(k[: -len(suffix)])
                break
    return tuple(out)


def _inside_name(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` lies inside an organisation's name past its first word (حزب المؤتمر
    الشعبي العام، جمعية الاجتماعيين): a word of the name, not a meeting."""
    start = view.tokens[i].start
    return any(m.type == "ORG" and m.span.start < start < m.span.end for m in view.mentions)


def _org_ends_before(view: SentenceView, i: int) -> bool:
    """Whether an organisation's name ends right before token ``i``."""
    start = view.tokens[i].start
    return any(m.type == "ORG" and 0 <= start - m.span.end <= 2 for m in view.mentions)


def _meeting_noun(lex: Lexicon, ks: tuple[str, ...]) -> bool:
    """Whether a word is a meeting noun (اجتماع، لقاء), not an adjective sharing its start
    (الاجتماعي: social)."""
    return lex.nouns["MEETING"].match(ks) and not lex.not_nouns["MEETING"].match(ks)


def _noun_keys(ks: tuple[str, ...]) -> tuple[str, ...]:
    """A token's keys and, for a definite noun, the keys without its article (التشكيل: تشكيل)."""
    bare = tuple(k[2:] for k in ks if k.startswith("ال") and len(k) > 4)
    return ks + bare if bare else ks


def _held(view: SentenceView, i: int, lex: Lexicon) -> Trigger | None:
    """A meeting (or a founding congress) held: عقد with a meeting noun among the words near it."""
    n = len(view.tokens)
    written = view.doc.text[view.tokens[i].start : view.tokens[i].end]
    before = _words_before(view, i, 1, names=True)
    if written.startswith("ل"):
        return None  # تخصيص وقت لعقد اجتماعات، سعياً لإجراء محادثات: a purpose, not held
    if written.startswith(("سي", "ست")) and before and \
            view.doc.text[view.tokens[before[0]].start : view.tokens[before[0]].end] in _RELATIVES:
        return None  # المؤتمر الذي سيعقد في يوليو: a meeting to come, told by its noun before
    # Count words outside names: a long organisation name stands for one word.
    inside = Coverage((m.span.start, m.span.end) for m in view.mentions)
    words = [j for j in range(n) if view.tokens[j].kind == "word" and (
        j == i or not inside.covers_inside(view.tokens[j].start))]
    at = words.index(i)
    window = words[at + 1 : at + 1 + _AHEAD] + words[max(0, at - _BEHIND) : at]
    noun = next((j for j in window if _meeting_noun(lex, _noun_keys(view.keys[j]))
                 or lex.followups.match(view.keys[j])), None)
    if noun is None:
        # عقدت لجنة كذا للأجهزة ... بمقر الأمانة بالرياض، اجتماعها الخاص: a long subject the
        # names did not cover; a meeting noun with its owner's pronoun is reached further on.
        noun = next((j for j in words[at + 1 + _AHEAD : at + 1 + _AHEAD_OWN]
                     if _meeting_noun(lex, _noun_keys(view.keys[j])) and _suffixed(view, j)), None)
    # اختتم المجلس أعمال دورته: the body's own session, named after the verb.
    noun = noun if noun is not None else owned_session(view, words[at + 1 : at + 1 + _AHEAD])
    if noun is None or _generic(view, noun, lex) or _other_session(view, noun) or _in_general(view, noun, lex):
        return None
    marker = noun + 1 < n and lex.founding_markers.match(view.keys[noun + 1])
    if marker:
        return Trigger(i, "FOUNDING", held=True, noun_at=noun)
    # Written definite (الاجتماع، اللقاء), not a new indefinite one (اجتماعاً).
    followup = lex.followups.match(view.keys[noun][:1]) or known_phrase(view, lex, noun)
    return Trigger(i, "MEETING", held=True, followup=followup, noun_at=noun)


def _suffixed(view: SentenceView, i: int) -> bool:
    text = view.doc.text[view.tokens[i].start : view.tokens[i].end]
    return len(text) > 4 and text.endswith(_SUFFIXES)


def _negated(view: SentenceView, i: int) -> bool:
    """A denied or merely possible event (لم يستقل، لن يعين، قد يستقيل) is no event."""
    if i == 0:
        return False
    prev = view.tokens[i - 1]
    word = view.doc.text[prev.start : prev.end]
    if word in _NEGATIONS:
        return True
    # قد before an imperfect verb is "may" (قد يستقيل), كان before it is a habit (كان يكلفه);
    # before a perfect verb (قد قدم، كان قد عيّن) they report.
    return word in _MODALS and view.doc.text[view.tokens[i].start] in "يت" \
        and not perfect_with_t(view.keys[i])


def _team_game(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Whether a meeting verb tells of a game: its subject right after it is a body (a club,
    not a person or a title) and a game's words are near (يلتقي الهلال فريقاً تركياً ودياً)."""
    after = next((m for m in view.mentions if m.span.start >= view.tokens[i].end), None)
    if after is None or after.type != "ORG" or len(_gap(view, view.tokens[i].end, after.span.start)) > 1:
        return False
    return _near(view, i, lex.match_words, _NEAR_GAME * 2)


def _gap(view: SentenceView, start: int, end: int) -> list[int]:
    return [j for j, t in enumerate(view.tokens) if start <= t.start and t.end <= end and t.kind == "word"]


def _near(view: SentenceView, i: int, words: Forms, within: int) -> bool:
    """Whether one of ``words`` is among the ``within`` words on either side of token ``i``."""
    lo, hi = max(0, i - within), min(len(view.tokens), i + within + 1)
    return any(j != i and view.tokens[j].kind == "word" and words.match(view.keys[j])
               for j in range(lo, hi))


def _near_unnamed(view: SentenceView, i: int, words: Forms, within: int) -> bool:
    """Whether one of ``words`` is among the ``within`` words on either side of token ``i``,
    the words of names not counted: the teams' names between a result and the game's noun
    (تعادل نادي الوداد مع نادي الرجاء في لقاء مثير) keep it in reach."""
    named = [(m.span.start, m.span.end) for m in view.mentions]
    for step in (-1, 1):
        seen, j = 0, i + step
        while 0 <= j < len(view.tokens) and seen < within:
            tok = view.tokens[j]
            if tok.kind == "word":
                if words.match(view.keys[j]):
                    return True
                if not any(a <= tok.start < b for a, b in named):
                    seen += 1
            j += step
    return False


def _followed_by(view: SentenceView, i: int, companions: Forms, within: int,
                 subject: bool = False) -> bool:
    """Whether a companion is among the ``within`` words after token ``i``, names not counted
    (فاز خالد المشري برئاسة ...); with ``subject``, a verb's subject between them keeps its
    post and its date uncounted too (فاز نقيب المحامين فلان في مايو الماضي بالتزكية)."""
    seen = 0
    named = [(m.span.start, m.span.end) for m in view.mentions]
    # A companion may lie inside a post's title (برئاسة النادي), so it is looked for first.
    subjects = [(t.start, t.end) for t in view.titles] + [(d.start, d.end) for d in view.dates] \
        if subject else []
    for j in range(i + 1, len(view.tokens)):
        tok = view.tokens[j]
        if tok.kind != "word" or any(a <= tok.start < b for a, b in named):
            continue
        if companions.match(view.keys[j]):
            return True
        if any(a <= tok.start < b for a, b in subjects):
            continue
        seen += 1
        if seen >= within:
            return False
    return False


def _person_first(view: SentenceView, i: int) -> bool:
    """Whether the first name after token ``i`` (a post's body aside: فاز رئيس بلدية صيدا فلان)
    is a person's."""
    end = view.tokens[i].end
    named = [m for m in view.mentions if m.type in ("PERSON", "ORG") and m.span.start >= end
             and not any(t.start <= m.span.start <= t.end + 2 for t in view.titles)]
    return bool(named) and named[0].type == "PERSON"


def _person_after(view: SentenceView, i: int, companions: Forms) -> bool:
    """Whether the first name after the companion that follows token ``i`` is a person's."""
    at = next((j for j in range(i + 1, len(view.tokens)) if companions.match(view.keys[j])), None)
    return at is not None and _person_first(view, at)


def _side_by_b(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Whether the word after a meeting noun (fillers such as أمس skipped) joins a named side to
    it by بـ (لقائه بالوزير فلان، اجتماعه باتحاد القدم), not a place (اجتماع بالرياض)."""
    for j in range(i + 1, min(len(view.tokens), i + 1 + _SIDES_REACH + _REACH_FILLERS)):
        tok = view.tokens[j]
        if tok.kind != "word" or lex.fillers.match(view.keys[j]):
            continue
        if not (tok.proclitics or tok.maybe).endswith("ب"):
            return False
        return any(m.type in ("PERSON", "ORG") and tok.start <= m.span.start < tok.end
                   for m in view.mentions) or any(tok.start <= t.start < tok.end for t in view.titles)
    return False


def _org_follows(view: SentenceView, i: int) -> bool:
    """Whether an organisation is named right after token ``i`` (حل مجلس الإدارة)."""
    end = view.tokens[i].end
    return any(m.type == "ORG" and 0 <= m.span.start - end <= 2 for m in view.mentions)


def helped(view: SentenceView, i: int, helpers: Forms, fillers: Forms | None = None) -> bool:
    """Whether one of the two words before token ``i`` (``fillers`` such as أيضاً، أمس not
    counted) is a helper; one after من is a means, not a report (من خلال عقد لقاءات)."""
    near = _words_before(view, i, 2 + _REACH_FILLERS)
    if fillers is not None:
        near = [k for k in near if not fillers.match(view.keys[k])]
    for k in near[:2]:
        if helpers.match(view.keys[k]):
            return not (k > 0 and view.doc.text[view.tokens[k - 1].start : view.tokens[k - 1].end] == "من")
    return False


def _list_item(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` opens an item of a list (``- عقد اجتماع دوري``): a plan or a decision,
    not a report of a meeting; a sentence that opens with a list marker is such an item."""
    def marker(k: int) -> bool:
        return view.doc.text[view.tokens[k].start : view.tokens[k].end] in _MARKERS

    return (i > 0 and marker(i - 1)) or (bool(view.tokens) and marker(0))


def _approved(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """A noun after على with a word of approval earlier in the sentence (وافق أعضاء الاتحاد في
    اجتماعهم ... على تعيين فلان)."""
    prev = _words_before(view, i, 1)
    if not prev or "علي" not in view.keys[prev[0]]:
        return False
    return any(lex.approvals.match(view.keys[k]) for k in range(prev[0]))


def _announced(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """A noun right after عن with a verb of announcing earlier in the sentence (أعلنت محافظات
    المنطقة، التي تشمل كذا وكذا، عن تشكيل مجلس ...), or the verb's object past its subject
    (أعلن ناشطون تأسيس حزب): what was announced happened."""
    if i == 0:
        return False
    if view.doc.text[view.tokens[i - 1].start : view.tokens[i - 1].end] == "عن":
        return any(lex.announcers.match(view.keys[k]) for k in range(i - 1))
    # أعلن ناشطون يمنيون في عدن أمس تأسيس حزب: the noun is the verb's object past its subject,
    # with nothing between them that opens another clause (أن، إن) or turns it down (رفضه).
    near = [k for k in _words_before(view, i, _ANNOUNCED_REACH) if not lex.fillers.match(view.keys[k])]
    for k in near:
        if lex.announcers.match(view.keys[k]):
            return True
        word = view.doc.text[view.tokens[k].start : view.tokens[k].end]
        if word in _CLAUSE_OPENERS or lex.blockers.match(view.keys[k]):
            return False
    return False


def _opens(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` opens its sentence or a list item (a headline: تعيين فلان مديراً)."""
    words = [k for k in range(i) if view.tokens[k].kind == "word"]
    return not words


def _noun_counts(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """An event noun (تأسيس، استقالة) reports an event after a helper word, with a date, or at
    the head of a sentence or list item."""
    if helped(view, i, lex.noun_helpers, lex.fillers) or _opens(view, i) or _approved(view, i, lex) \
            or _announced(view, i, lex):
        return True
    end = view.tokens[min(len(view.tokens) - 1, i + 8)].end
    return any(view.tokens[i].start <= d.start < end and d.value for d in view.dates)
