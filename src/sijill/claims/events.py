"""Organisational events: triggers from ``lang/ar/claims.json``, participants from the clause.

A sentence is cut at its triggers; each event reads its date, place and participants from its
own clause (and the words before its trigger), falling back to the nearest date earlier in
the sentence. Meetings continue across sentences (``وخلال اللقاء``، ``وحضر الاجتماع``); one
event per meeting and one election, appointment or resignation per person.
"""

from __future__ import annotations

import re
from datetime import date as day
from functools import lru_cache

from sijill.claims.event_cataphora import named_after
from sijill.claims.event_groups import after_label, counted_not_guests, direct_side, group_met
from sijill.claims.event_repeats import repeats_headline
from sijill.claims.event_subjects import bare_subject
from sijill.claims.event_triggers import Trigger, find_triggers, helped
from sijill.claims.event_words import office_before
from sijill.claims.lexicon import Forms, Lexicon, verb_keys
from sijill.claims.model import Event, Mention, Position, SentenceView
from sijill.claims.positions import top_level
from sijill.dates import point_value
from sijill.doc import Doc, Entity, Span
from sijill.lang import load_json
from sijill.names.orgs import lexicon as org_lexicon
from sijill.text.normalize import match_key

_VOTES = re.compile(r"(?:بـ?\s*)?([0-9٠-٩]+)\s*(?:صوتا|صوتاً|صوت|أصوات)")
# Words between two people of one list (posts, honorifics, what they represent) stay few; a
# longer gap starts another clause.
_LIST_GAP = 10
# How far from publication a told date may be and still be the day the news is about.
_NEWS_DAYS = 7
# Words between a word of scheduling and the date it governs (المقرر يوم الأحد، المقررة في مايو).
_SCHEDULE_GAP = 2
_RELATIVES = frozenset(("الذي", "التي", "والذي", "والتي", "الذين"))
_RELATIVE_KEYS = frozenset(match_key(w) for w in _RELATIVES)
_NAMING_REACH = 6
_DASHES = frozenset("–—")
_QUOTES = frozenset(("»", "«", '"', "”", "“", ")", "(", "'", "’"))
# Endings of an indefinite accusative noun (tanwin fath).
_ACCUSATIVE = ("اً", "ًا", "ءً", "ةً", "ىً")
_PREPOSITIONS = frozenset(("في", "من", "على", "إلى", "عن", "مع", "لدى"))
# Prepositions of the one a resignation or a request is handed to (قدم استقالته إلى الرئيس).
_ADDRESSED_KEYS = frozenset(match_key(w) for w in ("إلى", "الى", "لدى"))
_COMPLEMENTISERS = frozenset(("إن", "أن", "ان", "بأن", "وأن", "وإن"))
# A noun's object follows it closely (استقالة الدكتور فلان).
_NOUN_REACH = 5
# Words between a founding verb and the body before it that is its subject (قد، التي، وقد).
_SUBJECT_GAP = 2
# Words between a person and a verb after it whose subject the person is (الذي، قد، أمس).
_SUBJECT_REACH = 4
# Words (titles aside) between a meeting noun and the side it names: مع، an adjective, a rank.
_SIDE_GAP = 4
# Words from a merger word to the naming word that names the body it forms (اندماجها في كيان جديد
# تحت اسم كذا).
_MERGER_REACH = 7


def _date(view: SentenceView, start: int, end: int, trigger_at: int) -> str | None:
    # منذ 2010 dates a tenure or a state that goes on, not the event told.
    dates = [d for d in view.dates if d.value and not _since(view, d.start)]
    after = [d for d in dates if start <= d.start < end and d.start >= trigger_at
             and not _scheduled(view, trigger_at, d)]
    if after:
        return point_value(after[0].value)  # an event has one date, not a range
    before = [d for d in dates if d.start < trigger_at]
    return point_value(before[-1].value) if before else None


def _scheduled(view: SentenceView, trigger_at: int, d: Span) -> bool:
    """Whether a date after the trigger is the day something else is scheduled for: a word of
    scheduling right before it, past the trigger (التقى نظيره وبحثا التحضير للاجتماع المقرر
    الأحد المقبل، المؤتمر الذي سيعقد في يوليو)."""
    near = [j for j, tok in enumerate(view.tokens)
            if trigger_at < tok.start and tok.end <= d.start and tok.kind == "word"][-_SCHEDULE_GAP:]
    return any(_scheduling().match(view.keys[j]) or _scheduling_word(view.doc.text[view.tokens[j].start :
                                                                               view.tokens[j].end])
               for j in near)


def _scheduling_word(word: str) -> bool:
    """Whether a word as written is a word of scheduling (سيعقد، والمقرر)."""
    return _scheduling().match((match_key(word), match_key(word.removeprefix("و"))))


@lru_cache(maxsize=1)
def _scheduling() -> Forms:
    """Words that tell a thing scheduled (المقرر، المزمع، سيعقد), from ``claims.json``."""
    return Forms.of(load_json("claims.json")["events"].get("scheduled", []))


def _since(view: SentenceView, at: int) -> bool:
    """Whether the word before offset ``at`` is منذ."""
    head = view.doc.text[max(0, at - 8) : at].split()
    return bool(head) and head[-1] in ("منذ", "ومنذ")


def _unique(ms: list[Mention]) -> list[Entity]:
    out: list[Entity] = []
    for m in ms:
        if m.entity not in out:
            out.append(m.entity)
    return out


def find_events(view: SentenceView, lex: Lexicon, positions: list[Position],
                last_meeting: Event | None, context: list[Mention],
                earlier: list[Event] | None = None) -> list[Event]:
    """Events reported in one sentence; participants of ``last_meeting`` grow on a follow-up,
    and the members listed right after a body's election or appointment are its people."""
    if repeats_headline(view):
        return []  # رابط الخبر بصحيفة كذا: <the headline>: told already
    members = _members_of_body(view, lex, earlier or [])
    if members:
        return members
    triggers = find_triggers(view, lex)
    if last_meeting is not None:
        # وحضر الاجتماع فلان: the meeting told of before, not another one, unless the noun names
        # a side or an owner that meeting did not have (لقائه بفلان، وقررت اللجنة في اجتماعها).
        triggers = [t for t in triggers if not t.followup or _new_meeting(view, lex, t, last_meeting)]
    if not triggers:
        lined = _line_up(view, lex, positions) + _merged(view, lex, [])
        if lined:
            return lined
        if last_meeting is not None and any(lex.followups.match(k) for k in view.keys):
            for ent in _unique(view.between(view.span.start, view.span.end, ("PERSON", "ORG"))):
                if ent not in last_meeting.participants:
                    last_meeting.participants.append(ent)
        return []
    events: list[Event] = []
    for k, trig in enumerate(triggers):
        found = _events_of(view, lex, triggers, k, positions, context)
        host = next((e for e in reversed(events) if e.type == "MEETING"), None)
        if host is not None and found and (_unsaid_subject(view, triggers, k) or (
                trig.followup and found[0].type == "MEETING" and not _new_meeting(view, lex, trig, host))):
            # ... الذي افتتح الجلسة: a meeting told as known goes on with the one just told.
            # ووصل فلان إلى بغداد في زيارة التقى خلالها علاناً: the verb's subject is left unsaid,
            # the visitor of the meeting just told; its guests join that meeting.
            for p in found[0].participants:
                if p not in host.participants:
                    host.participants.append(p)
            host.location = host.location or found[0].location
            found = found[1:]
        events.extend(found)
    return events + _line_up(view, lex, positions) + _merged(view, lex, events)


def _unsaid_subject(view: SentenceView, triggers: list[Trigger], k: int) -> bool:
    """Whether meeting verb ``k`` follows a meeting trigger of its sentence with no one named
    between them (في زيارة التقى خلالها فلاناً، واجتمع بعدها بفلان): its subject is left unsaid."""
    trig = triggers[k]
    if k == 0 or trig.type != "MEETING" or trig.noun or trig.held or triggers[k - 1].type != "MEETING":
        return False
    lo = view.tokens[triggers[k - 1].index].end
    return not view.between(lo, view.tokens[trig.index].start, ("PERSON", "ORG"))


def _merged(view: SentenceView, lex: Lexicon, told: list[Event]) -> list[Event]:
    """A body founded by a merger: a merger word, then within a few words (names not counted)
    a naming word with the new body's name right after it (اندمج الحزبان في حزب جديد يحمل اسم
    كذا، دمج الهيئتين في هيئة واحدة باسم كذا); the bodies merging are named between them, before
    في, and the one that merges or merges them right before the merger word."""
    founded = {e.participants[0].name for e in told if e.type == "FOUNDING" and e.participants}
    named = [(m.span.start, m.span.end) for m in view.mentions]
    for i, key in enumerate(view.keys):
        if view.tokens[i].kind != "word" or not lex.mergers.match(key):
            continue
        start = view.tokens[i].start
        naming, stop, seen, j = None, None, 0, i + 1
        while j < len(view.tokens) and seen < _MERGER_REACH and naming is None:
            tok = view.tokens[j]
            if tok.kind == "word" and not any(a <= tok.start < b for a, b in named):
                seen += 1
                if lex.naming.match(view.keys[j]):
                    naming = j
                elif stop is None and view.doc.text[tok.start : tok.end] in ("في", "ضمن"):
                    stop = tok.start
            j += 1
        if naming is None:
            continue
        at = view.tokens[naming].end
        new = [m for m in view.mentions if m.type == "ORG" and m.span.start >= at
               and len(_gap_words(view, at, m.span.start)) <= 1][:1]
        if not new or new[0].entity.name in founded:
            continue
        end = stop if stop is not None else view.tokens[naming].start
        lo = _clause_start(view, lex, Trigger(i, "FOUNDING", noun=True), view.span.start)
        orgs = [m for m in view.mentions if m.type == "ORG" and m.entity is not new[0].entity]
        merging = [m for m in orgs if lo <= m.span.start and m.span.end <= start][-1:] \
            + [m for m in orgs if start < m.span.start and m.span.end <= end]
        evidence = (min([start] + [m.span.start for m in merging]), new[0].span.end)
        date = _date(view, view.span.start, view.span.end, start)
        return [Event("FOUNDING", _unique(new + merging), evidence, date, None)]
    return []


def _new_meeting(view: SentenceView, lex: Lexicon, trig: Trigger, last: Event) -> bool:
    """Whether a meeting noun told as known (اجتماعه، اللقاء) is another meeting than ``last``:
    the side named right after it (لقائه مع فلان) or the body that owns it, named right before
    (وقررت لجنة كذا في اجتماعها), took no part in ``last``."""
    tok = view.tokens[trig.index]
    named: list[Mention] = []
    if trig.sides:
        # The side follows the noun closely, its titles aside (لقائه بالأمين العام للحزب فلان),
        # and not past a colon that opens a list (خلال اللقاء مع حفظ الألقاب: فلان، فلان).
        named = [m for m in view.mentions if m.type in ("PERSON", "ORG") and m.span.start >= tok.end
                 and ":" not in view.doc.text[tok.end : m.span.start]
                 and len(_side_gap(view, lex, tok.end, m.span.start)) <= _SIDE_GAP][:1]
    elif trig.suffixed:
        near = [m for m in view.mentions if m.type in ("PERSON", "ORG") and m.span.end <= tok.start
                and len(_gap_words(view, m.span.end, tok.start)) <= 1]
        named = near[-1:] + direct_side(view, lex, trig.index)
    return bool(named) and all(m.entity not in last.participants for m in named)


def _in_title(view: SentenceView, j: int) -> bool:
    """Whether token ``j`` overlaps a post title (للرئيس: its proclitic lies outside the title)."""
    tok = view.tokens[j]
    return any(t.start < tok.end and tok.start < t.end for t in view.titles)


def _side_gap(view: SentenceView, lex: Lexicon, start: int, end: int) -> list[int]:
    """The words between a meeting noun and its side that say something else than how they
    met (مع، بين، الذي جمع and titles aside)."""
    return [j for j in _untitled(view, _gap_words(view, start, end))
            if view.keys[j][0] not in _RELATIVE_KEYS and not lex.gathers.match(view.keys[j])
            and not lex.between.match(view.keys[j])]


def _untitled(view: SentenceView, words: list[int]) -> list[int]:
    """The words of ``words`` that lie in no post title."""
    return [j for j in words if not any(t.start <= view.tokens[j].start < t.end for t in view.titles)]


def _line_up(view: SentenceView, lex: Lexicon, positions: list[Position]) -> list[Event]:
    """وجاء التشكيل الجديد لمجلس الإدارة على النحو التالي: فلان رئيساً وفلان نائباً؛ وتكونت
    اللجنة برئاسة فلان وعضوية فلان: the people a new body's line-up lists, each with a post
    this sentence gives them, are appointed to it (a team's line-up names players, no posts)."""
    if len(positions) < 2:
        return []  # a line-up gives several posts; most sentences give fewer
    at = next((j for j in range(len(view.tokens)) if _lines_up(view, lex, j)), None)
    if at is None:
        return []
    start = view.tokens[at].end
    persons = [m for m in view.mentions if m.type == "PERSON" and m.span.start >= start]
    listed = [m for m in _listed(view, lex, Trigger(at, "APPOINTMENT"), persons)
              if any(p.person is m.entity and p.status == "current" for p in positions)]
    if len(listed) < 2:
        return []
    evidence = (view.tokens[at].start, view.span.end)
    date = _date(view, evidence[0], evidence[1], evidence[0])
    events = []
    for m in _unique(listed):
        held = [p.org for p in positions if p.person is m and p.org is not None][:1]
        events.append(Event("APPOINTMENT", [m] + held, evidence, date, None))
    return events


def _lines_up(view: SentenceView, lex: Lexicon, j: int) -> bool:
    """Whether token ``j`` opens a line-up: a verb of composition done (وتكونت اللجنة), or a
    formation noun after جاء or a composition verb (وجاء التشكيل، ويضم تشكيل) or with an
    adjective of newness within three words after it (التشكيل الجديد، تشكيل النادي الجديد)."""
    tok = view.tokens[j]
    if tok.kind != "word":
        return False
    if lex.line_up_verbs.match(verb_keys(view.doc, tok)):
        return True
    if not lex.line_up_nouns.match(view.keys[j]):
        return False
    opened = j > 0 and lex.line_up_openers.match(verb_keys(view.doc, view.tokens[j - 1]))
    return opened or any(lex.line_up_new.match(view.keys[k]) for k in range(j + 1, min(j + 4, len(view.tokens))))


def _members_of_body(view: SentenceView, lex: Lexicon, earlier: list[Event]) -> list[Event]:
    """إعادة انتخاب هيئته الرئاسية. وتضم الهيئة الرئيس فلان والأمين العام فلان ...: when the
    sentence before told of a body elected, appointed or formed without naming its people, the
    people this one lists after a word of composition are elected or appointed with it."""
    body = earlier[-1] if earlier else None
    if body is None or body.type not in ("ELECTION", "APPOINTMENT", "FOUNDING") \
            or any(p.type == "PERSON" for p in body.participants) \
            or not 0 <= view.span.start - body.evidence[1] <= 3:
        return []
    at = next((i for i, ks in enumerate(view.keys) if lex.composition.match(ks)), None)
    if at is None:
        return []
    kind = "APPOINTMENT" if body.type == "FOUNDING" else body.type
    persons = [m for m in view.mentions if m.type == "PERSON" and m.span.start > view.tokens[at].end]
    listed = _listed(view, lex, Trigger(at, kind), persons)
    orgs = [p for p in body.participants if p.type == "ORG"][:1]
    return [Event(kind, [m.entity] + orgs, (view.span.start, view.span.end), body.date, body.location)
            for m in listed]


def _events_of(view: SentenceView, lex: Lexicon, triggers: list[Trigger], k: int,
               positions: list[Position], context: list[Mention]) -> list[Event]:
    """The events of trigger ``k``, read from its clause: from the previous trigger to the next
    one (a meeting noun inside an election's clause does not end it: انتخبت ... في اجتماعها ... فلاناً)."""
    trig = triggers[k]
    kind = trig.type
    tok = view.tokens[trig.index]
    t_start = tok.start
    lo = view.tokens[triggers[k - 1].index].end if k else view.span.start
    later = [t for t in triggers[k + 1 :] if kind == "MEETING" or t.type != "MEETING"]
    hi = view.tokens[later[0].index].start if later else view.span.end
    after = view.between(tok.end, hi)
    # اجتماعهم، استقالته: the owner of the pronoun may be the one who tells of it.
    before = view.between(_clause_start(view, lex, trig, lo), t_start)
    if kind == "MEETING" and trig.suffixed and k:
        # استقبل فلان وفد الصندوق الذي يزور البلد لحضور اجتماعه مع الحكومة: the pronoun's owner
        # is the nearest side before it, not every name of the earlier trigger's clause.
        before = [m for m in before if m.type in ("PERSON", "ORG")][-1:]
    date = _date(view, t_start, hi, t_start)
    places = [m for m in after if m.type == "LOC"] or [m for m in before if m.type == "LOC"]
    location = places[0].entity if places else None
    # A meeting's evidence is its whole clause; other events start at their first name.
    first = before[0].span.start if before else t_start
    evidence = (lo if kind == "MEETING" else first, hi)
    orgs_after = [m for m in after if m.type == "ORG"]
    orgs_before = [m for m in before if m.type == "ORG"]
    if kind == "MEETING":
        hosts = {m.entity.name for m in before}
        guests = [m for m in after if m.type in ("PERSON", "ORG") and m.entity.name not in hosts]
        if not trig.noun and not trig.held and not guests and not _met_alone(view, lex, trig, before) \
                and not group_met(view, lex, trig.index, before):
            return []  # استقبل، التقى with nobody after them: not a meeting (تستقبل الطلبات)
        if not trig.noun and not trig.held and counted_not_guests(view, lex, trig.index):
            return []  # يستقبل مكتب العمل عدداً من الطلبات: what an office receives
        if not guests and not trig.noun and not trig.held:
            before = after_label(view, before, t_start)
        parts = _unique([m for m in before if m.type in ("PERSON", "ORG")] + guests)
        return [Event(kind, parts, evidence, date, location)] if parts else []
    if kind == "FOUNDING" and _cabinet_tasked(view, lex, trig):
        return []  # كلف الرئيس فلاناً بتشكيل الحكومة: a cabinet to be formed, not formed yet
    if kind == "FOUNDING":
        parts = _founded(view, lex, trig, orgs_before, orgs_after)
        founded = [Event(kind, parts, evidence, date, location)] if parts else []
        return founded + _members(view, lex, trig, after, parts, evidence, date, location)
    if trig.dissolve:
        body = orgs_after[:1]
        return [Event(kind, _unique(body + orgs_before[-1:]), evidence, date, location)] if body else []
    if kind == "APPOINTMENT" and _tasked(view, lex, trig) and not _post_given(view, lex, tok.end, hi) \
            and not _cabinet_formed(view, lex, tok.end, _ends_after(view, hi, 2)):
        return []  # كلفت اللجنة الحكم لقيادة المباراة: a task, not a post
    if kind == "APPOINTMENT" and _post_needed(view, lex, trig) and not _post_named(view, lex, tok.end, hi) \
            and not office_before(view, lex, trig.index):
        return []  # سيتولى اختيار الحكام، فيما تسمى كتيبة كذا، رشح لجائزة: no post
    people = _people(view, lex, trig, before, after, hi)
    if not people and kind == "ELECTION" and trig.noun and not trig.suffixed \
            and helped(view, trig.index, lex.noun_helpers) \
            and not any(m.type == "PERSON" for m in before + after):
        # تم انتخاب ناطقة المجلس: a body's election, its people unnamed.
        electing = _unique(orgs_after[:1] or orgs_before[-1:])
        return [Event(kind, electing, evidence, date, location)] if electing else []
    extra = {}
    votes = _VOTES.search(view.doc.text, t_start, hi)
    if votes:
        extra["votes"] = int(votes.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    events = []
    for person in _unique(people):
        held = [p.org for p in positions if p.person is person and p.org is not None]
        orgs = held[:1] or [top_level(o, context, t_start)
                            for o in _unique(orgs_after[:1] or orgs_before[-1:])]
        parts = [person] + [o for o in orgs if o is not None]
        events.append(Event(kind, parts, evidence, date, location, dict(extra)))
    return events


def _met_alone(view: SentenceView, lex: Lexicon, trig: Trigger, before: list[Mention]) -> bool:
    """Whether a body named right before a verb it may take alone is its subject (إن المجلس
    سيجتمع مساء اليوم، اللجنة اجتمعت أمس): a meeting of that body."""
    tok = view.tokens[trig.index]
    if not lex.self_verbs.match(verb_keys(view.doc, tok)):
        return False
    return any(m.type == "ORG" and len(_gap_words(view, m.span.end, tok.start)) <= 1 for m in before[-1:])


def _tasked(view: SentenceView, lex: Lexicon, trig: Trigger) -> bool:
    """Whether the trigger is a verb or noun of tasking (كلف، تكليف), which gives a post or a task."""
    return lex.tasks.match(verb_keys(view.doc, view.tokens[trig.index]) + view.keys[trig.index])


def _post_needed(view: SentenceView, lex: Lexicon, trig: Trigger) -> bool:
    """Whether the trigger names an appointment only with a post in its clause: taking charge
    (تولى), naming (سمى، تسمية), choosing (اختار) and nominating (رشح) are said of tasks,
    names and prizes too."""
    return lex.posts_needed.match(verb_keys(view.doc, view.tokens[trig.index]) + view.keys[trig.index])


def _post_named(view: SentenceView, lex: Lexicon, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names a post: a title in the accusative (اختير رئيساً), after the
    person or after لـ, or a word of office (تولى رئاسة الحكومة، يتولى حقيبة الدفاع، لعضوية)."""
    if _post_given(view, lex, start, end):
        return True
    if any(start <= tok.start and tok.end <= end and lex.task_posts.match(view.keys[j])
           for j, tok in enumerate(view.tokens)):
        return True
    # A title after the person appointed (تسمية فلان وفلان أعضاءً في اللجنة، رشح فلاناً كمبعوث)
    # or after لـ (لمنصب، لرئيس) is the post; one before every name is someone's (اختيار
    # الأسماء من قبل المدرب).
    person = next((m.span.end for m in view.mentions
                   if m.type == "PERSON" and start <= m.span.start < end), end)
    text = view.doc.text
    # A title inside a name or right before one is that person's own (أمين العصري، محمد الشيخ،
    # الشيخ فلان), not the post given.
    named = [(m.span.start, m.span.end) for m in view.mentions if m.type == "PERSON"]
    return any(start <= t.start < end and (t.start >= person or text[t.start] == "ل")
               and not any(t.start < b and a <= t.end + 1 for a, b in named) for t in view.titles)


def _post_given(view: SentenceView, lex: Lexicon, start: int, end: int) -> bool:
    """Whether ``[start, end)`` gives a post: a title in the accusative (بالعمل وكيلاً، رئيساً
    للجنة) or a word of office after بـ (بمهام الوزير، بتسيير أعمال الوزارة)."""
    if any(start <= t.start < end and t.data.get("accusative") for t in view.titles):
        return True
    if any(start <= tok.start and tok.end <= end and (tok.proclitics or tok.maybe).endswith("ب")
           and lex.task_posts.match(view.keys[j]) for j, tok in enumerate(view.tokens)):
        return True
    return _cabinet_formed(view, lex, start, end)


def _ends_after(view: SentenceView, at: int, n: int) -> int:
    """The end of the ``n``-th token starting at or after offset ``at`` (or the sentence's end)."""
    toks = [t for t in view.tokens if t.start >= at][:n]
    return toks[-1].end if len(toks) == n else view.span.end


def _cabinet_tasked(view: SentenceView, lex: Lexicon, trig: Trigger) -> bool:
    """Whether a forming noun is someone's task to form a cabinet (كلفه بتشكيل الحكومة، تكليف
    فلان بتشكيل حكومة جديدة): a tasking word earlier in its sentence, a cabinet word after it."""
    i = trig.index
    toks = view.tokens
    if not trig.noun or i + 1 >= len(toks) or not lex.task_cabinets.match(view.keys[i + 1]):
        return False
    return any(_tasked(view, lex, Trigger(j, "APPOINTMENT")) for j in range(i))


def _cabinet_formed(view: SentenceView, lex: Lexicon, start: int, end: int) -> bool:
    """Whether ``[start, end)`` tasks someone with forming a cabinet (بتشكيل الحكومة، تشكيل
    حكومة جديدة): the head of the cabinet to be is named, a post given without a vote."""
    toks = view.tokens
    return any(start <= tok.start and toks[j + 1].end <= end and lex.task_forming.match(view.keys[j])
               and lex.task_cabinets.match(view.keys[j + 1]) for j, tok in enumerate(toks[:-1]))


def _members(view: SentenceView, lex: Lexicon, trig: Trigger, after: list[Mention],
             body: list[Entity], evidence: tuple[int, int], date: str | None,
             location: Entity | None) -> list[Event]:
    """The people named as a new body's chair and members (تشكيل لجنة برئاسة فلان وعضوية كل
    من ...): each is appointed to it."""
    tok = view.tokens[trig.index]
    cues = [j for j, t in enumerate(view.tokens) if t.start >= tok.end and t.end <= evidence[1]
            and lex.members_cues.match(view.keys[j])]
    if not cues:
        return []
    start = view.tokens[cues[0]].start
    persons = [m for m in after if m.type == "PERSON" and m.span.start > start]
    listed = _listed(view, lex, Trigger(cues[0], "APPOINTMENT", noun=True), persons)
    return [Event("APPOINTMENT", [m.entity] + body[:1], evidence, date, location) for m in listed]


def _clause_start(view: SentenceView, lex: Lexicon, trig: Trigger, lo: int) -> int:
    """Where the names before a trigger start: after the speech verb or complementiser that
    reports it; for a noun with a pronoun (اجتماعه، استقالته) the speaker may be its owner,
    unless someone is named after the complementiser (قال مصدر لوكالة كذا إن رئيس المجلس طالب
    خلال اجتماعه ...: the owner is the one named after إن)."""
    reported = _reported_from(view, lex, lo, trig.index)
    if not trig.suffixed or reported == lo:
        return reported
    start = view.tokens[trig.index].start
    named = [m for m in view.between(reported, start) if m.type in ("PERSON", "ORG")]
    return reported if named or _titled(view, reported, start) else lo


def _reported_from(view: SentenceView, lex: Lexicon, lo: int, at: int) -> int:
    """Where the clause of the trigger at token ``at`` starts: after the last speech verb or
    complementiser (قال فلان لـ«الصحيفة» إن ...) before it, whose names report, not take part."""
    for k in range(at - 1, -1, -1):
        tok = view.tokens[k]
        if tok.start < lo:
            break
        word = view.doc.text[tok.start : tok.end]
        if word in _COMPLEMENTISERS or lex.speech_verbs.match(verb_keys(view.doc, tok)):
            return tok.end
    return lo


def _founded(view: SentenceView, lex: Lexicon, trig: Trigger, orgs_before: list[Mention],
             orgs_after: list[Mention]) -> list[Entity]:
    """The body founded (named right after the trigger, or before a تشكيله) and its parent."""
    tok = view.tokens[trig.index]
    if trig.held and trig.noun_at is not None:
        return _congress_owner(view, trig, orgs_before, orgs_after)
    # The new body is the trigger's object, right after it (تشكيل لجنة ...، تأسست الجمعية), not
    # one after a preposition (تشكل فرصة لحركة ...، إعادة تشكيل اللجان العاملة بالاتحاد).
    new = [m for m in orgs_after[:1] if _object_gap(view, lex, tok.end, m.span.start)
           and not _governed(view, m)]
    if new and not trig.noun and not lex.founded_passives.match(verb_keys(view.doc, tok)) \
            and (_has_object(view, new[0]) or _launch_verbs().match(verb_keys(view.doc, tok))):
        # أطلقت وزارة الصحة حملة، شكلت الحكومة لجنة وزارية: in verb-subject-object order the name
        # right after an active verb is its subject; the body founded is the object after it,
        # kept only when it is a name (أنشأت الوزارة هيئة تنظيم الاتصالات). A verb of launching
        # takes a service or a product far more often than a body (أطلقت الشركة، أكبر شركة
        # تأمين، برنامجاً): the body after it is its subject even with no object seen.
        obj = [m for m in orgs_after[1:2] if len(_gap_words(view, new[0].span.end, m.span.start)) <= 1
               and not _governed(view, m)]
        return _unique(obj + new) if obj else []
    if new:
        # Its parent: named before (قررت الهيئة تشكيل ...) or right after it (... في حزب الأمة).
        after = [m for m in orgs_after[1:2] if _governed(view, m)
                 and len(_gap_words(view, new[0].span.end, m.span.start)) <= 1]
        return _unique(new + (orgs_before[-1:] or after))
    if not trig.noun and lex.founded_passives.match(verb_keys(view.doc, tok)):
        # وكانت الهيئة قد أنشئت عام 2003: the body is the subject, named right before.
        near = [m for m in orgs_before if len(_gap_words(view, m.span.end, tok.start)) <= _SUBJECT_GAP]
        if near:
            return _unique(near[-1:])
    if trig.suffixed or (not trig.noun and _relative_before(view, trig.index)):
        # الذي تم تشكيله، التي تأسست، التي أسسها فلان: the body named before, and its founder.
        founder = [m for m in view.mentions if m.type == "PERSON" and m.span.start >= tok.end
                   and len(_gap_words(view, tok.end, m.span.start)) <= 1] if not trig.noun else []
        if not trig.noun:
            # التي أنشئت: the relative's own noun is the body, right before it, not a name told
            # earlier (الأهداف التي أنشئت من أجلها الأندية).
            orgs_before = [m for m in orgs_before
                           if len(_gap_words(view, m.span.end, tok.start)) <= _SUBJECT_GAP]
        elif lex.launches.match(view.keys[trig.index]):
            # بعد إطلاقها: launching is said of services and campaigns too, so its pronoun is a
            # body's only when the body was named a few words before (الوزارة ... تطبيق هذه
            # الخدمة ... بعد إطلاقها: the service's); منذ تأسيسها reaches back to the body.
            orgs_before = [m for m in orgs_before
                           if len(_gap_words(view, m.span.end, tok.start)) <= _NAMING_REACH]
        return _unique(orgs_before[-1:] + founder[:1]) if orgs_before else []
    return []


@lru_cache(maxsize=1)
def _launch_verbs() -> Forms:
    """Active verbs of launching (أطلق، أطلقت), from ``claims.json``."""
    return Forms.of(load_json("claims.json")["events"]["FOUNDING"].get("launch_verbs", []))


def _has_object(view: SentenceView, m: Mention) -> bool:
    """Whether a name is followed by an object of the verb before it: another name, or an
    indefinite noun with no preposition (حملة، نداءً، لجنة) rather than a date, a place or a
    phrase of its own (عام 2005، في بغداد، برئاسة فلان)."""
    # The first word after the name; quotes and brackets around it are skipped (أطلق مركز
    # «فلان» فعالية).
    nxt = next((j for j, t in enumerate(view.tokens) if t.start >= m.span.end
                and view.doc.text[t.start : t.end] not in _QUOTES), None)
    if nxt is None:
        return False
    tok = view.tokens[nxt]
    if any(o.type == "ORG" and o.span.start == tok.start for o in view.mentions):
        return True
    if tok.kind != "word" or tok.proclitics or tok.article \
            or any(o.span.start <= tok.start < o.span.end for o in view.mentions) \
            or any(d.start <= tok.start < d.end for d in view.dates):
        return False
    word = view.doc.text[tok.start : tok.end]
    if word.endswith(_ACCUSATIVE):
        return True  # وفداً، نداءً: an accusative noun
    if tok.maybe in ("و", "ف"):
        # فعالية، وثيقة: a noun that only looks like a conjunction and a word; والحكومة is one.
        return not word[1:].startswith("ال")
    if tok.maybe:
        # لجنة، بعثة: a body's head noun that only looks like a preposition and a word.
        head = org_lexicon().head_of(view.doc, tok)
        return head is not None and head[2] == tok.start and not head[1]
    return word not in _PREPOSITIONS and not word.startswith("ال")


def _congress_owner(view: SentenceView, trig: Trigger, orgs_before: list[Mention],
                    orgs_after: list[Mention]) -> list[Entity]:
    """The body a founding congress founds: named right after it (اختتمت أعمال المؤتمر التأسيسي
    لحزب كذا) or, for a congress with its owner's pronoun, the subject that held it (عقد حزب كذا
    مؤتمره التأسيسي، الحركة عقدت مؤتمرها التأسيسي)."""
    noun = trig.noun_at if trig.noun_at is not None else trig.index
    marker_end = view.tokens[min(noun + 1, len(view.tokens) - 1)].end
    owner = [m for m in orgs_after if m.span.start >= marker_end
             and len(_gap_words(view, marker_end, m.span.start)) <= 1]
    if owner:
        # Its parent, right after it (المؤتمر التأسيسي لمجلس الشباب في الحزب).
        parent = [m for m in orgs_after if m.span.start >= owner[0].span.end and _governed(view, m)
                  and len(_gap_words(view, owner[0].span.end, m.span.start)) <= 1]
        return _unique(owner[:1] + parent[:1])
    if not _suffixed_word(view, noun):
        return []
    noun_start = view.tokens[noun].start
    tok = view.tokens[trig.index]
    subject = [m for m in orgs_after if m.span.end <= noun_start] or \
        [m for m in orgs_before if len(_gap_words(view, m.span.end, tok.start)) <= _SUBJECT_GAP][-1:]
    return _unique(subject[:1])


def _suffixed_word(view: SentenceView, j: int) -> bool:
    """Whether token ``j`` carries a possessive pronoun (مؤتمره، مؤتمرها، مؤتمرهم)."""
    text = view.doc.text[view.tokens[j].start : view.tokens[j].end]
    return len(text) > 4 and text.endswith(("ه", "ها", "هم", "هما"))


def _object_gap(view: SentenceView, lex: Lexicon, start: int, end: int) -> bool:
    """Whether the words between a founding trigger and a name leave the name its object: none
    or one (تشكيل لجنة ...), or a few that introduce its name (تأسيس أول جمعية تحت مسمى ...)."""
    gap = _gap_words(view, start, end)
    return len(gap) <= 1 or (len(gap) <= _NAMING_REACH and any(lex.naming.match(view.keys[j]) for j in gap))


def _governed(view: SentenceView, m: Mention) -> bool:
    """Whether a name is governed by a preposition (لحركة، بالاتحاد، في الحزب)."""
    text = view.doc.text
    if m.span.start > 0 and text[m.span.start - 1] in "لب" and text[m.span.start - 1 : m.span.start + 1] != "لل":
        return not text[m.span.start - 1 : m.span.start].isspace()
    head = text[max(0, m.span.start - 6) : m.span.start].split()
    return bool(head) and head[-1] in _PREPOSITIONS


def _relative_before(view: SentenceView, i: int) -> bool:
    """Whether a relative pronoun (الذي، التي) comes right before token ``i``."""
    return i > 0 and view.doc.text[view.tokens[i - 1].start : view.tokens[i - 1].end] in _RELATIVES


def _people(view: SentenceView, lex: Lexicon, trig: Trigger, before: list[Mention],
            after: list[Mention], hi: int) -> list[Mention]:
    """The people an election, appointment, resignation or dismissal is about."""
    # فلان – عين اليوم: a name and an outlet a dash joins are a byline, not a subject and its verb.
    t_start = view.tokens[trig.index].start
    persons_before = [m for m in before if m.type == "PERSON"
                      and not _byline(view.doc.text[m.span.end : t_start])]
    if trig.participle:
        return _resigned(view, trig)
    if trig.suffixed:
        # تعيينه، استقالتها: the person was named before the trigger; استقالاتهم: the people.
        word = view.doc.text[view.tokens[trig.index].start : view.tokens[trig.index].end]
        return _listed_before(view, persons_before) if word.endswith(("هم", "هما")) \
            else persons_before[-1:] or named_after(view, trig)
    persons_after = [m for m in after if m.type == "PERSON"]
    listed = _listed(view, lex, trig, persons_after) or _composed(view, lex, trig, persons_after, hi)
    if trig.type == "RESIGNATION" and not trig.noun:
        # فلان استقال / استقال فلان: the subject, before the verb or right after it.
        return persons_before[-1:] or listed[:1]
    if listed:
        return listed
    # A noun never takes a name from before it (قال فلان إن تعيين ...); a verb may (فلان عُيّن),
    # unless a dash or colon parts them (a byline: فلان – عين اليوم، a name and its outlet).
    if trig.noun or not persons_before:
        return []
    gap = view.doc.text[persons_before[-1].span.end : view.tokens[trig.index].start]
    if _byline(gap) or ":" in gap:
        return []
    # The subject stands close before its verb (فلان، الذي عين أمس، فلان أقيل من منصبه); a name
    # farther back is someone who speaks of it (أكد فلان على ... وعزل الدول الداعمة).
    near = len(_gap_words(view, persons_before[-1].span.end, view.tokens[trig.index].start)) <= _SUBJECT_REACH
    return persons_before[-1:] if near else []


def _byline(gap: str) -> bool:
    """Whether the text between a name and a verb after it is a dash (فلان – عين اليوم)."""
    return bool(_DASHES.intersection(gap)) or " - " in gap


def _resigned(view: SentenceView, trig: Trigger) -> list[Mention]:
    """The person a participle of resignation describes: named right after it (خلفاً للرئيس
    المستقيل فلان) or before it, with nothing but a title and its body between (فلان عضو مجلس
    إدارة النادي المستقيل)."""
    tok = view.tokens[trig.index]
    persons = [m for m in view.mentions if m.type == "PERSON"]
    after = [m for m in persons if m.span.start >= tok.end][:1]
    # It describes the name after it when it stands for a person (للمستقيل فلان) or follows a
    # title (الرئيس المستقيل فلان); after a body (الحكومة المستقيلة برئاسة فلان) it is the body's.
    own = bool(tok.proclitics or tok.maybe) or (trig.index > 0 and _in_title(view, trig.index - 1))
    if after and own and not _untitled(view, _gap_words(view, tok.end, after[0].span.start)):
        return after
    before = [m for m in persons if m.span.end <= tok.start][-1:]
    if before and not _untitled(view, _gap_words(view, before[0].span.end, tok.start)):
        return before
    return []


def _listed(view: SentenceView, lex: Lexicon, trig: Trigger, persons: list[Mention]) -> list[Mention]:
    """The people named after a trigger as its objects: the first (close to a noun), then those
    listed after it (أ، ب و ج; بتعيين كل من أ ممثلاً لكذا وب), up to a word that opens another
    clause (خلفاً لـ، الذي، فيما). An active verb's titled subject (عيّن الرئيس فلان كلاً من ...)
    is left out when others follow it."""
    out: list[Mention] = []
    cursor = view.tokens[trig.index].end
    for m in persons:
        if not out and not trig.noun:
            # A verb's object may come after a long subject (انتخب أعضاء الهيئة العامة للتجمع،
            # الذي يضم ...، الدكتور فلان).
            out.append(m)
            cursor = m.span.end
            continue
        # تعيين الآتية أسماؤهم ...: فلان، وفلان: a colon opens the list.
        colon = view.doc.text.rfind(":", cursor, m.span.start)
        gap = _gap_words(view, colon + 1 if colon >= 0 else cursor, m.span.start)
        # برئاسة فلان وعضوية كل من: a members cue right before a name goes on with the list.
        members = trig.type == "APPOINTMENT" and any(lex.members_cues.match(view.keys[j]) for j in gap[-3:])
        stops = [j for j in gap if lex.list_stops.match(view.keys[j])]
        # أ، الذي يشغل منصب كذا، وب: a relative clause inside the list; و goes on with it.
        if stops and _conjoined(view, gap, m) and all(view.keys[j][0] in _RELATIVE_KEYS for j in stops):
            stops = []
        if not members and stops:
            break
        if not members and len(gap) > (_NOUN_REACH if trig.noun and not out else _LIST_GAP):
            break
        if trig.noun and not out and any(view.keys[j][0] in _ADDRESSED_KEYS for j in gap):
            break  # قدم استقالة حكومته إلى الملك فلان: the one it is handed to, not its subject
        out.append(m)
        cursor = m.span.end
    if not trig.noun and len(out) > 1 and _subject_first(view, trig, out):
        out = out[1:]
    return out


def _subject_first(view: SentenceView, trig: Trigger, out: list[Mention]) -> bool:
    """Whether the first name after an active verb is its subject: a titled one not joined to
    the next by a comma or و (عيّن الرئيس فلان السيد علان), or one only a comma parts from the
    next, which (unlike it) a post in the accusative follows (عين هادي، الدكتور فلان، محافظاً
    لكذا، وعلان محافظاً لكذا)."""
    first, second = out[0], out[1]
    gap = view.doc.text[first.span.end : second.span.start]
    # وزير الصحة، وكيل الوزارة: the و of a title's first word is no conjunction.
    untitled = _untitled_text(view, first.span.end, second.span.start)
    if _titled(view, view.tokens[trig.index].end, first.span.start) and not _joined(untitled):
        return True
    if bare_subject(view, view.tokens[trig.index].end, first, second):
        return True  # أقال فلان الأسبوع الماضي نائب رئيس الوزراء علاناً
    if ("،" not in gap and "," not in gap) or any(w.startswith("و") for w in untitled.split()):
        return False
    if _accusative_in(view, first.span.end, second.span.start):
        return False
    upto = out[2].span.start if len(out) > 2 else view.span.end
    return _accusative_in(view, second.span.end, upto)


def _accusative_in(view: SentenceView, start: int, end: int) -> bool:
    """Whether a post title in the accusative (محافظاً، رئيساً للجنة) starts in ``[start, end)``."""
    return any(start <= t.start < end and t.data.get("accusative") for t in view.titles)


def _conjoined(view: SentenceView, gap: list[int], m: Mention) -> bool:
    """Whether a name is joined to the list by و (وفلان، والدكتور فلان)."""
    text = view.doc.text
    if m.span.start > 0 and text[m.span.start - 1] == "و":
        return True
    return bool(gap) and text[view.tokens[gap[-1]].start] == "و"


def _untitled_text(view: SentenceView, start: int, end: int) -> str:
    """The text of ``[start, end)`` with the post titles in it blanked out."""
    text = view.doc.text
    out = list(text[start:end])
    for t in view.titles:
        for k in range(max(start, t.start), min(end, t.end)):
            out[k - start] = " "
    return "".join(out)


def _joined(gap: str) -> bool:
    """Whether the words between two names join them in a list (، و), rather than a subject to
    its object (عيّن الرئيس فلان السيد علان)."""
    return "،" in gap or "," in gap or any(w.startswith("و") for w in gap.split())


def _composed(view: SentenceView, lex: Lexicon, trig: Trigger, persons: list[Mention],
              hi: int) -> list[Mention]:
    """تعيين نائبين للأمير، هما فلان وفلان؛ اختيار عدد من المسؤولين، مثل فلان وفلان: the people
    listed after a word of composition in the trigger's clause."""
    at = next((j for j in range(trig.index + 1, len(view.tokens))
               if view.tokens[j].end <= hi and lex.composition.match(view.keys[j])), None)
    if at is None:
        return []
    start = view.tokens[at].end
    return _listed(view, lex, Trigger(at, trig.type), [m for m in persons if m.span.start >= start])


def _listed_before(view: SentenceView, persons: list[Mention]) -> list[Mention]:
    """The last person before a plural pronoun and those listed right before it (أ وب وج)."""
    out = persons[-1:]
    for m in reversed(persons[:-1]):
        gap = view.doc.text[m.span.end : out[0].span.start]
        if gap.replace("،", " ").replace(",", " ").replace("و", " ").strip():
            break
        out.insert(0, m)
    return out


def _gap_words(view: SentenceView, start: int, end: int) -> list[int]:
    """Indexes of the word tokens in ``[start, end)`` that are not inside a name."""
    inside = [(m.span.start, m.span.end) for m in view.mentions if m.span.end > start and m.span.start < end]
    return [j for j, t in enumerate(view.tokens) if start <= t.start and t.end <= end and t.kind == "word"
            and not any(s <= t.start < e for s, e in inside)]


def _titled(view: SentenceView, start: int, end: int) -> bool:
    """Whether a post title lies in ``[start, end)``."""
    return any(start <= t.start and t.end <= end for t in view.titles)


def merge_events(events: list[Event]) -> list[Event]:
    """One event per meeting and per person: events of a type that share their person (or, with
    no person, an organisation) and do not disagree on the date are one."""
    out: list[Event] = []
    for ev in events:
        home = next((o for o in out if _same(o, ev)), None)
        if home is None:
            out.append(ev)
            continue
        for p in ev.participants:
            if p not in home.participants:
                home.participants.append(p)
        home.date = home.date or ev.date
        home.location = home.location or ev.location
        for key, value in ev.extra.items():
            home.extra.setdefault(key, value)
    return out


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    pa = [p for p in a.participants if p.type == "PERSON"]
    pb = [p for p in b.participants if p.type == "PERSON"]
    if a.type != "MEETING" and pa and pb:
        return any(p in pb for p in pa)
    if a.type == "MEETING" and not (a.date and b.date):
        # Undated, the same meeting told twice shares its host and guest, not just one side;
        # a headline's meeting of one side (فلان يترأس اجتماعاً) is the one its story tells.
        common = sum(1 for p in a.participants if p in b.participants)
        return common >= 2 or (common == 1 and len(a.participants) == 1 and not a.date)
    shared = [p for p in b.participants if p in a.participants]
    if a.type == "MEETING" and len(shared) == 1 and any(p not in shared for p in a.participants) \
            and any(p not in shared for p in b.participants):
        # A host who met one guest and then another (التقى الأمير كيري ... والتقى لافروف، ثم
        # استقبل وزراء مجلس التعاون): each side met with the host alone is another meeting of
        # the same day.
        return False
    return any(p in b.participants for p in a.participants)


def dated(events: list[Event], doc: Doc) -> list[Event]:
    """Events whose clause gives no date took place on the news day told nearest before them
    (أمس، الخميس: a date within a week of publication), else the first one the article tells,
    else on the day of publication: news tells what happened then unless it dates it."""
    if not doc.published:
        return events
    # A day a word of scheduling governs (المقرر الأحد المقبل) is no news day of the events told.
    days = [(d.start, str(d.value)) for d in doc.layers.get("dates", []) if _news_day(d.value, doc.published)
            and not any(_scheduling_word(w) for w in doc.text[max(0, d.start - 30) : d.start].split()[-2:])]
    for ev in events:
        if ev.date is not None and ev.type == "MEETING" and len(ev.date) == len("YYYY") \
                and doc.published.startswith(ev.date):
            # لقاء مع طلاب برنامج الصيف 2015م: the publication's own year alone in a meeting's
            # clause names something else or says less than the news day; the meeting is the
            # day's news, within that year. (A month, خلال شهر رمضان, may be the meeting's span.)
            ev.date = None
        if ev.date is None:
            before = [value for at, value in days if at < ev.evidence[0]]
            ev.date = before[-1] if before else days[0][1] if days else doc.published
            # The reader of the register must be able to tell a date the clause states from
            # one taken from the article's news day or its publication.
            ev.extra["date_from"] = "news_day" if before or days else "published"
    return events


def _news_day(value: object, published: str) -> bool:
    """Whether a date value is a day within a week of publication."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        return abs((day.fromisoformat(value) - day.fromisoformat(published)).days) <= _NEWS_DAYS
    except ValueError:
        return False
