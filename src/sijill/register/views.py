"""Read functions the web register's pages need beside the query modules: one entity by id,
Latin spellings of many entities, the dates an organisation's board changes on, its
successions and meetings, an actor's ego graph, and a document with every span and claim laid
out for highlighting. Each answer is a typed value built from the register's own queries."""

from __future__ import annotations

import heapq
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from sijill.register import stored
from sijill.register.db import Database
from sijill.register.queries import (
    PAGE_LIMIT,
    Candidate,
    EventView,
    OrgPage,
    UnknownName,
    _names,
    _page_events,
    find_entities,
    find_events,
    relations,
    resolve_entity,
)
from sijill.register.seats import (
    canonical_links,
    chunks,
    entity_refs,
    marks,
    org_tenures,
    person_tenures,
)
from sijill.register.store import CLAIM_KINDS
from sijill.register.structure import DecisionView, Structure, decisions_log, structure
from sijill.register.tenures import EntityRef, Tenure, covers

#: How many nodes an ego graph draws at most (a larger one is unreadable).
GRAPH_NODES = 60
#: Entity types a document page links to their register pages.
LINKED_TYPES = ("PERSON", "ORG")


# -- entities ----------------------------------------------------------------------------------


def entity(db: Database, canonical_id: str) -> Candidate:
    """The canonical entity with this id (any type); UnknownName when there is none."""
    found = find_entities(db, canonical_id, ("PERSON", "ORG", "LOC", "MISC"), limit=1)
    if not found or found[0].match != "id" or found[0].id != canonical_id:
        raise UnknownName(f"no entity with the id {canonical_id!r} in the register",
                          todo="search for its name on the home page")
    return found[0]


def entity_type(db: Database, canonical_id: str) -> str:
    """The type of the canonical entity with this id (one indexed lookup, for routing a
    request to its page); UnknownName when there is none."""
    found = db.scalar("SELECT type FROM canonical_entities WHERE id = ?", (canonical_id,))
    if found is None:
        raise UnknownName(f"no entity with the id {canonical_id!r} in the register",
                          todo="search for its name on the home page")
    return str(found)


def most_named(db: Database, entity_type: str, limit: int = 10) -> list[tuple[str, int]]:
    """The canonical entities of a type that the most documents name, with how many."""
    rows = db.query(
        "SELECT ec.canonical_id, COUNT(*) AS n FROM entity_canonical ec JOIN canonical_entities c "
        "ON c.id = ec.canonical_id WHERE c.type = ? GROUP BY ec.canonical_id "
        "ORDER BY n DESC, ec.canonical_id LIMIT ?", (entity_type, limit))
    return [(str(r[0]), int(r[1])) for r in rows]


def busiest_documents(db: Database, limit: int = 10) -> list[tuple[str, int]]:
    """The documents with the most claims, with how many."""
    rows = db.query("SELECT doc_id, COUNT(*) AS n FROM claims GROUP BY doc_id "
                    "ORDER BY n DESC, doc_id LIMIT ?", (limit,))
    return [(str(r[0]), int(r[1])) for r in rows]


def latin_names(db: Database, ids: Sequence[str]) -> dict[str, str]:
    """The Latin spelling of each canonical entity that has one."""
    out: dict[str, str] = {}
    for part in chunks(sorted(set(ids))):
        out.update((str(r[0]), str(r[1])) for r in db.query(
            f"SELECT id, latin FROM canonical_entities WHERE id IN ({marks(len(part))}) "
            "AND latin IS NOT NULL AND latin <> ''", part))
    return out


def person_orgs(tenures: Sequence[Tenure]) -> list[EntityRef]:
    """The organisations a person held posts in, most posts first."""
    counts: dict[str, tuple[EntityRef, int]] = {}
    for t in tenures:
        if t.org is not None:
            ref, n = counts.get(t.org.id, (t.org, 0))
            counts[t.org.id] = (ref, n + 1)
    return [r for r, _ in sorted(counts.values(), key=lambda x: (-x[1], x[0].name))]


class UnknownTenure(UnknownName):
    """A tenure number a person's list of tenures does not reach."""


def person_tenure(db: Database, canonical_id: str, index: int) -> Tenure:
    """The person's tenure at ``index`` in the order their page lists them (the tenure whose
    evidence a reader opens from it); UnknownName for an unknown person or number."""
    if entity_type(db, canonical_id) != "PERSON":
        raise UnknownName(f"{canonical_id} is not a person", todo="open the entity's own page")
    tenures = person_tenures(db, canonical_id)
    if not 0 <= index < len(tenures):
        raise UnknownTenure(f"{canonical_id} has {len(tenures)} tenures, no number {index}",
                            todo="open the person's page and follow a tenure's evidence link")
    return tenures[index]


# -- organisations -----------------------------------------------------------------------------


def board_dates(tenures: Sequence[Tenure]) -> list[str]:
    """The dates an organisation's board can change on (each tenure's start and end), oldest
    first: the stops of the page's date slider."""
    dates = {d for t in tenures for d in (t.start, t.end) if d}
    return sorted(dates)


@dataclass(frozen=True, slots=True)
class SuccessionView:
    """One holder of a seat following another."""

    role: str
    predecessor: EntityRef
    successor: EntityRef
    on: str | None


def org_successions(tenures: Sequence[Tenure]) -> list[SuccessionView]:
    """Who followed whom in the organisation's seats, in date order."""
    seen: dict[tuple[str, str, str], SuccessionView] = {}
    for t in tenures:
        if t.predecessor is not None:
            key = (t.role, t.predecessor.id, t.person.id)
            seen.setdefault(key, SuccessionView(t.role, t.predecessor, t.person, t.start))
        if t.successor is not None:
            key = (t.role, t.person.id, t.successor.id)
            seen.setdefault(key, SuccessionView(t.role, t.person, t.successor, t.end))
    return sorted(seen.values(), key=lambda s: (s.on is None, s.on or "", s.role))


def org_structure(db: Database, canonical_id: str) -> Structure:
    """structure.structure at its default depth, as stored when the register last changed
    (sijill.register.stored), else worked out: a much-named body's tree reads the relations
    of every body in it."""
    kept = stored.load_structure(db, canonical_id)
    return kept if kept is not None else structure(db, canonical_id)


def org_decisions(db: Database, canonical_id: str) -> list[DecisionView]:
    """structure.decisions_log, as stored for a much-named body (sijill.register.stored),
    else worked out."""
    kept = stored.load_decisions(db, canonical_id)
    return kept if kept is not None else decisions_log(db, canonical_id)


def org_tenures_of(db: Database, canonical_id: str) -> list[Tenure]:
    """Every tenure in the organisation (the register's own computation)."""
    return org_tenures(db, canonical_id)


@dataclass(frozen=True, slots=True)
class OrgView:
    """An organisation's page with every tenure in it, which the slider and successions use."""

    page: OrgPage
    tenures: list[Tenure]


def org_view(db: Database, canonical_id: str, on: str | None = None,
             limit: int = PAGE_LIMIT, with_relations: bool = True) -> OrgView:
    """queries.org_page and every tenure in the organisation, the tenures computed once: the
    board is chosen from them as seats.board chooses (they are most of the page's cost, and
    grow with the organisation's claims). Without ``with_relations`` the page's bodies and
    parents are left empty, for a caller that shows them otherwise (the organisation page
    draws its structure tree, and reading a much-named body's relations claim by claim was
    half of its view)."""
    org = resolve_entity(db, canonical_id, ("ORG",))
    tenures = org_tenures(db, org.id)
    names, _ = _names(db, org.id)
    events, events_total = _page_events(db, org.id, limit)
    ties = relations(db, org.id) if with_relations else ([], [])
    page = OrgPage(org, names, on, board_of(tenures, on), events, events_total, *ties)
    return OrgView(page, tenures)


def board_of(tenures: Sequence[Tenure], on: str | None) -> list[Tenure]:
    """Who of these tenures held a post on a date; without one, those still open (as
    seats.board, from tenures already computed)."""
    if on is None:
        chosen = [t for t in tenures if t.end is None and t.status in ("current", "unknown")]
    else:
        chosen = [t for t in tenures if covers(t, on)]
    return sorted(chosen, key=lambda t: (t.role, t.start or "", t.person.name))


#: How many meetings an organisation page lists.
MEETINGS_LIMIT = 50


def meetings(db: Database, canonical_id: str, limit: int = MEETINGS_LIMIT) -> list[EventView]:
    """Meetings of the organisation where another organisation took part, newest first; a
    page's worth as stored for a much-named body (sijill.register.stored)."""
    kept = stored.load_meetings(db, canonical_id) if limit == MEETINGS_LIMIT else None
    return kept if kept is not None else newest_meetings(db, canonical_id, limit)


def newest_meetings(db: Database, canonical_id: str, limit: int) -> list[EventView]:
    """Meetings of the organisation where another organisation took part, worked out."""
    # The newest meetings are enough to fill a page; a much-named body has thousands.
    found = find_events(db, participant=canonical_id, event_type="MEETING", newest_first=True,
                        limit=limit * 20)
    return [e for e in found
            if any(p.type == "ORG" and p.id != canonical_id for p in e.participants)][:limit]


# -- ego graph ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GraphNode:
    """An actor in an ego graph."""

    id: str
    name: str
    type: str
    centre: bool = False


@dataclass(frozen=True, slots=True)
class GraphEdge:
    """A tie between two actors: a post, a co-membership or a meeting; ``label`` says which."""

    source: str
    target: str
    kind: str  # post, co-member, event, part_of, member_of
    label: str


@dataclass(slots=True)
class EgoGraph:
    """The actors tied to one entity and the ties between them."""

    centre: str
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)

    def add(self, ref: EntityRef) -> bool:
        """Add a node unless it is there or the graph is full; whether it is in the graph."""
        if any(n.id == ref.id for n in self.nodes):
            return True
        if len(self.nodes) >= GRAPH_NODES:
            return False
        self.nodes.append(GraphNode(ref.id, ref.name, ref.type, ref.id == self.centre))
        return True

    def tie(self, a: EntityRef, b: EntityRef, kind: str, label: str) -> None:
        """Add an edge (and its nodes), once per pair and kind."""
        if a.id == b.id or not (self.add(a) and self.add(b)):
            return
        if not any({e.source, e.target} == {a.id, b.id} and e.kind == kind for e in self.edges):
            self.edges.append(GraphEdge(a.id, b.id, kind, label))


def _post_ties(graph: EgoGraph, tenures: Sequence[Tenure]) -> None:
    for t in tenures:
        if t.org is not None:
            graph.tie(t.person, t.org, "post", t.role)


def _event_ties(graph: EgoGraph, centre: EntityRef, events: Sequence[EventView]) -> None:
    for e in events:
        for p in e.participants:
            if p.type in LINKED_TYPES:
                graph.tie(centre, p, "event", e.type)


def ego_graph(db: Database, canonical_id: str) -> EgoGraph:
    """An actor's ties: its posts (or its board), the people who share its organisations, and
    those it took part in events with."""
    me = entity(db, canonical_id)
    centre = EntityRef(me.id, me.name, me.type)
    graph = EgoGraph(me.id)
    graph.add(centre)
    if me.type == "PERSON":
        own = person_tenures(db, me.id)
        _post_ties(graph, own)
        for org in person_orgs(own)[:5]:
            for t in org_tenures(db, org.id):
                if t.person.id != me.id:
                    graph.tie(t.person, org, "co-member", t.role)
    elif me.type == "ORG":
        _post_ties(graph, org_tenures(db, me.id))
    _event_ties(graph, centre, find_events(db, participant=me.id, newest_first=True, limit=100))
    return graph


# -- documents ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MentionView:
    """One mention of a document entity, with the register entity it was resolved to."""

    start: int
    end: int
    entity: str  # the document entity (DOC/eN)
    type: str
    name: str
    canonical: str | None
    value: str | None  # a DATE's normalised value


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim of a document: its kind, evidence span and what it says."""

    id: str
    kind: str
    start: int
    end: int
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a document's text with the same mention and claims over all of it."""

    start: int
    end: int
    text: str
    mention: MentionView | None
    claims: tuple[str, ...]


@dataclass(slots=True)
class DocumentView:
    """A stored document with its text cut into segments for highlighting."""

    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    text: str
    has_raw: bool
    mentions: list[MentionView]
    claims: list[ClaimView]
    segments: list[Segment]
    entities: dict[str, EntityRef]  # document entity -> register entity


class UnknownDocument(UnknownName):
    """A document id the register does not hold."""


def _mentions(db: Database, doc_id: str) -> list[MentionView]:
    """The document's mentions in text order; where two overlap, the longer one is kept."""
    rows = db.query(
        "SELECT m.start_at, m.end_at, e.id, e.type, e.name, ec.canonical_id, e.value "
        "FROM mentions m JOIN entities e ON e.id = m.entity_id LEFT JOIN entity_canonical ec "
        "ON ec.entity_id = e.id WHERE m.doc_id = ?", (doc_id,))
    found = sorted((MentionView(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]),
                                r[5], r[6]) for r in rows),
                   key=lambda m: (m.start, -(m.end - m.start), m.entity))
    kept: list[MentionView] = []
    for m in found:
        if m.end > m.start and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    return kept


def _claims(db: Database, doc_id: str) -> list[ClaimView]:
    """The document's claims in kind and sequence order."""
    order = {kind: i for i, kind in enumerate(CLAIM_KINDS.values())}
    rows = db.query("SELECT id, kind, evidence_start, evidence_end, data, seq FROM claims "
                    "WHERE doc_id = ?", (doc_id,))
    out = [(order.get(str(r[1]), 99), int(r[5]),
            ClaimView(str(r[0]), str(r[1]), int(r[2]), int(r[3]), json.loads(r[4])))
           for r in rows]
    return [c for _, _, c in sorted(out, key=lambda x: (x[0], x[1]))]


def segments(text: str, mentions: Sequence[MentionView],
             claims: Sequence[ClaimView]) -> list[Segment]:
    """The text cut at every mention and claim boundary; each piece knows what covers it."""
    cuts = {0, len(text)}
    for m in mentions:
        cuts |= {m.start, m.end}
    for c in claims:
        cuts |= {c.start, c.end}
    bounds = sorted(x for x in cuts if 0 <= x <= len(text))
    out: list[Segment] = []
    mi = 0
    # The claims covering each piece, found in one sweep (testing every claim against every
    # piece cost a busy document, with hundreds of claims and thousands of pieces, most of
    # its page): a claim starts covering at its start and stops at its end, as every claim
    # boundary is a cut; covering ones are listed in the claims' order.
    starts = sorted((c.start, i) for i, c in enumerate(claims) if c.end > c.start)
    ends: list[tuple[int, int]] = []
    active: set[int] = set()
    si = 0
    covering: tuple[str, ...] = ()
    for start, end in pairwise(bounds):
        while mi < len(mentions) and mentions[mi].end <= start:
            mi += 1
        mention = mentions[mi] if mi < len(mentions) and mentions[mi].start <= start else None
        changed = False
        while si < len(starts) and starts[si][0] <= start:
            i = starts[si][1]
            active.add(i)
            heapq.heappush(ends, (claims[i].end, i))
            si += 1
            changed = True
        while ends and ends[0][0] < end:
            active.discard(heapq.heappop(ends)[1])
            changed = True
        if changed:
            covering = tuple(claims[i].id for i in sorted(active))
        out.append(Segment(start, end, text[start:end], mention, covering))
    return out


def document(db: Database, doc_id: str) -> DocumentView:
    """A document by the id it was ingested with: text, mentions, claims and segments."""
    rows = db.query("SELECT id, title, published, url, source, text, raw FROM documents "
                    "WHERE id = ?", (doc_id,))
    if not rows:
        raise UnknownDocument(f"no document with the id {doc_id!r} in the register",
                              todo="search for its words on the home page")
    r = rows[0]
    text = str(r[5])
    mentions = _mentions(db, doc_id)
    claims = _claims(db, doc_id)
    ids = sorted({str(x[0]) for x in db.query("SELECT id FROM entities WHERE doc_id = ?",
                                                (doc_id,))})
    refs = entity_refs(db, canonical_links(db, ids))
    return DocumentView(str(r[0]), r[1], r[2], r[3], r[4], text, bool(r[6]), mentions, claims,
                        segments(text, mentions, claims), refs)
