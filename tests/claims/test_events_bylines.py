"""A byline (a writer's name, a dash and the outlet) whose outlet reads as an event verb (عين اليوم:
'appointed today') reports no event; a subject before its verb still does. Sentences written for
these tests (Gulf and Yemeni shapes)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "مريم الكعبي – عين اليوم",
    "مريم الكعبي - عين اليوم",
])
def test_a_byline_is_no_appointment(run: Any, text: str) -> None:
    doc = run(text + "\nافتتح معرض الكتاب في الشارقة أمس بمشاركة واسعة.", published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "APPOINTMENT"]


def test_a_subject_before_its_verb_is_appointed(run: Any) -> None:
    doc = run("وكان الدكتور صالح باعوم عين محافظاً لحضرموت في مارس الماضي.", published="2023-05-14")
    appointed = [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == "APPOINTMENT"]
    assert appointed and "صالح باعوم" in appointed[0]
