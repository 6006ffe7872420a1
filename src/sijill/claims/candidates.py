"""Other readings of each title for the learned decision to weigh against the rules' own:
the nearest people on either side of the title, and the organisations inside it, after it,
just before it, or last named in the document (or none).

Each candidate carries the title it reads, so the decision can keep the best reading of each
title; the rules' reading is one of them, flagged, so the model learns how far to trust it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from sijill.claims.features import title_of
from sijill.claims.model import Mention, Position, SentenceView
from sijill.doc import Entity, Span

#: How many people after a title, and organisations from its start on, are tried.
_PEOPLE_AFTER = 2
_ORGS_AFTER = 2


@dataclass(slots=True)
class Candidate:
    """A reading of a title: the position, the title (None when the rules used none), and
    whether the rules proposed it."""

    position: Position
    title: Span | None
    sentence: int
    rule: bool
    #: How the reading was built: which person and organisation of the title it took, and
    #: whether the rules read the same person or organisation from the title.
    traits: tuple[str, ...] = ()


def _people(view: SentenceView, title: Span) -> list[tuple[Mention, str]]:
    """The people a title may belong to, each with where it stands (after1, after2, before)."""
    after: list[Mention] = []
    for m in view.mentions:
        if m.type == "PERSON" and m.span.start >= title.end and \
                all(a.entity is not m.entity for a in after):
            after.append(m)
    before = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= title.start]
    return [(m, f"after{n}") for n, m in enumerate(after[:_PEOPLE_AFTER], 1)] + \
        [(m, "before") for m in before[-1:]]


def _orgs(view: SentenceView, title: Span, context: list[Mention]) -> list[tuple[Entity | None, bool, str]]:
    """Organisations a title may be a post in, each with whether it lies inside the title and
    where it was found."""
    named = [m for m in view.mentions if m.type in ("ORG", "LOC")]
    out: list[tuple[Entity | None, bool, str]] = [(None, False, "none")]
    after: list[Mention] = []
    for m in named:
        if m.span.start >= title.start and len(after) < _ORGS_AFTER and \
                all(a.entity is not m.entity for a in after):
            after.append(m)
    for n, m in enumerate(after, 1):
        inside = m.span.end <= title.end
        out.append((m.entity, inside, "inside" if inside else f"next{n}"))
    before = [m for m in named if m.span.end <= title.start]
    if before:
        out.append((before[-1].entity, False, "before"))
    if context:
        out.append((context[-1].entity, False, "earlier"))
    seen: set[int] = set()
    unique = []
    for ent, inside, where in out:
        if id(ent) not in seen:
            seen.add(id(ent))
            unique.append((ent, inside, where))
    return unique


def _same(a: Position, person: Entity, org: Entity | None, role: str) -> bool:
    return a.person is person and a.org is org and a.role == role


def candidates(views: Sequence[SentenceView], positions: Sequence[Position]) -> list[Candidate]:
    """The rules' positions and the other readings of every title, sentence by sentence."""
    starts = [v.span.start for v in views]
    out: list[Candidate] = []
    by_title: dict[tuple[int, int], list[Position]] = {}
    of_rule: dict[int, Candidate] = {}
    for p in positions:
        k = bisect_right(starts, p.evidence[0]) - 1
        title = title_of(views[k], p) if k >= 0 else None
        out.append(Candidate(p, title, k, True))
        of_rule[id(p)] = out[-1]
        if title is not None:
            by_title.setdefault((title.start, title.end), []).append(p)
    context: list[Mention] = []
    for k, view in enumerate(views):
        for title in view.titles:
            ruled = by_title.get((title.start, title.end), [])
            for person, who in _people(view, title):
                for org, inside, where in _orgs(view, title, context):
                    role = _role_for(title, inside)
                    traits: tuple[str, ...] = (f"reading_person={who}", f"reading_org={where}")
                    twin = next((p for p in ruled if _same(p, person.entity, org, role)), None)
                    if twin is not None:  # the rules' own reading: say how it was built
                        of_rule[id(twin)].traits = traits
                        continue
                    traits += tuple(t for t, hit in (
                        ("rules_person", any(p.person is person.entity for p in ruled)),
                        ("rules_org", any(p.org is org for p in ruled)),
                        ("rules_read_title", bool(ruled))) if hit)
                    out.append(Candidate(_reading(view, title, person, org, role, ruled), title, k,
                                         False, traits))
        context.extend(m for m in view.mentions if m.type == "ORG")
    return out


def _role_for(title: Span, inside: bool) -> str:
    role = str(title.data.get("role", ""))
    return str(title.data.get("head", role)) if inside else role


def _reading(view: SentenceView, title: Span, person: Mention, org: Entity | None, role: str,
             ruled: list[Position]) -> Position:
    ends = [title.end, person.span.end] + [m.end for m in (org.mentions if org else [])
                                           if view.span.start <= m.start < view.span.end]
    evidence = (min(title.start, person.span.start), max(e for e in ends if e <= view.span.end))
    pos = Position(person.entity, role, org, "current", evidence)
    twin = next((p for p in ruled if p.person is person.entity), None)
    if twin is not None:  # the status the rules read from the same title and person
        pos.status, pos.stated, pos.start, pos.end = twin.status, twin.stated, twin.start, twin.end
    return pos

