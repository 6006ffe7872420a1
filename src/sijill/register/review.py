"""Readers review the register: the entity pairs the resolver was unsure of, claims marked
wrong, claims the machine missed.

Each call here is what one command of ``sijill review`` or one action of the review page does.
Merging and keeping apart are people's resolution decisions (``sijill merge`` and
``distinct``), kept above every rule. Claims marked wrong and claims added are corrections:
kept in the register whatever an ingest does, shown by every view (a claim marked wrong is
left out, an added one is in and says it is ``corrected``), and written as gold files by
``sijill export --format gold`` (sijill.export.gold). How they are stored and re-attached on
a re-ingest is in sijill.register.corrections.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any, TypeVar

from sijill.errors import SijillError
from sijill.evaluate import EVENT_TYPES
from sijill.register.corrections import (
    REF_FIELDS,
    StoredClaim,
    added_claim_id,
    attach,
    claim_key,
    correction_id,
    entity_names,
    hide,
    insert_added,
    ref_names,
    show,
    stored_claim,
)
from sijill.register.db import Database, now
from sijill.register.resolution import decisions
from sijill.register.resolution.profiles import is_generic
from sijill.register.resolution.sql import chunks, marks
from sijill.register.resolve import resolve_pending
from sijill.register.seats import fill_tenures
from sijill.register.tenures import is_added

#: Rule decisions that join two names on likeness and context, not on one spelling: the
#: pairs the resolver was least sure of (sijill.register.resolution.rules).
T = TypeVar("T")

UNSURE_REASONS = ("short form", "surname", "fuzzy name", "latin")
#: CPU seconds a review action spends storing again the tenures it changed (most claimed
#: first); those left are worked out on request until the next ingest or review stores them.
TENURES_BUDGET = 1.0
#: Most canonical entities of one shared name key paired with each other.
SHARED_KEY_MOST = 8
#: Claim kinds a reader can add, and the fields each may have.
ADDABLE: dict[str, frozenset[str]] = {
    "position": frozenset({"person", "org", "role", "status", "start", "end"}),
    "event": frozenset({"type", "date", "participants", "location"}),
    "relation": frozenset({"type", "child", "parent"}),
    "decision": frozenset({"kind", "body", "text"}),
}
STATUSES = ("current", "former", "future", "unknown")
RELATION_TYPES = ("PART_OF", "MEMBER_OF")
DECISION_KINDS = ("DECISION", "RECOMMENDATION", "STATEMENT_POINT")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4})?")
_IGNORED = frozenset({"evidence", "confidence"})  # given apart, or a machine's score


class ReviewError(SijillError):
    """A review action that names what the register does not hold, or a claim that is not one."""


@dataclass(frozen=True, slots=True)
class UnsurePair:
    """Two entities the resolver was unsure of. ``a`` and ``b`` are what to pass to ``merge``
    or ``keep_apart``: document entity ids when a weak rule joined them (``joined``, one
    canonical entity), canonical ids when two canonical entities share a name key."""

    a: str
    b: str
    a_canonical: str
    b_canonical: str
    a_name: str
    b_name: str
    type: str
    a_documents: int  # documents naming this side (joined: by this side's spelling)
    b_documents: int
    score: float | None  # the rule's similarity (0-1); None for a shared name key
    reason: str
    joined: bool


@dataclass(frozen=True, slots=True)
class Correction:
    """A reader's correction: a claim marked ``wrong`` or ``added``. ``claim_id`` is the
    claim it marks in the register now; None when the document as now extracted has no such
    claim (or no entity an added claim names): the correction is kept and waits."""

    id: str
    doc_id: str
    kind: str
    action: str
    claim_id: str | None
    data: dict[str, Any]
    start: int
    end: int
    note: str
    made_at: str


# -- entity pairs ----------------------------------------------------------------------------------


def unsure_pairs(db: Database, limit: int = 50, offset: int = 0) -> list[UnsurePair]:
    """The pairs the resolver was unsure of, least sure first: two document entities a rule
    joined on likeness (a short form, a near spelling, a Latin spelling; lowest score
    first), then canonical entities kept apart that share a folded name key (not a generic
    body's name such as مجلس الإدارة, which many bodies bear). Pairs a person decided about
    are left out."""
    if limit < 0 or offset < 0:
        raise ReviewError(f"limit {limit} and offset {offset} must not be negative",
                          todo="give a page as limit >= 0 and offset >= 0")
    decided_entities, decided_canonicals = _decided(db)
    weak = [p for p in _weak_links(db) if frozenset((p[0], p[1])) not in decided_entities]
    shared = [p for p in _shared_keys(db) if frozenset((p[0], p[1])) not in decided_canonicals]
    page = [*weak, *shared][offset:offset + limit]
    return [_pair(db, row) for row in page]


# (a, b, reason, score, joined): what the page needs to describe a pair
_Candidate = tuple[str, str, str, "float | None", bool]


def _decided(db: Database) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """The entity pairs and canonical pairs people have decided about."""
    rows = [(str(a), str(b)) for a, b in db.query(
        "SELECT left_id, right_id FROM resolution_decisions WHERE decided_by = 'user'")]
    ids = {x for row in rows for x in row}
    canonical: dict[str, str] = {}
    for part in chunks(ids):
        canonical.update((str(e), str(c)) for e, c in db.query(
            "SELECT entity_id, canonical_id FROM entity_canonical "
            f"WHERE entity_id IN ({marks(len(part))})", part))
    entities = {frozenset(row) for row in rows}
    canonicals = {frozenset((canonical.get(a, a), canonical.get(b, b))) for a, b in rows}
    return entities, canonicals


def _weak_links(db: Database) -> list[_Candidate]:
    rows = db.query(
        "SELECT left_id, right_id, reason, score FROM resolution_decisions "
        f"WHERE decided_by = 'rule' AND reason IN ({marks(len(UNSURE_REASONS))})",
        UNSURE_REASONS)
    ordered = sorted(rows, key=lambda r: (float(r[3] if r[3] is not None else 1.0), r[0], r[1]))
    return [(str(a), str(b), str(reason), None if s is None else float(s), True)
            for a, b, reason, s in ordered]


def _shared_keys(db: Database) -> list[_Candidate]:
    rows = db.query(
        "SELECT type, name_key, id FROM canonical_entities WHERE (type, name_key) IN ("
        "SELECT type, name_key FROM canonical_entities GROUP BY type, name_key "
        "HAVING COUNT(*) > 1)")
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for etype, key, cid in rows:
        # A name that says only what kind of body it is (مجلس الإدارة، اللجنة الإعلامية)
        # is many bodies' name: the resolver keeps them apart on purpose, not in doubt.
        if etype != "ORG" or not is_generic(tuple(str(key).split())):
            by_key[(str(etype), str(key))].append(str(cid))
    out: list[_Candidate] = []
    for key in sorted(by_key):
        ids = sorted(by_key[key])[:SHARED_KEY_MOST]
        out += [(a, b, "same name, kept apart", None, False) for a, b in combinations(ids, 2)]
    return out


def _pair(db: Database, row: _Candidate) -> UnsurePair:
    a, b, reason, score, joined = row
    if joined:
        (ca, na, ta, da), (cb, nb, _, db_) = _entity_side(db, a), _entity_side(db, b)
    else:
        (ca, na, ta, da), (cb, nb, _, db_) = _canonical_side(db, a), _canonical_side(db, b)
    return UnsurePair(a, b, ca, cb, na, nb, ta, da, db_, score, reason, joined)


def _entity_side(db: Database, entity: str) -> tuple[str, str, str, int]:
    """A document entity's canonical id, name, type and the documents of its canonical
    entity that spell it this way."""
    rows = db.query("SELECT e.name, e.type, e.name_key, c.canonical_id FROM entities e "
                    "LEFT JOIN entity_canonical c ON c.entity_id = e.id WHERE e.id = ?",
                    (entity,))
    name, etype, key, canonical = rows[0]
    count = db.scalar("SELECT COUNT(DISTINCT e.doc_id) FROM entity_canonical c "
                      "JOIN entities e ON e.id = c.entity_id "
                      "WHERE c.canonical_id = ? AND e.name_key = ?", (canonical, key))
    return str(canonical or entity), str(name), str(etype), int(count or 1)


def _canonical_side(db: Database, canonical: str) -> tuple[str, str, str, int]:
    rows = db.query("SELECT name, type FROM canonical_entities WHERE id = ?", (canonical,))
    count = db.scalar("SELECT COUNT(DISTINCT e.doc_id) FROM entity_canonical c "
                      "JOIN entities e ON e.id = c.entity_id WHERE c.canonical_id = ?",
                      (canonical,))
    return canonical, str(rows[0][0]), str(rows[0][1]), int(count or 0)


def merge(db: Database, a: str, b: str) -> list[str]:
    """Record that a and b (canonical or document entity ids) are one actor, as ``sijill
    merge`` does; lines saying what changed. Two entities a rule joined already are
    confirmed, so the pair leaves the unsure ones."""
    resolve_pending(db)
    first, second = decisions.target(db, a), decisions.target(db, b)
    if first.canonical and first.canonical == second.canonical and first.entity != second.entity:
        with db.transaction():
            # the same stored decision `sijill merge` writes (its merge stops at "already one")
            decisions._record(db, first.entity, second.entity, "same", "merge")
        return [f"confirmed: {a} and {b} are one entity ({first.canonical})"]
    return _kept(db, decisions.merge(db, a, b))


def keep_apart(db: Database, a: str, b: str) -> list[str]:
    """Record that a and b are different actors, as ``sijill distinct`` does; lines saying
    what changed."""
    return _kept(db, decisions.distinct(db, a, b))


# -- claims ----------------------------------------------------------------------------------------


def mark_claim_wrong(db: Database, claim_id: str, note: str = "") -> None:
    """Mark a claim wrong: every view leaves it out, now and after any re-ingest that
    extracts it again. A claim a reader added is taken back instead."""
    claim = _claim(db, claim_id)
    if is_added(claim.id):
        unmark(db, claim.id)
        return
    names = entity_names(db, claim.doc_id)
    key = claim_key(claim.kind, claim.data, claim.start, claim.end, names)
    cid = correction_id(claim.doc_id, claim.kind, key, "wrong")
    with db.transaction():
        _save(db, cid, claim.doc_id, claim.kind, "wrong", key, claim.data,
              ref_names(db, claim.doc_id, claim.kind, claim.data, names), claim.start,
              claim.end, note)
        hide(db, claim)
        attach(db, claim.id, cid, "wrong")
        mark_reviewed(db, claim.doc_id)
    _kept(db, None)


def unmark(db: Database, claim_id: str) -> None:
    """Undo a correction: a claim marked wrong is shown again, an added claim is removed.
    Takes the claim id, or the correction id of one that marks no claim now."""
    with db.transaction():
        row = db.query("SELECT correction_id, action FROM claim_corrections WHERE claim_id = ?",
                       (claim_id,))
        if row:
            cid, action = str(row[0][0]), str(row[0][1])
            claim = _claim(db, claim_id)
            if action == "added":
                db.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            else:
                db.execute("DELETE FROM claim_corrections WHERE claim_id = ?", (claim_id,))
                show(db, claim)
        elif db.scalar("SELECT 1 FROM corrections WHERE id = ?", (claim_id,)):
            cid = claim_id
        else:
            raise ReviewError(f"no correction of claim {claim_id!r}", where=claim_id,
                              todo="give a claim marked wrong or added, or a correction id, "
                                   "as `sijill review list` shows them")
        db.execute("DELETE FROM corrections WHERE id = ?", (cid,))
    _kept(db, None)


def add_claim(db: Database, doc_id: str, kind: str, data: dict[str, Any], start: int,
              end: int) -> str:
    """Add a claim the machine missed (a position, event, relation or decision) with its
    evidence span ``[start, end)`` in the document's text; its claim id. ``data`` is the
    claim as in a record (spec/record.md), naming the document's entities by id (``e3``)."""
    text = _document_text(db, doc_id)
    if kind not in ADDABLE:
        raise ReviewError(f"cannot add a claim of kind {kind!r}", where=doc_id,
                          todo=f"give one of {', '.join(ADDABLE)}")
    _check_span(doc_id, text, start, end)
    names = entity_names(db, doc_id)
    claim = _checked(doc_id, kind, data, names)
    claim["evidence"] = {"start": start, "end": end}
    key = claim_key(kind, claim, start, end, names)
    _refuse_known(db, doc_id, kind, key, names)
    cid = correction_id(doc_id, kind, key, "added")
    claim_id = added_claim_id(doc_id, kind, cid)
    with db.transaction():
        if stored_claim(db, claim_id) is None:
            _save(db, cid, doc_id, kind, "added", key, claim,
                  ref_names(db, doc_id, kind, claim, names), start, end, "")
            insert_added(db, claim_id, doc_id, kind, claim)
            attach(db, claim_id, cid, "added")
        mark_reviewed(db, doc_id)
    return _kept(db, claim_id)


def _kept(db: Database, answer: T) -> T:
    """An action's answer, once the stored tenures it changed are dropped and, within
    TENURES_BUDGET, stored again (sijill.register.stored)."""
    fill_tenures(db, only=(), budget=TENURES_BUDGET)
    return answer


def corrections(db: Database, doc_id: str | None = None) -> list[Correction]:
    """Every correction (or a document's), by document and time, with the claim each marks."""
    where, params = ("WHERE r.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
    rows = db.query(
        "SELECT r.id, r.doc_id, r.kind, r.action, k.claim_id, r.data, r.evidence_start, "
        "r.evidence_end, r.note, r.made_at FROM corrections r "
        f"LEFT JOIN claim_corrections k ON k.correction_id = r.id {where} "
        "ORDER BY r.doc_id, r.made_at, r.id", params)
    return [Correction(str(r[0]), str(r[1]), str(r[2]), str(r[3]),
                       None if r[4] is None else str(r[4]), json.loads(r[5]), int(r[6]),
                       int(r[7]), str(r[8]), str(r[9])) for r in rows]


@dataclass(frozen=True, slots=True)
class DocumentClaim:
    """A claim of a document as the review page lists it: ``status`` is ``extracted``,
    ``wrong`` (marked so by a reader; the views leave it out) or ``added`` (by a reader)."""

    id: str
    kind: str
    data: dict[str, Any]
    start: int
    end: int
    sentence: str
    status: str


def document_claims(db: Database, doc_id: str) -> list[DocumentClaim]:
    """Every claim of a document, those marked wrong and those added included, in order."""
    _document_text(db, doc_id)
    rows = db.query(
        "SELECT c.id, c.kind, c.data, c.evidence_start, c.evidence_end, c.sentence, k.action "
        "FROM claims c LEFT JOIN claim_corrections k ON k.claim_id = c.id "
        "WHERE c.doc_id = ? ORDER BY c.seq, c.id", (doc_id,))
    return [DocumentClaim(str(r[0]), str(r[1]), json.loads(r[2]), int(r[3]), int(r[4]),
                          str(r[5]), str(r[6] or "extracted")) for r in rows]


def mark_reviewed(db: Database, doc_id: str) -> None:
    """Record that a reader went through a document: its claims, corrected, are gold."""
    _document_text(db, doc_id)
    db.execute("INSERT INTO reviewed_documents (doc_id, reviewed_at) VALUES (?, ?) "
               "ON CONFLICT (doc_id) DO NOTHING", (doc_id, now()))


def reviewed_documents(db: Database) -> list[str]:
    """The ids of the reviewed documents the register holds, in order."""
    return [str(r[0]) for r in db.query(
        "SELECT r.doc_id FROM reviewed_documents r JOIN documents d ON d.id = r.doc_id "
        "ORDER BY r.doc_id")]


# -- helpers -----------------------------------------------------------------------------------


def _claim(db: Database, claim_id: str) -> StoredClaim:
    claim = stored_claim(db, claim_id)
    if claim is None:
        raise ReviewError(f"no claim {claim_id!r} in the register", where=claim_id,
                          todo="give a claim id DOC/KIND/N as the document page or "
                               "`sijill review list` shows it")
    return claim


def _document_text(db: Database, doc_id: str) -> str:
    rows = db.query("SELECT text FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        raise ReviewError(f"no document {doc_id!r} in the register", where=doc_id,
                          todo="give the id the document was ingested with")
    return str(rows[0][0])


def _save(db: Database, cid: str, doc_id: str, kind: str, action: str, key: str,
          data: dict[str, Any], names: dict[str, list[Any]], start: int, end: int,
          note: str) -> None:
    db.execute(
        "INSERT INTO corrections (id, doc_id, kind, action, claim_key, data, names, "
        "evidence_start, evidence_end, note, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET note = excluded.note, made_at = excluded.made_at",
        (cid, doc_id, kind, action, key, json.dumps(data, ensure_ascii=False),
         json.dumps(names, ensure_ascii=False), start, end, note, now()))


def _check_span(doc_id: str, text: str, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ReviewError(f"evidence span [{start}, {end}) is outside the text, which has "
                          f"{len(text)} characters", where=doc_id,
                          todo="give 0 <= start < end <= the text's length (character offsets "
                               "into the document's text)")


def _checked(doc_id: str, kind: str, data: dict[str, Any],
             names: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """The claim to add with refs as local ids, or a ReviewError saying what is wrong."""
    if not isinstance(data, dict):
        raise ReviewError(f"the {kind} is not a JSON object", where=doc_id,
                          todo="give it as in a record, e.g. {\"person\": \"e1\", ...}")
    where = f"{doc_id} {kind}"
    unknown = sorted(set(data) - ADDABLE[kind] - _IGNORED)
    if unknown:
        raise ReviewError(f"unknown field(s) {', '.join(unknown)}", where=where,
                          todo=f"a {kind} has {', '.join(sorted(ADDABLE[kind]))}")
    claim = {k: v for k, v in data.items() if k not in _IGNORED}
    for field in REF_FIELDS[kind]:
        if field in claim:
            claim[field] = _refs(doc_id, where, field, claim[field], names)
    _CHECKS[kind](where, claim, names)
    return claim


def _refs(doc_id: str, where: str, field: str, value: Any,
          names: dict[str, tuple[str, str]]) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [_refs(doc_id, where, field, v, names) for v in value]
    local = str(value).removeprefix(f"{doc_id}/")
    if local not in names:
        known = ", ".join(f"{k} {t} {n}" for k, (t, n) in sorted(names.items())[:12])
        raise ReviewError(f"{field}: no entity {value!r} in the document", where=where,
                          todo=f"give one of its entity ids ({known or 'it has none'})")
    return local


def _need(where: str, ok: bool, what: str, todo: str) -> None:
    if not ok:
        raise ReviewError(what, where=where, todo=todo)


def _date(where: str, field: str, value: Any) -> None:
    _need(where, value is None or (isinstance(value, str) and _DATE.fullmatch(value) is not None),
          f"{field} {value!r} is not a date", "give YYYY, YYYY-MM or YYYY-MM-DD, or null")


def _typed(where: str, field: str, ref: Any, names: dict[str, tuple[str, str]],
           etype: str) -> None:
    _need(where, ref is None or names[ref][0] == etype,
          f"{field} {ref!r} is a {names[ref][0] if ref in names else '?'}, not a {etype}",
          f"give a {etype} entity of the document")


def _position(where: str, c: dict[str, Any], names: dict[str, tuple[str, str]]) -> None:
    _need(where, c.get("person") is not None, "a position needs a person",
          "give \"person\": the id of a PERSON entity")
    _typed(where, "person", c["person"], names, "PERSON")
    _need(where, isinstance(c.get("role"), str) and bool(c["role"].strip()),
          "a position needs a role", "give \"role\": the title as written, e.g. رئيس")
    c.setdefault("org", None)
    c.setdefault("status", "current")
    _need(where, c["status"] in STATUSES, f"status {c['status']!r} is not one",
          f"give one of {', '.join(STATUSES)}")
    for field in ("start", "end"):
        c.setdefault(field, None)
        _date(where, field, c[field])


def _event(where: str, c: dict[str, Any], names: dict[str, tuple[str, str]]) -> None:
    _need(where, c.get("type") in EVENT_TYPES, f"event type {c.get('type')!r} is not one",
          f"give one of {', '.join(EVENT_TYPES)}")
    parts = c.get("participants")
    _need(where, isinstance(parts, list) and bool(parts), "an event needs participants",
          "give \"participants\": a list of the document's entity ids")
    c.setdefault("date", None)
    c.setdefault("location", None)
    _date(where, "date", c["date"])


def _relation(where: str, c: dict[str, Any], names: dict[str, tuple[str, str]]) -> None:
    _need(where, c.get("type") in RELATION_TYPES, f"relation type {c.get('type')!r} is not one",
          f"give one of {', '.join(RELATION_TYPES)}")
    _need(where, c.get("child") is not None and c.get("parent") is not None
          and c["child"] != c["parent"], "a relation needs a child and a parent, two entities",
          "give \"child\" and \"parent\": ids of two ORG entities of the document")


def _decision(where: str, c: dict[str, Any], names: dict[str, tuple[str, str]]) -> None:
    _need(where, c.get("kind") in DECISION_KINDS, f"decision kind {c.get('kind')!r} is not one",
          f"give one of {', '.join(DECISION_KINDS)}")
    _need(where, isinstance(c.get("text"), str) and bool(c["text"].strip()),
          "a decision needs its text", "give \"text\": the item as written")
    c.setdefault("body", None)
    c["event"] = None


_CHECKS = {"position": _position, "event": _event, "relation": _relation,
           "decision": _decision}


def _refuse_known(db: Database, doc_id: str, kind: str, key: str,
                  names: dict[str, tuple[str, str]]) -> None:
    """Refuse to add a claim the machine extracted already (same content and span)."""
    for row in db.query("SELECT id, data, evidence_start, evidence_end FROM claims "
                        "WHERE doc_id = ? AND kind = ?", (doc_id, kind)):
        if is_added(str(row[0])):
            continue
        if claim_key(kind, json.loads(row[1]), int(row[2]), int(row[3]), names) == key:
            raise ReviewError(f"the register has this {kind} already: {row[0]}", where=doc_id,
                              todo="nothing to add; mark it wrong if it is not so")
