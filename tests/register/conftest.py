"""Register tests run on SQLite always and on PostgreSQL when SIJILL_TEST_POSTGRES names a
server (``.ci/run`` starts one): the same tests on both engines."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sijill.register.db import Database

POSTGRES = os.environ.get("SIJILL_TEST_POSTGRES", "")
ENGINES = ["sqlite"] + (["postgresql"] if POSTGRES else [])


def _fresh_postgres() -> str:
    """A new empty database on the test server; its URL."""
    name = f"sijill_test_{uuid.uuid4().hex[:12]}"
    admin = Database(POSTGRES, migrate=False)
    try:
        admin.execute(f"CREATE DATABASE {name}")
    finally:
        admin.close()
    base = POSTGRES.rsplit("/", 1)[0]
    return f"{base}/{name}"


def _drop_postgres(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = Database(POSTGRES, migrate=False)
    try:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
    finally:
        admin.close()


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty register on each engine under test."""
    if request.param == "sqlite":
        yield str(tmp_path / "register.db")
        return
    url = _fresh_postgres()
    try:
        yield url
    finally:
        _drop_postgres(url)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open, migrated register on each engine under test."""
    database = Database(db_url)
    try:
        yield database
    finally:
        database.close()
