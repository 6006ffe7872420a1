"""Untrusted article text is escaped on every page; bad query parameters are 4xx answers that
name the parameter; no stack trace reaches a client; writes refuse other origins and a
read-only server; the server binds to loopback by default."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sijill.cli import main
from sijill.register import views
from sijill.web import create_app

from .conftest import BASE

EVIL = "https://evil.example"


def _hostile_pages(ids: dict[str, str]) -> list[str]:
    return ["/?q=العمل", "/?q=" + "<script>alert(1)</script>", f"/people/{ids['maher']}",
            f"/orgs/{ids['union']}", f"/orgs/{ids['union']}/board", f"/graph/{ids['maher']}",
            "/documents/w06", "/review", "/documents/<script>alert(1)</script>"]


def test_article_markup_is_escaped_on_every_page(client: TestClient,
                                                 ids: dict[str, str]) -> None:
    for path in _hostile_pages(ids):
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert not re.search(r"<img[^>]*onerror", html), path
        assert 'href="javascript:' not in html, path
        assert "<script" not in html.replace('<script src="/static/', ""), path
    document = client.get("/documents/w06").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in document  # shown, as text


def test_raw_text_and_api_never_render_as_html(client: TestClient) -> None:
    raw = client.get("/documents/w06/raw")
    assert raw.headers["content-type"].startswith("text/plain")
    assert raw.headers["x-content-type-options"] == "nosniff"
    assert "<script>" in raw.text  # the raw text is the raw text, served as plain text
    api = client.get("/api/documents/w06")
    assert api.headers["content-type"] == "application/json"


def test_pages_allow_only_their_own_scripts(client: TestClient) -> None:
    policy = client.get("/documents/w06").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


@pytest.mark.parametrize(("path", "params", "parameter"), [
    ("/api/events", {"date_from": "2014' OR '1'='1"}, "date_from"),
    ("/api/events", {"date_to": "2014-02-30"}, "date_to"),
    ("/api/events", {"type": "MEETING'; DROP TABLE events; --"}, "type"),
    ("/api/events", {"org": "c1' OR 1=1 --"}, "org"),
    ("/api/events", {"person": "x" * 5000}, "person"),
    ("/api/events", {"limit": "1; DROP TABLE claims"}, "limit"),
    ("/api/events", {"limit": "10" * 40}, "limit"),
    ("/api/events", {"offset": "-1"}, "offset"),
    ("/api/entities", {"q": "ا" * 5000}, "q"),
    ("/api/entities", {"q": "x", "type": "PERSON' --"}, "type"),
    ("/api/orgs/{union}/board", {"on": "yesterday"}, "on"),
    ("/api/orgs/{union}/board", {"on": "9" * 400}, "on"),
    ("/api/entities/c' OR 1=1", {}, "entity_id"),
    ("/api/search", {"q": ""}, "q"),
    ("/orgs/{union}", {"on": "2014-13-01"}, "on"),
    ("/", {"q": "ا" * 5000}, "q"),
])
def test_a_bad_parameter_is_a_4xx_naming_it(client: TestClient, ids: dict[str, str], path: str,
                                           params: dict[str, str], parameter: str) -> None:
    answer = client.get(path.format(**ids), params=params)
    assert 400 <= answer.status_code < 500
    if path.startswith("/api/"):
        assert answer.json()["error"]["parameter"] == parameter
    else:
        assert parameter in answer.text and "Traceback" not in answer.text


def test_sql_in_a_search_is_only_words(client: TestClient) -> None:
    answer = client.get("/api/search", params={"q": "x' OR '1'='1"})
    assert answer.status_code == 200
    assert answer.json()["people"] == [] and answer.json()["documents"]["hits"] == []
    assert client.get("/api/events").json()["total"] == 3  # nothing was dropped


def test_a_failure_inside_the_server_shows_no_trace(built_register: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("secret detail of the server")

    monkeypatch.setattr(views, "document", broken)
    with TestClient(create_app(built_register), base_url=BASE,
                    raise_server_exceptions=False) as c:
        for path in ("/api/documents/w01", "/documents/w01"):
            answer = c.get(path)
            assert answer.status_code == 500
            assert "secret" not in answer.text and "Traceback" not in answer.text


@pytest.mark.parametrize("headers", [
    {"Origin": EVIL},
    {"Referer": EVIL + "/page"},
    {"Origin": "null"},
    {},  # a form with neither header
])
def test_a_form_from_another_origin_is_refused(writable: TestClient, ids: dict[str, str],
                                               headers: dict[str, str]) -> None:
    answer = writable.post("/review/merge", data={"a": ids["raed"], "b": ids["maher"]},
                           headers=headers)
    assert answer.status_code == 403
    found = writable.get("/api/entities", params={"q": "ماهر العلي"}).json()["items"]
    assert found[0]["id"] == ids["maher"]  # not merged


def test_json_from_another_origin_is_refused(writable: TestClient, ids: dict[str, str]) -> None:
    answer = writable.post("/api/review/merge", json={"a": ids["raed"], "b": ids["maher"]},
                           headers={"Origin": EVIL})
    assert answer.status_code == 403
    assert "another origin" in answer.json()["error"]["message"]


def test_a_bad_id_in_a_write_is_a_4xx(writable: TestClient) -> None:
    answer = writable.post("/api/review/merge", json={"a": "c'; DROP TABLE x", "b": "c1"})
    assert (answer.status_code, answer.json()["error"]["parameter"]) == (422, "a")


def test_read_only_turns_writes_off(client: TestClient, ids: dict[str, str]) -> None:
    answer = client.post("/api/review/merge", json={"a": ids["raed"], "b": ids["maher"]},
                         headers={"Origin": BASE})
    assert answer.status_code == 403 and "read-only" in answer.json()["error"]["message"]
    review = client.get("/review").text
    assert 'action="/review/merge"' not in review


def test_serve_binds_to_loopback_by_default() -> None:
    serve = main.commands["serve"]
    [host] = [p for p in serve.params if p.name == "host"]
    assert host.default == "127.0.0.1"
