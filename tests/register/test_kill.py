"""Kill safety: `sijill ingest` killed (SIGKILL) part way and run again gives exactly the
register of an uninterrupted run, and leaves no worker process behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sijill.register.db import Database, StoreError
from sijill.register.ingest import TIMESTAMP_COLUMNS, table_digests

from .corpus import articles, write_jsonl

CORPUS_SIZE = 200
KILL_AFTER = 40  # stored documents
Digests = dict[str, tuple[int, str]]


def _ingest(corpus: Path, db_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "sijill", "ingest", str(corpus), "--db", db_url, "--quiet",
            *extra]


def _stored(db_url: str) -> int:
    """How many documents the register holds now; 0 before it exists."""
    if "://" not in db_url and not Path(db_url).exists():
        return 0  # opening it here would race the ingest creating it
    try:
        with Database(db_url, migrate=False) as db:
            return int(db.scalar("SELECT COUNT(*) FROM documents") or 0)
    except StoreError:  # not migrated yet
        return 0


def _digests(db_url: str) -> Digests:
    with Database(db_url, migrate=False) as db:
        return table_digests(db, TIMESTAMP_COLUMNS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("kill") / "news.jsonl", articles(CORPUS_SIZE))


@pytest.fixture(scope="module")
def uninterrupted(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Digests:
    """The register of one uninterrupted run (SQLite; the digests do not depend on the engine)."""
    db_url = str(tmp_path_factory.mktemp("whole") / "whole.db")
    done = subprocess.run(_ingest(corpus, db_url), capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return _digests(db_url)


def _workers_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _kill_part_way(command: list[str], db_url: str) -> tuple[int, list[int]]:
    """Run ``command``, SIGKILL it once KILL_AFTER documents are stored; (stored, its workers)."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    try:
        while _stored(db_url) < KILL_AFTER:
            if proc.poll() is not None:
                assert proc.stderr is not None
                pytest.fail(f"ingest ended before it was killed: {proc.stderr.read()!r}")
            assert time.monotonic() < deadline, "ingest stored too little in 300 s"
            time.sleep(0.05)
        workers = _workers_of(proc.pid)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return _stored(db_url), workers


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_ingest_run_again_gives_the_uninterrupted_register(
        corpus: Path, db_url: str, uninterrupted: Digests) -> None:
    stored, workers = _kill_part_way(_ingest(corpus, db_url, "--workers", "2"), db_url)
    assert KILL_AFTER <= stored < CORPUS_SIZE
    assert workers, "the ingest started no worker process"
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "workers outlived the killed ingest"

    again = subprocess.run(_ingest(corpus, db_url), capture_output=True, text=True,
                          timeout=600, check=False)
    assert again.returncode == 0, again.stderr
    assert (f"stored {CORPUS_SIZE - stored} new, 0 replaced, {stored} unchanged, 0 skipped"
            in again.stdout)
    assert _digests(db_url) == uninterrupted
