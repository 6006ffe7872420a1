"""A small register built once per test module from made-up articles (tests/register/corpus),
and the fixtures of the register tests (each engine under test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from register.conftest import db, db_url  # noqa: F401 - fixtures used by these tests
from register.corpus import articles, write_jsonl

from sijill.cli import main


def ingest(corpus: Path, url: str) -> None:
    """Ingest a corpus into a register through the command line."""
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", url, "-q"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sixteen articles as JSON Lines."""
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "news.jsonl", articles(16, seed=3))


@pytest.fixture(scope="module")
def register(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite register of the corpus (read only in the tests)."""
    url = str(tmp_path_factory.mktemp("register") / "register.db")
    ingest(corpus, url)
    return url


def export(url: str, *args: str) -> str:
    """What `sijill export ARGS --db URL` writes to standard output."""
    result = CliRunner().invoke(main, ["export", "--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.stdout
