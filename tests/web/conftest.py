"""A register built once from the sentences of corpus.py, and clients of the web app over
it: a shared one for reading, and a fresh register for tests that write."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette asks for httpx2 over httpx; the client works the same with either.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sijill.register.db import Database
from sijill.web import create_app

from .corpus import build

BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="session")
def built_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite register of the corpus, built once per session (copy it to write)."""
    path = tmp_path_factory.mktemp("web") / "register.db"
    db = Database(str(path))
    try:
        build(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


@pytest.fixture(scope="session")
def client(built_register: Path) -> Iterator[TestClient]:
    """A client of the app serving the shared register (read only: tests must not write)."""
    with TestClient(create_app(str(built_register), read_only=True), base_url=BASE) as c:
        yield c


@pytest.fixture
def writable(built_register: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A client of the app serving a fresh copy of the register, writes allowed."""
    path = tmp_path / "register.db"
    shutil.copy(built_register, path)
    with TestClient(create_app(str(path)), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="session")
def ids(client: TestClient) -> dict[str, str]:
    """The canonical ids of the corpus' main entities, by a short name."""
    found = {}
    for key, name, etype in (("union", "نقابة المحامين الأحرار", "ORG"),
                             ("press", "رابطة الصحفيين السوريين", "ORG"),
                             ("raed", "رائد الأسعد", "PERSON"),
                             ("maher", "ماهر العلي", "PERSON")):
        items = client.get("/api/entities", params={"q": name, "type": etype}).json()["items"]
        found[key] = items[0]["id"]
    return found
