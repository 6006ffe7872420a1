"""Readers' corrections as stored: keys that outlive a re-ingest, and attaching them to claims.

A correction is kept in ``corrections`` by document, kind and ``claim_key``: a hash of the
claim's content and evidence span with its entities named by type and name (a document's
entity ids may change when it is extracted again). ``claim_corrections`` says which stored
claim each correction marks now; it goes with the claim when ingest replaces the document,
and ``reattach`` (called by the store after writing a document) attaches the corrections
again. A claim marked wrong keeps its row in ``claims`` (the document page shows it, struck
out) but loses its rows in the kind's table (positions, events, ...), so every view that
reads those leaves it out; an added claim is written as a claim of the document whose id
says it was added (``tenures.is_added``). The reader-facing calls are in
``sijill.register.review``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sijill.register.db import Database
from sijill.register.store import sentence_around, store_claim_rows
from sijill.register.tenures import ADDED

#: The record fields of each claim kind that name entities of the document.
REF_FIELDS: dict[str, tuple[str, ...]] = {
    "position": ("person", "org"), "event": ("participants", "location"),
    "quote": ("speaker", "to"), "relation": ("child", "parent"), "decision": ("body",),
    "attribute": ("entity",)}
#: The kind tables a claim has rows in (events also in event_participants).
_KIND_TABLES: dict[str, tuple[str, ...]] = {
    "position": ("positions",), "event": ("event_participants", "events"),
    "quote": ("quotes",), "relation": ("relations",)}
#: Fields left out of a claim's key: a score, and an index into the record's events.
_UNKEYED = frozenset({"evidence", "confidence", "event"})
#: Sequence number of added claims, after every extracted one.
ADDED_SEQ = 1_000_000

Names = dict[str, tuple[str, str]]  # local entity id -> (type, name)


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim of the register as corrections see it."""

    id: str
    doc_id: str
    kind: str
    data: dict[str, Any]
    start: int
    end: int


def entity_names(db: Database, doc_id: str) -> Names:
    """The type and name of each entity of a document, by its local id (``e3``)."""
    return {str(local): (str(etype), str(name)) for local, etype, name in db.query(
        "SELECT local_id, type, name FROM entities WHERE doc_id = ?", (doc_id,))}


def _named(value: Any, names: Names) -> Any:
    if isinstance(value, list):
        return sorted(json.dumps(_named(v, names), ensure_ascii=False) for v in value)
    if value is None:
        return None
    return list(names.get(str(value), ("?", str(value))))


def claim_key(kind: str, data: dict[str, Any], start: int, end: int, names: Names) -> str:
    """A key of a claim's content and span that survives new entity ids."""
    refs = REF_FIELDS.get(kind, ())
    content = {k: (_named(v, names) if k in refs else v) for k, v in data.items()
               if k not in _UNKEYED}
    blob = json.dumps([kind, start, end, content], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def correction_id(doc_id: str, kind: str, key: str, action: str) -> str:
    """The id of a correction: one per claim and action."""
    seed = f"{doc_id}\0{kind}\0{key}\0{action}".encode()
    return "r" + hashlib.sha1(seed).hexdigest()[:12]


def added_claim_id(doc_id: str, kind: str, correction: str) -> str:
    """The claim id an added claim is stored under (stable across re-ingests)."""
    return f"{doc_id}/{kind}/{ADDED}{correction}"


def stored_claim(db: Database, claim_id: str) -> StoredClaim | None:
    """A claim of the register by id, or None."""
    rows = db.query("SELECT id, doc_id, kind, data, evidence_start, evidence_end FROM claims "
                    "WHERE id = ?", (claim_id,))
    return _claim(rows[0]) if rows else None


def _claim(row: tuple[Any, ...]) -> StoredClaim:
    return StoredClaim(str(row[0]), str(row[1]), str(row[2]), json.loads(row[3]), int(row[4]),
                       int(row[5]))


def local_ids(db: Database, doc_id: str) -> dict[str, str]:
    """Register entity ids of a document by local id, as the store maps a record's refs."""
    return {str(local): str(eid) for local, eid in db.query(
        "SELECT local_id, id FROM entities WHERE doc_id = ?", (doc_id,))}


def hide(db: Database, claim: StoredClaim) -> None:
    """Take a claim out of its kind's tables: the views read those, so they leave it out."""
    for table in _KIND_TABLES.get(claim.kind, ()):
        db.execute(f"DELETE FROM {table} WHERE claim_id = ?", (claim.id,))


def show(db: Database, claim: StoredClaim) -> None:
    """Write a hidden claim's rows in its kind's tables again."""
    hide(db, claim)
    store_claim_rows(db, claim.id, claim.doc_id, claim.kind, claim.data,
                     local_ids(db, claim.doc_id))


def insert_added(db: Database, claim_id: str, doc_id: str, kind: str,
                 data: dict[str, Any]) -> None:
    """Store a claim a reader added, with its evidence sentence and kind rows."""
    row = db.query("SELECT text, published FROM documents WHERE id = ?", (doc_id,))[0]
    ev = data["evidence"]
    db.execute(
        "INSERT INTO claims (id, doc_id, kind, seq, data, evidence_start, evidence_end, "
        "sentence, said_on, confidence, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
        (claim_id, doc_id, kind, ADDED_SEQ, json.dumps(data, ensure_ascii=False), ev["start"],
         ev["end"], sentence_around(str(row[0]), ev["start"], ev["end"]), row[1], "review"))
    store_claim_rows(db, claim_id, doc_id, kind, data, local_ids(db, doc_id))


def attach(db: Database, claim_id: str, correction: str, action: str) -> None:
    """Record that a correction marks a stored claim now."""
    db.execute("DELETE FROM claim_corrections WHERE claim_id = ?", (claim_id,))
    db.execute("INSERT INTO claim_corrections (claim_id, correction_id, action) "
               "VALUES (?, ?, ?)", (claim_id, correction, action))


def reattach(db: Database, doc_id: str) -> None:
    """Attach a document's corrections to its claims as just stored: mark again the claims
    marked wrong that are still extracted, and write the added claims again where the
    entities they name are still found. A correction that finds nothing stays kept."""
    rows = db.query("SELECT id, kind, action, claim_key, data, names FROM corrections "
                    "WHERE doc_id = ? ORDER BY id", (doc_id,))
    if not rows:
        return
    names = entity_names(db, doc_id)
    by_key: dict[tuple[str, str], StoredClaim] = {}
    for row in db.query("SELECT id, doc_id, kind, data, evidence_start, evidence_end "
                        "FROM claims WHERE doc_id = ?", (doc_id,)):
        c = _claim(row)
        by_key.setdefault((c.kind, claim_key(c.kind, c.data, c.start, c.end, names)), c)
    for cid, kind, action, key, data, saved in rows:
        if action == "wrong":
            found = by_key.get((str(kind), str(key)))
            if found is not None:
                hide(db, found)
                attach(db, found.id, str(cid), "wrong")
            continue
        claim = remap(json.loads(data), str(kind), json.loads(saved), names)
        if claim is not None:
            claim_id = added_claim_id(doc_id, str(kind), str(cid))
            insert_added(db, claim_id, doc_id, str(kind), claim)
            attach(db, claim_id, str(cid), "added")


def remap(data: dict[str, Any], kind: str, saved: dict[str, list[str]],
          names: Names) -> dict[str, Any] | None:
    """An added claim with its entity refs pointed at the document's entities now (the
    entity of the same type and name); None when one of them is gone."""
    now = {(t, n): local for local, (t, n) in sorted(names.items())}
    out = dict(data)

    def moved(ref: Any) -> str | None:
        old = saved.get(str(ref))
        return now.get((old[0], old[1])) if old else None

    for field in REF_FIELDS.get(kind, ()):
        value = data.get(field)
        if value is None:
            continue
        if isinstance(value, list):
            out[field] = [moved(v) for v in value]
            if None in out[field]:
                return None
        else:
            out[field] = moved(value)
            if out[field] is None:
                return None
    return out
