"""A one-holder seat (head, chair, secretary general, minister of one portfolio) never shows
two current holders: the latest claim wins, the others are earlier holders with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from tests.register.test_resolve import store

from sijill.register.db import Database
from sijill.register.queries import resolve_entity
from sijill.register.seats import board, person_tenures
from sijill.register.tenures import ClaimRef, EntityRef, PositionClaim, assemble

A = EntityRef("p-a", "منى الحكيم", "PERSON")
B = EntityRef("p-b", "سعيد الهاشمي", "PERSON")
C = EntityRef("p-c", "رامي العتوم", "PERSON")
ORG = EntityRef("o-1", "جمعية حماية المستهلك", "ORG")


def holds(n: int, person: EntityRef, said_on: str | None, role: str = "رئيس", *,
          start: str | None = None) -> PositionClaim:
    """A claim that a person holds a post, in a made-up document ``d<n>``."""
    ref = ClaimRef(f"d{n}/position/0", "position", f"d{n}", said_on, "…", 0, 1, "current",
                   date=start)
    return PositionClaim(ref, person, ORG, role, "current", start)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_the_latest_claim_keeps_a_one_holder_seat(order: tuple[int, int, int]) -> None:
    claims = [holds(1, A, "2019-03-02"), holds(2, B, "2020-06-10"), holds(3, C, "2021-01-20")]
    tenures = assemble([claims[i] for i in order])
    by_person = {t.person.id: t for t in tenures}
    assert [t.person for t in tenures if t.status == "current"] == [C]
    assert (by_person["p-a"].end, by_person["p-a"].end_basis, by_person["p-a"].successor) == (
        "2020-06-10", "later holder", B)
    assert (by_person["p-b"].end, by_person["p-b"].status, by_person["p-b"].successor) == (
        "2021-01-20", "former", C)
    assert by_person["p-c"].predecessor == B


def test_a_claims_own_date_comes_before_its_documents() -> None:
    # B's document is older, but it says B started later than A was last said to hold it.
    tenures = assemble([holds(1, A, "2018-05-01"), holds(2, B, "2017-01-01", start="2018-09")])
    assert [t.person for t in tenures if t.status == "current"] == [B]


@pytest.mark.parametrize(("role", "current"), [
    ("رئيس", 1),
    ("الأمين العام", 1),
    ("وزير الخارجية", 1),  # a minister of one portfolio
    ("المدير التنفيذي", 1),
    ("عضو مجلس الإدارة", 2),  # many members at once
    ("نائب رئيس", 2),
    ("وزير", 2),  # ministers without a named portfolio
    ("المبعوث الخاص", 2),  # envoys of one body, each to another country
    ("مفوض", 2),
])
def test_only_one_holder_seats_keep_one_current_holder(role: str, current: int) -> None:
    tenures = assemble([holds(1, A, "2020-01-01", role), holds(2, B, "2020-02-01", role)])
    assert sum(t.status == "current" for t in tenures) == current


def record(doc_id: str, published: str, person: str, role: str) -> dict[str, Any]:
    """A record of a made-up sentence that ``person`` holds ``role`` in the association."""
    text = f"قال {person} {role} جمعية حماية المستهلك إن الأسعار مستقرة."
    start = text.find(person)
    org_at = text.find("جمعية")
    return {"id": doc_id, "published": published, "text": text,
            "entities": [
                {"id": "e1", "type": "PERSON", "name": person, "aliases": [],
                 "mentions": [{"start": start, "end": start + len(person)}]},
                {"id": "e2", "type": "ORG", "name": "جمعية حماية المستهلك", "aliases": [],
                 "mentions": [{"start": org_at, "end": org_at + 20}]}],
            "positions": [{"person": "e1", "org": "e2", "role": role, "status": "current",
                           "evidence": {"start": 0, "end": len(text)}}],
            "events": []}


def test_the_board_and_the_person_page_agree_on_one_holder(db: Database) -> None:
    from sijill.register.resolve import resolve_pending

    store(db, record("r1", "2022-04-03", "منى الحكيم", "رئيسة"),
          record("r2", "2023-09-15", "سعيد الهاشمي", "رئيس"),
          record("r3", "2023-10-01", "رامي العتوم", "عضو مجلس إدارة"),
          record("r4", "2022-01-09", "سعيد الهاشمي", "عضو مجلس إدارة"))
    resolve_pending(db)
    org = resolve_entity(db, "جمعية حماية المستهلك", ("ORG",)).id
    seated = board(db, org)
    heads = [t.person.name for t in seated if t.role.endswith(("رئيس", "رئيسة"))]
    assert heads == ["سعيد الهاشمي"]
    members = sorted(t.person.name for t in seated if t.role.startswith("عضو"))
    assert members == ["رامي العتوم", "سعيد الهاشمي"]
    [mona] = person_tenures(db, resolve_entity(db, "منى الحكيم", ("PERSON",)).id)
    assert (mona.status, mona.end, mona.end_basis) == ("former", "2023-09-15", "later holder")
    assert mona.successor is not None and mona.successor.name == "سعيد الهاشمي"
    # On a date before the later holder's claim, the earlier holder held the seat.
    assert [t.person.name for t in board(db, org, "2022-12") if t.role != "عضو مجلس إدارة"] \
        == ["منى الحكيم"]
