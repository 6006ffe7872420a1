"""The server reads stored tenures (migration 0014) and stores them again right after a
reader's correction, even where its own memo still holds the seats read before it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sijill.register import stored
from sijill.register.db import Database
from sijill.register.seats import fill_tenures, work_out_org, work_out_person
from sijill.web import create_app

from .conftest import BASE

pytest.importorskip("sijill.register.review", reason="the review library is not in this build")

SAME = {"Origin": BASE}


def _filled(built_register: str, tmp_path: Path) -> str:
    url = str(tmp_path / "register.db")
    shutil.copy(built_register, url)
    db = Database(url)
    try:
        fill_tenures(db)
        # people's tenures worked out by the server, which keeps their seats' claims
        db.execute("DELETE FROM stored_tenures WHERE kind = ?", (stored.PERSON,))
    finally:
        db.close()
    return url


def test_a_claim_marked_wrong_is_stored_again_as_the_server_then_shows_it(
        built_register: str, tmp_path: Path, ids: dict[str, str]) -> None:
    if built_register.startswith("postgresql"):
        pytest.skip("the server keeps a memo of SQLite registers only")
    url = _filled(built_register, tmp_path)
    with TestClient(create_app(url), base_url=BASE) as client:
        # the server's memo now holds the seat's claims and tenures from before the correction
        before = client.get(f"/api/orgs/{ids['press']}/board").json()["board"]
        assert [t["person"]["name"] for t in before] == ["سامر الحمد"]
        assert client.get(f"/api/entities/{before[0]['person']['id']}").status_code == 200
        answer = client.post("/documents/w05/wrong", data={"claim": "w05/position/0"},
                             headers=SAME)
        assert answer.status_code == 200
        assert client.get(f"/api/orgs/{ids['press']}/board").json()["board"] == []
    db = Database(url)
    try:
        assert not stored.pending(db)
        org = stored.load(db, stored.ORG, ids["press"])
        assert org is not None and org == work_out_org(db, ids["press"])
        assert all("w05/position/0" not in {r.claim for r in t.claims} for t in org)
        people = stored.stored_ids(db, stored.PERSON)
        assert people  # the correction's person stored again
        for cid in people:
            assert stored.load(db, stored.PERSON, cid) == work_out_person(db, cid)[0], cid
    finally:
        db.close()
