"""Organisational events: triggers from ``lang/ar/claims.json``, participants from the clause.

A sentence is cut at its triggers; each event reads its date, place and participants from its
own clause (and the words before its trigger), falling back to the nearest date earlier in
the sentence. Meetings continue across sentences (``وخلال اللقاء``، ``وحضر الاجتماع``); one
event per meeting and one election, appointment or resignation per person.
"""

from __future__ import annotations

import re

from sijill.claims.lexicon import EVENT_TYPES, Lexicon, verb_keys
from sijill.claims.model import Event, Mention, Position, SentenceView
from sijill.claims.positions import top_level
from sijill.doc import Entity

_VOTES = re.compile(r"(?:بـ?\s*)?([0-9٠-٩]+)\s*(?:صوتا|صوتاً|صوت|أصوات)")
_AHEAD = 7
_BEHIND = 7


def _triggers(view: SentenceView, lex: Lexicon) -> list[tuple[int, str]]:
    """``(token index, event type)`` of each trigger in the sentence."""
    found: list[tuple[int, str]] = []
    n = len(view.tokens)
    for i, ks in enumerate(view.keys):
        if view.tokens[i].kind != "word":
            continue
        vks = verb_keys(view.doc, view.tokens[i])
        kind = next((t for t in EVENT_TYPES if lex.verbs[t].match(vks)), None)
        if kind is None and lex.hold_verbs.match(vks) and not _list_item(view, i):
            # Count words outside names: a long organisation name stands for one word.
            inside = [(m.span.start, m.span.end) for m in view.mentions]
            words = [j for j in range(n) if view.tokens[j].kind == "word" and (j == i or not any(
                s < view.tokens[j].start < e for s, e in inside))]
            at = words.index(i)
            window = words[at + 1 : at + 1 + _AHEAD] + words[max(0, at - _BEHIND) : at]
            noun = next((j for j in window if lex.nouns["MEETING"].match(view.keys[j])
                         or lex.followups.match(view.keys[j])), None)
            if noun is not None:
                marker = noun + 1 < n and lex.founding_markers.match(view.keys[noun + 1])
                kind = "FOUNDING" if marker else "MEETING"
        if kind is None:
            for t in EVENT_TYPES:
                if t != "MEETING" and lex.nouns[t].match(ks) and _noun_counts(view, i, lex):
                    kind = t
                    break
        if kind is not None:
            found.append((i, kind))
    return found


def _list_item(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` opens an item of a list (``- عقد اجتماع دوري``): a plan or a decision,
    not a report of a meeting; a sentence that opens with a list marker is such an item."""
    def marker(k: int) -> bool:
        return view.doc.text[view.tokens[k].start : view.tokens[k].end] in _MARKERS

    return (i > 0 and marker(i - 1)) or (bool(view.tokens) and marker(0))


_MARKERS = frozenset(("-", "–", "—", "•", "*", "ـ"))


def _noun_counts(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """An event noun (تأسيس، استقالة) reports an event after a helper word or with a date."""
    if i > 0 and lex.noun_helpers.match(view.keys[i - 1]):
        return True
    if i > 1 and lex.noun_helpers.match(view.keys[i - 2]):
        return True
    end = view.tokens[min(len(view.tokens) - 1, i + 8)].end
    return any(view.tokens[i].start <= d.start < end and d.value for d in view.dates)


def _date(view: SentenceView, start: int, end: int, trigger_at: int) -> str | None:
    after = [d for d in view.dates if start <= d.start < end and d.value and d.start >= trigger_at]
    if after:
        return str(after[0].value)
    before = [d for d in view.dates if d.start < trigger_at and d.value]
    return str(before[-1].value) if before else None


def _unique(ms: list[Mention]) -> list[Entity]:
    out: list[Entity] = []
    for m in ms:
        if m.entity not in out:
            out.append(m.entity)
    return out


def find_events(view: SentenceView, lex: Lexicon, positions: list[Position],
                last_meeting: Event | None, context: list[Mention]) -> list[Event]:
    """Events reported in one sentence; participants of ``last_meeting`` grow on a follow-up."""
    triggers = _triggers(view, lex)
    if not triggers:
        if last_meeting is not None and any(lex.followups.match(k) for k in view.keys):
            for ent in _unique(view.between(view.span.start, view.span.end, ("PERSON", "ORG"))):
                if ent not in last_meeting.participants:
                    last_meeting.participants.append(ent)
        return []
    events: list[Event] = []
    bounds = [view.tokens[i].start for i, _ in triggers] + [view.span.end]
    for k, (i, kind) in enumerate(triggers):
        t_start = view.tokens[i].start
        lo = view.tokens[triggers[k - 1][0]].end if k else view.span.start
        hi = bounds[k + 1]
        after = view.between(t_start, hi)
        before = view.between(lo, t_start)
        date = _date(view, t_start, hi, t_start)
        places = [m for m in after if m.type == "LOC"] or [m for m in before if m.type == "LOC"]
        location = places[0].entity if places else None
        # A meeting's evidence is its whole clause; other events start at their first name.
        first = before[0].span.start if before else t_start
        evidence = (lo if kind == "MEETING" else first, hi)
        if kind == "MEETING":
            parts = _unique([m for m in before + after if m.type in ("PERSON", "ORG")])
            if parts:
                events.append(Event(kind, parts, evidence, date, location))
            continue
        persons_after = [m for m in after if m.type == "PERSON"]
        persons_before = [m for m in before if m.type == "PERSON"]
        orgs_after = [m for m in after if m.type == "ORG"]
        orgs_before = [m for m in before if m.type == "ORG"]
        if kind == "FOUNDING":
            word = view.doc.text[view.tokens[i].start : view.tokens[i].end]
            new = [m for m in orgs_after if m.span.start - view.tokens[i].end <= 25]
            if new:
                parts = _unique(new + orgs_before[-1:])
            elif word.endswith(("ه", "ها")) or lex.verbs[kind].match(verb_keys(view.doc, view.tokens[i])):
                parts = _unique(orgs_before[-1:])  # الذي تم تشكيله: the body named before
            else:
                parts = []
            if parts:
                events.append(Event(kind, parts, evidence, date, location))
            continue
        verb = lex.verbs[kind].match(verb_keys(view.doc, view.tokens[i]))
        if kind in ("ELECTION", "APPOINTMENT"):
            people = _listed(view, persons_after) or (persons_before[-1:] if verb else [])
        else:
            # استقال فلان (verb, subject after) / فلان قدم استقالته (noun, subject before); a noun
            # never takes the next name: وضعت استقالتي بين يدي رئيس الحكومة فلان.
            people = persons_before[-1:] or (persons_after[:1] if verb else [])
        extra = {}
        votes = _VOTES.search(view.doc.text, t_start, hi)
        if votes:
            extra["votes"] = int(votes.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
        who: list[Entity | None] = list(_unique(people)) or [None]
        for person in who:
            held = [p.org for p in positions if p.person is person and p.org is not None]
            orgs = held[:1] or [top_level(o, context, t_start)
                                for o in _unique(orgs_after[:1] or orgs_before[-1:])]
            parts = ([person] if person else []) + [o for o in orgs if o is not None]
            if parts:
                events.append(Event(kind, parts, evidence, date, location, dict(extra)))
    return events


def _listed(view: SentenceView, persons: list[Mention]) -> list[Mention]:
    """The first person and those listed right after it (أ، ب و ج): those elected together."""
    out = persons[:1]
    for m in persons[1:]:
        gap = view.doc.text[out[-1].span.end : m.span.start]
        if gap.replace("،", " ").replace(",", " ").replace("و", " ").strip():
            break
        out.append(m)
    return out


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
        return False
    return any(p in b.participants for p in a.participants)
