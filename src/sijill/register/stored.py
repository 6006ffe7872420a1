"""Answers kept in the register (migration 0014), so that a page reads them instead of
working them out again from a much-named actor's thousands of claims on each first request:
each person's and organisation's tenures, each organisation's structure, and a much-named
entity's names, first page of events, meetings, decisions log and relations.

A row holds one answer as ``sijill.register.seats``, ``structure``, ``queries`` and ``views``
work it out, written compactly (each entity and sentence once), with the canonical entities
it depends on: those whose claims, seats, events or relations it read (``reads``) and those
it only names. Triggers note what each change to the register touches (``tenures_dirty``);
while any note is pending no row is read (a ``load_*`` answers None and the caller works the
answer out), and ``refresh`` drops the rows the notes reach and clears them.
``sijill.register.seats.fill_tenures`` fills rows: after an ingest, a resolution command, a
review action and, once, after the migration. Rows hold what the pages would work out, so
reading one never changes an answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sijill.register.db import Database
from sijill.register.tenures import ClaimRef, EntityRef, Tenure

if TYPE_CHECKING:  # structure and queries read seats, which reads this module
    from sijill.register.queries import EventView, NameUse, Relation
    from sijill.register.structure import DecisionView, Edge, Structure

PERSON = "person"
ORG = "org"
#: An organisation's structure tree and sizes (sijill.register.structure, its default depth).
STRUCTURE = "structure"
#: A much-named entity's names with their document counts and Latin spellings
#: (sijill.register.queries._names), and the first page of its newest events with their count.
NAMES = "names"
EVENTS = "events"
#: A much-named organisation's newest meetings with other organisations (views.meetings).
MEETINGS = "meetings"
#: A much-named organisation's decisions log (structure.decisions_log).
DECISIONS = "decisions"
#: A much-named organisation's bodies and the organisations it belongs to, each with the
#: claims that say so (queries.relations).
RELATIONS = "relations"
#: IN lists are cut to this many items.
_CHUNK = 500


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield list(items[i : i + _CHUNK])


def _marks(n: int) -> str:
    return ", ".join(["?"] * n)


# -- the written form --------------------------------------------------------------------------


class _Table:
    """Values numbered in the order first seen, so each is written once."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}
        self.items: list[Any] = []

    def __call__(self, value: Any) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.items)
            self.items.append(value)
        return found


class _Writer:
    """Entities, sentences and claims numbered as first met, each written once."""

    def __init__(self) -> None:
        self.entities, self.texts, self.refs = _Table(), _Table(), _Table()

    def ent(self, e: EntityRef | None) -> int | None:
        return None if e is None else self.entities((e.id, e.name, e.type))

    def ref(self, r: ClaimRef) -> int:
        return self.refs((r.claim, r.kind, r.doc, r.said_on, self.texts(r.evidence), r.start,
                          r.end, r.status, r.type, r.date))

    def text(self, rows: Any) -> str:
        return json.dumps({"e": self.entities.items, "s": self.texts.items,
                           "r": self.refs.items, "t": rows},
                          ensure_ascii=False, separators=(",", ":"))


class _Reader:
    """What a _Writer wrote: its entities and claims made again, and its rows."""

    def __init__(self, text: str) -> None:
        data = json.loads(text)
        self.entities = [EntityRef(*e) for e in data["e"]]
        self.texts: list[str] = data["s"]
        texts = self.texts
        self.refs = [ClaimRef(c, k, d, s, texts[i], a, b, st, ty, da)
                     for c, k, d, s, i, a, b, st, ty, da in data["r"]]
        self.rows: Any = data["t"]

    def ent(self, i: int | None) -> EntityRef | None:
        return None if i is None else self.entities[i]


def encode(tenures: Sequence[Tenure]) -> str:
    """Tenures as one JSON text: entities, sentences and claims listed once, tenures
    pointing into those lists."""
    w = _Writer()
    rows = [[w.ent(t.person), w.ent(t.org), t.role, t.status, t.start, t.end, t.start_basis,
             t.end_basis, t.last_seen, w.ent(t.predecessor), w.ent(t.successor),
             [w.ref(r) for r in t.claims], t.corrected] for t in tenures]
    return w.text(rows)


def decode(text: str) -> list[Tenure]:
    """The tenures ``encode`` wrote."""
    r = _Reader(text)
    entities, refs = r.entities, r.refs
    out = []
    for (p, o, role, status, start, end, sb, eb, seen, pre, suc, claims,
         corrected) in r.rows:
        out.append(Tenure(entities[p], r.ent(o), role, status, start, end, sb, eb, seen,
                          r.ent(pre), r.ent(suc), [refs[i] for i in claims], corrected))
    return out


def encode_structure(found: Structure) -> str:
    """An organisation's structure (its tree of edges and its sizes) as one JSON text."""
    w = _Writer()

    def edge(e: Edge) -> list[Any]:
        return [e.type, w.ent(e.entity), e.first_seen, e.last_seen,
                [w.ref(r) for r in e.claims], [edge(b) for b in e.below]]

    sizes = [[z.kind, z.value, z.unit, z.date, z.doc, z.said_on, w.texts(z.evidence), z.start,
              z.end, z.claim] for z in found.sizes]
    return w.text([w.ent(found.entity), [edge(e) for e in found.parents],
                   [edge(e) for e in found.children], [edge(e) for e in found.members], sizes])


def decode_structure(text: str) -> Structure:
    """The structure ``encode_structure`` wrote."""
    from sijill.register.structure import Edge, Size, Structure

    r = _Reader(text)

    def edge(row: list[Any]) -> Edge:
        kind, ent, first, last, claims, below = row
        return Edge(kind, r.entities[ent], first, last, [r.refs[i] for i in claims],
                    [edge(b) for b in below])

    ent, parents, children, members, sizes = r.rows
    return Structure(r.entities[ent], [edge(e) for e in parents], [edge(e) for e in children],
                     [edge(e) for e in members],
                     [Size(k, v, u, d, doc, said, r.texts[i], a, b, c)
                      for k, v, u, d, doc, said, i, a, b, c in sizes])


def encode_names(uses: Sequence[NameUse], latin: Sequence[str]) -> str:
    """An entity's names (with document counts) and Latin spellings as one JSON text."""
    return json.dumps([[[u.name, u.documents] for u in uses], list(latin)], ensure_ascii=False,
                      separators=(",", ":"))


def decode_names(text: str) -> tuple[list[NameUse], list[str]]:
    """The names ``encode_names`` wrote."""
    from sijill.register.queries import NameUse

    uses, latin = json.loads(text)
    return [NameUse(n, d) for n, d in uses], list(latin)


def encode_events(events: Sequence[EventView], total: int) -> str:
    """A page of events (each with its participants and place) and their count."""
    w = _Writer()
    rows = [[e.claim, e.type, e.date, e.doc, e.said_on, w.texts(e.evidence), e.start, e.end,
             [w.ent(p) for p in e.participants], w.ent(e.location)] for e in events]
    return w.text([total, rows])


def decode_events(text: str) -> tuple[list[EventView], int]:
    """The events ``encode_events`` wrote, and their count."""
    from sijill.register.queries import EventView

    r = _Reader(text)
    total, rows = r.rows
    return [EventView(c, ty, da, doc, said, r.texts[i], a, b, [r.entities[p] for p in people],
                      r.ent(place)) for c, ty, da, doc, said, i, a, b, people, place in rows], total


def encode_decisions(found: Sequence[DecisionView]) -> str:
    """An organisation's decisions log as one JSON text."""
    w = _Writer()
    rows = [[d.claim, d.kind, d.text, d.date, w.ent(d.body), d.event, d.doc, d.said_on,
             w.texts(d.evidence), d.start, d.end] for d in found]
    return w.text(rows)


def decode_decisions(text: str) -> list[DecisionView]:
    """The decisions log ``encode_decisions`` wrote."""
    from sijill.register.structure import DecisionView

    r = _Reader(text)
    return [DecisionView(c, k, t, da, r.ent(b), ev, doc, said, r.texts[i], a, e)
            for c, k, t, da, b, ev, doc, said, i, a, e in r.rows]


def encode_relations(bodies: Sequence[Relation], part_of: Sequence[Relation]) -> str:
    """An organisation's bodies and the organisations it belongs to as one JSON text."""
    w = _Writer()

    def rows(found: Sequence[Relation]) -> list[Any]:
        return [[r.type, w.ent(r.entity), [w.ref(c) for c in r.claims]] for r in found]

    return w.text([rows(bodies), rows(part_of)])


def decode_relations(text: str) -> tuple[list[Relation], list[Relation]]:
    """The relations ``encode_relations`` wrote: the bodies, then what it belongs to."""
    from sijill.register.queries import Relation

    r = _Reader(text)

    def rows(found: list[Any]) -> list[Relation]:
        return [Relation(kind, r.entities[e], [r.refs[i] for i in claims])
                for kind, e, claims in found]

    bodies, part_of = r.rows
    return rows(bodies), rows(part_of)


def structure_names(found: Structure) -> set[str]:
    """The ids of every entity in a structure: its organisation and every edge's, below too."""
    out = {found.entity.id}
    edges = [*found.parents, *found.children, *found.members]
    while edges:
        e = edges.pop()
        out.add(e.entity.id)
        edges.extend(e.below)
    return out


def names_in(tenures: Iterable[Tenure]) -> set[str]:
    """The ids of every entity the tenures name."""
    out: set[str] = set()
    for t in tenures:
        out.update(e.id for e in (t.person, t.org, t.predecessor, t.successor) if e is not None)
    return out


# -- reading and writing rows ------------------------------------------------------------------


def _row(db: Database, kind: str, cid: str) -> str | None:
    rows = db.query("SELECT data FROM stored_tenures WHERE kind = ? AND id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM tenures_dirty)", (kind, cid))
    return str(rows[0][0]) if rows else None


def load(db: Database, kind: str, cid: str) -> list[Tenure] | None:
    """The stored tenures of a person or organisation; None when there is no row or a change
    is pending that may reach it."""
    text = _row(db, kind, cid)
    return None if text is None else decode(text)


def load_structure(db: Database, cid: str) -> Structure | None:
    """An organisation's stored structure; None when there is no row or a change is pending
    that may reach it."""
    text = _row(db, STRUCTURE, cid)
    return None if text is None else decode_structure(text)


def load_names(db: Database, cid: str) -> tuple[list[NameUse], list[str]] | None:
    """An entity's stored names and Latin spellings; None as ``load``."""
    text = _row(db, NAMES, cid)
    return None if text is None else decode_names(text)


def load_events(db: Database, cid: str) -> tuple[list[EventView], int] | None:
    """An entity's stored first page of newest events and their count; None as ``load``."""
    text = _row(db, EVENTS, cid)
    return None if text is None else decode_events(text)


def load_meetings(db: Database, cid: str) -> list[EventView] | None:
    """An organisation's stored newest meetings with others; None as ``load``."""
    text = _row(db, MEETINGS, cid)
    return None if text is None else decode_events(text)[0]


def load_decisions(db: Database, cid: str) -> list[DecisionView] | None:
    """An organisation's stored decisions log; None as ``load``."""
    text = _row(db, DECISIONS, cid)
    return None if text is None else decode_decisions(text)


def load_relations(db: Database, cid: str) -> tuple[list[Relation], list[Relation]] | None:
    """A much-named organisation's stored relations (bodies, then what it belongs to)."""
    text = _row(db, RELATIONS, cid)
    return None if text is None else decode_relations(text)


def pending(db: Database) -> bool:
    """Whether changes are noted that ``refresh`` has not yet applied."""
    return bool(db.query("SELECT 1 FROM tenures_dirty LIMIT 1"))


def save(db: Database, kind: str, cid: str, tenures: Sequence[Tenure], reads: set[str]) -> None:
    """Keep a person's or organisation's tenures with the entities they depend on (call
    inside the transaction that worked them out, with no change pending)."""
    _save(db, kind, cid, encode(tenures), reads, names_in(tenures))


def save_structure(db: Database, cid: str, found: Structure) -> None:
    """Keep an organisation's structure: it read the relations of each organisation in it
    (and the sizes of its own documents)."""
    names = structure_names(found)
    _save(db, STRUCTURE, cid, encode_structure(found), names, names)


def save_names(db: Database, cid: str, uses: Sequence[NameUse], latin: Sequence[str]) -> None:
    """Keep an entity's names (they read its document entities)."""
    _save(db, NAMES, cid, encode_names(uses, latin), {cid}, set())


def save_events(db: Database, cid: str, events: Sequence[EventView], total: int,
                kind: str = EVENTS) -> None:
    """Keep an entity's first page of events, or (``kind`` MEETINGS) an organisation's
    meetings: they read its events and name their participants and places."""
    shown = {e.id for ev in events for e in (*ev.participants, ev.location) if e is not None}
    _save(db, kind, cid, encode_events(events, total), {cid}, shown)


def save_decisions(db: Database, cid: str, found: Sequence[DecisionView]) -> None:
    """Keep an organisation's decisions log (it reads the decisions of the organisation's
    documents and events, and names the bodies that took them)."""
    bodies = {d.body.id for d in found if d.body is not None}
    _save(db, DECISIONS, cid, encode_decisions(found), {cid}, bodies)


def save_relations(db: Database, cid: str, bodies: Sequence[Relation],
                   part_of: Sequence[Relation]) -> None:
    """Keep an organisation's relations: they read its own relations (a change to one notes
    the entities on both sides) and name the organisations on their other side."""
    shown = {r.entity.id for r in (*bodies, *part_of)}
    _save(db, RELATIONS, cid, encode_relations(bodies, part_of), {cid}, shown)


def _save(db: Database, kind: str, cid: str, text: str, reads: set[str],
          names: set[str]) -> None:
    db.execute("DELETE FROM stored_tenure_deps WHERE kind = ? AND id = ?", (kind, cid))
    db.execute("DELETE FROM stored_tenures WHERE kind = ? AND id = ?", (kind, cid))
    db.execute("INSERT INTO stored_tenures (kind, id, data) VALUES (?, ?, ?)", (kind, cid, text))
    deps = dict.fromkeys(reads | {cid}, 1)
    for name in names:
        deps.setdefault(name, 0)
    db.executemany("INSERT INTO stored_tenure_deps (dep, kind, id, reads) VALUES (?, ?, ?, ?)",
                   [(d, kind, cid, r) for d, r in sorted(deps.items())])


def stored_ids(db: Database, kind: str) -> set[str]:
    """The ids with a stored row of a kind."""
    return {str(r[0]) for r in db.query("SELECT id FROM stored_tenures WHERE kind = ?", (kind,))}


# -- applying the notes ------------------------------------------------------------------------


def refresh(db: Database) -> tuple[list[tuple[str, str]], set[str]]:
    """Drop the rows the pending notes reach and clear the notes; the (kind, id) dropped and
    the canonical ids whose claims the notes reached (``fill_tenures`` works both out)."""
    with db.transaction():
        notes = db.query("SELECT what, id FROM tenures_dirty")
        if not notes:
            return [], set()
        if not db.query("SELECT 1 FROM stored_tenures LIMIT 1"):
            db.execute("DELETE FROM tenures_dirty")
            return [], set()
        reads, names = _reached(db, [(str(w), str(i)) for w, i in notes])
        keys = _rows_of(db, sorted(reads), only_reads=True) | \
            _rows_of(db, sorted(names), only_reads=False)
        for kind, cid in sorted(keys):
            db.execute("DELETE FROM stored_tenure_deps WHERE kind = ? AND id = ?", (kind, cid))
            db.execute("DELETE FROM stored_tenures WHERE kind = ? AND id = ?", (kind, cid))
        db.execute("DELETE FROM tenures_dirty")
    return sorted(keys), reads


def _reached(db: Database, notes: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    """The canonical ids whose claims a change reached, and the ids whose names it did."""
    docs = sorted({i for w, i in notes if w == "doc"})
    entities = {i for w, i in notes if w == "entity"}
    for part in _chunks(docs):
        entities.update(str(r[0]) for r in db.query(
            f"SELECT id FROM entities WHERE doc_id IN ({_marks(len(part))})", part))
    reads = {i for w, i in notes if w == "read"}
    # A canonical entity that lost a member, or whose name changed, is shown anew wherever it
    # is named; an unresolved entity names itself.
    names = {i for w, i in notes if w in ("name", "read")} | entities
    ids = sorted(entities)
    for part in _chunks(ids):
        m = _marks(len(part))
        # The entity's own canonical, and those on the other side of its posts and events:
        # an organisation's seats hold the person's claims, an electing body's implied
        # posts the elected person's.
        for sql in (
            f"SELECT canonical_id FROM entity_canonical WHERE entity_id IN ({m})",
            ("SELECT ec.canonical_id FROM positions p JOIN entity_canonical ec "
            f"ON ec.entity_id = p.org WHERE p.person IN ({m})"),
            ("SELECT ec.canonical_id FROM positions p JOIN entity_canonical ec "
            f"ON ec.entity_id = p.person WHERE p.org IN ({m})"),
            ("SELECT ec.canonical_id FROM event_participants mine JOIN event_participants ep "
            "ON ep.claim_id = mine.claim_id JOIN entity_canonical ec "
            f"ON ec.entity_id = ep.entity_id WHERE mine.entity_id IN ({m})"),
        ):
            reads.update(str(r[0]) for r in db.query(sql, part))
    return reads, names


def _rows_of(db: Database, deps: Sequence[str], only_reads: bool) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    extra = " AND reads = 1" if only_reads else ""
    for part in _chunks(deps):
        out.update((str(k), str(i)) for k, i in db.query(
            f"SELECT kind, id FROM stored_tenure_deps WHERE dep IN ({_marks(len(part))}){extra}",
            part))
    return out
