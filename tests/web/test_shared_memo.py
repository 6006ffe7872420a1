"""The server's worker processes share the answers they work out (sijill.register.memo's
SharedAnswers, keyed on the register's version of migration 0013), and none of them shows an
answer from before a change: an ingest, a merge or a correction, made by another process or
through another worker, reaches the next request of every worker."""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sijill.register import memo as memo_module
from sijill.register.db import Database
from sijill.register.memo import Memo, SharedAnswers, attach, key_text, register_stamp
from sijill.register.store import store_record
from sijill.web import create_app

from .conftest import BASE

lib = pytest.importorskip("sijill.register.review",
                          reason="this build lacks sijill.register.review")
SAME = {"Origin": BASE}


@pytest.fixture(autouse=True)
def share_every_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus' answers are quick to work out: share them all the same."""
    monkeypatch.setattr(memo_module, "SHARED_COST", 0.0)


@pytest.fixture
def register(writable: TestClient) -> str:
    url: str = writable.app.state.connections.url  # type: ignore[attr-defined]
    if url.startswith("postgresql"):
        pytest.skip("a server keeps no answers about a PostgreSQL register")
    return url


def _restore(db: Database) -> None:
    """An ingest of a document the register holds: its record stored again, as a re-ingest
    stores it."""
    body, text = db.query("SELECT record, text FROM documents WHERE id = 'w03'")[0]
    record = {**json.loads(body), "text": text}
    store_record(db, record, version="test", digest="stored again")


def _merge(db: Database) -> None:
    raed = db.scalar("SELECT id FROM canonical_entities WHERE name = 'رائد الأسعد'")
    maher = db.scalar("SELECT id FROM canonical_entities WHERE name = 'ماهر العلي'")
    lib.merge(db, str(raed), str(maher))


def _correct(db: Database) -> None:
    lib.mark_claim_wrong(db, "w05/position/0")


CHANGES: dict[str, Callable[[Database], None]] = {
    "ingest": _restore, "merge": _merge, "correction": _correct}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_change_moves_the_register_version(register: str, change: str) -> None:
    db = Database(register)
    try:
        before = register_stamp(db)
        CHANGES[change](db)
        after = register_stamp(db)
    finally:
        db.close()
    assert before is not None and after is not None
    assert after[0] == before[0] and after[1] > before[1]


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_worker_reads_another_workers_answer_until_the_register_changes(
        register: str, tmp_path: Path, change: str) -> None:
    shared = SharedAnswers(tmp_path / "answers.sqlite")
    one, two, other = Database(register), Database(register), Database(register)
    first, second = Memo(shared=shared), Memo(shared=shared)
    try:
        attach(one, first)
        attach(two, second)
        calls: list[str] = []

        def compute() -> str:
            calls.append("computed")
            return f"<p>answer {len(calls)}</p>"

        assert first.get(one, ("k", frozenset({"a", "b"})), compute) == "<p>answer 1</p>"
        assert second.get(two, ("k", frozenset({"b", "a"})), compute) == "<p>answer 1</p>"
        assert second.shared_hits == 1 and len(calls) == 1
        CHANGES[change](other)  # another process: `sijill ingest`, `merge`, `review`
        first.check(one)  # what each worker does at the start of a request
        second.check(two)
        assert second.get(two, ("k", frozenset({"a", "b"})), compute) == "<p>answer 2</p>"
        assert first.get(one, ("k", frozenset({"a", "b"})), compute) == "<p>answer 2</p>"
        assert len(calls) == 2  # the first worker read the second's new answer
    finally:
        for db in (one, two, other):
            db.close()
        shared.close()


@pytest.fixture
def two_workers(register: str) -> Iterator[tuple[TestClient, TestClient]]:
    """Two apps over one register, as ``sijill serve --workers 2`` runs them."""
    with TestClient(create_app(register), base_url=BASE) as one, \
            TestClient(create_app(register), base_url=BASE) as two:
        yield one, two


def _board(client: TestClient, org: str) -> list[tuple[str, str]]:
    board = client.get(f"/api/orgs/{org}/board").json()["board"]
    return [(t["person"]["name"], t["role"]) for t in board]


def test_a_correction_through_one_worker_reaches_the_others_next_request(
        two_workers: tuple[TestClient, TestClient], ids: dict[str, str]) -> None:
    one, two = two_workers
    press = f"/api/entities/{ids['press']}"
    assert _board(one, ids["press"]) == [("سامر الحمد", "رئيس")]
    first = one.get(press).json()
    assert two.get(press).json() == first  # worked out by the first worker
    memo = two.app.state.connections.memo  # type: ignore[attr-defined]
    assert memo.shared_hits >= 1
    answer = one.post("/documents/w05/wrong", data={"claim": "w05/position/0"}, headers=SAME)
    assert answer.status_code == 200
    assert _board(two, ids["press"]) == []
    assert two.get(press).json()["board"] == []
    assert one.get(press).json()["board"] == []


def test_answers_are_shared_only_through_a_folder_of_this_users_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(memo_module.ANSWERS_ENV, raising=False)
    monkeypatch.setattr(memo_module.tempfile, "gettempdir", lambda: str(tmp_path))
    folder = tmp_path / f"sijill-answers-{os.getuid()}"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)  # another user could put a pickle there
    assert SharedAnswers.for_register(str(tmp_path / "r.db")) is None
    folder.chmod(0o700)
    shared = SharedAnswers.for_register(str(tmp_path / "r.db"))
    assert shared is not None and shared.path.parent == folder
    shared.close()
    monkeypatch.setenv(memo_module.ANSWERS_ENV, str(tmp_path / "mine"))
    (tmp_path / "mine").mkdir(mode=0o700)
    shared = SharedAnswers.for_register(str(tmp_path / "r.db"))
    assert shared is not None and shared.path.parent == tmp_path / "mine"
    shared.close()
    assert SharedAnswers.for_register(":memory:") is None
    assert SharedAnswers.for_register("postgresql://u@h/db") is None


def test_keys_are_written_alike_in_every_process() -> None:
    assert key_text(("seat", frozenset({"رئيس", "أمين"}))) == \
        key_text(("seat", frozenset({"أمين", "رئيس"})))
    assert key_text(("a", 1)) != key_text(("a", "1"))
    assert key_text(("a", object())) is None  # its text names its address: never shared


def test_an_answer_from_an_older_version_is_never_read(tmp_path: Path) -> None:
    shared = SharedAnswers(tmp_path / "answers.sqlite")
    try:
        shared.save(("t", 1), "k", "قديم")
        shared.save(("t", 1), "b", b"{}")
        assert shared.load(("t", 1), "k") == "قديم"
        assert shared.load(("t", 1), "b") == b"{}"  # bytes stay bytes
        assert shared.load(("t", 2), "k") is None
        assert shared.load(("u", 1), "k") is None  # another register's token
        shared.save(("t", 2), "k2", "new")
        assert shared.load(("t", 1), "k") is None  # dropped with its version
    finally:
        shared.close()


def test_only_written_answers_are_shared(register: str, tmp_path: Path) -> None:
    # Tenures read back from a pickle cost a third of working them out: they stay in-process.
    shared = SharedAnswers(tmp_path / "answers.sqlite")
    one, two = Database(register), Database(register)
    first, second = Memo(shared=shared), Memo(shared=shared)
    try:
        attach(one, first)
        attach(two, second)
        assert first.get(one, "tenures", lambda: ("a tenure",)) == ("a tenure",)
        assert second.get(two, "tenures", lambda: ("computed again",)) == ("computed again",)
        assert second.shared_hits == 0
    finally:
        one.close()
        two.close()
        shared.close()


def test_pages_are_shared_by_the_workers(two_workers: tuple[TestClient, TestClient],
                                         ids: dict[str, str]) -> None:
    one, two = two_workers
    for path in (f"/people/{ids['raed']}", f"/orgs/{ids['union']}?on=2017-01-01",
                 "/documents/w01", "/?q=الأسعد"):
        page = one.get(path)
        memo = two.app.state.connections.memo  # type: ignore[attr-defined]
        before = memo.shared_hits
        again = two.get(path)
        assert again.status_code == page.status_code == 200
        assert again.text == page.text and again.headers["content-type"].startswith("text/html")
        assert memo.shared_hits == before + 1, path


def test_a_memo_keeps_a_bounded_size_of_written_answers(
        register: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo_module, "MEMO_TEXT_BYTES", 10)
    db = Database(register)
    try:
        memo = Memo()
        attach(db, memo)
        assert memo.get(db, "a", lambda: "صفحة ١") == "صفحة ١"
        assert memo.get(db, "b", lambda: b"1234567") == b"1234567"  # 6 + 7 bytes: a goes
        assert memo.get(db, "a", lambda: "again") == "again"
        assert memo.get(db, "t", lambda: ("a tenure",)) == ("a tenure",)  # not text: no bytes
        assert memo.get(db, "t", lambda: ("again",)) == ("a tenure",)
    finally:
        db.close()


def test_answers_drawn_by_other_code_are_never_shown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A server started again after an upgrade must draw its pages with the new code, even
    # on a register that did not change.
    monkeypatch.setenv(memo_module.ANSWERS_ENV, str(tmp_path / "mine"))
    (tmp_path / "mine").mkdir(mode=0o700)
    before = SharedAnswers.for_register(str(tmp_path / "r.db"))
    assert before is not None
    before.save(("token", 1), "page", "<p>drawn by the old code</p>")
    before.close()
    monkeypatch.setattr(memo_module, "code_stamp", lambda: "another-code")
    after = SharedAnswers.for_register(str(tmp_path / "r.db"))
    assert after is not None and after.path != before.path
    assert after.load(("token", 1), "page") is None
    after.close()

