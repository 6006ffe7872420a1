"""Documents an ingest could not extract, with why: kept until the document is stored."""

from __future__ import annotations

from dataclasses import dataclass

from sijill.register.db import Database, now


@dataclass(frozen=True, slots=True)
class Failure:
    """One document that failed: its id, where it was read, why, and when (UTC, ISO)."""

    doc_id: str
    origin: str
    reason: str
    failed_at: str


def record_failure(db: Database, doc_id: str, origin: str, reason: str) -> None:
    """Keep (or update) the failure of ``doc_id``; the same reason again changes no row, so
    re-running an ingest over an unchanged corpus leaves the register as it was."""
    with db.transaction():
        db.execute("INSERT INTO failures (doc_id, origin, reason, failed_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (doc_id) DO UPDATE SET origin = excluded.origin, "
                   "reason = excluded.reason, failed_at = excluded.failed_at "
                   "WHERE failures.reason <> excluded.reason "
                   "OR failures.origin <> excluded.origin",
                   (doc_id, origin, reason, now()))


def clear_failures(db: Database, doc_ids: set[str]) -> None:
    """Forget the failures of documents that have now been stored."""
    if doc_ids:
        with db.transaction():
            db.executemany("DELETE FROM failures WHERE doc_id = ?", [(d,) for d in sorted(doc_ids)])


def failed_ids(db: Database) -> set[str]:
    """The ids of the documents that failed, read once at the start of an ingest."""
    return {str(r[0]) for r in db.query("SELECT doc_id FROM failures")}


def failures(db: Database) -> list[Failure]:
    """Every failure, oldest first."""
    return [Failure(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in db.query(
        "SELECT doc_id, origin, reason, failed_at FROM failures ORDER BY failed_at, doc_id")]
