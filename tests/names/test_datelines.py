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
    "الحزب الجمهوري - المؤتمر العام",  # no city: a heading, no dateline
])
def test_no_outlet_where_the_dateline_names_none(run, dateline: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(f"عنوان الخبر\n\n{dateline}\nوقال الوزير إن الاجتماع تأجل.")
    orgs = _names(doc, "ORG")
    for word in ("خاص", "وكالات", "المؤتمر العام"):
        assert word not in orgs


@pytest.mark.parametrize(("text", "outlet"), [
    ("هسبريس- الرباط: أعلن حزب الاستقلال عن عقد مؤتمره العام.", "هسبريس"),
    ("سامي محمد- المشهد اليمني- عدن: أكد مجلس النواب اليمني أن الجلسة تأجلت.", "المشهد اليمني"),
    ("  المصري اليوم - القاهرة: قرر مجلس إدارة النادي الأهلي تعيين مدرب جديد.", "المصري اليوم"),
])
def test_a_dateline_that_a_colon_joins_to_the_first_sentence_names_its_outlet(run, text: str, outlet: str) -> None:  # type: ignore[no-untyped-def]
    assert outlet in _names(run(f"عنوان الخبر\n\n{text}"), "ORG")


def test_no_claim_takes_the_outlet_of_a_dateline(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عنوان الخبر\n\nعدن الغد- عدن: عقد مجلس إدارة الغرفة التجارية اجتماعه برئاسة رئيس الغرفة "
              "محمد عمر بامشموس، وانتخب المجلس أحمد سالم نائبا للرئيس.")
    outlet = next(e for e in doc.entities if e.name == "عدن الغد")
    assert outlet.type == "ORG"
    claims = [*doc.claims["positions"], *doc.claims["events"], *doc.claims["relations"]]
    assert claims
    assert not any(outlet is getattr(c, key, None) for c in claims for key in ("org", "person", "child", "parent"))
    assert not any(outlet in getattr(c, "participants", []) for c in claims)
