"""Documents and their claims into the register, and back out as records.

A document is stored in one transaction: its text and offset map, its entities with their
mentions, and every claim with its evidence span and the sentence that states it. Storing a
document again first removes what it stored before, so a changed document replaces its own
claims and nothing else.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sijill import __version__
from sijill.doc import Doc, OffsetMap
from sijill.record import Record, to_record
from sijill.register.db import Database, now
from sijill.register.keys import name_key
from sijill.register.textsearch import index_body

#: Record keys that hold claims, and the kind each is stored under.
CLAIM_KINDS = {"positions": "position", "events": "event", "quotes": "quote",
               "relations": "relation", "decisions": "decision", "attributes": "attribute"}


@dataclass(frozen=True, slots=True)
class StoredState:
    """What the register holds about a document: enough to tell whether to extract it again."""

    content_hash: str
    version: str


def content_hash(raw: str, published: str | None, meta: dict[str, str]) -> str:
    """A hash of everything the pipeline reads from an article."""
    h = hashlib.sha256()
    h.update(raw.encode("utf-8"))
    h.update(b"\0" + (published or "").encode("utf-8"))
    for k in sorted(meta):
        if k != "origin":
            h.update(b"\0" + k.encode("utf-8") + b"=" + str(meta[k]).encode("utf-8"))
    return h.hexdigest()


def extraction_version(stages: tuple[str, ...]) -> str:
    """The version claims are extracted with: Sijill's version and the stages run."""
    return f"{__version__}:{','.join(stages)}"


def stored_state(db: Database, doc_id: str) -> StoredState | None:
    """The hash and version a document was stored with, or None when it is not stored."""
    rows = db.query("SELECT content_hash, version FROM documents WHERE id = ?", (doc_id,))
    return StoredState(rows[0][0], rows[0][1]) if rows else None


def stored_states(db: Database) -> dict[str, StoredState]:
    """The hash and version of every stored document, by id."""
    return {r[0]: StoredState(r[1], r[2])
            for r in db.iterate("SELECT id, content_hash, version FROM documents")}


def delete_document(db: Database, doc_id: str) -> None:
    """Remove a document and everything extracted from it."""
    with db.transaction():
        _unindex(db, doc_id)
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def _unindex(db: Database, doc_id: str) -> None:
    """Remove a document from the full-text index."""
    if db.dialect == "postgresql":
        db.execute("DELETE FROM document_search WHERE doc_id = ?", (doc_id,))
        return
    # SQLite's full-text table looks rows up by rowid alone: a delete by doc_id reads every
    # stored text, which made storing quadratic in the number of documents.
    db.execute("DELETE FROM document_search WHERE rowid = (SELECT search_rowid FROM "
               "document_search_rowids WHERE doc_id = ?)", (doc_id,))
    db.execute("DELETE FROM document_search_rowids WHERE doc_id = ?", (doc_id,))


def _index(db: Database, doc_id: str, text: str) -> None:
    """Add a document to the full-text index."""
    db.execute("INSERT INTO document_search (doc_id, body) VALUES (?, ?)",
               (doc_id, index_body(text)))
    if db.dialect == "sqlite":
        db.execute("INSERT INTO document_search_rowids (doc_id, search_rowid) "
                   "VALUES (?, last_insert_rowid())", (doc_id,))


def _offsets_json(offsets: OffsetMap) -> str:
    return json.dumps({"starts": offsets.starts, "sources": offsets.sources,
                       "linear": offsets.linear, "length": offsets.length},
                      separators=(",", ":"))


def offsets_from_json(text: str) -> OffsetMap:
    """The offset map stored with a document."""
    d = json.loads(text)
    return OffsetMap(d["starts"], d["sources"], d["linear"], d["length"])


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def store_doc(db: Database, doc: Doc, version: str, digest: str | None = None) -> Record:
    """Store a processed Doc (replacing an earlier version of it); its record."""
    record = to_record(doc)
    meta = {k: str(v) for k, v in doc.meta.items()}
    store_record(db, record, raw=doc.raw, offsets=doc.offsets, version=version,
                 digest=digest or content_hash(doc.raw, doc.published, meta))
    return record


def store_record(db: Database, record: Record, *, raw: str | None = None,
                 offsets: OffsetMap | None = None, version: str, digest: str) -> None:
    """Store one document record (spec/record.md) in a single transaction."""
    doc_id = str(record["id"])
    text = str(record.get("text", ""))
    meta = record.get("meta") or {}
    body = {k: v for k, v in record.items() if k != "text"}
    local = {str(e["id"]): f"{doc_id}/{e['id']}" for e in record.get("entities", [])}
    with db.transaction():
        _unindex(db, doc_id)
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        db.execute(
            "INSERT INTO documents (id, content_hash, version, published, title, url, source, "
            "origin, raw, text, offsets, record, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, digest, version, record.get("published"), meta.get("title"),
             meta.get("url"), meta.get("source"), meta.get("origin"),
             "" if raw is None or raw == text else raw, text,
             _offsets_json(offsets or OffsetMap.identity(len(text))), _dump(body), now()))
        db.executemany(
            "INSERT INTO entities (id, doc_id, local_id, type, name, name_key, latin, aliases, "
            "value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(local[str(e["id"])], doc_id, str(e["id"]), str(e["type"]), str(e["name"]),
              name_key(str(e["type"]), str(e["name"])), e.get("latin"),
              _dump(e.get("aliases", [])), e.get("value")) for e in record.get("entities", [])])
        db.executemany(
            "INSERT INTO mentions (entity_id, doc_id, start_at, end_at) VALUES (?, ?, ?, ?)",
            sorted({(local[str(e["id"])], doc_id, int(m["start"]), int(m["end"]))
                    for e in record.get("entities", []) for m in e.get("mentions", [])}))
        for key, kind in CLAIM_KINDS.items():
            for seq, claim in enumerate(record.get(key) or []):
                _store_claim(db, doc_id, kind, seq, claim, text, record.get("published"),
                             version, local)
        _index(db, doc_id, text)
        # Readers' corrections outlive the claims just replaced: attach them to the new ones.
        from sijill.register.corrections import reattach

        reattach(db, doc_id)


_SENTENCE_END = ".!?؟\n"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) holding ``[start, end)``: what a reader wants to see."""
    left = max((text.rfind(c, 0, start) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, max(start, end - 1)) for c in _SENTENCE_END) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()


def _store_claim(db: Database, doc_id: str, kind: str, seq: int, claim: dict[str, Any],
                 text: str, published: str | None, version: str, local: dict[str, str]) -> None:
    ev = claim.get("evidence") or {}
    start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
    claim_id = f"{doc_id}/{kind}/{seq}"
    conf = claim.get("confidence")
    db.execute(
        "INSERT INTO claims (id, doc_id, kind, seq, data, evidence_start, evidence_end, "
        "sentence, said_on, confidence, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (claim_id, doc_id, kind, seq, _dump(claim), start, end, sentence_around(text, start, end),
         published,
         float(conf) if isinstance(conf, (int, float)) else None, version))
    store_claim_rows(db, claim_id, doc_id, kind, claim, local)


def store_claim_rows(db: Database, claim_id: str, doc_id: str, kind: str, claim: dict[str, Any],
                     local: dict[str, str]) -> None:
    """The rows of a stored claim in its kind's table (positions, events, ...), which the
    views read; ``local`` maps the record's entity ids to register ids."""

    def ref(value: Any) -> str | None:
        return local.get(str(value)) if value is not None else None

    if kind == "position":
        db.execute(
            "INSERT INTO positions (claim_id, doc_id, person, org, role, status, start_date, "
            "end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (claim_id, doc_id, ref(claim.get("person")), ref(claim.get("org")),
             str(claim.get("role") or ""), str(claim.get("status") or "unknown"),
             claim.get("start"), claim.get("end")))
    elif kind == "event":
        db.execute("INSERT INTO events (claim_id, doc_id, type, event_date, location) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (claim_id, doc_id, str(claim.get("type") or ""), claim.get("date"),
                    ref(claim.get("location"))))
        members = sorted({r for r in (ref(p) for p in claim.get("participants") or []) if r})
        db.executemany("INSERT INTO event_participants (claim_id, entity_id) VALUES (?, ?)",
                       [(claim_id, m) for m in members])
    elif kind == "quote":
        db.execute("INSERT INTO quotes (claim_id, doc_id, speaker, addressee, quote) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (claim_id, doc_id, ref(claim.get("speaker")), ref(claim.get("to")),
                    str(claim.get("text") or "")))
    elif kind == "relation":
        child, parent = ref(claim.get("child")), ref(claim.get("parent"))
        if child and parent:
            db.execute("INSERT INTO relations (claim_id, doc_id, type, child, parent) "
                       "VALUES (?, ?, ?, ?, ?)",
                       (claim_id, doc_id, str(claim.get("type") or ""), child, parent))


def raw_text(db: Database, doc_id: str) -> str | None:
    """The raw text a document was read as (stored only where cleaning changed it)."""
    rows = db.query("SELECT raw, text FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        return None
    return str(rows[0][0] or rows[0][1])


def load_record(db: Database, doc_id: str, canonical: bool = True) -> Record | None:
    """The stored record of a document; with ``canonical``, each entity names its register entity."""
    rows = db.query("SELECT record, text FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        return None
    return _rebuild(db, doc_id, rows[0][0], rows[0][1], canonical)


def iter_records(db: Database, canonical: bool = True) -> Iterator[Record]:
    """Every stored record, in document id order."""
    ids = [r[0] for r in db.query("SELECT id FROM documents ORDER BY id")]
    for doc_id in ids:
        rec = load_record(db, doc_id, canonical)
        if rec is not None:
            yield rec


def _rebuild(db: Database, doc_id: str, body: str, text: str, canonical: bool) -> Record:
    stored: Record = json.loads(body)
    record: Record = {"id": stored.get("id", doc_id), "published": stored.get("published"),
                      "text": text}
    record.update({k: v for k, v in stored.items() if k not in record})
    if canonical:
        links: dict[str, str] = dict(db.query(
            "SELECT e.local_id, c.canonical_id FROM entities e "
            "JOIN entity_canonical c ON c.entity_id = e.id WHERE e.doc_id = ?", (doc_id,)))
        for ent in record.get("entities", []):
            if ent.get("id") in links:
                ent["canonical"] = links[ent["id"]]
    return record
