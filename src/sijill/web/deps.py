"""What routes take from the request: the register connection, and the permission to write."""

from __future__ import annotations

import importlib
from types import ModuleType
from urllib.parse import urlsplit

from fastapi import Request

from sijill.register.db import Database
from sijill.web.errors import Forbidden


async def get_db(request: Request) -> Database:
    """The connection of the event loop's thread to the served register.

    Routes that read are ``async`` and call the library on the loop's thread: a process
    serves one request at a time either way (the library holds the GIL), and a hop to a
    worker thread for the dependency and another for the route cost more than the answer
    itself on a small page (two threads trading the GIL around every SQLite call)."""
    db: Database = request.app.state.connections.get()
    return db


def _same_origin(request: Request, value: str) -> bool:
    """Whether an Origin or Referer header names this server (scheme, host and port)."""
    parts = urlsplit(value)
    host = request.headers.get("host", "")
    return parts.scheme in ("http", "https") and parts.netloc == host


def require_write(request: Request) -> None:
    """Refuse a write to a read-only server, and any write a page of another site sends.

    A browser sends Origin (or at least Referer) with a cross-site form; a request with neither
    is taken only as JSON, which no other site's page can send here without a CORS preflight
    (and this server allows none)."""
    if request.app.state.read_only:
        raise Forbidden("this register is served read-only (sijill serve --read-only)",
                        todo="start the server without --read-only to make corrections")
    origin = request.headers.get("origin") or request.headers.get("referer")
    if origin is not None:
        if not _same_origin(request, origin):
            raise Forbidden(f"a write from another origin ({origin[:80]}) is refused",
                            todo="send corrections from the register's own pages")
        return
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise Forbidden("a write with neither Origin nor Referer must be sent as JSON",
                        todo="send it with Content-Type: application/json")


def review_module() -> ModuleType | None:
    """The corrections library (sijill.register.review) where this build has it."""
    try:
        return importlib.import_module("sijill.register.review")
    except ImportError:
        return None
