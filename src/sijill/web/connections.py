"""One register connection per server thread: the routes that read run on the event loop's
thread (sijill.web.deps.get_db), the writes in FastAPI's pool of threads, and a connection
(SQLite's or pg8000's) must not be used by two at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sijill.register.db import Database
from sijill.register.memo import Memo, SharedAnswers, attach

#: How much of a SQLite register the server's connections map into memory (SQLite caps it at
#: its build's limit, 2 GiB by default).
MMAP_BYTES = 4 << 30


class Connections:
    """Lazily opened connections to one register, one per thread, all closed together."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._write = threading.Lock()
        self._open: list[Database] = []
        #: Tenures and other answers about the register, kept until it changes, and shared
        #: with the server's other worker processes.
        self.memo = Memo(shared=SharedAnswers.for_register(url))
        # Migrate once, here: a connection per thread then skips the schema check.
        Database(url).close()

    def get(self) -> Database:
        """This thread's connection (the memo checked against the register: a request never
        sees answers from before a change another connection made)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = Database(self.url, migrate=False)
            if db.dialect == "sqlite":
                # Each server thread has its own connection and page cache, cold at first:
                # mapping the file lets them all read the pages the OS has cached, without a
                # copy into each cache (on a 16,000-document register, in one run: entity API
                # 20.8 -> 15.4 ms CPU a request, search page 47.7 -> 25.5, document page 6.7
                # -> 10.5 on 60 requests, within this machine's noise).
                db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            attach(db, self.memo)
            self._local.db = db
            with self._lock:
                self._open.append(db)
        else:
            self.memo.check(db)
        return db

    @contextmanager
    def writer(self) -> Iterator[Database]:
        """This thread's connection, for one write at a time across the server."""
        with self._write:
            try:
                yield self.get()
            finally:
                # This connection's own commits do not move its data_version.
                self.memo.clear()

    def close(self) -> None:
        """Close every connection opened so far."""
        with self._lock:
            for db in self._open:
                db.close()
            self._open.clear()
            if self.memo.shared is not None:
                self.memo.shared.close()
                self.memo.shared = None
