"""Claims on inputs no article should be but some are: a cabinet of forty ministers, a sentence
of dozens of titled names, a decree that names nobody, impossible dates. Every claim must keep
evidence inside the text and every date value must be a real date."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from sijill.record import to_record

_GIVEN = ["سامي", "ليلى", "خالد", "منى", "رامي", "هدى", "وليد", "سعاد", "ماهر", "نادية"]
_FAMILY = ["الحداد", "العطار", "النجار", "الخياط", "الصباغ", "الحلبي", "الشامي", "المصري"]
_PORTFOLIOS = ["الخارجية", "الداخلية", "المالية", "الدفاع", "العدل", "الصحة", "التعليم", "الزراعة",
               "النقل", "الإسكان"]


def _name(i: int) -> str:
    return f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]}"


def _valid(value: str) -> bool:
    for part in value.split("/"):
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", part):
            return False
        y, m, d = (int(x) for x in (part + "-01-01")[:10].split("-"))
        try:
            date(y, m, d)
        except ValueError:
            return False
    return True


def _check(record: dict[str, Any]) -> None:
    size = len(record["text"])
    for kind in ("positions", "events", "relations", "decisions"):
        for claim in record.get(kind, []):
            ev = claim["evidence"]
            assert 0 <= ev["start"] < ev["end"] <= size, (kind, claim)
    for ent in record["entities"]:
        if ent["type"] == "DATE" and ent.get("value") is not None:
            assert _valid(ent["value"]), ent


def test_a_cabinet_of_forty_ministers(run: Any) -> None:
    items = [f"ووزير {_PORTFOLIOS[i % len(_PORTFOLIOS)]} {_name(i)}" for i in range(40)]
    text = ("وأعلن رئيس الوزراء تشكيل الحكومة الجديدة التي تضم: " + "، ".join(items)
            + ". وأدى الوزراء اليمين الدستورية أمس.")
    record = to_record(run(text, published="2024-02-11"))
    _check(record)
    holders = {p["person"] for p in record["positions"]}
    assert len(holders) >= 20  # most ministers of the list hold a post


def test_a_sentence_of_dozens_of_titled_names(run: Any) -> None:
    text = "وحضر الحفل " + "، و".join(f"الدكتور {_name(i)} رئيس جمعية رقم {i}" for i in range(60)) + "."
    _check(to_record(run(text, published="2023-01-01")))


@pytest.mark.parametrize("text", [
    "صدر مرسوم رئاسي بتعيين عدد من المحافظين الجدد.",
    "وقرر المجلس إعفاء عدد من المديرين من مناصبهم وتكليف آخرين.",
    "وعقد الاجتماع يوم 30 شباط 2021 في مقر الهيئة.",
    "وتأسست الجمعية عام 1500هـ بحسب بيانها.",
    "وانتخب المجلس رئيسه في غرة رمضان دون أن يذكر العام.",
    "وصدر القرار في 31/2/1440هـ.",
])
def test_decrees_without_names_and_impossible_dates(run: Any, text: str) -> None:
    record = to_record(run(text, published="2022-06-01"))
    _check(record)
    assert not record["positions"]  # nobody is named, so nobody holds a post
