"""Statement helpers for resolution's bulk reads and writes, the same on both engines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sijill.register.db import Database

#: Most id parameters in one statement (SQLite's limit is far above; PostgreSQL has none).
CHUNK = 500
#: Most rows in one multi-row INSERT or DELETE: one round trip each on PostgreSQL.
ROWS = 200


def chunks(ids: Iterable[str], size: int = CHUNK) -> Iterable[list[str]]:
    """The ids in sorted lists of at most ``size``."""
    ordered = sorted(ids)
    for i in range(0, len(ordered), size):
        yield ordered[i:i + size]


def marks(n: int) -> str:
    """``?, ?, ...`` for ``n`` parameters."""
    return ", ".join("?" * n)


def insert_rows(db: Database, head: str, rows: Sequence[Sequence[Any]], tail: str = "") -> None:
    """``head VALUES (...), (...) tail`` for the rows, ``ROWS`` at a time."""
    for i in range(0, len(rows), ROWS):
        part = rows[i:i + ROWS]
        values = ", ".join(f"({marks(len(r))})" for r in part)
        db.execute(f"{head} VALUES {values} {tail}", [v for r in part for v in r])


def delete_pairs(db: Database, table: str, columns: tuple[str, str],
                 rows: Sequence[tuple[str, str]], where: str = "") -> None:
    """Delete the rows whose two columns hold one of the pairs (and ``where`` holds)."""
    if db.dialect == "sqlite":
        # SQLite scans the whole table for ``(a, b) IN (VALUES ...)``; one indexed delete per
        # pair costs no round trip in-process.
        db.executemany(f"DELETE FROM {table} WHERE {columns[0]} = ? AND {columns[1]} = ?"
                       f"{where}", rows)
        return
    for i in range(0, len(rows), ROWS):
        part = rows[i:i + ROWS]
        values = ", ".join("(?, ?)" for _ in part)
        db.execute(f"DELETE FROM {table} WHERE ({columns[0]}, {columns[1]}) IN "
                   f"(VALUES {values}){where}", [v for r in part for v in r])
