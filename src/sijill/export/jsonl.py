"""JSON Lines: one record per stored document (spec/record.md), entities with `canonical`."""

from __future__ import annotations

from typing import IO

from sijill.record import dumps
from sijill.register.db import Database
from sijill.register.store import iter_records


def write_jsonl(db: Database, out: IO[str]) -> int:
    """Write every stored record, in document id order; how many were written."""
    written = 0
    for record in iter_records(db, canonical=True):
        out.write(dumps(record))
        out.write("\n")
        written += 1
    return written
