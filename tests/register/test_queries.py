"""Queries over the register: names to entities, person and organisation pages, events, and
the commands that print them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.register.db import Database
from sijill.register.queries import (
    AmbiguousName,
    QueryError,
    UnknownName,
    _event_filter,
    check_date,
    event_page,
    find_entities,
    find_events,
    org_page,
    person_page,
    resolve_entity,
)
from sijill.register.store import store_record

from .query_corpus import COALITION, build

# -- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "name", "match"), [
    ("هادي البحرة", "هادي البحرة", "exact"),
    ("هادى البحره", "هادي البحرة", "exact"),  # spelling folded
    ("هادي", "هادي البحرة", "prefix"),
    ("البحرة", "هادي البحرة", "contains"),
    ("  هادي   البحرة ", "هادي البحرة", "exact"),
])
def test_a_name_finds_its_person(db: Database, query: str, name: str, match: str) -> None:
    build(db)
    found = resolve_entity(db, query, ("PERSON",))
    assert (found.name, found.match, found.documents) == (name, match, 5)


def test_a_canonical_id_finds_itself(db: Database) -> None:
    build(db)
    person = resolve_entity(db, "خالد خوجة", ("PERSON",))
    assert resolve_entity(db, person.id, ("PERSON",)) == \
        type(person)(person.id, "PERSON", "خالد خوجة", person.latin, 1, "id")


def test_a_document_entity_id_finds_its_canonical_entity(db: Database) -> None:
    build(db, ("t05",))
    [entity] = [r[0] for r in db.query("SELECT id FROM entities WHERE doc_id = 't05' "
                                       "AND type = 'PERSON'")]
    assert resolve_entity(db, entity, ("PERSON",)).name == "هادي البحرة"


def test_an_ambiguous_name_lists_its_candidates(db: Database) -> None:
    build(db)
    with pytest.raises(AmbiguousName) as err:
        resolve_entity(db, "المجلس الوطني", ("ORG",))
    names = {c.name for c in err.value.candidates}
    assert names == {"المجلس الوطني السوري", "المجلس الوطني الكردي"}
    assert all(c.id for c in err.value.candidates)


@pytest.mark.parametrize("query", ["زيد عمرو", "%", "_", "'; DROP TABLE entities; --"])
def test_an_unknown_name(db: Database, query: str) -> None:
    build(db, ("t03",))
    with pytest.raises(UnknownName):
        resolve_entity(db, query, ("PERSON",))
    assert db.scalar("SELECT COUNT(*) FROM entities") > 0


def test_an_empty_name_is_an_error(db: Database) -> None:
    with pytest.raises(QueryError):
        find_entities(db, "   ")


# -- pages -----------------------------------------------------------------------------------


def test_a_person_page(db: Database) -> None:
    build(db)
    page = person_page(db, "البحرة")
    assert page.entity.name == "هادي البحرة"
    assert [(n.name, n.documents) for n in page.names] == [("هادي البحرة", 5)]
    assert page.latin and "Bahr" in page.latin[0]
    assert [t.end for t in page.tenures] == ["2015-01-05"]
    assert page.events_total == 2
    assert [(e.type, e.date, e.doc) for e in page.events] == [
        ("MEETING", "2014-08-20", "t04"), ("ELECTION", "2014-07-09", "t03")]
    [meeting] = [e for e in page.events if e.type == "MEETING"]
    assert {p.name for p in meeting.participants} == {COALITION, "هادي البحرة",
                                                      "المجلس الوطني الكردي"}
    assert meeting.location is not None and meeting.location.name == "إسطنبول"
    assert (page.quotes_total, page.quotes[0].text, page.quotes[0].doc) == (
        1, "المرحلة تتطلب العمل", "t05")


def test_every_claim_gives_its_document_and_sentence(db: Database) -> None:
    build(db)
    page = person_page(db, "هادي البحرة")
    texts = {doc: str(db.scalar("SELECT text FROM documents WHERE id = ?", (doc,)))
             for doc in ("t03", "t04", "t05", "t06", "t07")}
    claims: list[Any] = [c for t in page.tenures for c in t.claims] + page.events + page.quotes
    for c in claims:
        # `evidence` is the whole sentence; the offsets are the claim's own span inside it.
        assert c.evidence and texts[c.doc][c.start : c.end] in c.evidence
        assert c.evidence in texts[c.doc]


def test_an_org_page_with_its_board_bodies_and_events(db: Database) -> None:
    build(db)
    page = org_page(db, COALITION, on="2014-12-01")
    assert page.entity.name == COALITION and page.on == "2014-12-01"
    assert [(t.person.name, t.role) for t in page.board] == [("هادي البحرة", "رئيس")]
    assert page.events_total == 6
    assert page.events[0].date == "2021-07-12"  # newest first
    assert "الهيئة العامة" in {r.entity.name for r in page.bodies}
    now = org_page(db, COALITION)
    assert [t.person.name for t in now.board] == ["سالم المسلط"]


# -- events ----------------------------------------------------------------------------------


def _events(db: Database, **filters: Any) -> list[tuple[str, str | None]]:
    return [(e.doc, e.date) for e in find_events(db, **filters)]


def _undated_meeting(doc_id: str) -> dict[str, Any]:
    """A record of a meeting whose text gives no date and whose document has none."""
    text = "عقد المجلس الوطني الكردي اجتماعاً موسعاً."
    org = "المجلس الوطني الكردي"
    at = text.find(org)
    return {"id": doc_id, "published": None, "text": text,
            "entities": [{"id": "e1", "type": "ORG", "name": org, "aliases": [],
                          "mentions": [{"start": at, "end": at + len(org)}]}],
            "positions": [],
            "events": [{"type": "MEETING", "date": None, "participants": ["e1"],
                        "location": None, "evidence": {"start": 0, "end": len(text)}}]}


def test_events_in_date_order_with_undated_last(db: Database) -> None:
    build(db)
    store_record(db, _undated_meeting("u01"), version="test", digest="u01")
    # Elections the text does not date take their article's day (t03, t06).
    assert _events(db) == [("t01", "2012-11"), ("t02", "2012-11-09"), ("t03", "2014-07-09"),
                           ("t12", "2014-08-03"), ("t04", "2014-08-20"), ("t06", "2015-01-05"),
                           ("t11", "2021-07-12"), ("u01", None)]


@pytest.mark.parametrize(("filters", "docs"), [
    ({"event_type": "meeting"}, ["t12", "t04"]),
    ({"event_type": "FOUNDING"}, ["t01"]),
    ({"date_from": "2014", "date_to": "2014"}, ["t03", "t12", "t04"]),
    ({"date_from": "2014-08-10"}, ["t04", "t06", "t11"]),
    ({"date_from": "2012-11-05", "date_to": "2012-11-30"}, ["t01", "t02"]),  # 2012-11 overlaps
    ({"date_to": "2012-11-05"}, ["t01"]),
    ({"date_from": "2021-07", "event_type": "ELECTION"}, ["t11"]),
    ({"date_from": "2030"}, []),
])
def test_event_filters(db: Database, filters: dict[str, Any], docs: list[str]) -> None:
    build(db)
    assert [d for d, _ in _events(db, **filters)] == docs


def test_events_of_an_organisation(db: Database) -> None:
    build(db)
    kurdish = resolve_entity(db, "المجلس الوطني الكردي", ("ORG",)).id
    assert [d for d, _ in _events(db, participant=kurdish)] == ["t04"]
    coalition = resolve_entity(db, COALITION, ("ORG",)).id
    assert [d for d, _ in _events(db, participant=coalition, limit=3)] == ["t01", "t03", "t12"]


@pytest.mark.parametrize(("limit", "offset"), [(3, 0), (3, 2), (2, 6), (5, 7), (4, 40)])
@pytest.mark.parametrize("newest_first", [False, True])
def test_an_event_page_is_that_slice_of_the_events(db: Database, limit: int, offset: int,
                                                   newest_first: bool) -> None:
    build(db)
    store_record(db, _undated_meeting("u01"), version="test", digest="u01")
    every = find_events(db, newest_first=newest_first)
    found, total = event_page(db, limit=limit, offset=offset, newest_first=newest_first)
    assert (found, total) == (every[offset:offset + limit], 8)


def test_an_event_page_of_two_participants_lists_their_shared_events(db: Database) -> None:
    build(db)
    coalition = resolve_entity(db, COALITION, ("ORG",)).id
    shared = [e for e in find_events(db, participant=coalition)
              if any(p.type == "PERSON" for p in e.participants)]
    person = next(p.id for p in shared[0].participants if p.type == "PERSON")
    theirs = [e for e in shared if any(p.id == person for p in e.participants)]
    found, total = event_page(db, participants=[coalition, person], limit=50)
    assert theirs and (found, total) == (theirs, len(theirs))
    assert event_page(db, participants=[coalition, person], limit=1, offset=1) == \
        (theirs[1:2], len(theirs))


@pytest.mark.parametrize("value", ["2014", "2014-05", "2014-05-31"])
def test_dates_at_any_precision(value: str) -> None:
    assert check_date(value) == value


@pytest.mark.parametrize("value", ["2014-13", "2014-02-30", "14", "2014/05", "yesterday", ""])
def test_bad_dates(value: str) -> None:
    with pytest.raises(QueryError):
        check_date(value)


# -- commands --------------------------------------------------------------------------------


def _run(db: Database, *args: str) -> Any:
    return CliRunner().invoke(main, [*args, "--db", db.url])


def test_person_command_json(db: Database) -> None:
    build(db)
    result = _run(db, "person", "هادي البحرة", "--json")
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    [tenure] = page["tenures"]
    assert (tenure["start"], tenure["end"], tenure["org"]["name"]) == (
        "2014-07-09", "2015-01-05", COALITION)
    for c in tenure["claims"] + page["events"] + page["quotes"]:
        assert c["doc"] and c["evidence"]


def test_person_command_text(db: Database) -> None:
    build(db)
    result = _run(db, "person", "هادي البحرة")
    assert result.exit_code == 0, result.output
    assert "هادي البحرة" in result.output and "2014-07-09" in result.output
    assert "t07" in result.output and "السابق" in result.output


def test_org_command_on_a_date(db: Database) -> None:
    build(db)
    result = _run(db, "org", COALITION, "--on", "2016", "--json")
    assert result.exit_code == 0, result.output
    assert [t["person"]["name"] for t in json.loads(result.output)["board"]] == ["خالد خوجة"]
    text = _run(db, "org", COALITION, "--on", "2016")
    assert "خالد خوجة" in text.output and "Board (on 2016)" in text.output


def test_events_command_filters(db: Database) -> None:
    build(db)
    result = _run(db, "events", "--org", "المجلس الوطني الكردي", "--json")
    assert [e["doc"] for e in json.loads(result.output)] == ["t04"]
    result = _run(db, "events", "--type", "MEETING", "--from", "2014-08", "--to", "2014-08")
    assert result.exit_code == 0 and "2 events" in result.output
    assert "إسطنبول" in result.output


def test_an_unknown_name_exits_1(db: Database) -> None:
    build(db, ("t03",))
    result = _run(db, "person", "زيد عمرو")
    assert result.exit_code == 1 and "زيد عمرو" in result.output


def test_an_ambiguous_name_lists_ids_and_exits_1(db: Database) -> None:
    build(db)
    result = _run(db, "org", "المجلس الوطني")
    assert result.exit_code == 1
    assert "المجلس الوطني السوري" in result.output and "المجلس الوطني الكردي" in result.output
    data = json.loads(_run(db, "org", "المجلس الوطني", "--json").output)
    assert len(data["candidates"]) == 2
    by_id = _run(db, "org", data["candidates"][0]["id"])
    assert by_id.exit_code == 0


def test_a_bad_date_is_a_usage_error(db: Database) -> None:
    result = _run(db, "events", "--from", "2014-13")
    assert result.exit_code == 2 and "2014-13" in result.output


def test_an_entitys_events_and_quotes_are_counted_and_paged_through_indexes(
        db: Database) -> None:
    # A much-named actor takes part in thousands of events: its page reads its own rows
    # (found through the participants' and speakers' indexes), never the register's.
    if db.dialect != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    where, params = _event_filter("c1", None, None, None)
    speaker = "q.speaker IN (SELECT entity_id FROM entity_canonical WHERE canonical_id = ?)"
    for sql in (f"SELECT COUNT(*) FROM events ev WHERE {where}",
                (f"SELECT ev.claim_id FROM events ev WHERE {where} ORDER BY ev.event_date IS "
                "NULL, ev.event_date DESC, ev.doc_id DESC, ev.claim_id LIMIT 50"),
                f"SELECT COUNT(*) FROM quotes q WHERE {speaker}",
                ("SELECT c.id FROM quotes q JOIN claims c ON c.id = q.claim_id WHERE "
                f"{speaker} ORDER BY c.said_on IS NULL, c.said_on DESC LIMIT 50")):
        plan = [str(r[-1]) for r in db.query(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert not [step for step in plan if step.startswith("SCAN")], (sql, plan)
