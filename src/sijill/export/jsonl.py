"""JSON Lines: one record per stored document (spec/record.md), entities with `canonical`."""

from __future__ import annotations

from typing import IO

from sijill.record import dumps
from sijill.register.db import Database
from sijill.register.exports import iter_document_ids
from sijill.register.store import load_record


def write_jsonl(db: Database, out: IO[str]) -> int:
    """Write every stored record, in document id order; how many were written. The ids come
    a page at a time, so the export holds one record, never the register's list of ids."""
    written = 0
    for doc_id in iter_document_ids(db):
        record = load_record(db, doc_id, canonical=True)
        if record is None:  # deleted since its id was read
            continue
        out.write(dumps(record))
        out.write("\n")
        written += 1
    return written
