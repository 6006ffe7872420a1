"""An organisation's structure (the bodies it belongs to, its sub-bodies and member
organisations, each edge with the claims that state it), its size over time and its decisions
log. Every fact gives the document (``doc``), its date and the evidence sentence."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sijill.register.db import Database, Row
from sijill.register.seats import canonical_links, chunks, claim_ref, entity_refs, marks
from sijill.register.tenures import ClaimRef, EntityRef, is_added

#: How many levels of sub-bodies and members a structure tree goes down.
TREE_DEPTH = 3

_CLAIM_COLUMNS = "c.id, c.doc_id, c.said_on, c.sentence, c.evidence_start, c.evidence_end"
# Decisions and attributes have no table of their own, which a claim marked wrong leaves
# (sijill.register.corrections): they are read from ``claims``, without those marked wrong.
_NOT_WRONG = ("NOT EXISTS (SELECT 1 FROM claim_corrections k WHERE k.claim_id = c.id "
              "AND k.action = 'wrong')")


@dataclass(slots=True)
class Edge:
    """A parent, sub-body or member of an organisation with the claims that say so; ``below``
    holds the entity's own sub-bodies and members (for the tree under the organisation)."""

    type: str  # PART_OF, MEMBER_OF
    entity: EntityRef
    first_seen: str | None
    last_seen: str | None
    claims: list[ClaimRef]
    below: list[Edge] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Size:
    """One dated attribute of an organisation (its size: how many members, and of what)."""

    kind: str
    value: int | float | str
    unit: str | None
    date: str | None
    doc: str
    said_on: str | None
    evidence: str
    start: int
    end: int
    claim: str
    corrected: bool = field(init=False, default=False)  # a reader added it

    def __post_init__(self) -> None:
        object.__setattr__(self, "corrected", is_added(self.claim))


@dataclass(slots=True)
class Structure:
    """An organisation's place among bodies: what it belongs to, its bodies and members, and
    its sizes in date order."""

    entity: EntityRef
    parents: list[Edge]
    children: list[Edge]  # sub-bodies (PART_OF), each with its own below
    members: list[Edge]  # member organisations (MEMBER_OF), each with its own below
    sizes: list[Size]


@dataclass(frozen=True, slots=True)
class DecisionView:
    """One decision, recommendation or statement point, with the body that took it and the
    meeting it came out of."""

    claim: str
    kind: str  # DECISION, RECOMMENDATION, STATEMENT_POINT
    text: str
    date: str | None  # the meeting's date where the document gives one
    body: EntityRef | None
    event: str | None  # the event claim id
    doc: str
    said_on: str | None
    evidence: str
    start: int
    end: int
    corrected: bool = field(init=False, default=False)  # a reader added it

    def __post_init__(self) -> None:
        object.__setattr__(self, "corrected", is_added(self.claim))


# -- the organisation and its document entities -------------------------------------------------


def _entity(db: Database, cid: str) -> EntityRef:
    """The register entity of a canonical id (or an unresolved document entity id)."""
    return entity_refs(db, {cid: cid}).get(cid) or entity_refs(db, {cid: None}).get(
        cid, EntityRef(cid, cid, "ORG"))


def _doc_entities(db: Database, cid: str) -> set[str]:
    """The document entities (DOC/eN) of a canonical entity; an unresolved one is itself."""
    found = {str(r[0]) for r in db.query(
        "SELECT entity_id FROM entity_canonical WHERE canonical_id = ?", (cid,))}
    return found or {cid}


def _doc_claims(db: Database, entities: Iterable[str], kind: str) -> list[Row]:
    """The claims of one kind in the documents the entities occur in, with their data."""
    docs = sorted({e.rsplit("/", 1)[0] for e in entities})
    rows: list[Row] = []
    for part in chunks(docs):
        rows += db.query(f"SELECT {_CLAIM_COLUMNS}, c.data FROM claims c WHERE c.kind = ? "
                         f"AND c.doc_id IN ({marks(len(part))}) AND {_NOT_WRONG} "
                         "ORDER BY c.doc_id, c.seq", (kind, *part))
    return rows


def _local(doc: str, local: Any) -> str | None:
    """The register id of a document's local entity id (``e3``), or None."""
    return f"{doc}/{local}" if isinstance(local, str) and local else None


# -- structure ----------------------------------------------------------------------------------


def _doc_entities_of(db: Database, cids: Sequence[str]) -> dict[str, list[str]]:
    """The document entities of each canonical entity (sorted; an unresolved one is itself)."""
    found: dict[str, list[str]] = {cid: [] for cid in cids}
    for part in chunks(sorted(set(cids))):
        for cid, eid in db.query("SELECT canonical_id, entity_id FROM entity_canonical "
                                 f"WHERE canonical_id IN ({marks(len(part))})", part):
            found[str(cid)].append(str(eid))
    return {cid: sorted(ids) or [cid] for cid, ids in found.items()}


def _relation_rows(db: Database, entities: Sequence[str], mine: str,
                   other: str) -> dict[str, list[Row]]:
    """Relation claims whose ``mine`` side is one of the entities, by that entity; the
    ``other`` column, the claim's sequence and the ``mine`` column come last."""
    rows: dict[str, list[Row]] = {}
    for part in chunks(sorted(set(entities))):
        for r in db.query(f"SELECT {_CLAIM_COLUMNS}, r.type, r.{other}, c.seq, r.{mine} "
                          f"FROM relations r JOIN claims c ON c.id = r.claim_id "
                          f"WHERE r.{mine} IN ({marks(len(part))})", part):
            rows.setdefault(str(r[9]), []).append(r)
    return rows


def _edges_of(db: Database, cids: Sequence[str], mine: str, other: str) -> dict[str, list[Edge]]:
    """The edges on one side of each organisation, one per (type, other entity), claims
    grouped; all the organisations' rows are read together (a tree's level at once: read one
    organisation at a time, a much-named body's tree of sub-bodies took hundreds of queries)."""
    members = _doc_entities_of(db, cids)
    rows = _relation_rows(db, [e for ids in members.values() for e in ids], mine, other)
    refs = entity_refs(db, canonical_links(db, sorted(
        {str(r[7]) for found in rows.values() for r in found})))
    out: dict[str, list[Edge]] = {}
    for cid, ids in members.items():
        mine_rows: list[Row] = []
        for part in chunks(ids):  # in the order one query per part listed them
            mine_rows += sorted((r for e in part for r in rows.get(e, [])),
                                key=lambda r: (str(r[1]), int(r[8]), str(r[0])))
        out[cid] = _grouped(cid, mine_rows, refs)
    return out


def _grouped(cid: str, rows: Sequence[Row], refs: dict[str, EntityRef]) -> list[Edge]:
    """One organisation's relation rows as edges."""
    grouped: dict[tuple[str, str], Edge] = {}
    for r in rows:
        ref = refs.get(str(r[7]))
        if ref is None or ref.id == cid:
            continue
        edge = grouped.setdefault((str(r[6]), ref.id), Edge(str(r[6]), ref, None, None, []))
        edge.claims.append(claim_ref(r, "relation", type=str(r[6])))
    for edge in grouped.values():
        _date_edge(edge)
    return sorted(grouped.values(), key=lambda e: (e.type, -len(e.claims), e.entity.name))


def _edges(db: Database, cid: str, mine: str, other: str) -> list[Edge]:
    """The organisation's edges on one side, one per (type, other entity), claims grouped."""
    return _edges_of(db, [cid], mine, other)[cid]


def _date_edge(edge: Edge) -> None:
    """The first and last dates the edge's documents give, its claims oldest first."""
    edge.claims.sort(key=lambda c: (c.said_on is None, c.said_on or "", c.doc, c.claim))
    dates = [c.said_on for c in edge.claims if c.said_on]
    edge.first_seen, edge.last_seen = (min(dates), max(dates)) if dates else (None, None)


def _tree(db: Database, cid: str, depth: int, seen: set[str]) -> list[Edge]:
    """Sub-bodies and members under an organisation, down ``depth`` levels, no cycles."""
    known: dict[str, list[Edge]] = {}
    level = {cid}
    for _ in range(depth):  # every level's edges in one read
        known.update(_edges_of(db, sorted(level - known.keys()), "parent", "child"))
        level = {e.entity.id for c in level for e in known[c]}
    return _grow(cid, depth, seen, known)


def _grow(cid: str, depth: int, seen: set[str], known: dict[str, list[Edge]]) -> list[Edge]:
    """The tree under an organisation from edges already read; an organisation met on two
    paths gets its own copies (each path leaves out its own ancestors)."""
    if depth <= 0:
        return []
    edges = [replace(e, claims=list(e.claims), below=[]) for e in known[cid]
             if e.entity.id not in seen]
    for edge in edges:
        edge.below = _grow(edge.entity.id, depth - 1, seen | {edge.entity.id}, known)
    return edges


def _number(value: Any) -> int | float | str:
    """An attribute value as stored: a number where it is one."""
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _sizes(db: Database, entities: set[str]) -> list[Size]:
    """Attribute claims about the entities, in date order (undated last)."""
    out = []
    for r in _doc_claims(db, entities, "attribute"):
        data = json.loads(r[6])
        if _local(str(r[1]), data.get("entity")) not in entities:
            continue
        date = data.get("date") or r[2]
        out.append(Size(str(data.get("kind") or ""), _number(data.get("value")),
                        data.get("unit"), date, str(r[1]), r[2], str(r[3]), int(r[4]),
                        int(r[5]), str(r[0])))
    return sorted(out, key=lambda s: (s.date is None, s.date or "", s.doc, s.claim))


def structure(db: Database, canonical_id: str, depth: int = TREE_DEPTH) -> Structure:
    """An organisation's parents, its sub-bodies and members as a tree, and its sizes."""
    below = _tree(db, canonical_id, depth, {canonical_id})
    return Structure(_entity(db, canonical_id), _edges(db, canonical_id, "child", "parent"),
                     [e for e in below if e.type != "MEMBER_OF"],
                     [e for e in below if e.type == "MEMBER_OF"],
                     _sizes(db, _doc_entities(db, canonical_id)))


# -- decisions ----------------------------------------------------------------------------------


def _org_events(db: Database, entities: set[str]) -> set[str]:
    """The event claims the entities take part in."""
    found: set[str] = set()
    for part in chunks(sorted(entities)):
        found |= {str(r[0]) for r in db.query(
            "SELECT claim_id FROM event_participants "
            f"WHERE entity_id IN ({marks(len(part))})", part)}
    return found


def _event_dates(db: Database, events: Sequence[str]) -> dict[str, str | None]:
    """The date each event claim gives (None where it gives none)."""
    out: dict[str, str | None] = {}
    for part in chunks(list(events)):
        out.update((str(r[0]), r[1]) for r in db.query(
            f"SELECT claim_id, event_date FROM events WHERE claim_id IN ({marks(len(part))})",
            part))
    return out


def _event_id(doc: str, index: Any) -> str | None:
    """The claim id of a document's event by its index, or None."""
    ok = isinstance(index, int) and not isinstance(index, bool)
    return f"{doc}/event/{index}" if ok else None


def _decision_rows(db: Database, entities: set[str]) -> list[tuple[Row, dict[str, Any]]]:
    """Decision claims taken by one of the entities or at an event one of them took part in."""
    events = _org_events(db, entities)
    out = []
    for r in _doc_claims(db, entities, "decision"):
        data = json.loads(r[6])
        doc = str(r[1])
        if (_local(doc, data.get("body")) in entities
                or _event_id(doc, data.get("event")) in events):
            out.append((r, data))
    return out


def decisions_log(db: Database, canonical_id: str) -> list[DecisionView]:
    """An organisation's decisions in date order: the meeting's date, else the document's."""
    rows = _decision_rows(db, _doc_entities(db, canonical_id))
    events = [e for e in (_event_id(str(r[1]), d.get("event")) for r, d in rows) if e]
    dates = _event_dates(db, events)
    bodies = [b for b in (_local(str(r[1]), d.get("body")) for r, d in rows) if b]
    refs = entity_refs(db, canonical_links(db, sorted(set(bodies))))
    out = []
    for r, data in rows:
        doc = str(r[1])
        event = _event_id(doc, data.get("event"))
        event = event if event in dates else None
        body = _local(doc, data.get("body"))
        out.append(DecisionView(str(r[0]), str(data.get("kind") or "DECISION"),
                                str(data.get("text") or ""), dates.get(event) if event else None,
                                refs.get(body) if body else None, event, doc, r[2], str(r[3]),
                                int(r[4]), int(r[5])))
    return sorted(out, key=_decision_order)


def _decision_order(d: DecisionView) -> tuple[bool, str, str, int]:
    """Date order (the meeting's date, else the document's), undated last, text order within."""
    when = d.date or d.said_on
    return (when is None, when or "", d.doc, d.start)
