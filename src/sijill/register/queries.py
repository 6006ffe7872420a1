"""Questions to the register: who is this name, a person's page, an organisation's page,
events by organisation, type and date. Every answer is a typed value whose claims give the
document (``doc``) and the evidence sentence they come from."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sijill.errors import SijillError
from sijill.register import stored
from sijill.register.db import Database, Row
from sijill.register.keys import name_key
from sijill.register.seats import (
    board,
    canonical_links,
    chunks,
    claim_ref,
    entity_refs,
    marks,
    person_tenures,
)
from sijill.register.tenures import ClaimRef, EntityRef, Tenure, is_added

#: How many events and quotes a page lists (the newest); totals say how many there are.
PAGE_LIMIT = 50
#: How many candidates a name lookup returns at most.
CANDIDATE_LIMIT = 20


class QueryError(SijillError):
    """A question the register cannot answer as asked."""


class UnknownName(QueryError):
    """A name that matches no entity of the register."""


class AmbiguousName(QueryError):
    """A name that matches several entities; ``candidates`` lists them, best first."""

    def __init__(self, what: str, candidates: list[Candidate], where: str = "",
                 todo: str = "") -> None:
        self.candidates = candidates
        super().__init__(what, where, todo)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A canonical entity a name may mean: how it matched and in how many documents it occurs."""

    id: str
    type: str
    name: str
    latin: str | None
    documents: int
    match: str  # id, exact, prefix, contains


@dataclass(frozen=True, slots=True)
class NameUse:
    """One name an entity goes by, and in how many documents."""

    name: str
    documents: int


@dataclass(frozen=True, slots=True)
class EventView:
    """One event claim with its participants and location as register entities."""

    claim: str
    type: str
    date: str | None
    doc: str
    said_on: str | None
    evidence: str
    start: int
    end: int
    participants: list[EntityRef]
    location: EntityRef | None
    corrected: bool = field(init=False, default=False)  # a reader added it

    def __post_init__(self) -> None:
        object.__setattr__(self, "corrected", is_added(self.claim))


@dataclass(frozen=True, slots=True)
class QuoteView:
    """What a person said, in the sentence that reports it."""

    claim: str
    doc: str
    said_on: str | None
    text: str
    evidence: str
    start: int
    end: int
    to: EntityRef | None
    corrected: bool = field(init=False, default=False)  # a reader added it

    def __post_init__(self) -> None:
        object.__setattr__(self, "corrected", is_added(self.claim))


@dataclass(frozen=True, slots=True)
class Relation:
    """A body of an organisation, or one it belongs to, with the claims that say so."""

    type: str  # PART_OF, MEMBER_OF
    entity: EntityRef
    claims: list[ClaimRef]


@dataclass(slots=True)
class PersonPage:
    """What the register says about one person."""

    entity: Candidate
    names: list[NameUse]
    latin: list[str]
    tenures: list[Tenure]
    events: list[EventView]
    events_total: int
    quotes: list[QuoteView]
    quotes_total: int


@dataclass(slots=True)
class OrgPage:
    """What the register says about one organisation, its board as of a date."""

    entity: Candidate
    names: list[NameUse]
    on: str | None
    board: list[Tenure]
    events: list[EventView]
    events_total: int
    bodies: list[Relation] = field(default_factory=list)
    part_of: list[Relation] = field(default_factory=list)


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_date(value: str) -> str:
    """An ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD), checked; QueryError otherwise."""
    text = value.strip()
    fmt = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(text))
    try:
        if fmt is None or not _DATE.fullmatch(text):
            raise ValueError(text)
        datetime.strptime(text, fmt)
    except ValueError:
        raise QueryError(f"{value!r} is not a date", todo="write it as YYYY, YYYY-MM or "
                         "YYYY-MM-DD") from None
    return text


# -- names -------------------------------------------------------------------------------------

_RANK = {"id": 0, "exact": 1, "prefix": 2, "contains": 3}


def _like(text: str) -> str:
    """A LIKE pattern that matches ``text`` anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matches(db: Database, query: str, types: Sequence[str]) -> dict[str, str]:
    """Canonical ids a query names, each with how it matched: its id (or one of its document
    entities' ids), a name with the same key (any name a document called it), a name beginning
    with it, or containing it."""
    if db.scalar("SELECT type FROM canonical_entities "
                 f"WHERE id = ? AND type IN ({marks(len(types))})", (query, *types)) is not None:
        return {query: "id"}
    if "/" in query:  # a document entity (DOC/eN), as `sijill merge` takes them
        owner = db.scalar("SELECT ec.canonical_id FROM entities e JOIN entity_canonical ec ON "
                          f"ec.entity_id = e.id WHERE e.id = ? AND e.type IN ({marks(len(types))})",
                          (query, *types))
        if owner is not None:
            return {str(owner): "id"}
    found: dict[str, str] = {}
    # A query of punctuation has no key, and an empty key would match every name.
    keys = [(t, k) for t, k in ((t, name_key(t, query)) for t in types) if k.strip()]
    for etype, key in keys:
        rows = db.query("SELECT id FROM canonical_entities WHERE type = ? AND name_key = ?",
                        (etype, key))
        found.update((str(r[0]), "exact") for r in rows)
    for etype, key in keys if not found else ():
        # A name some document used for an entity the register calls otherwise.
        rows = db.query("SELECT DISTINCT ec.canonical_id FROM entities e JOIN entity_canonical "
                        "ec ON ec.entity_id = e.id WHERE e.type = ? AND e.name_key = ?",
                        (etype, key))
        found.update((str(r[0]), "exact") for r in rows)
    if found:
        return found
    for etype, key in keys:
        rows = db.query(
            "SELECT id FROM canonical_entities WHERE type = ? AND name_key >= ? AND name_key < ? "
            "ORDER BY name_key LIMIT ?", (etype, key, key + "\uffff", CANDIDATE_LIMIT))
        found.update((str(r[0]), "prefix") for r in rows)
        for cid in _contains(db, etype, key, query.lower()):
            found.setdefault(cid, "contains")
    return found


#: The shortest text the contains match looks for: a trigram index (migration 0009) has
#: nothing to look up for one or two letters, and without it every name of a type is read
#: (40,000 people on the full SaudiNewsNet register: 120 ms for two letters no name holds).
#: A shorter text finds names by their key's beginning (the prefix match) only.
CONTAINS_SHORTEST = 3
#: What the contains match orders and limits by. Names with one key are taken by id, so the
#: index and a scan keep the same ones at the limit.
_CONTAINS_ORDER = " ORDER BY c.name_key, c.id LIMIT ?"


def _contains(db: Database, etype: str, key: str, latin: str) -> list[str]:
    """Canonical ids of a type whose name key contains ``key`` or whose Latin spelling
    contains ``latin`` (each looked for when it has CONTAINS_SHORTEST letters or more), by
    name key, at most five times the candidate limit."""
    texts = [(column, text) for column, text in (("name_key", key), ("latin", latin))
             if len(text) >= CONTAINS_SHORTEST]
    if not texts:
        return []
    # A name key or lower-cased Latin spelling holding the text, its wildcards taken literally.
    test = " OR ".join(f"{'c.name_key' if column == 'name_key' else 'LOWER(c.latin)'} LIKE ? "
                       "ESCAPE '\\'" for column, _ in texts)
    args = (etype, *(_like(text) for _, text in texts), CANDIDATE_LIMIT * 5)
    if db.dialect == "sqlite":
        # The trigram index finds the names holding the text's trigrams; it folds case at
        # least as widely as LIKE, so what it finds is a superset that the same LIKE test then
        # narrows: the answer is a scan's, read from the index. Its rows (c) hold each name's
        # type, key and Latin spelling as canonical_entities does (migration 0015's triggers):
        # looking thousands of names up there by text id cost more than finding them.
        rows = db.query(
            "SELECT c.id FROM name_search CROSS JOIN name_search_rows c "
            "ON c.row = name_search.rowid "
            f"WHERE name_search MATCH ? AND c.type = ? AND ({test})" + _CONTAINS_ORDER,
            (_phrases(texts), *args))
    else:
        rows = db.query(f"SELECT c.id FROM canonical_entities c WHERE c.type = ? AND ({test})"
                        + _CONTAINS_ORDER, args)
    return [str(r[0]) for r in rows]


def _phrases(texts: Sequence[tuple[str, str]]) -> str:
    """The FTS5 query for name keys or Latin spellings holding the texts (trigram phrases
    are substrings; a quote inside a phrase is doubled)."""
    return " OR ".join(f'{column} : "{text.replace(chr(34), chr(34) * 2)}"'
                       for column, text in texts)


def find_entities(db: Database, query: str, types: Sequence[str] = ("PERSON", "ORG"),
                  limit: int = CANDIDATE_LIMIT) -> list[Candidate]:
    """Canonical entities of the given types a name or id may mean, best first."""
    query = " ".join(query.split())
    if not query:
        raise QueryError("the name is empty", todo="give a name or a canonical id")
    found = _matches(db, query, types)
    if not found:
        return []
    ids = list(found)
    counts: dict[str, int] = {}
    rows: list[Row] = []
    for part in chunks(ids):
        counts.update((str(r[0]), int(r[1])) for r in db.query(
            "SELECT canonical_id, COUNT(*) FROM entity_canonical "
            f"WHERE canonical_id IN ({marks(len(part))}) GROUP BY canonical_id", part))
        rows += db.query("SELECT id, type, name, latin FROM canonical_entities "
                         f"WHERE id IN ({marks(len(part))})", part)
    out = [Candidate(str(r[0]), str(r[1]), str(r[2]), r[3], counts.get(str(r[0]), 0),
                     found[str(r[0])]) for r in rows]
    out.sort(key=lambda c: (_RANK[c.match], -c.documents, c.name, c.id))
    return out[:limit]


def resolve_entity(db: Database, query: str, types: Sequence[str]) -> Candidate:
    """The one canonical entity a name or id means; UnknownName or AmbiguousName otherwise."""
    kinds = " or ".join(t.lower() for t in types)
    found = find_entities(db, query, types)
    if not found:
        raise UnknownName(f"no {kinds} named {query!r} in the register",
                          todo="check the spelling, or look for it with `sijill search`")
    best = [c for c in found if c.match == found[0].match]
    if len(best) == 1:
        return best[0]
    raise AmbiguousName(f"{query!r} may mean {len(found)} entities", found,
                        todo="pass one of the ids listed instead of the name")


def _names(db: Database, cid: str) -> tuple[list[NameUse], list[str]]:
    """The names (with aliases) and Latin spellings the documents use for an entity, as
    stored for a much-named one (sijill.register.stored), else worked out."""
    kept = stored.load_names(db, cid)
    return kept if kept is not None else work_out_names(db, cid)


def work_out_names(db: Database, cid: str) -> tuple[list[NameUse], list[str]]:
    """The names (with aliases) and Latin spellings the documents use for an entity."""
    docs: Counter[str] = Counter()
    latin: Counter[str] = Counter()
    for name, aliases, lat, n in db.query(
            "SELECT e.name, e.aliases, e.latin, COUNT(DISTINCT e.doc_id) FROM entity_canonical ec "
            "JOIN entities e ON e.id = ec.entity_id WHERE ec.canonical_id = ? "
            "GROUP BY e.name, e.aliases, e.latin", (cid,)):
        # A name and its aliases rarely share a document count exactly: each counts the
        # documents that use it, as far as a group of identical spellings tells.
        for form in dict.fromkeys([str(name), *json.loads(aliases or "[]")]):
            docs[str(form)] += int(n)
        if lat:
            latin[str(lat)] += int(n)
    uses = sorted((NameUse(k, v) for k, v in docs.items()), key=lambda u: (-u.documents, u.name))
    return uses, [k for k, _ in latin.most_common()]


# -- events and quotes -------------------------------------------------------------------------

_TAKES_PART = ("ev.claim_id IN (SELECT ep.claim_id FROM event_participants ep "
               "JOIN entity_canonical ec ON ec.entity_id = ep.entity_id "
               "WHERE ec.canonical_id = ?)")


def _event_filter(participant: str | None, event_type: str | None, date_from: str | None,
                  date_to: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause for the event filters. A partial date compares on the precision both
    sides give, so 2014-05 is within --from 2014-05-10 and --to 2014."""
    where, params = ["1 = 1"], []
    if participant is not None:
        where.append(_TAKES_PART)
        params.append(participant)
    if event_type is not None:
        # With a participant, its few events are read first and their type tested row by row:
        # SQLite, keeping no statistics, would otherwise walk every event of the type (every
        # meeting of the register) through events_type_date. ``|| ''`` keeps it off the index.
        where.append("ev.type || '' = ?" if participant is not None else "ev.type = ?")
        params.append(event_type.upper())
    if date_from is not None:
        where.append("ev.event_date >= SUBSTR(CAST(? AS TEXT), 1, LENGTH(ev.event_date))")
        params.append(date_from)
    if date_to is not None:
        where.append("SUBSTR(ev.event_date, 1, LENGTH(CAST(? AS TEXT))) <= CAST(? AS TEXT)")
        params += [date_to, date_to]
    return " AND ".join(where), params


def _event_ids(db: Database, where: str, params: list[Any], newest_first: bool,
               limit: int | None, offset: int = 0) -> list[str]:
    """The claim ids of the events a filter selects, in date order; undated ones last; with
    ``limit``, that many from ``offset`` on."""
    order = "DESC" if newest_first else "ASC"
    sql = (f"SELECT ev.claim_id FROM events ev WHERE {where} ORDER BY ev.event_date IS NULL, "
           f"ev.event_date {order}, ev.doc_id {order}, ev.claim_id")
    if limit:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return [str(r[0]) for r in db.query(sql, params)]


def _counted_page(db: Database, where: str, params: list[Any], newest_first: bool,
                  limit: int, offset: int) -> list[tuple[str, int]]:
    """One page of _event_ids, each id with how many events the filter selects in all."""
    # The count is a window over the rows before LIMIT cuts them: one walk of a much-named
    # actor's thousands of events, where a COUNT(*) and the page walked them twice.
    order = "DESC" if newest_first else "ASC"
    return [(str(r[0]), int(r[1])) for r in db.query(
        f"SELECT ev.claim_id, COUNT(*) OVER () FROM events ev WHERE {where} ORDER BY "
        f"ev.event_date IS NULL, ev.event_date {order}, ev.doc_id {order}, ev.claim_id "
        "LIMIT ? OFFSET ?", [*params, limit, offset])]


def _event_views(db: Database, ids: list[str]) -> list[EventView]:
    """Events (claim ids) with their participants and place, in the order given."""
    rows: dict[str, Row] = {}
    members: dict[str, list[str]] = {}
    for part in chunks(ids):
        for r in db.query(
                "SELECT c.id, c.doc_id, c.said_on, c.sentence, c.evidence_start, c.evidence_end, "
                "ev.type, ev.event_date, ev.location FROM events ev JOIN claims c "
                f"ON c.id = ev.claim_id WHERE ev.claim_id IN ({marks(len(part))})", part):
            rows[str(r[0])] = r
        for claim, entity in db.query(
                "SELECT claim_id, entity_id FROM event_participants "
                f"WHERE claim_id IN ({marks(len(part))}) ORDER BY claim_id, entity_id", part):
            members.setdefault(str(claim), []).append(str(entity))
    entities = {m for ms in members.values() for m in ms}
    entities |= {str(r[8]) for r in rows.values() if r[8] is not None}
    refs = entity_refs(db, canonical_links(db, sorted(entities)))
    out = []
    for claim in ids:
        r = rows[claim]
        people = list({refs[m].id: refs[m] for m in members.get(claim, []) if m in refs}.values())
        place = refs.get(str(r[8])) if r[8] is not None else None
        out.append(EventView(claim, str(r[6]), r[7], str(r[1]), r[2], str(r[3]), int(r[4]),
                             int(r[5]), people, place))
    return out


def find_events(db: Database, *, participant: str | None = None, event_type: str | None = None,
                date_from: str | None = None, date_to: str | None = None,
                limit: int | None = None, newest_first: bool = False) -> list[EventView]:
    """Events by participant (canonical id), type and date range, in date order; undated
    events come last and only when no date bound is given."""
    where, params = _event_filter(participant, event_type, date_from, date_to)
    return _event_views(db, _event_ids(db, where, params, newest_first, limit))


def event_page(db: Database, *, participants: Sequence[str] = (), event_type: str | None = None,
               date_from: str | None = None, date_to: str | None = None, limit: int = PAGE_LIMIT,
               offset: int = 0, newest_first: bool = False) -> tuple[list[EventView], int]:
    """One page of the events find_events lists, every one of ``participants`` (canonical ids)
    taking part, and how many there are: the page is cut in SQL, so only its own events are
    read in full (a much-named actor or a common type has thousands)."""
    first = participants[0] if participants else None
    where, params = _event_filter(first, event_type, date_from, date_to)
    for other in participants[1:]:
        where += f" AND {_TAKES_PART}"
        params.append(other)
    if limit > 0:
        rows = _counted_page(db, where, params, newest_first, limit, offset)
        if rows:
            return _event_views(db, [claim for claim, _ in rows]), rows[0][1]
    total = int(db.scalar(f"SELECT COUNT(*) FROM events ev WHERE {where}", params) or 0)
    return [], total


def _page_events(db: Database, cid: str, limit: int) -> tuple[list[EventView], int]:
    """An entity's newest events and how many there are, counted and cut in SQL (a much-named
    actor takes part in thousands: King Salman in 3,000); a page's worth as stored for a
    much-named one (sijill.register.stored)."""
    kept = stored.load_events(db, cid) if limit == PAGE_LIMIT else None
    return kept if kept is not None else newest_events(db, cid, limit)


def newest_events(db: Database, cid: str, limit: int) -> tuple[list[EventView], int]:
    """An entity's newest events and how many there are, worked out."""
    return event_page(db, participants=[cid], limit=limit, newest_first=True)


def _quotes(db: Database, cid: str, limit: int) -> tuple[list[QuoteView], int]:
    """A person's newest quotes and how many there are."""
    speaker = "q.speaker IN (SELECT entity_id FROM entity_canonical WHERE canonical_id = ?)"
    total = int(db.scalar(f"SELECT COUNT(*) FROM quotes q WHERE {speaker}", (cid,)) or 0)
    rows = db.query(
        "SELECT c.id, c.doc_id, c.said_on, c.sentence, c.evidence_start, c.evidence_end, "
        f"q.quote, q.addressee FROM quotes q JOIN claims c ON c.id = q.claim_id WHERE {speaker} "
        "ORDER BY c.said_on IS NULL, c.said_on DESC, c.doc_id, c.seq LIMIT ?", (cid, limit))
    refs = entity_refs(db, canonical_links(db, sorted({str(r[7]) for r in rows
                                                        if r[7] is not None})))
    quotes = [QuoteView(str(r[0]), str(r[1]), r[2], str(r[6]), str(r[3]), int(r[4]), int(r[5]),
                        refs.get(str(r[7])) if r[7] is not None else None) for r in rows]
    return quotes, total


def relations(db: Database, cid: str) -> tuple[list[Relation], list[Relation]]:
    """An organisation's bodies and the organisations it belongs to, as stored for a
    much-named one (sijill.register.stored), else worked out."""
    kept = stored.load_relations(db, cid)
    return kept if kept is not None else work_out_relations(db, cid)


def work_out_relations(db: Database, cid: str) -> tuple[list[Relation], list[Relation]]:
    """An organisation's bodies and the organisations it belongs to, from its relations."""
    return _relations(db, cid, "parent"), _relations(db, cid, "child")


def _relations(db: Database, cid: str, side: str) -> list[Relation]:
    """Relations where the organisation is the parent (its bodies) or the child."""
    mine, other = ("parent", "child") if side == "parent" else ("child", "parent")
    rows = db.query(
        "SELECT c.id, c.doc_id, c.said_on, c.sentence, c.evidence_start, c.evidence_end, "
        f"r.type, r.{other} FROM relations r JOIN claims c ON c.id = r.claim_id "
        f"WHERE r.{mine} IN (SELECT entity_id FROM entity_canonical WHERE canonical_id = ?) "
        "ORDER BY c.doc_id, c.seq", (cid,))
    refs = entity_refs(db, canonical_links(db, sorted({str(r[7]) for r in rows})))
    grouped: dict[tuple[str, str], Relation] = {}
    for r in rows:
        if str(r[7]) not in refs:
            continue
        other_ref = refs[str(r[7])]
        rel = grouped.setdefault((str(r[6]), other_ref.id), Relation(str(r[6]), other_ref, []))
        rel.claims.append(claim_ref(r, "relation", type=str(r[6])))
    return sorted(grouped.values(), key=lambda x: (-len(x.claims), x.entity.name))


# -- pages -------------------------------------------------------------------------------------


def person_page(db: Database, name: str, limit: int = PAGE_LIMIT) -> PersonPage:
    """A person (name or canonical id): names, posts as tenures, events, quotes."""
    person = resolve_entity(db, name, ("PERSON",))
    names, latin = _names(db, person.id)
    events, events_total = _page_events(db, person.id, limit)
    quotes, quotes_total = _quotes(db, person.id, limit)
    return PersonPage(person, names, latin, person_tenures(db, person.id), events,
                      events_total, quotes, quotes_total)


def org_page(db: Database, name: str, on: str | None = None,
             limit: int = PAGE_LIMIT) -> OrgPage:
    """An organisation (name or canonical id): names, its board on a date (without one, the
    posts still held), events, bodies and the bodies it belongs to."""
    org = resolve_entity(db, name, ("ORG",))
    names, _ = _names(db, org.id)
    events, events_total = _page_events(db, org.id, limit)
    return OrgPage(org, names, on, board(db, org.id, on), events, events_total,
                   *relations(db, org.id))
