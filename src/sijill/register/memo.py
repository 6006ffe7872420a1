"""Answers worked out from a register, kept while the register does not change.

A server asks for the same much-named actors again and again (the person and organisation
pages, the entity API, the board a date slider swaps in, every minister's tenures that read
the same ministry's seat), and their tenures are most of a page's cost. A ``Memo`` keeps such
answers for the connections it is attached to (``attach``; ``sijill serve`` attaches its own),
keyed on what was asked, and forgets them all as soon as the register changes: SQLite counts
the commits of every other connection (``PRAGMA data_version``), which ``check`` reads once a
request, and a connection's own writes go through the server's writer, which calls ``clear``.
A connection no memo is attached to (the CLI, the library, an export) computes every answer.
Answers are shared between threads: callers must not change what they get.

The server's worker processes share what they work out through a ``SharedAnswers`` file: an
answer written out (a page's HTML, an API answer's JSON) that took a while is written there
under the register's version (migration 0013: a count every change moves, and a token telling
one register from another), so the other workers, and a server started again on the same
register, read it instead of working it out again; answers under an older version are never
read, and are dropped. Answers of other types stay in their process: reading tenures back
from a pickle took as long as a third of working them out (King Salman's: 1.2 MB, 32 ms).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar, cast
from weakref import WeakKeyDictionary

from sijill.register.db import Database, StoreError

T = TypeVar("T")

#: How many answers a memo keeps (the least recently used go first).
MEMO_SIZE = 4096
#: How many bytes of written answers (pages, JSON) a memo keeps at most: a much-named actor's
#: page runs to megabytes, and each worker process keeps its own memo.
MEMO_TEXT_BYTES = 256 << 20
#: How many answers a shared file keeps (the oldest written go first).
SHARED_SIZE = 20000
#: A text answer is shared with the other processes when working it out took this much CPU
#: (s): below it, reading it back from the file would cost about as much.
SHARED_COST = 0.002

#: Where the shared answers' files go, when not in the temporary folder (a test's own).
ANSWERS_ENV = "SIJILL_ANSWERS_DIR"

_log = logging.getLogger(__name__)

#: Files of the package whose change can change an answer (code, templates, cue data).
_CODE_SUFFIXES = frozenset({".py", ".html", ".json", ".txt", ".css", ".js"})


def code_stamp() -> str:
    """What tells this code from another: the sizes and times of the package's own files,
    read once a server starts (a few hundred stat calls). Shared answers are kept apart per
    code, so a server started again after an upgrade never shows pages the old code drew."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1()
    for f in sorted(root.rglob("*")):
        if f.suffix in _CODE_SUFFIXES and "__pycache__" not in f.parts:
            info = f.stat()
            digest.update(f"{f.relative_to(root)}:{info.st_size}:{info.st_mtime_ns}\n"
                          .encode())
    return digest.hexdigest()[:12]


#: A register's version: (token, count), or None where the register has no version table.
Stamp = tuple[str, int] | None


def register_stamp(db: Database) -> Stamp:
    """The register's version (migration 0013), None for a register without one."""
    try:
        rows = db.query("SELECT token, n FROM register_version WHERE id = 1")
    except StoreError:
        return None
    return (str(rows[0][0]), int(rows[0][1])) if rows else None


def key_text(key: Hashable) -> str | None:
    """A key written the same in every process (a set's order, unlike its repr, is not), or
    None for a key with values whose text is not theirs alone."""
    try:
        return repr(_plain(key))
    except TypeError:
        return None


def _plain(key: Any) -> Any:
    if isinstance(key, tuple):
        return tuple(_plain(k) for k in key)
    if isinstance(key, frozenset):
        return ("frozenset", tuple(sorted(repr(_plain(k)) for k in key)))
    if key is None or isinstance(key, str | int | float | bool):
        return key
    raise TypeError(f"{type(key).__name__} has no text of its own")


class SharedAnswers:
    """Text answers (str or bytes) shared by the processes serving one register, in a SQLite
    file of a folder only this user may open (nobody else may write the pages it serves)."""

    def __init__(self, path: Path, size: int = SHARED_SIZE) -> None:
        self.path = path
        self.size = size
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        # Workers starting together wait for each other to make the file...
        self._conn.execute("PRAGMA busy_timeout = 10000")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = OFF")
        self._conn.execute("CREATE TABLE IF NOT EXISTS answers (token TEXT NOT NULL, "
                           "n INTEGER NOT NULL, key TEXT NOT NULL, is_text INTEGER NOT NULL, "
                           "value BLOB NOT NULL, PRIMARY KEY (key, token, n))")
        # ...but a request never waits long for a writer: a missed answer is worked out again.
        self._conn.execute("PRAGMA busy_timeout = 200")
        self._pruned: Stamp = None
        self._writes = 0

    @classmethod
    def for_register(cls, url: str) -> SharedAnswers | None:
        """The shared answers of a SQLite register file; None for another register or where
        no private folder can be had (the server then keeps answers per process)."""
        if url.startswith(("postgresql://", "postgres://")) or url.endswith(":memory:"):
            return None
        path = Path(url.removeprefix("sqlite:///")).resolve()
        folder = Path(os.environ.get(ANSWERS_ENV) or
                      Path(tempfile.gettempdir()) / f"sijill-answers-{os.getuid()}")
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
            if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
                    or info.st_mode & 0o077):
                _log.warning("%s is not a folder only this user can open: the server's "
                             "processes keep their answers each to itself", folder)
                return None
            name = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:20]
            return cls(folder / f"{name}-{code_stamp()}.sqlite")
        except (OSError, sqlite3.Error) as exc:
            _log.warning("no shared answers for %s (%s): each process keeps its own", path, exc)
            return None

    def load(self, stamp: tuple[str, int], key: str) -> str | bytes | None:
        """The answer kept under the key at this version, if any."""
        try:
            with self._lock:
                rows = self._conn.execute("SELECT is_text, value FROM answers WHERE key = ? AND "
                                          "token = ? AND n = ?", (key, *stamp)).fetchall()
        except sqlite3.Error:
            return None
        if not rows:
            return None
        is_text, value = rows[0]
        return bytes(value).decode("utf-8") if is_text else bytes(value)

    def save(self, stamp: tuple[str, int], key: str, value: str | bytes) -> None:
        """Keep an answer under the key at this version (skipped when the file is busy)."""
        is_text = isinstance(value, str)
        blob = value.encode("utf-8") if isinstance(value, str) else value
        try:
            with self._lock:
                if self._pruned != stamp:  # a new version: the older answers are never read
                    self._conn.execute("DELETE FROM answers WHERE token <> ? OR n < ?", stamp)
                    self._pruned = stamp
                self._conn.execute("INSERT OR REPLACE INTO answers (token, n, key, is_text, "
                                   "value) VALUES (?, ?, ?, ?, ?)", (*stamp, key, is_text, blob))
                self._writes += 1
                if self._writes % 256 == 0:
                    self._conn.execute("DELETE FROM answers WHERE rowid <= "
                                       "(SELECT MAX(rowid) FROM answers) - ?", (self.size,))
        except sqlite3.Error:
            return

    def close(self) -> None:
        """Close the file (the answers stay for the next server)."""
        with self._lock:
            self._conn.close()


#: How deep this thread is in answers being worked out (Memo.get within Memo.get).
_computing = threading.local()


class Memo:
    """Answers about one register, forgotten when it changes (see the module's docstring)."""

    def __init__(self, size: int = MEMO_SIZE, shared: SharedAnswers | None = None) -> None:
        self.size = size
        self.shared = shared
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._text_bytes = 0
        self._generation = 0
        self._versions: WeakKeyDictionary[Database, int] = WeakKeyDictionary()
        self._stamp: Stamp = None
        self._stamp_read = False
        self.hits = 0
        self.misses = 0
        self.shared_hits = 0

    def clear(self) -> None:
        """Forget every answer (the register changed)."""
        with self._lock:
            self._forget()
            # This process's own write moved the version: read it anew before sharing.
            self._stamp, self._stamp_read = None, False
            self._versions.clear()

    def _forget(self) -> None:
        self._items.clear()
        self._text_bytes = 0
        self._generation += 1

    def check(self, db: Database) -> None:
        """Forget every answer if the register changed since ``db`` last looked; a connection
        seen for the first time reads the register's version, as it cannot tell what changed
        before."""
        if db.dialect != "sqlite":
            return
        version = int(db.scalar("PRAGMA data_version") or 0)
        with self._lock:
            if self._versions.get(db) == version and self._stamp_read:
                return
            self._versions[db] = version
        stamp = register_stamp(db)
        with self._lock:
            # Without a version table, any connection's news is taken as a change.
            if stamp is None or stamp != self._stamp or not self._stamp_read:
                self._stamp, self._stamp_read = stamp, True
                self._forget()

    def get(self, db: Database, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept under ``key``, or ``compute()``'s, kept unless the register
        changed while it was worked out."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                found: T = self._items[key]
                return found
            generation, stamp = self._generation, self._stamp
            self.misses += 1
        shared = self.shared if stamp is not None else None
        text = key_text(key) if shared is not None else None
        if shared is not None and stamp is not None and text is not None:
            kept = shared.load(stamp, text)
            if kept is not None:
                self.shared_hits += 1
                self._keep(generation, key, kept)
                found = cast(T, kept)
                return found
        started = time.thread_time()
        depth = getattr(_computing, "depth", 0)
        _computing.depth = depth + 1
        try:
            value = compute()
        finally:
            _computing.depth = depth
        cost = time.thread_time() - started
        if depth == 0:
            # A commit while computing leaves the answer unkept. Answers worked out inside
            # this one were kept unchecked: the check here forgets them with it (a page asks
            # for a dozen; each check is a query, and a query trades the GIL).
            self.check(db)
        if self._keep(generation, key, value) and cost >= SHARED_COST and \
                isinstance(value, str | bytes) and \
                shared is not None and stamp is not None and text is not None:
            shared.save(stamp, text, value)
        return value

    def _keep(self, generation: int, key: Hashable, value: Any) -> bool:
        """Keep an answer worked out at ``generation`` unless the register changed since."""
        with self._lock:
            if generation != self._generation:
                return False
            old = self._items.pop(key, None)
            self._text_bytes += _text_size(value) - _text_size(old)
            self._items[key] = value
            while len(self._items) > self.size or (self._text_bytes > MEMO_TEXT_BYTES
                                                   and len(self._items) > 1):
                _, gone = self._items.popitem(last=False)
                self._text_bytes -= _text_size(gone)
            return True


def _text_size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes) else 0


_ATTACHED: WeakKeyDictionary[Database, Memo] = WeakKeyDictionary()
_ATTACHING = threading.Lock()


def attach(db: Database, memo: Memo) -> None:
    """Keep the answers read through ``db`` in ``memo`` (SQLite registers only: PostgreSQL
    has no cheap count of other connections' commits to tell when to forget them)."""
    if db.dialect != "sqlite":
        return
    with _ATTACHING:
        _ATTACHED[db] = memo
    memo.check(db)


def detach(db: Database) -> None:
    """Stop keeping answers read through ``db``."""
    with _ATTACHING:
        _ATTACHED.pop(db, None)


def memo_of(db: Database) -> Memo | None:
    """The memo attached to a connection, if any."""
    return _ATTACHED.get(db)


def remembered(db: Database, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept in the memo attached to ``db`` where there is one."""
    memo = _ATTACHED.get(db)
    return compute() if memo is None else memo.get(db, key, compute)
