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
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sijill.register.db import Database

T = TypeVar("T")

#: How many answers a memo keeps (the least recently used go first).
MEMO_SIZE = 4096


class Memo:
    """Answers about one register, forgotten when it changes (see the module's docstring)."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._generation = 0
        self._versions: WeakKeyDictionary[Database, int] = WeakKeyDictionary()
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        """Forget every answer (the register changed)."""
        with self._lock:
            self._forget()

    def _forget(self) -> None:
        self._items.clear()
        self._generation += 1

    def check(self, db: Database) -> None:
        """Forget every answer if the register changed since ``db`` last looked; a connection
        seen for the first time forgets them too, as it cannot tell what changed before."""
        if db.dialect != "sqlite":
            return
        version = int(db.scalar("PRAGMA data_version") or 0)
        with self._lock:
            if self._versions.get(db) != version:
                self._versions[db] = version
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
            generation = self._generation
            self.misses += 1
        value = compute()
        self.check(db)  # a commit while computing leaves the answer unkept
        with self._lock:
            if generation == self._generation:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value


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


def memo_of(db: Database) -> Memo | None:
    """The memo attached to a connection, if any."""
    return _ATTACHED.get(db)


def remembered(db: Database, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept in the memo attached to ``db`` where there is one."""
    memo = _ATTACHED.get(db)
    return compute() if memo is None else memo.get(db, key, compute)
