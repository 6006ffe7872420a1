"""What the exports read from the register: actors, claims and documents, page by page.

Every reader walks its table in primary-key order, ``PAGE`` rows at a time (keyset paging,
the same on SQLite and PostgreSQL), so an export holds one page in memory, never the
register. Claims name their actors by canonical id; an end that is not resolved (a title,
a date) is None.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sijill.register.db import Database, Row
from sijill.register.resolution.sql import chunks, marks

#: Rows read per statement.
PAGE = 1000


@dataclass(frozen=True, slots=True)
class Ref:
    """A claim's end as a register entity: canonical id, type and name."""

    id: str
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class NameUse:
    """One name an actor is given, how (``name``, ``alias``, ``latin``) and in how many
    documents (0 for a name only a seed list gives)."""

    name: str
    kind: str
    documents: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical entity with every name its documents give it."""

    id: str
    type: str
    name: str
    latin: str | None
    documents: int
    names: tuple[NameUse, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a claim is stated: its document, the document's date and the sentence."""

    claim_id: str
    doc_id: str
    said_on: str | None
    sentence: str
    confidence: float | None


@dataclass(frozen=True, slots=True)
class PositionRow:
    """A position claim."""

    evidence: Evidence
    person: Ref | None
    org: Ref | None
    role: str
    status: str
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event claim with its resolved participants (in id order) and its place."""

    evidence: Evidence
    type: str
    date: str | None
    location: Ref | None
    participants: tuple[Ref, ...]


@dataclass(frozen=True, slots=True)
class RelationRow:
    """A PART_OF or MEMBER_OF claim between two organisations."""

    evidence: Evidence
    type: str
    child: Ref | None
    parent: Ref | None


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """A decision, recommendation or statement point, with the body that took it."""

    evidence: Evidence
    kind: str
    body: Ref | None
    text: str
    event_claim: str | None


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A stored article's metadata (never its text)."""

    id: str
    published: str | None
    title: str | None
    url: str | None
    source: str | None


def _paged(db: Database, sql: str, params: Sequence[Any] = (),
           page: int = PAGE) -> Iterator[list[Row]]:
    """Pages of a query whose first column is its unique, ordered key; ``sql`` has one
    ``{after}`` slot for the key condition and ends with ``ORDER BY`` that key."""
    last: str | None = None
    while True:
        after = "1 = 1" if last is None else "{key} > ?"
        rows = db.query(sql.format(after=after.format(key=_key_column(sql))) + " LIMIT ?",
                        [*([last] if last is not None else []), *params, page])
        if rows:
            yield rows
        if len(rows) < page:
            return
        last = str(rows[-1][0])


def _key_column(sql: str) -> str:
    return sql.rsplit("ORDER BY", 1)[1].strip()


# -- actors ---------------------------------------------------------------------------------------


def iter_actors(db: Database, types: Sequence[str] | None = None,
                ids: Sequence[str] | None = None) -> Iterator[Actor]:
    """Canonical entities in id order: all (of ``types``), or those of ``ids``."""
    head = "SELECT id, type, name, latin FROM canonical_entities"
    pages: Iterator[list[Row]]
    if ids is None:
        pages = _paged(db, f"{head} WHERE {{after}} ORDER BY id")
    else:
        pages = (db.query(f"{head} WHERE id IN ({marks(len(p))}) ORDER BY id", p)
                 for p in chunks(ids, PAGE))
    for rows in pages:
        # Types are picked here, not in SQL: with ``type IN (...)`` SQLite reads each page
        # through the (type, name_key) index and sorts all of it, a cost quadratic in actors.
        kept = [r for r in rows if types is None or r[1] in types]
        if kept:
            yield from _actors(db, kept)


def _actors(db: Database, rows: list[Row]) -> Iterator[Actor]:
    ids = [str(r[0]) for r in rows]
    uses: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    docs: dict[str, set[str]] = defaultdict(set)
    for cid, doc_id, name, aliases, latin in db.query(
            "SELECT ec.canonical_id, e.doc_id, e.name, e.aliases, e.latin "
            "FROM entity_canonical ec JOIN entities e ON e.id = ec.entity_id "
            f"WHERE ec.canonical_id IN ({marks(len(ids))})", ids):
        mine = uses[str(cid)]
        docs[str(cid)].add(str(doc_id))
        mine[(str(name), "name")].add(str(doc_id))
        for alias in _json_list(aliases):
            mine[(alias, "alias")].add(str(doc_id))
        if latin:
            mine[(str(latin), "latin")].add(str(doc_id))
    seeded: dict[Any, Any] = dict(db.query(f"SELECT id, aliases FROM seeds WHERE id IN ({marks(len(ids))})", ids))
    for cid, etype, name, latin in rows:
        names = _name_uses(uses.get(str(cid), {}), _json_list(seeded.get(cid)))
        yield Actor(str(cid), str(etype), str(name), str(latin) if latin else None,
                    len(docs.get(str(cid), ())), names)


def _name_uses(found: dict[tuple[str, str], set[str]], seeded: list[str]) -> tuple[NameUse, ...]:
    """Each name once, as its most telling kind (a name before an alias), most used first."""
    best: dict[str, NameUse] = {}
    for (name, kind), docs in found.items():
        use = NameUse(name, kind, len(docs))
        old = best.get(name)
        if old is None or (kind == "name", use.documents) > (old.kind == "name", old.documents):
            best[name] = use
    for name in seeded:
        best.setdefault(name, NameUse(name, "latin" if name.isascii() else "alias", 0))
    return tuple(sorted(best.values(), key=lambda u: (-u.documents, u.kind, u.name)))


def _json_list(raw: Any) -> list[str]:
    if raw == "[]":  # most names have no alias: no parse
        return []
    try:
        value = json.loads(raw) if isinstance(raw, str) else []
    except json.JSONDecodeError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


# -- claims ---------------------------------------------------------------------------------------

_EVIDENCE = "c.id, c.doc_id, c.said_on, c.sentence, c.confidence"


def _evidence(row: Row) -> Evidence:
    conf = row[4]
    return Evidence(str(row[0]), str(row[1]), row[2], str(row[3]),
                    float(conf) if conf is not None else None)


def _ref(cid: Any, etype: Any, name: Any) -> Ref | None:
    return Ref(str(cid), str(etype), str(name)) if cid is not None else None


def _end(alias: str, column: str) -> tuple[str, str]:
    """The columns and joins that turn a document entity column into its canonical entity."""
    cols = f"{alias}c.id, {alias}c.type, {alias}c.name"
    joins = (f" LEFT JOIN entity_canonical {alias}l ON {alias}l.entity_id = {column}"
             f" LEFT JOIN canonical_entities {alias}c ON {alias}c.id = {alias}l.canonical_id")
    return cols, joins


def iter_positions(db: Database) -> Iterator[PositionRow]:
    """Every position claim, in claim id order."""
    pcols, pjoin = _end("p", "p.person")
    ocols, ojoin = _end("o", "p.org")
    sql = (f"SELECT {_EVIDENCE}, {pcols}, {ocols}, p.role, p.status, p.start_date, p.end_date "
           f"FROM positions p JOIN claims c ON c.id = p.claim_id{pjoin}{ojoin} "
           "WHERE {after} ORDER BY c.id")
    for rows in _paged(db, sql):
        for r in rows:
            yield PositionRow(_evidence(r), _ref(*r[5:8]), _ref(*r[8:11]), str(r[11]),
                              str(r[12]), r[13], r[14])


def iter_events(db: Database) -> Iterator[EventRow]:
    """Every event claim, in claim id order."""
    lcols, ljoin = _end("l", "v.location")
    sql = (f"SELECT {_EVIDENCE}, v.type, v.event_date, {lcols} "
           f"FROM events v JOIN claims c ON c.id = v.claim_id{ljoin} "
           "WHERE {after} ORDER BY c.id")
    for rows in _paged(db, sql):
        members = _participants(db, [str(r[0]) for r in rows])
        for r in rows:
            yield EventRow(_evidence(r), str(r[5]), r[6], _ref(*r[7:10]),
                           members.get(str(r[0]), ()))


def _participants(db: Database, claims: list[str]) -> dict[str, tuple[Ref, ...]]:
    found: dict[str, dict[str, Ref]] = defaultdict(dict)
    for claim_id, cid, etype, name in db.query(
            "SELECT ep.claim_id, ce.id, ce.type, ce.name FROM event_participants ep "
            "JOIN entity_canonical ec ON ec.entity_id = ep.entity_id "
            "JOIN canonical_entities ce ON ce.id = ec.canonical_id "
            f"WHERE ep.claim_id IN ({marks(len(claims))})", claims):
        found[str(claim_id)][str(cid)] = Ref(str(cid), str(etype), str(name))
    return {c: tuple(v for _, v in sorted(refs.items())) for c, refs in found.items()}


def iter_relations(db: Database) -> Iterator[RelationRow]:
    """Every structure claim (PART_OF, MEMBER_OF), in claim id order."""
    ccols, cjoin = _end("k", "r.child")
    pcols, pjoin = _end("p", "r.parent")
    sql = (f"SELECT {_EVIDENCE}, r.type, {ccols}, {pcols} "
           f"FROM relations r JOIN claims c ON c.id = r.claim_id{cjoin}{pjoin} "
           "WHERE {after} ORDER BY c.id")
    for rows in _paged(db, sql):
        for r in rows:
            yield RelationRow(_evidence(r), str(r[5]), _ref(*r[6:9]), _ref(*r[9:12]))


def iter_decisions(db: Database) -> Iterator[DecisionRow]:
    """Every decision claim, in claim id order, its body resolved to its canonical entity."""
    sql = (f"SELECT {_EVIDENCE}, c.data FROM claims c "
           "WHERE {after} AND c.kind = 'decision' ORDER BY c.id")
    for rows in _paged(db, sql):
        parsed = [(r, _json_dict(r[5])) for r in rows]
        bodies = canonical_refs(db, [f"{r[1]}/{d['body']}" for r, d in parsed
                                     if isinstance(d.get("body"), str) and d["body"]])
        for r, data in parsed:
            body = bodies.get(f"{r[1]}/{data.get('body')}")
            event = data.get("event")
            event_claim = (f"{r[1]}/event/{event}" if isinstance(event, int)
                           and not isinstance(event, bool) else None)
            yield DecisionRow(_evidence(r), str(data.get("kind") or ""), body,
                              str(data.get("text") or ""), event_claim)


def _json_dict(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def canonical_refs(db: Database, entities: Sequence[str]) -> dict[str, Ref]:
    """The canonical entity of each resolved document entity."""
    out: dict[str, Ref] = {}
    for part in chunks(entities):
        for eid, cid, etype, name in db.query(
                "SELECT ec.entity_id, ce.id, ce.type, ce.name FROM entity_canonical ec "
                "JOIN canonical_entities ce ON ce.id = ec.canonical_id "
                f"WHERE ec.entity_id IN ({marks(len(part))})", part):
            out[str(eid)] = Ref(str(cid), str(etype), str(name))
    return out


# -- documents and organisations --------------------------------------------------------------------


def iter_documents(db: Database, ids: Sequence[str] | None = None) -> Iterator[DocumentRow]:
    """Documents' metadata in id order: all, or those of ``ids``."""
    head = "SELECT id, published, title, url, source FROM documents"
    pages: Iterator[list[Row]]
    if ids is None:
        pages = _paged(db, f"{head} WHERE {{after}} ORDER BY id")
    else:
        pages = (db.query(f"{head} WHERE id IN ({marks(len(p))}) ORDER BY id", p)
                 for p in chunks(ids, PAGE))
    for rows in pages:
        for r in rows:
            yield DocumentRow(str(r[0]), r[1], r[2], r[3], r[4])


def iter_document_ids(db: Database) -> Iterator[str]:
    """Every stored document's id, in id order, a page at a time."""
    for rows in _paged(db, "SELECT id FROM documents WHERE {after} ORDER BY id"):
        yield from (str(r[0]) for r in rows)


def position_orgs(db: Database) -> Iterator[str]:
    """The canonical ids of organisations that positions are claimed in, in id order."""
    sql = ("SELECT DISTINCT ec.canonical_id FROM positions p "
           "JOIN entity_canonical ec ON ec.entity_id = p.org WHERE {after} "
           "ORDER BY ec.canonical_id")
    for rows in _paged(db, sql):
        yield from (str(r[0]) for r in rows)



# -- graph edges, grouped in SQL --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairRow:
    """The claims of one kind between two actors, grouped: how many, from how many documents,
    their first and last dates and the distinct labels (roles) they give."""

    source: str
    target: str
    kind: str
    claims: int
    documents: int
    first: str | None
    last: str | None
    labels: tuple[str, ...]


#: Participants of one event joined pairwise, the smallest ids first (a conference of 200 is
#: no 19,900 meetings).
MAX_PARTICIPANTS = 25


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({marks(len(values))})"


def _dated(*columns: str) -> str:
    """The first non-empty date of ``columns`` (an empty string is no date)."""
    dates = [f"NULLIF({c}, '')" for c in columns]
    return dates[0] if len(dates) == 1 else f"COALESCE({', '.join(dates)})"


def _ordered(db: Database, *columns: str) -> str:
    """``ORDER BY`` code point order on both engines (PostgreSQL's locale collations skip
    punctuation; Python's merge of the pair streams compares code points)."""
    collate = ' COLLATE "C"' if db.dialect == "postgresql" else ""
    return ", ".join(f"{c}{collate}" for c in columns)


def _distinct_labels(db: Database, column: str) -> str:
    agg = "json_agg" if db.dialect == "postgresql" else "json_group_array"
    return f"{agg}(DISTINCT NULLIF({column}, ''))"


def _labels(raw: Any) -> tuple[str, ...]:
    values = json.loads(raw) if isinstance(raw, str) else raw or []
    return tuple(sorted({str(v) for v in values if v}))


def _pair_rows(db: Database, sql: str, params: Sequence[Any],
               kind: str | None = None) -> Iterator[PairRow]:
    for r in db.iterate(sql, params, PAGE):
        yield PairRow(str(r[0]), str(r[1]), kind or str(r[2]), int(r[3]), int(r[4]),
                      r[5], r[6], _labels(r[7]) if len(r) > 7 else ())


def position_pairs(db: Database, types: Sequence[str]) -> Iterator[PairRow]:
    """Position claims grouped by person and organisation (both of ``types``), in pair
    order; dated by the post's start, else the document's date."""
    date = _dated("p.start_date", "c.said_on")
    sql = ("SELECT pc.id, oc.id, NULL, COUNT(*), COUNT(DISTINCT c.doc_id), "
           f"MIN({date}), MAX({date}), {_distinct_labels(db, 'p.role')} "
           "FROM positions p JOIN claims c ON c.id = p.claim_id "
           "JOIN entity_canonical pl ON pl.entity_id = p.person "
           "JOIN canonical_entities pc ON pc.id = pl.canonical_id "
           "JOIN entity_canonical ol ON ol.entity_id = p.org "
           "JOIN canonical_entities oc ON oc.id = ol.canonical_id "
           f"WHERE {_in('pc.type', types)} AND {_in('oc.type', types)} AND pc.id <> oc.id "
           f"GROUP BY pc.id, oc.id ORDER BY {_ordered(db, 'pc.id', 'oc.id')}")
    return _pair_rows(db, sql, [*types, *types], "position")


def relation_pairs(db: Database, types: Sequence[str]) -> Iterator[PairRow]:
    """Structure claims grouped by child, parent (both of ``types``) and type (in lower
    case, the edge kind), in pair order; dated by their documents."""
    sql = ("SELECT kc.id, pc.id, LOWER(r.type), COUNT(*), COUNT(DISTINCT c.doc_id), "
           f"MIN({_dated('c.said_on')}), MAX({_dated('c.said_on')}) "
           "FROM relations r JOIN claims c ON c.id = r.claim_id "
           "JOIN entity_canonical kl ON kl.entity_id = r.child "
           "JOIN canonical_entities kc ON kc.id = kl.canonical_id "
           "JOIN entity_canonical pl ON pl.entity_id = r.parent "
           "JOIN canonical_entities pc ON pc.id = pl.canonical_id "
           f"WHERE {_in('kc.type', types)} AND {_in('pc.type', types)} AND kc.id <> pc.id "
           "GROUP BY kc.id, pc.id, LOWER(r.type) "
           f"ORDER BY {_ordered(db, 'kc.id', 'pc.id', 'LOWER(r.type)')}")
    return _pair_rows(db, sql, [*types, *types])


def event_pairs(db: Database, types: Sequence[str],
                ranked: Sequence[str] | None = None) -> Iterator[PairRow]:
    """Every two participants of an event (both of ``types``, the smaller id first), grouped
    by pair and event type (in lower case), in pair order; dated by the event, else its
    document. Of each event only the ``MAX_PARTICIPANTS`` smallest ids among its participants
    of ``ranked`` types (all when None) are paired."""
    date = _dated("v.event_date", "c.said_on")
    where = f"WHERE {_in('ce.type', ranked)} " if ranked is not None else ""
    later = ' COLLATE "C"' if db.dialect == "postgresql" else ""
    sql = ("WITH members AS (SELECT DISTINCT ep.claim_id, ce.id AS cid, ce.type AS ctype "
           "FROM event_participants ep JOIN entity_canonical ec ON ec.entity_id = ep.entity_id "
           f"JOIN canonical_entities ce ON ce.id = ec.canonical_id {where}), "
           "ranked AS (SELECT claim_id, cid, ctype, ROW_NUMBER() OVER (PARTITION BY claim_id "
           f"ORDER BY {_ordered(db, 'cid')}) AS n FROM members) "
           "SELECT a.cid, b.cid, LOWER(v.type), COUNT(*), COUNT(DISTINCT c.doc_id), "
           f"MIN({date}), MAX({date}) "
           "FROM ranked a JOIN ranked b ON b.claim_id = a.claim_id "
           f"AND b.cid{later} > a.cid{later} "
           "JOIN events v ON v.claim_id = a.claim_id JOIN claims c ON c.id = a.claim_id "
           f"WHERE a.n <= ? AND b.n <= ? AND {_in('a.ctype', types)} "
           f"AND {_in('b.ctype', types)} "
           "GROUP BY a.cid, b.cid, LOWER(v.type) "
           f"ORDER BY {_ordered(db, 'a.cid', 'b.cid', 'LOWER(v.type)')}")
    params = [*(ranked or ()), MAX_PARTICIPANTS, MAX_PARTICIPANTS, *types, *types]
    return _pair_rows(db, sql, params)
