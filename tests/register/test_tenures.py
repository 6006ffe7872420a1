"""Tenures from dated claims: intervals, their starts and ends, successions, boards by date."""

from __future__ import annotations

import pytest

from sijill.register.db import Database
from sijill.register.queries import resolve_entity
from sijill.register.seats import board, cue_offsets, person_tenures
from sijill.register.tenures import (
    ClaimRef,
    EntityRef,
    PositionClaim,
    Succession,
    Tenure,
    assemble,
    covers,
    is_shared,
    role_key,
)

from .query_corpus import COALITION, build

A = EntityRef("p-a", "هادي البحرة", "PERSON")
B = EntityRef("p-b", "خالد خوجة", "PERSON")
ORG = EntityRef("o-1", COALITION, "ORG")


def claim(n: int, person: EntityRef, said_on: str | None, status: str = "current", *,
          role: str = "رئيس", elected: str | None = None, start: str | None = None,
          end: str | None = None, org: EntityRef | None = ORG) -> PositionClaim:
    """A position claim in a made-up document ``d<n>``."""
    ref = ClaimRef(f"d{n}/position/0", "position", f"d{n}", said_on, "…", 0, 1, status)
    event = (ClaimRef(f"d{n}/event/0", "event", f"d{n}", said_on, "…", 0, 1, type="ELECTION",
                      date=elected) if elected else None)
    return PositionClaim(ref, person, org, role, status, start, end, event)


def only(tenures: list[Tenure], person: EntityRef) -> list[Tenure]:
    return [t for t in tenures if t.person.id == person.id]


# -- assembly, without a register ----------------------------------------------------------


def test_an_election_opens_a_claim_of_the_past_closes() -> None:
    [t] = assemble([claim(1, A, "2014-07-09", elected="2014-07-09"),
                    claim(2, A, "2014-10-01"), claim(3, A, "2015-03-01", "former")])
    assert (t.start, t.start_basis, t.end, t.end_basis) == (
        "2014-07-09", "election", "2015-03-01", "former")
    assert t.status == "former" and t.last_seen == "2014-10-01"
    assert [c.doc for c in t.claims] == ["d1", "d1", "d2", "d3"]


def test_the_next_holders_election_ends_a_one_holder_seat() -> None:
    tenures = assemble([claim(1, A, "2014-07-09", elected="2014-07-09"),
                        claim(2, A, "2014-10-01"),
                        claim(3, B, "2015-01-05", elected="2015-01-05")])
    [a] = only(tenures, A)
    [b] = only(tenures, B)
    assert (a.end, a.end_basis, a.successor) == ("2015-01-05", "successor", B)
    assert a.status == "former" and b.status == "current" and b.end is None
    assert b.predecessor == A


def test_members_are_not_ended_by_a_new_member() -> None:
    tenures = assemble([claim(1, A, "2014-07-09", role="عضو الهيئة السياسية", elected="2014-07-09"),
                        claim(2, B, "2015-01-05", role="عضو الهيئة السياسية",
                              elected="2015-01-05")])
    assert all(t.end is None and t.status == "current" for t in tenures)


def test_a_stated_succession_ends_the_predecessor_without_claims_of_his_own() -> None:
    event = ClaimRef("d9/event/0", "event", "d9", "2021-07-13", "خلفاً لـ…", 0, 1,
                     type="ELECTION", date="2021-07-12")
    move = Succession(A, B, ORG, role_key("رئيس"), "2021-07-12", event)
    tenures = assemble([claim(9, B, "2021-07-13", elected="2021-07-12")], [move])
    [a] = only(tenures, A)
    assert (a.start, a.end, a.end_basis, a.status, a.successor) == (
        None, "2021-07-12", "successor", "former", B)
    assert [c.claim for c in a.claims] == ["d9/event/0"]
    assert only(tenures, B)[0].predecessor == A


def test_a_future_claim_waits_for_the_start() -> None:
    [t] = assemble([claim(1, B, "2021-07-01", "future"),
                    claim(2, B, "2021-07-13", elected="2021-07-12")])
    assert (t.start, t.status) == ("2021-07-12", "current")
    assert [c.doc for c in t.claims] == ["d1", "d2", "d2"]
    [alone] = assemble([claim(1, B, "2021-07-01", "future")])
    assert (alone.start, alone.status) == (None, "future")


def test_an_election_after_the_end_opens_a_second_interval() -> None:
    tenures = assemble([claim(1, A, "2010-01-01", elected="2010-01-01"),
                        claim(2, A, "2011-06-01", "former"),
                        claim(3, A, "2013-02-03", elected="2013-02-03")])
    assert [(t.start, t.end, t.status) for t in tenures] == [
        ("2010-01-01", "2011-06-01", "former"), ("2013-02-03", None, "current")]


def test_partial_dates_keep_their_precision() -> None:
    [t] = assemble([claim(1, A, "2014-07-20", start="2014-07"), claim(2, A, None),
                    claim(3, A, "2015-03-01", "former", end="2015")])
    assert (t.start, t.start_basis, t.end, t.end_basis) == ("2014-07", "stated", "2015", "stated")
    assert "d2" in {c.doc for c in t.claims}  # an undated claim joins the interval


@pytest.mark.parametrize(("role", "key"), [
    ("رئيس", "رييس"), ("الرئيس", "رييس"), ("رئيسة", "رييس"),
    ("الأمين العام", "امين عام"), ("الأمينة العامة", "امين عام"),
])
def test_role_keys_fold_article_spelling_and_gender(role: str, key: str) -> None:
    assert role_key(role) == key


@pytest.mark.parametrize(("role", "shared"), [
    ("رئيس", False), ("عضو الهيئة السياسية", True), ("نائب رئيس", True), ("وزير", True),
    ("وزير الخارجية", False), ("المتحدث باسم", True),
])
def test_shared_roles(role: str, shared: bool) -> None:
    assert is_shared(role_key(role)) is shared


@pytest.mark.parametrize(("start", "end", "on", "expected"), [
    ("2014-07-09", "2015-01-05", "2014-12-31", True),
    ("2014-07-09", "2015-01-05", "2015-01-05", False),  # the successor's first day
    ("2014-07-09", "2015-01-05", "2014-07-09", True),
    ("2014-07", "2015", "2015-06-01", True),  # ends some time in 2015
    ("2014-07", None, "2014-07-01", True),  # starts some time that month
    ("2014-07-09", None, "2014", True),
    ("2014-07-09", None, "2013-12-31", False),
    (None, "2015-01-05", "2014-12-31", False),  # an unknown start is placed on no date
])
def test_covers_compares_on_the_common_precision(start: str | None, end: str | None, on: str,
                                                 expected: bool) -> None:
    tenure = Tenure(A, ORG, "رئيس", "former" if end else "current", start, end)
    assert covers(tenure, on) is expected


@pytest.mark.parametrize(("sentence", "cues"), [
    ("انتخب خالد رئيساً خلفاً لنصر الحريري.", 1),
    ("عُيّن رئيساً خلفاً لـ هادي البحرة", 1),
    ("ليحل محل فلان", 1),
    ("بدلاً من فلان", 1),
    ("اختلف المجتمعون على خلفية القرار", 0),
])
def test_successor_cues(sentence: str, cues: int) -> None:
    assert len(cue_offsets(sentence)) == cues


# -- through the pipeline and the register ---------------------------------------------------


def _id(db: Database, name: str, etype: str = "PERSON") -> str:
    return resolve_entity(db, name, (etype,)).id


def test_a_tenure_across_three_dated_documents(db: Database) -> None:
    build(db)
    [t] = person_tenures(db, _id(db, "هادي البحرة"))
    assert (t.role, t.org.name if t.org else None) == ("رئيس", COALITION)
    assert (t.start, t.start_basis) == ("2014-07-09", "election")
    assert (t.end, t.end_basis, t.status) == ("2015-01-05", "successor", "former")
    assert t.successor is not None and t.successor.name == "خالد خوجة"
    assert [(c.doc, c.kind) for c in t.claims] == [
        ("t03", "event"), ("t03", "position"), ("t04", "position"), ("t06", "event"),
        ("t07", "position")]
    former = t.claims[-1]
    assert former.status == "former" and former.said_on == "2015-03-01"
    assert "السابق" in former.evidence and "هادي البحرة" in former.evidence


def test_successions_name_predecessors_and_successors(db: Database) -> None:
    build(db)
    [khoja] = person_tenures(db, _id(db, "خالد خوجة"))
    assert khoja.predecessor is not None and khoja.predecessor.name == "هادي البحرة"
    assert (khoja.end, khoja.successor.name if khoja.successor else None) == (
        "2021-07-12", "سالم المسلط")
    [hariri] = person_tenures(db, _id(db, "نصر الحريري"))
    assert (hariri.status, hariri.start, hariri.end) == ("former", None, "2021-07-12")
    assert "خلفاً لنصر الحريري" in hariri.claims[0].evidence
    [meslet] = person_tenures(db, _id(db, "سالم المسلط"))
    assert (meslet.start, meslet.status) == ("2021-07-12", "current")
    assert meslet.predecessor is not None and meslet.predecessor.name == "نصر الحريري"
    assert any(c.status == "future" and c.doc == "t10" for c in meslet.claims)


def test_a_post_the_text_gives_with_its_electing_body(db: Database) -> None:
    build(db, ("t02",))
    [t] = person_tenures(db, _id(db, "جورج صبرا"))
    assert t.org is not None and t.org.name == "المجلس الوطني السوري"
    assert (t.start, t.start_basis) == ("2012-11-09", "election")


@pytest.mark.parametrize(("on", "holder"), [
    ("2014-12", "هادي البحرة"), ("2015-01-05", "خالد خوجة"), ("2016", "خالد خوجة"),
    ("2021-07-12", "سالم المسلط"), (None, "سالم المسلط"), ("2013", None),
])
def test_the_board_on_a_date(db: Database, on: str | None, holder: str | None) -> None:
    build(db)
    seated = board(db, _id(db, COALITION, "ORG"), on)
    assert [t.person.name for t in seated] == ([holder] if holder else [])
