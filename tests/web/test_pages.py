"""The pages: right to left in Arabic, Latin spellings beside names, every fact linking to its
evidence, bookmarkable URLs, and the document page's highlighted spans."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from .corpus import UNION


def _main(html: str) -> str:
    return html[html.index("<main>"):html.index("</main>")]


@pytest.mark.parametrize("path", ["/", "/?q=الاسعد", "/people/{raed}", "/orgs/{union}",
                                  "/graph/{raed}", "/documents/w01", "/review", "/nope"])
def test_every_page_is_arabic_right_to_left_with_the_local_font(
        client: TestClient, ids: dict[str, str], path: str) -> None:
    answer = client.get(path.format(**ids))
    assert '<html dir="rtl" lang="ar">' in answer.text
    assert '<link rel="stylesheet" href="/static/site.css">' in answer.text
    assert "http://" not in answer.text.split("<main>")[0]  # nothing loaded from elsewhere


def test_the_font_and_graph_library_are_served_from_the_package(client: TestClient) -> None:
    css = client.get("/static/site.css").text
    [font] = re.findall(r'url\("(/static/vendor/fonts/[^"]+400[^"]+)"\)', css)
    answer = client.get(font)
    assert answer.status_code == 200 and answer.content[:4] == b"wOF2"
    assert client.get("/static/vendor/fonts/LICENSE-OFL.txt").text.count("SIL OPEN FONT") >= 1
    assert "cytoscape" in client.get("/static/vendor/cytoscape/cytoscape.min.js").text[:2000]


def test_search_groups_results_and_folds_the_hamza(client: TestClient, ids: dict[str, str]
                                                   ) -> None:
    html = _main(client.get("/", params={"q": "رائد الاسعد"}).text)
    people = html[html.index('id="people"'):html.index('id="organisations"')]
    assert f'href="/people/{ids["raed"]}"' in people and "Raed Asaad" in people
    documents = html[html.index('id="documents"'):]
    assert 'href="/documents/w01#at-' in documents


def test_the_person_page_draws_tenures_linking_to_evidence(client: TestClient,
                                                           ids: dict[str, str]) -> None:
    html = _main(client.get(f"/people/{ids['raed']}").text)
    assert "Raed Asaad" in html
    timeline = html[html.index("<svg"):html.index("</svg>")]
    assert re.search(r'<a href="/documents/w0\d#at-\d+" class="bar former">', timeline)
    assert f'href="/people/{ids["maher"]}"' in html  # his successor
    assert "العدالة لا تتجزأ" in html
    assert f'href="/orgs/{ids["union"]}"' in html


def test_the_org_page_shows_board_slider_successions_tree_and_meetings(
        client: TestClient, ids: dict[str, str]) -> None:
    html = _main(client.get(f"/orgs/{ids['union']}").text)
    assert 'id="board-slider"' in html
    dates = re.search(r'data-dates="([^"]+)"', html)
    assert dates is not None and "2016-03-01" in dates.group(1) and "2019-06-15" in dates.group(1)
    board = html[html.index('id="board"'):html.index('id="successions"')]
    assert f'/people/{ids["maher"]}' in board and f'/people/{ids["raed"]}' not in board
    successions = html[html.index('id="successions"'):html.index('id="structure"')]
    assert successions.index("ماهر العلي") < successions.index("رائد الأسعد")
    assert "<details open><summary>هيئاتها</summary>" in html and "الهيئة العامة" in html
    meetings = html[html.index('id="meetings"'):html.index('id="events"')]
    assert "رابطة الصحفيين السوريين" in meetings


def test_a_board_date_is_in_the_url(client: TestClient, ids: dict[str, str]) -> None:
    html = _main(client.get(f"/orgs/{ids['union']}", params={"on": "2017"}).text)
    board = html[html.index('id="board"'):html.index('id="successions"')]
    assert f'/people/{ids["raed"]}' in board and f'/people/{ids["maher"]}' not in board
    fragment = client.get(f"/orgs/{ids['union']}/board", params={"on": "2017"}).text
    assert "<html" not in fragment and f'/people/{ids["raed"]}' in fragment


def test_the_document_page_links_every_name_and_claim(client: TestClient,
                                                      ids: dict[str, str]) -> None:
    html = _main(client.get("/documents/w01").text)
    text = html[html.index('id="text"'):html.index("</article>")]
    assert re.search(rf'<a class="m person" href="/people/{ids["raed"]}"[^>]*>رائد الأسعد</a>',
                     text)
    assert re.search(rf'<a class="m org" href="/orgs/{ids["union"]}"[^>]*>{UNION}</a>', text)
    assert 'class="m date"' in text
    for claim in ("w01-position-0", "w01-event-0", "w01-relation-0"):
        assert f'id="claim-{claim}"' in html
    assert 'href="/documents/w01/raw"' in html
    # The pieces put back together are the text, untouched.
    pieces = re.findall(r'<span id="at-\d+" data-start="\d+"[^>]*>(.*?)</span>', text, re.DOTALL)
    plain = "".join(re.sub(r"<[^>]+>", "", p) for p in pieces)
    assert plain == client.get("/api/documents/w01").json()["text"]


def test_an_entity_url_leads_to_its_page(client: TestClient, ids: dict[str, str]) -> None:
    answer = client.get(f"/entities/{ids['union']}", follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, f"/orgs/{ids['union']}")
    answer = client.get(f"/orgs/{ids['raed']}", follow_redirects=False)
    assert answer.headers["location"] == f"/entities/{ids['raed']}"


def test_the_graph_page_loads_the_bundled_library(client: TestClient, ids: dict[str, str]
                                                  ) -> None:
    html = client.get(f"/graph/{ids['raed']}").text
    assert '<script src="/static/vendor/cytoscape/cytoscape.min.js" defer></script>' in html
    assert f'data-src="/api/entities/{ids["raed"]}/graph"' in html


def test_merging_on_the_review_page_leaves_one_entity(writable: TestClient,
                                                      ids: dict[str, str]) -> None:
    answer = writable.post("/review/merge", data={"a": ids["raed"], "b": ids["maher"]},
                           headers={"Origin": "http://127.0.0.1:8000"})
    assert answer.status_code == 200 and "merged" in answer.text
    found = writable.get("/api/entities", params={"q": "ماهر العلي"}).json()["items"]
    again = writable.get("/api/entities", params={"q": "رائد الأسعد"}).json()["items"]
    assert found[0]["id"] == again[0]["id"]


def test_keeping_apart_on_the_review_page_is_recorded(writable: TestClient,
                                                      ids: dict[str, str]) -> None:
    answer = writable.post("/review/keep-apart", data={"a": ids["raed"], "b": ids["maher"]},
                           headers={"Origin": "http://127.0.0.1:8000"})
    assert answer.status_code == 200 and "kept apart" in answer.text
