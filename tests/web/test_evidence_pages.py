"""A tenure's evidence in pages: the person page quotes the first few sentences of each tenure
and links to the rest, and the entity API gives the first claims of each tenure with their
count, the rest a page at a time."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sijill.web import pages


def _sentences(html: str) -> list[str]:
    return re.findall(r'<blockquote class="sentence">([^<]+) <cite>', html)


def test_the_api_gives_each_tenures_first_claims_and_their_count(
        client: TestClient, ids: dict[str, str]) -> None:
    everything = client.get(f"/api/entities/{ids['raed']}", params={"evidence": 500}).json()
    [tenure] = everything["tenures"]
    assert tenure["claims_total"] == len(tenure["claims"]) >= 2
    cut = client.get(f"/api/entities/{ids['raed']}", params={"evidence": 1}).json()
    assert cut["tenures"][0]["claims"] == tenure["claims"][:1]
    assert cut["tenures"][0]["claims_total"] == tenure["claims_total"]
    board = client.get(f"/api/entities/{ids['union']}", params={"evidence": 0}).json()["board"]
    assert board and all(t["claims"] == [] and t["claims_total"] >= 1 for t in board)


def test_the_api_pages_through_a_tenures_claims(client: TestClient, ids: dict[str, str]) -> None:
    whole = client.get(f"/api/entities/{ids['raed']}", params={"evidence": 500}).json()
    claims = whole["tenures"][0]["claims"]
    pages = [client.get(f"/api/entities/{ids['raed']}/tenures/0",
                        params={"limit": 1, "offset": i}).json() for i in range(len(claims))]
    assert [p["claims"][0] for p in pages] == claims
    assert {(p["role"], p["claims_total"], p["limit"]) for p in pages} == \
        {(whole["tenures"][0]["role"], len(claims), 1)}
    assert client.get(f"/api/entities/{ids['raed']}/tenures/0",
                      params={"offset": len(claims)}).json()["claims"] == []


@pytest.mark.parametrize(("path", "params", "status", "named"), [
    ("/api/entities/{raed}", {"evidence": -1}, 422, "evidence"),
    ("/api/entities/{raed}", {"evidence": 10**6}, 422, "evidence"),
    ("/api/entities/{raed}/tenures/7", {}, 404, None),
    ("/api/entities/{raed}/tenures/-1", {}, 422, "index"),
    ("/api/entities/{union}/tenures/0", {}, 404, None),
    ("/people/{raed}/tenures/7", {}, 404, None),
    ("/people/{raed}/tenures/0", {"page": 0}, 422, "page"),
    ("/people/{raed}/tenures/0", {"page": 99}, 422, "page"),
])
def test_bad_tenure_numbers_and_pages_are_refused(client: TestClient, ids: dict[str, str],
                                                  path: str, params: dict[str, int],
                                                  status: int, named: str | None) -> None:
    answer = client.get(path.format(**ids), params=params)
    assert answer.status_code == status
    if named is not None:
        assert named in answer.text
    assert "Traceback" not in answer.text


def test_the_person_page_quotes_the_first_sentences_and_links_to_the_rest(
        writable: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh server (its memo empty), its pages cut at one sentence.
    monkeypatch.setattr(pages, "EVIDENCE_SHOWN", 1)
    monkeypatch.setattr(pages, "EVIDENCE_PAGE", 1)
    raed = writable.get("/api/entities", params={"q": "رائد الأسعد"}).json()["items"][0]["id"]
    claims = writable.get(f"/api/entities/{raed}", params={"evidence": 500}
                          ).json()["tenures"][0]["claims"]
    every = list(dict.fromkeys(c["evidence"] for c in claims))
    assert len(every) >= 2
    person = writable.get(f"/people/{raed}").text
    tenure = person[person.index('<div class="tenure'):person.index('<section id="events"')]
    assert _sentences(tenure) == every[:1]
    assert f'<li class="more"><a href="/people/{raed}/tenures/0">كل الأدلة ({len(every)} جملة)' \
        in tenure
    seen = []
    for page in range(1, len(every) + 1):
        html = writable.get(f"/people/{raed}/tenures/0", params={"page": page}).text
        assert '<html dir="rtl" lang="ar">' in html and f'href="/people/{raed}"' in html
        seen += _sentences(html)
        assert (f'rel="next" href="?page={page + 1}"' in html) == (page < len(every))
        assert (f'rel="prev" href="?page={page - 1}"' in html) == (page > 1)
    assert seen == every
