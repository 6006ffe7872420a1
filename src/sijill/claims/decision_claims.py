"""What every decision finder shares: the claim, who is named as its issuer, the meeting it
came from, and an item's text."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from sijill.claims.decision_text import TRAILING, Text
from sijill.claims.model import Event
from sijill.doc import Entity

_COLLECTIVE_REACH = 60  # characters after أعضاء / وزراء within which their body is named

Issuer = tuple[Entity | None, Event | None]


@dataclass(slots=True)
class Decision:
    """One decision, recommendation or statement point, with the body and meeting it came from."""

    kind: str
    body: Entity | None
    event: Event | None
    text: tuple[int, int]
    evidence: tuple[int, int]


def named(t: Text, start: int, end: int) -> tuple[Entity | None, bool]:
    """Who is named first within ``[start, end]`` (an organisation or a person), and whether a
    person stands there: a person's name, or a title before any name (``رئيس الهيئة``)."""
    found = [m for m in t.mentions_in(start, end + 1) if m[2].type in ("ORG", "PERSON")]
    titled = t.titles[bisect_left(t.titles, start) : bisect_left(t.titles, end)]
    many = titled[0] if titled and titled[0] in t.collective else _collective_word(t, start, end)
    if many is not None and (not found or many < found[0][0]):
        body = next((m[2] for m in t.mentions_in(many, many + _COLLECTIVE_REACH)
                     if m[2].type in ("ORG", "PERSON")), None)
        return (body, False) if body is not None and body.type == "ORG" else (None, True)
    if titled and (not found or titled[0] < found[0][0]):
        return (found[0][2] if found and found[0][2].type == "PERSON" else None), True
    if not found:
        return None, False
    return found[0][2], found[0][2].type == "PERSON"


def _collective_word(t: Text, start: int, end: int) -> int | None:
    """Where a word for many people (وزراء، ممثلو) stands first within ``[start, end]``."""
    toks = t.tokens(start, end + 1)
    first = next((tok for tok in toks if tok.kind == "word"), None)
    if first is not None and any(k in t.cue.collective_titles for k in t.keys(first)):
        return first.start
    return None


def meeting_of(events: list[Event], at: int) -> Event | None:
    """The meeting a list at ``at`` came from: the last one reported before it, passing over a
    meeting dated before an earlier-reported one (a look back: ``الاجتماع السابق``)."""
    chosen: Event | None = None
    latest = ""
    for ev in sorted((e for e in events if e.type == "MEETING"), key=lambda e: e.evidence[0]):
        if ev.evidence[0] >= at:
            break
        if ev.date and latest and ev.date[: len(latest)] < latest[: len(ev.date)]:
            continue
        chosen = ev
        latest = max(latest, ev.date or "")
    return chosen


def host_of(event: Event | None) -> Entity | None:
    return next((p for p in event.participants if p.type == "ORG"), None) if event else None


def item_span(t: Text, start: int, end: int, quoted: bool = False) -> tuple[int, int] | None:
    """An item's text without surrounding blanks and trailing separators; None when it is quoted
    (unless the list itself was, ``quoted``) or holds no word outside names (a list of people is
    no list of decisions)."""
    text = t.doc.text
    while start < end and (text[start].isspace() or text[start] in t.cue.quote_open):
        start += 1
    while end > start and (text[end - 1] in TRAILING or text[end - 1] in t.cue.quote_close):
        end -= 1
    if start >= end or (not quoted and t.quoted(t.line_start(start), start)):
        return None
    inside = t.mentions_in(max(0, start - 200), end)
    free = any(tok.kind == "word" and not any(s <= tok.start < e for s, e, _ in inside)
               for tok in t.tokens(start, end))
    return (start, end) if free else None


def names_someone(t: Text, start: int, end: int) -> bool:
    """Whether a person's name or a title starts within ``[start, end)``."""
    titled = t.titles[bisect_left(t.titles, start) : bisect_left(t.titles, end)]
    return bool(titled) or any(m[2].type == "PERSON" for m in t.mentions_in(start, end))

