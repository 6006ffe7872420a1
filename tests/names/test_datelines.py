"""The outlet named in a report's dateline, on reports written here."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _names(doc: Doc, kind: str) -> list[str]:
    return [e.name for e in doc.entities if e.type == kind]


@pytest.mark.parametrize(("dateline", "outlet"), [
    ("الشروق - تونس", "الشروق"),
    ("الرباط – هسبريس", "هسبريس"),
    ("صدى البلد – القاهرة", "صدى البلد"),
])
def test_the_part_of_a_dateline_that_is_no_city_is_the_outlet(run, dateline: str, outlet: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(f"الحزب يعقد مؤتمره العام\n\n{dateline}\nأعلن الحزب الجمهوري عن عقد مؤتمره العام الشهر المقبل.")
    assert outlet in _names(doc, "ORG")


@pytest.mark.parametrize("dateline", [
    "صنعاء - خاص",  # the kind of report, no outlet
    "القاهرة – وكالات",
    "الشروق - تونس: أعلن الحزب الجمهوري",  # joined to the first sentence by a colon
    "الحزب الجمهوري - المؤتمر العام",  # no city: a heading, no dateline
])
def test_no_outlet_where_the_dateline_names_none(run, dateline: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(f"عنوان الخبر\n\n{dateline}\nوقال الوزير إن الاجتماع تأجل.")
    orgs = _names(doc, "ORG")
    for word in ("خاص", "وكالات", "الشروق", "المؤتمر العام"):
        assert word not in orgs
