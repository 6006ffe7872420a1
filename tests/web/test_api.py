"""The JSON API over a register of written sentences: names to entities (folded spelling,
Latin), one entity's page, an organisation's board on a date, structure, events by filter,
documents with their spans and claims, search, pagination, and the OpenAPI description."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from .corpus import UNION


@pytest.mark.parametrize("query", ["رائد الأسعد", "رائد الاسعد", "رائد الإسعد", "Raed"])
def test_any_spelling_or_latin_finds_the_person(client: TestClient, query: str) -> None:
    items = client.get("/api/entities", params={"q": query, "type": "PERSON"}).json()["items"]
    assert items[0]["name"] == "رائد الأسعد"


def test_a_person_lists_posts_events_quotes_and_organisations(
        client: TestClient, ids: dict[str, str]) -> None:
    page = client.get(f"/api/entities/{ids['raed']}").json()
    [tenure] = page["tenures"]
    assert (tenure["role"], tenure["org"]["name"], tenure["start"], tenure["end"]) == \
        ("رئيس", UNION, "2016-03-01", "2019-06-15")
    assert tenure["successor"]["id"] == ids["maher"]
    assert {e["type"] for e in page["events"]} == {"ELECTION", "MEETING"}
    assert [q["text"] for q in page["quotes"]] == ["العدالة لا تتجزأ"]
    assert [o["name"] for o in page["organisations"]] == [UNION]


@pytest.mark.parametrize(("on", "holder"), [("2017-01-01", "raed"), ("2020", "maher")])
def test_the_board_changes_with_the_date(client: TestClient, ids: dict[str, str], on: str,
                                         holder: str) -> None:
    answer = client.get(f"/api/orgs/{ids['union']}/board", params={"on": on}).json()
    assert answer["on"] == on
    assert [t["person"]["id"] for t in answer["board"]] == [ids[holder]]


def test_the_board_without_a_date_is_the_posts_still_held(client: TestClient,
                                                          ids: dict[str, str]) -> None:
    board = client.get(f"/api/orgs/{ids['union']}/board").json()["board"]
    assert [t["person"]["id"] for t in board] == [ids["maher"]]


def test_structure_lists_the_general_assembly_as_a_body(client: TestClient,
                                                         ids: dict[str, str]) -> None:
    tree = client.get(f"/api/orgs/{ids['union']}/structure").json()
    assert [e["entity"]["name"] for e in tree["children"]] == ["الهيئة العامة"]
    assert len(tree["children"][0]["claims"]) == 2


def test_an_org_route_refuses_a_person(client: TestClient, ids: dict[str, str]) -> None:
    answer = client.get(f"/api/orgs/{ids['raed']}/board")
    assert answer.status_code == 422
    assert answer.json()["error"]["parameter"] == "entity_id"


@pytest.mark.parametrize(("params", "docs"), [
    ({"type": "MEETING"}, ["w02"]),
    ({"type": "ELECTION"}, ["w01", "w04"]),
    ({"type": "ELECTION", "date_from": "2019"}, ["w04"]),
    ({"date_to": "2016-12"}, ["w01"]),
])
def test_events_filter_by_type_and_date(client: TestClient, params: dict[str, str],
                                        docs: list[str]) -> None:
    items = client.get("/api/events", params=params).json()["items"]
    assert [e["doc"] for e in items] == docs


def test_events_filter_by_organisation_and_person(client: TestClient,
                                                  ids: dict[str, str]) -> None:
    items = client.get("/api/events", params={"org": ids["union"], "person": ids["maher"]}
                       ).json()["items"]
    assert [e["doc"] for e in items] == ["w04"]


def test_pagination_walks_the_events(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert (first["total"], len(first["items"]), len(second["items"])) == (3, 1, 1)
    assert first["items"][0]["claim"] != second["items"][0]["claim"]


def test_a_document_gives_its_text_mentions_and_claims(client: TestClient) -> None:
    doc = client.get("/api/documents/w01").json()
    text = doc["text"]
    names = {text[m["start"]:m["end"]] for m in doc["mentions"]}
    assert {"رائد الأسعد", "نقابة المحامين الأحرار"} <= names
    kinds = {c["kind"] for c in doc["claims"]}
    assert kinds == {"position", "event", "relation"}
    raw = client.get("/api/documents/w01/raw")
    assert raw.text.startswith("انتخبت الهيئة العامة") and raw.headers["content-type"].startswith(
        "text/plain")


def test_an_unknown_document_is_404(client: TestClient) -> None:
    answer = client.get("/api/documents/nope")
    assert answer.status_code == 404
    assert "nope" in answer.json()["error"]["message"]


def test_search_groups_people_organisations_and_documents(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "الاسعد"}).json()
    assert [p["name"] for p in found["people"]] == ["رائد الأسعد"]
    assert found["organisations"] == []
    assert {h["doc"] for h in found["documents"]["hits"]} == {"w01", "w02", "w03", "w04"}


def test_the_ego_graph_ties_the_person_to_his_organisation_and_successor(
        client: TestClient, ids: dict[str, str]) -> None:
    graph = client.get(f"/api/entities/{ids['raed']}/graph").json()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes[ids["raed"]]["centre"] and ids["union"] in nodes and ids["maher"] in nodes
    kinds = {(e["source"], e["target"], e["kind"]) for e in graph["edges"]}
    assert (ids["raed"], ids["union"], "post") in kinds
    assert (ids["maher"], ids["union"], "co-member") in kinds


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/entities", "/api/entities/{entity_id}", "/api/orgs/{entity_id}/board",
            "/api/events", "/api/documents/{doc_id}", "/api/search",
            "/api/review/merge"} <= set(spec["paths"])
    assert not any(p.startswith("/people") for p in spec["paths"])


def test_merge_through_the_api_leaves_one_entity(writable: TestClient) -> None:
    def people() -> list[str]:
        items = writable.get("/api/entities", params={"q": "رائد", "type": "PERSON"}).json()
        return [i["id"] for i in items["items"]]

    raed = people()[0]
    maher = writable.get("/api/entities", params={"q": "ماهر العلي"}).json()["items"][0]["id"]
    answer = writable.post("/api/review/merge", json={"a": raed, "b": maher})
    assert answer.status_code == 200, answer.text
    merged = writable.get("/api/entities", params={"q": "ماهر العلي"}).json()["items"]
    assert merged[0]["id"] == writable.get("/api/entities", params={"q": "رائد الأسعد"}
                                           ).json()["items"][0]["id"]
