"""The server keeps tenures and other answers while the register does not change
(sijill.register.memo) and never shows one from before a change: a correction another
process makes, or one made through the server, is on the next page."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sijill.register.db import Database
from sijill.register.memo import Memo, attach, remembered

lib = pytest.importorskip("sijill.register.review",
                          reason="this build lacks sijill.register.review")


def _board(client: TestClient, org: str) -> list[tuple[str, str]]:
    board = client.get(f"/api/orgs/{org}/board").json()["board"]
    return [(t["person"]["name"], t["role"]) for t in board]


def test_a_correction_by_another_connection_reaches_the_next_request(
        writable: TestClient, ids: dict[str, str]) -> None:
    url = writable.app.state.connections.url  # type: ignore[attr-defined]
    if url.startswith("postgresql"):
        pytest.skip("a server keeps no answers about a PostgreSQL register")
    press = f"/api/entities/{ids['press']}"
    for _ in range(2):  # the second time from the memo
        assert _board(writable, ids["press"]) == [("سامر الحمد", "رئيس")]
        assert [t["person"]["name"] for t in writable.get(press).json()["board"]] == ["سامر الحمد"]
    memo = writable.app.state.connections.memo  # type: ignore[attr-defined]
    assert memo.hits >= 2
    other = Database(url)  # another process's connection: `sijill` on the command line
    try:
        lib.mark_claim_wrong(other, "w05/position/0")
    finally:
        other.close()
    assert _board(writable, ids["press"]) == []
    assert writable.get(press).json()["board"] == []


@pytest.fixture
def register(tmp_path: Path) -> str:
    path = str(tmp_path / "register.db")
    Database(path).close()
    return path


def test_an_attached_connection_keeps_answers_and_another_computes_them(register: str) -> None:
    served, plain = Database(register), Database(register)
    try:
        attach(served, Memo())
        calls: list[int] = []

        def compute() -> int:
            calls.append(1)
            return len(calls)

        assert [remembered(served, "k", compute) for _ in range(3)] == [1, 1, 1]
        assert [remembered(plain, "k", compute) for _ in range(2)] == [2, 3]
    finally:
        served.close()
        plain.close()


def test_a_commit_by_another_connection_forgets_every_answer(register: str) -> None:
    served, writer = Database(register), Database(register)
    try:
        memo = Memo()
        attach(served, memo)
        assert memo.get(served, "k", lambda: "before") == "before"
        memo.check(served)
        assert memo.get(served, "k", lambda: "after") == "before"
        writer.execute("INSERT INTO reviewed_documents (doc_id, reviewed_at) VALUES ('d', 'x')")
        memo.check(served)
        assert memo.get(served, "k", lambda: "after") == "after"
    finally:
        served.close()
        writer.close()


def test_an_answer_worked_out_across_a_commit_is_not_kept(register: str) -> None:
    served, writer = Database(register), Database(register)
    try:
        memo = Memo()
        attach(served, memo)

        def compute() -> str:
            writer.execute("INSERT INTO reviewed_documents (doc_id, reviewed_at) "
                           "VALUES ('d', 'x')")
            return "mixed"

        assert memo.get(served, "k", compute) == "mixed"
        assert memo.get(served, "k", lambda: "fresh") == "fresh"
    finally:
        served.close()
        writer.close()


def test_the_memo_keeps_at_most_its_size(register: str) -> None:
    served = Database(register)
    try:
        memo = Memo(size=2)
        attach(served, memo)
        for key in "abc":
            memo.get(served, key, lambda key=key: key)
        assert memo.get(served, "a", lambda: "again") == "again"  # the oldest went first
        assert memo.get(served, "c", lambda: "again") == "c"
    finally:
        served.close()
