"""The adjective of elections (الانتخابية، انتخابياً: electoral) tells of no one elected; the noun
still does (Jordanian and Tunisian shapes, in sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    # A date soon after the adjective, which would make a noun a report.
    "وأعلنت الهيئة المستقلة للانتخاب في الأردن أنها جهزت مراكز الاقتراع، وأن الحملة الانتخابية تنطلق في العاشر من سبتمبر المقبل.",
    "وقالت الهيئة العليا المستقلة للانتخابات في تونس إنها اعتمدت مركزاً انتخابياً جديداً في 12 يونيو 2023.",
])
def test_electoral_is_no_election(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "ELECTION"]


def test_the_noun_still_elects(run: Any) -> None:
    doc = run("وتم انتخاب المحامي رضا الزغمي رئيساً لهيئة المحامين في تونس.", published="2023-05-14")
    assert [e for e in doc.claims["events"] if e.type == "ELECTION"]
