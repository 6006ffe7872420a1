"""One small database layer over SQLite (the embedded default) and PostgreSQL.

Every statement is written once with ``?`` placeholders; the layer rewrites them for the
PostgreSQL driver. Numbered migrations under ``migrations/`` are applied in order and
recorded in the ``schema_migrations`` table, so a database says which schema it has.
A migration file ``NNNN_name.sql`` runs on both engines; ``NNNN_name.sqlite.sql`` and
``NNNN_name.postgresql.sql`` hold one engine's version of the same step.
"""

from __future__ import annotations

import importlib
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlparse

from sijill.errors import SijillError

Dialect = Literal["sqlite", "postgresql"]
Row = tuple[Any, ...]

#: Python steps the migration runner takes once, right after a migration is applied, for
#: what SQL cannot work out (module, function taking the database): migration 0014's
#: stored tenures are filled for the register's existing claims, and with 0015 what was
#: stored since (much-named organisations' relations) for a register filled before.
BACKFILLS: dict[int, tuple[str, str]] = {14: ("sijill.register.seats", "fill_tenures"),
                                         15: ("sijill.register.seats", "fill_tenures")}

#: Where ``--db`` points when it is not given.
DEFAULT_DB = "sijill.db"


class StoreError(SijillError):
    """A database that cannot be opened, migrated or written."""


def _split_statements(script: str) -> list[str]:
    """The statements of a migration script; ``;`` inside ``$$ ... $$`` bodies is kept."""
    out: list[str] = []
    buf: list[str] = []
    in_body = False
    for line in script.splitlines():
        if line.strip().startswith("--") and not in_body:
            continue
        buf.append(line)
        if line.count("$$") % 2 == 1:
            in_body = not in_body
        if not in_body and line.rstrip().endswith(";"):
            stmt = "\n".join(buf).strip().rstrip(";").strip()
            if stmt:
                out.append(stmt)
            buf = []
    tail = "\n".join(buf).strip().rstrip(";").strip()
    if tail:
        out.append(tail)
    return out


def migrations(dialect: Dialect) -> list[tuple[int, str, str]]:
    """(number, name, script) of every migration for ``dialect``, in order."""
    found: dict[int, tuple[str, str]] = {}
    folder = resources.files("sijill.register") / "migrations"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        m = re.fullmatch(r"(\d{4})_(\w+?)(?:\.(sqlite|postgresql))?\.sql", entry.name)
        if m is None or (m.group(3) and m.group(3) != dialect):
            continue
        number = int(m.group(1))
        if number in found:
            raise StoreError(f"two migrations numbered {number:04d}", where=str(entry),
                             todo="give each migration its own number")
        found[number] = (m.group(2), entry.read_text(encoding="utf-8"))
    return [(n, name, script) for n, (name, script) in sorted(found.items())]


class Database:
    """A connection to the register's database with its schema migrated to the newest version."""

    def __init__(self, url: str = DEFAULT_DB, migrate: bool = True) -> None:
        self.url = url
        self.dialect: Dialect
        self._depth = 0
        if url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            self._conn = self._connect_postgresql(url)
        else:
            self.dialect = "sqlite"
            self._conn = self._connect_sqlite(url)
        if migrate:
            self.migrate()

    # -- connecting -------------------------------------------------------------------------

    @staticmethod
    def _connect_sqlite(url: str) -> Any:
        path = url.removeprefix("sqlite:///")
        if path != ":memory:":
            parent = Path(path).parent
            if not parent.exists():
                raise StoreError(f"folder {parent} does not exist", where=url,
                                 todo="create it or give another --db path")
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 30000")
            # A bigger page cache (64 MB, not 2 MB) keeps the indexes a batch of documents
            # or a resolution pass touches in memory; temporary sort trees stay in memory.
            conn.execute("PRAGMA cache_size = -65536")
            conn.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the SQLite database ({exc})", where=url,
                             todo="give a Sijill database file or a new path") from exc
        return conn

    @staticmethod
    def _connect_postgresql(url: str) -> Any:
        try:
            import pg8000.dbapi
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise StoreError("the PostgreSQL driver pg8000 is not installed", where=url,
                             todo="pip install pg8000") from exc
        parts = urlparse(url)
        try:
            conn = pg8000.dbapi.connect(
                user=unquote(parts.username or "postgres"),
                password=unquote(parts.password) if parts.password else None,
                host=parts.hostname or "localhost", port=parts.port or 5432,
                database=unquote(parts.path.lstrip("/")) or None)
        except Exception as exc:
            raise StoreError(f"cannot connect to PostgreSQL ({exc})", where=_safe_url(url),
                             todo="check that the server runs and the URL's user, "
                                  "password and database are right") from exc
        conn.autocommit = True
        return conn

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> Database:  # noqa: PYI034 - Database is not subclassed
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- statements -------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return sql.replace("%", "%%").replace("?", "%s")
        return sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed (-1 when unknown)."""
        cur = self._conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            return int(cur.rowcount if cur.rowcount is not None else -1)
        except Exception as exc:
            raise self._error(exc, sql) from exc
        finally:
            cur.close()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""
        batch = [tuple(r) for r in rows]
        if not batch:
            return
        cur = self._conn.cursor()
        try:
            cur.executemany(self._sql(sql), batch)
        except Exception as exc:
            raise self._error(exc, sql) from exc
        finally:
            cur.close()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Every row a query returns, as tuples."""
        cur = self._conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            return [tuple(r) for r in cur.fetchall()]
        except Exception as exc:
            raise self._error(exc, sql) from exc
        finally:
            cur.close()

    def query_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Every row a query returns, as dicts keyed by column name."""
        cur = self._conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, r)) for r in cur.fetchall()]
        except Exception as exc:
            raise self._error(exc, sql) from exc
        finally:
            cur.close()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def iterate(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[Row]:
        """The rows of a large query, fetched ``size`` at a time."""
        cur = self._conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            while True:
                chunk = cur.fetchmany(size)
                if not chunk:
                    break
                for r in chunk:
                    yield tuple(r)
        except Exception as exc:
            raise self._error(exc, sql) from exc
        finally:
            cur.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements inside commit together or not at all; nesting joins the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._raw("ROLLBACK")
            raise
        self._depth = 0
        self._raw("COMMIT")

    def _begin(self) -> None:
        self._raw("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")

    def _raw(self, sql: str) -> None:
        cur = self._conn.cursor()
        try:
            cur.execute(sql)
        finally:
            cur.close()

    def _error(self, exc: Exception, sql: str) -> StoreError:
        first = " ".join(sql.split())[:80]
        return StoreError(f"the database refused a statement ({type(exc).__name__}: {exc})",
                          where=f"{_safe_url(self.url)}: {first}",
                          todo="check that the database is a Sijill register of this "
                               "version and is writable; report it if it persists")

    # -- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        """The number of the newest applied migration (0 for an empty database)."""
        if not self._has_table("schema_migrations"):
            return 0
        return int(self.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") or 0)

    def _has_table(self, name: str) -> bool:
        if self.dialect == "sqlite":
            sql = "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?"
        else:
            sql = ("SELECT 1 FROM information_schema.tables "
                   "WHERE table_schema = current_schema() AND table_name = ?")
        return bool(self.query(sql, (name,)))

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks; the numbers applied."""
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                         "applied_at TEXT NOT NULL)")
            done = {int(r[0]) for r in self.query("SELECT version FROM schema_migrations")}
            known = migrations(self.dialect)
            newest = max((n for n, _, _ in known), default=0)
            if done and max(done) > newest:
                raise StoreError(f"the database has schema version {max(done)}, newer than "
                                 f"this Sijill knows ({newest})", where=_safe_url(self.url),
                                 todo="upgrade Sijill")
            applied: list[int] = []
            for number, name, script in known:
                if number in done:
                    continue
                for stmt in _split_statements(script):
                    self.execute(stmt)
                self.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                             "VALUES (?, ?, ?)", (number, name, now()))
                applied.append(number)
        for number in applied:
            if number in BACKFILLS:
                module, function = BACKFILLS[number]
                getattr(importlib.import_module(module), function)(self)
        return applied


def now() -> str:
    """The current UTC time as an ISO string, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlparse(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url
