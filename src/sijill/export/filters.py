"""Filters every export takes: one organisation, a date range, entity types.

A filtered export writes the claims that pass and the actors and documents those claims
name, so every link it writes has both ends in it:
- ``org``: the claims that name the organisation (its posts and their holders, its events
  and their participants, its structure links, its decisions), and the organisation itself;
- ``date_from`` / ``date_to``: the claims whose date overlaps the range (a post's start and
  end, an event's date; a claim with none is dated by its document's publication);
- ``types``: only actors of these types; a position, relation or decision needs both ends of
  a kept type, an event keeps the participants of a kept type and needs one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from sijill.register.db import Database
from sijill.register.exports import (
    Actor,
    DecisionRow,
    DocumentRow,
    EventRow,
    PositionRow,
    Ref,
    RelationRow,
    iter_actors,
    iter_decisions,
    iter_documents,
    iter_events,
    iter_positions,
    iter_relations,
    position_orgs,
)
from sijill.register.queries import check_date, resolve_entity
from sijill.register.seats import org_tenures
from sijill.register.tenures import Tenure

#: The actor types an export can be restricted to (the resolved types).
ACTOR_TYPES = ("PERSON", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """What a user asked to keep; empty keeps everything."""

    org: str | None = None  # a name or canonical id of an organisation
    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] | None = None

    @property
    def selects(self) -> bool:
        """Whether the actors written depend on the claims kept (not only on their type)."""
        return bool(self.org or self.date_from or self.date_to)


def _low(date: str) -> str:
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date[:10]


def _high(date: str) -> str:
    return date + "-12-31"[len(date) - 4:] if len(date) < 10 else date[:10]


def overlaps(start: str | None, end: str | None, date_from: str | None,
             date_to: str | None) -> bool:
    """Whether an interval of dates at any precision (``2014``, ``2014-03``) meets the range;
    an open end lies where the other one does, and no date at all meets no range."""
    lo, hi = start or end, end or start
    if lo is None or hi is None:
        return date_from is None and date_to is None
    first, last = min(lo.split("/")[0], hi.split("/")[0]), max(lo.split("/")[-1],
                                                               hi.split("/")[-1])
    return (date_to is None or _low(first) <= _high(date_to)) and \
        (date_from is None or _high(last) >= _low(date_from))


@dataclass
class View:
    """The register as one filtered export sees it."""

    db: Database
    wanted: ExportFilter = field(default_factory=ExportFilter)
    org_id: str | None = None
    _actors: set[str] | None = None
    _documents: set[str] | None = None

    @classmethod
    def open(cls, db: Database, wanted: ExportFilter) -> View:
        """The view of a filter, its organisation looked up and its dates checked."""
        for date in (wanted.date_from, wanted.date_to):
            if date is not None:
                check_date(date)
        org_id = resolve_entity(db, wanted.org, ("ORG",)).id if wanted.org else None
        view = cls(db, wanted, org_id)
        if wanted.selects:
            view._select()
        return view

    # -- what passes -----------------------------------------------------------------------------

    def _typed(self, ref: Ref | None) -> bool:
        return ref is not None and (self.wanted.types is None or ref.type in self.wanted.types)

    def _dated(self, start: str | None, end: str | None) -> bool:
        return overlaps(start, end, self.wanted.date_from, self.wanted.date_to)

    def _names_org(self, *refs: Ref | None) -> bool:
        return self.org_id is None or any(r is not None and r.id == self.org_id for r in refs)

    def _position(self, p: PositionRow) -> bool:
        said = p.evidence.said_on
        return self._typed(p.person) and (p.org is None or self._typed(p.org)) and \
            self._names_org(p.org) and self._dated(p.start or said, p.end or said)

    def _event(self, e: EventRow) -> EventRow | None:
        kept = tuple(r for r in e.participants if self._typed(r))
        date = e.date or e.evidence.said_on
        if not kept or not self._names_org(*e.participants) or not self._dated(date, date):
            return None
        location = e.location if self._typed(e.location) else None
        return e if (kept, location) == (e.participants, e.location) else \
            replace(e, participants=kept, location=location)

    def _relation(self, r: RelationRow) -> bool:
        said = r.evidence.said_on
        return self._typed(r.child) and self._typed(r.parent) and \
            self._names_org(r.child, r.parent) and self._dated(said, said)

    def _decision(self, d: DecisionRow) -> bool:
        said = d.evidence.said_on
        return (d.body is None or self._typed(d.body)) and self._names_org(d.body) and \
            self._dated(said, said)

    def _tenure(self, t: Tenure) -> bool:
        person = Ref(t.person.id, t.person.type, t.person.name)
        org = Ref(t.org.id, t.org.type, t.org.name) if t.org else None
        seen = t.last_seen or next((c.said_on for c in t.claims if c.said_on), None)
        return self._typed(person) and self._typed(org) and \
            self._dated(t.start or seen, t.end or seen)

    # -- what is written ---------------------------------------------------------------------------

    def positions(self) -> Iterator[PositionRow]:
        """Position claims that pass."""
        return (p for p in iter_positions(self.db) if self._position(p))

    def events(self) -> Iterator[EventRow]:
        """Event claims that pass, with the participants that pass."""
        return (kept for e in iter_events(self.db) if (kept := self._event(e)) is not None)

    def relations(self) -> Iterator[RelationRow]:
        """Structure claims that pass."""
        return (r for r in iter_relations(self.db) if self._relation(r))

    def decisions(self) -> Iterator[DecisionRow]:
        """Decision claims that pass."""
        return (d for d in iter_decisions(self.db) if self._decision(d))

    def tenures(self) -> Iterator[Tenure]:
        """Tenures (computed from the position claims, organisation by organisation) that pass."""
        orgs = [self.org_id] if self.org_id else position_orgs(self.db)
        for org in orgs:
            yield from (t for t in org_tenures(self.db, org) if self._tenure(t))

    def actors(self) -> Iterator[Actor]:
        """Actors of the kept types; with a selecting filter, those the kept claims name."""
        types = self.wanted.types or ACTOR_TYPES
        ids = sorted(self._actors) if self._actors is not None else None
        return iter_actors(self.db, types, ids)

    def documents(self) -> Iterator[DocumentRow]:
        """Documents; with a selecting filter, those of the kept claims."""
        ids = sorted(self._documents) if self._documents is not None else None
        return iter_documents(self.db, ids)

    def _select(self) -> None:
        """One pass over the claims that pass, noting the actors and documents they name:
        these sets (ids only) are what a selecting filter keeps in memory."""
        actors: set[str] = {self.org_id} if self.org_id else set()
        docs: set[str] = set()

        def note(doc_id: str, *refs: Ref | None) -> None:
            docs.add(doc_id)
            actors.update(r.id for r in refs if r is not None)

        for p in self.positions():
            note(p.evidence.doc_id, p.person, p.org)
        for e in self.events():
            note(e.evidence.doc_id, e.location, *e.participants)
        for r in self.relations():
            note(r.evidence.doc_id, r.child, r.parent)
        for d in self.decisions():
            note(d.evidence.doc_id, d.body)
        if self.org_id:  # posts an election by the organisation gives without naming it
            for t in self.tenures():
                actors.add(t.person.id)
                docs.update(c.doc for c in t.claims)
        self._actors, self._documents = actors, docs
