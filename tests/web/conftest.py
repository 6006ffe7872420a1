"""A register built once per engine from the sentences of corpus.py, and clients of the web
app over it: a shared one for reading, and a fresh register for tests that write. SQLite
always; PostgreSQL too when SIJILL_TEST_POSTGRES names a server (``.ci/run`` starts one)."""

from __future__ import annotations

import os
import shutil
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette asks for httpx2 over httpx; the client works the same with either.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sijill.register.db import Database
from sijill.register.memo import ANSWERS_ENV
from sijill.web import create_app

from .corpus import build

BASE = "http://127.0.0.1:8000"
POSTGRES = os.environ.get("SIJILL_TEST_POSTGRES", "")
ENGINES = ["sqlite"] + (["postgresql"] if POSTGRES else [])


def _admin(sql: str) -> None:
    admin = Database(POSTGRES, migrate=False)
    try:
        admin.execute(sql)
    finally:
        admin.close()


def _fresh_postgres() -> str:
    name = f"sijill_web_{uuid.uuid4().hex[:12]}"
    _admin(f"CREATE DATABASE {name}")
    return f"{POSTGRES.rsplit('/', 1)[0]}/{name}"


def _built(url: str) -> str:
    db = Database(url)
    try:
        build(db)
        if db.dialect == "sqlite":
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return url


@pytest.fixture(scope="session", autouse=True)
def answers_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The servers' shared answers (sijill.register.memo) in the session's own folder, not
    the machine's temporary one, which would keep a file for every register made here."""
    folder = tmp_path_factory.mktemp("answers")
    folder.chmod(0o700)
    before = os.environ.get(ANSWERS_ENV)
    os.environ[ANSWERS_ENV] = str(folder)  # for servers started as processes too
    yield
    if before is None:
        del os.environ[ANSWERS_ENV]
    else:
        os.environ[ANSWERS_ENV] = before


@pytest.fixture(scope="session", params=ENGINES)
def built_register(request: pytest.FixtureRequest,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a register of the corpus on each engine, built once per session."""
    if request.param == "sqlite":
        yield _built(str(tmp_path_factory.mktemp("web") / "register.db"))
        return
    url = _built(_fresh_postgres())
    try:
        yield url
    finally:
        _admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(scope="session")
def client(built_register: str) -> Iterator[TestClient]:
    """A client of the app serving the shared register (read only: tests must not write)."""
    with TestClient(create_app(built_register, read_only=True), base_url=BASE) as c:
        yield c


@pytest.fixture
def writable(built_register: str, tmp_path: Path) -> Iterator[TestClient]:
    """A client of the app serving a fresh register of the corpus, writes allowed."""
    if built_register.startswith("postgresql"):
        url = _built(_fresh_postgres())
    else:
        url = str(tmp_path / "register.db")
        shutil.copy(built_register, url)
    try:
        with TestClient(create_app(url), base_url=BASE) as c:
            yield c
    finally:
        if url.startswith("postgresql"):
            _admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


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
