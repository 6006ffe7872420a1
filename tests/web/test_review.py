"""Corrections through the web register: a claim marked wrong leaves the board and is shown
as corrected on its document, an added claim joins the board marked as corrected, the review
page lists the pairs the resolver was unsure of with their forms, and every write is refused
when the server is read-only."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sijill.web import review as web_review

from .conftest import BASE

lib = pytest.importorskip("sijill.register.review",
                          reason="this build lacks sijill.register.review")
SAME = {"Origin": BASE}


def _board(client: TestClient, org: str) -> list[tuple[str, str]]:
    board = client.get(f"/api/orgs/{org}/board").json()["board"]
    return [(t["person"]["name"], t["role"]) for t in board]


def test_a_claim_marked_wrong_on_the_document_page_leaves_the_board(
        writable: TestClient, ids: dict[str, str]) -> None:
    assert _board(writable, ids["press"]) == [("سامر الحمد", "رئيس")]
    answer = writable.post("/documents/w05/wrong", data={"claim": "w05/position/0",
                                                          "note": "ليس رئيساً"}, headers=SAME)
    assert answer.status_code == 200  # after the redirect to the document
    assert _board(writable, ids["press"]) == []
    html = writable.get("/documents/w05").text
    assert 'class="claim position wrong"' in html and "ليس رئيساً" in html
    listed = writable.get("/api/corrections", params={"doc": "w05"}).json()
    assert [(c["claim_id"], c["action"]) for c in listed] == [("w05/position/0", "wrong")]


def test_an_added_claim_joins_the_board_as_corrected(writable: TestClient,
                                                      ids: dict[str, str]) -> None:
    claim = {"person": "e3", "role": "أمين السر", "org": "e2", "status": "current"}
    answer = writable.post("/api/claims", json={"doc": "w05", "kind": "position",
                                                "data": claim, "start": 4, "end": 54})
    assert answer.status_code == 200, answer.text
    added = answer.json()["claim"]
    assert added.startswith("w05/position/added-")
    assert ("سامر الحمد", "أمين السر") in _board(writable, ids["press"])
    org_page = writable.get(f"/orgs/{ids['press']}").text
    assert '<tr class="corrected"><td>أمين السر <em class="added-mark">' in org_page
    # Marking a reader's own claim wrong takes it back.
    writable.post("/api/claims/wrong", json={"claim": added})
    assert ("سامر الحمد", "أمين السر") not in _board(writable, ids["press"])


@pytest.mark.parametrize(("body", "parameter"), [
    ({"doc": "w05", "kind": "rumour", "data": {}, "start": 0, "end": 4}, "kind"),
    ({"doc": "w05", "kind": "position", "data": {}, "start": 9, "end": 4}, "end"),
])
def test_a_bad_added_claim_is_a_4xx(writable: TestClient, body: dict[str, object],
                                    parameter: str) -> None:
    answer = writable.post("/api/claims", json=body)
    assert answer.status_code == 422 and answer.json()["error"]["parameter"] == parameter


def test_a_claim_the_library_refuses_is_a_4xx_saying_why(writable: TestClient) -> None:
    answer = writable.post("/api/claims", json={"doc": "w05", "kind": "position",
                                                "data": {"person": "e99"}, "start": 0, "end": 4})
    assert answer.status_code == 400
    assert "e99" in answer.json()["error"]["message"]


def test_the_review_page_lists_unsure_pairs_with_their_forms(
        writable: TestClient, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    pair = lib.UnsurePair("w01/e3", "w04/e3", ids["raed"], ids["maher"], "رائد الأسعد",
                          "ماهر العلي", "PERSON", 4, 2, 0.61, "fuzzy name", False)
    monkeypatch.setattr(lib, "unsure_pairs", lambda db, limit=50, offset=0: [pair])
    html = writable.get("/review").text
    assert f'<a href="/entities/{ids["raed"]}">رائد الأسعد</a>' in html
    assert '<input type="hidden" name="a" value="w01/e3">' in html
    assert "fuzzy name · apart" in html and "0.61" in html
    api = writable.get("/api/review/unsure").json()["items"]
    assert api[0]["reason"] == "fuzzy name"


def test_read_only_refuses_every_correction(client: TestClient) -> None:
    for path, body in (("/api/claims/wrong", {"claim": "w05/position/0"}),
                       ("/api/claims", {"doc": "w05", "kind": "position", "data": {},
                                        "start": 0, "end": 4}),
                       ("/api/review/keep-apart", {"a": "w01/e3", "b": "w04/e3"})):
        assert client.post(path, json=body, headers=SAME).status_code == 403
    html = client.get("/documents/w05").text
    assert "wrong-form" not in html and 'id="add-claim"' not in html


def test_claim_ids_are_checked_before_the_library_sees_them() -> None:
    assert web_review.CLAIM_ID.fullmatch("w05/position/0")
    assert web_review.CLAIM_ID.fullmatch("w05/position/added-r1a2b")
    assert not web_review.CLAIM_ID.fullmatch("w05/position/0' OR 1=1")
