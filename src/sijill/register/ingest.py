"""Articles into the register: extract what is new or changed, store it, resolve it.

An ingest is incremental and idempotent. Before any extraction it compares each article's
content hash and the extraction version with what the register holds (read once up-front),
so an unchanged document is never extracted again and an unchanged corpus changes nothing.
Each document is stored in its own transaction, in input order, whatever the number of
workers, so a killed ingest run again ends with exactly the register of an uninterrupted run.

Duplicate ids within one run: the first article with an id is stored; later ones are reported
as skipped. (Letting the last one win would make a re-run replace the document twice, so an
unchanged corpus would no longer change nothing.)
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass

from sijill.batch import BatchError, run_batch
from sijill.doc import OffsetMap
from sijill.errors import SijillError
from sijill.extract import make_doc
from sijill.pipeline import DEFAULT_STAGES, Pipeline
from sijill.read.article import Article, Problem
from sijill.record import Record, to_record
from sijill.register.db import Database, StoreError
from sijill.register.failures import clear_failures, failed_ids, record_failure
from sijill.register.resolve import resolve_pending
from sijill.register.seats import fill_tenures
from sijill.register.store import (
    StoredState,
    content_hash,
    extraction_version,
    store_record,
    stored_states,
)

#: Most documents stored in one transaction, and most seconds a batch stays open. Bigger
#: batches share more index pages (3,000 articles wrote 492 MB at 64, 349 MB at 256); the
#: bounds keep a killed ingest's loss, which the next run extracts again, small.
STORE_BATCH = 128
STORE_SECONDS = 5.0

#: Timestamp columns, which differ between two otherwise equal registers.
TIMESTAMP_COLUMNS = frozenset({"ingested_at", "decided_at", "applied_at", "failed_at"})


class IngestError(SijillError):
    """An ingest that cannot go on; the documents stored before it are kept."""


@dataclass(slots=True)
class IngestStats:
    """What one ingest did; ``read`` is the sum of the four outcomes."""

    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0  # of ``seconds``, writing documents (the rest: reading, extracting)
    resolve_seconds: float = 0.0  # of ``seconds``, resolving entities

    def summary(self) -> str:
        """One line for people."""
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        return (f"read {self.read}: stored {self.new} new, {self.replaced} replaced, "
                f"{self.unchanged} unchanged, {self.skipped} skipped; "
                f"{self.seconds:.1f} s ({rate:.1f} documents/s)")


@dataclass(frozen=True, slots=True)
class Job:
    """An article to extract and store, with the hash it will be stored under."""

    article: Article
    digest: str
    replaces: bool


@dataclass(frozen=True, slots=True)
class Extracted:
    """What storing needs from a processed document."""

    record: Record
    offsets: OffsetMap


class _Tally:
    """Counts outcomes and passes problems and progress to the caller."""

    def __init__(self, on_problem: Callable[[Problem], None] | None,
                 on_progress: Callable[[int], None] | None) -> None:
        self.stats = IngestStats()
        self._on_problem = on_problem
        self._on_progress = on_progress

    def settle(self, outcome: str, problem: Problem | None = None) -> None:
        setattr(self.stats, outcome, getattr(self.stats, outcome) + 1)
        self.stats.read += 1
        if problem is not None and self._on_problem is not None:
            self._on_problem(problem)
        if self._on_progress is not None:
            self._on_progress(1)


def ingest(db: Database, items: Iterable[Article | Problem], *,
           stages: Sequence[str] = DEFAULT_STAGES, reextract: bool = False, workers: int = 1,
           doc_timeout: float | None = 0,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int], None] | None = None) -> IngestStats:
    """Extract and store the articles that are new or changed, then resolve the new entities.

    ``reextract`` extracts every article again, changed or not. ``workers`` processes run
    the pipeline, each document under a time budget (``doc_timeout``: see
    sijill.batch.time_budget; None the default budget, 0 no limit, which with one worker
    runs the pipeline in this process). Problems (unreadable input, duplicate ids, documents
    the pipeline fails on or that outlive their budget) go to ``on_problem`` and are skipped;
    a document that failed is kept in the register's failures until it is stored.
    ``on_progress`` is told of every item settled. A database failure raises StoreError,
    and what was stored before it stays stored.
    """
    started = time.perf_counter()
    pipeline = Pipeline(stages)
    version = extraction_version(pipeline.names)
    tally = _Tally(on_problem, on_progress)
    failed = failed_ids(db)
    jobs = _plan(items, stored_states(db), version, reextract, tally)
    writer = _BatchWriter(db, version, tally, failed)
    # closing: a failed store stops the workers now, not when the traceback is freed
    with closing(_extract_all(jobs, pipeline, workers, doc_timeout)) as extracted:
        for job, result in extracted:
            if isinstance(result, Problem):
                with _database_step(f"recording the failure of document {job.article.id}"):
                    record_failure(db, job.article.id, job.article.origin, result.reason)
                tally.settle("skipped", result)
                continue
            writer.add(job, result)
    writer.flush()
    # Only at the end: resolution then sees the same documents whether or not a run was
    # interrupted, so a resumed ingest resolves exactly as an uninterrupted one.
    resolving = time.perf_counter()
    with _database_step("resolving the new entities"):
        resolve_pending(db)
    tally.stats.resolve_seconds = time.perf_counter() - resolving
    with _database_step("storing the tenures the new claims change"):
        fill_tenures(db)  # what each page's first request would work out (migration 0014)
    tally.stats.seconds = time.perf_counter() - started
    return tally.stats


class _BatchWriter:
    """Stores documents in input order, many to a transaction.

    One transaction per document made SQLite write every touched page (the full-text index's
    above all) once per document, and sync each. A batch commits at ``STORE_BATCH`` documents
    or ``STORE_SECONDS`` after its first, so a slow stream still shows progress; a kill loses
    at most the open batch, which the next run extracts again, and resolution runs after all
    storing, so the register ends the same.
    """

    def __init__(self, db: Database, version: str, tally: _Tally, failed: set[str]) -> None:
        self._db = db
        self._failed = failed  # documents with a recorded failure, cleared once stored
        self._version = version
        self._tally = tally
        self._batch: list[tuple[Job, Extracted]] = []
        self._since = 0.0

    def add(self, job: Job, result: Extracted) -> None:
        if not self._batch:
            self._since = time.monotonic()
        self._batch.append((job, result))
        if len(self._batch) >= STORE_BATCH or time.monotonic() - self._since >= STORE_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Commit the open batch; on a failure, keep the documents before the failing one."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        started = time.perf_counter()
        try:
            self._commit(batch)
        finally:
            self._tally.stats.store_seconds += time.perf_counter() - started

    def _commit(self, batch: list[tuple[Job, Extracted]]) -> None:
        stored = 0
        try:
            with self._db.transaction():
                for job, result in batch:
                    self._store(job, result)
                    stored += 1
        except Exception:
            # The documents before the failing one are stored again, each on its own, and
            # the failure is raised: what was stored before it stays stored.
            self._settle(self._store_each(batch[:stored]))
            raise
        self._settle(batch)

    def _store_each(self, batch: list[tuple[Job, Extracted]]) -> list[tuple[Job, Extracted]]:
        for job, result in batch:
            with self._db.transaction():
                self._store(job, result)
        return batch

    def _settle(self, batch: list[tuple[Job, Extracted]]) -> None:
        stored = {job.article.id for job, _ in batch}
        with _database_step("clearing the failures of documents now stored"):
            clear_failures(self._db, stored & self._failed)
        for job, _ in batch:
            self._tally.settle("replaced" if job.replaces else "new")

    def _store(self, job: Job, result: Extracted) -> None:
        with _database_step(f"storing document {job.article.id}"):
            store_record(self._db, result.record, raw=job.article.text,
                         offsets=result.offsets, version=self._version, digest=job.digest)


def _plan(items: Iterable[Article | Problem], states: dict[str, StoredState], version: str,
         reextract: bool, tally: _Tally) -> Iterator[Job]:
    """The articles that need extracting; the others are settled on the way."""
    first_seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Problem):
            tally.settle("skipped", item)
            continue
        where = item.origin or item.id
        if item.id in first_seen:
            tally.settle("skipped", Problem(where, f"duplicate document id {item.id!r} (first "
                                                   f"at {first_seen[item.id]}); only the "
                                                   "first is stored, give each article its "
                                                   "own id"))
            continue
        first_seen[item.id] = where
        digest = content_hash(item.text, item.published, item.meta)
        stored = states.get(item.id)
        if not reextract and stored == StoredState(digest, version):
            tally.settle("unchanged")
            continue
        yield Job(item, digest, replaces=stored is not None)


def extract_article(article: Article, pipeline: Pipeline) -> Extracted | Problem:
    """The record and offset map of one article, or the Problem that stopped its extraction."""
    try:
        doc = pipeline(make_doc(article))
        return Extracted(to_record(doc), doc.offsets)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return Problem(article.origin or article.id,
                       f"internal error while processing ({type(exc).__name__}: {exc}); the "
                       "document was skipped, please report it with the input")


def _extract_all(jobs: Iterator[Job], pipeline: Pipeline, workers: int,
                 doc_timeout: float | None = 0,
                 ) -> Generator[tuple[Job, Extracted | Problem], None, None]:
    """Each job with its extraction, in input order (sijill.batch supervises the workers)."""
    try:
        yield from run_batch(jobs, _article_of, extract_article, pipeline.names,
                             workers=workers, doc_timeout=doc_timeout)
    except BatchError as exc:
        raise IngestError(exc.what, where=exc.where,
                          todo=f"{exc.todo}; the documents stored before are kept") from exc


def _article_of(job: Job) -> Article:
    return job.article


@contextmanager
def _database_step(what: str) -> Iterator[None]:
    """Any failure of the database inside becomes a StoreError saying what was being done."""
    try:
        yield
    except SijillError:
        raise
    except Exception as exc:  # BEGIN and COMMIT reach here from the driver, unwrapped
        raise StoreError(f"the database failed while {what} ({type(exc).__name__}: {exc})",
                         todo="the documents stored before are kept; fix the database and "
                              "run the same ingest again") from exc


def table_digests(db: Database,
                  ignore: frozenset[str] = frozenset()) -> dict[str, tuple[int, str]]:
    """Row count and content hash of every table, to tell whether two registers are equal.

    Columns named in ``ignore`` (such as TIMESTAMP_COLUMNS) are left out.
    """
    out: dict[str, tuple[int, str]] = {}
    for table in tables(db):
        rows = row_hashes(db, table, ignore)
        out[table] = (len(rows), hashlib.sha256(b"".join(rows)).hexdigest())
    return out


def row_hashes(db: Database, table: str, ignore: frozenset[str] = frozenset()) -> list[bytes]:
    """A hash of each row of ``table``, sorted.

    Sorted here, not by the database, so the result does not depend on an engine's collation:
    an SQLite and a PostgreSQL register of the same documents give the same hashes.
    """
    columns = ", ".join(f'"{c}"' for c in _columns(db, table) if c not in ignore)
    return sorted(hashlib.sha256(repr(row).encode("utf-8")).digest()
                  for row in db.iterate(f'SELECT {columns} FROM "{table}"'))


#: Tables that only one engine keeps, as an index derived from another table (SQLite's
#: trigram index of canonical names; PostgreSQL indexes the same columns with pg_trgm): their
#: content is the canonical names', so two registers compare without them.
ENGINE_INDEXES = frozenset({"name_search", "name_search_rows"})
#: The register's version (migration 0013): a count of its changes and a token of its own,
#: which two registers of the same content do not share.
VERSION_TABLES = frozenset({"register_version"})


def tables(db: Database) -> list[str]:
    """The register's tables, without the internal ones of a full-text index."""
    if db.dialect == "postgresql":
        return [r[0] for r in db.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")
            if r[0] not in ENGINE_INDEXES | VERSION_TABLES]
    rows = db.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")
    virtual = [name for name, sql in rows if "VIRTUAL TABLE" in (sql or "").upper()]
    # A full-text table's shadow tables hold its index, whose bytes are not its content.
    return [name for name, _ in rows if name not in ENGINE_INDEXES | VERSION_TABLES
            and not any(name.startswith(v + "_") for v in virtual)]


def _columns(db: Database, table: str) -> list[str]:
    """The stored columns of a table; generated ones (derived, and engine-specific such as a
    PostgreSQL tsvector) are left out, as pragma_table_info leaves them out in SQLite."""
    if db.dialect == "postgresql":
        return [r[0] for r in db.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position", (table,))]
    return [r[0] for r in db.query("SELECT name FROM pragma_table_info(?)", (table,))]
