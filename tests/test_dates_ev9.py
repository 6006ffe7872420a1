"""A bare weekday in a future clause (ev9's audit): the day itself when it is the writer's day
(a week ahead would say المقبل), the next such day otherwise; sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.dates import find_dates

PUBLISHED = "2024-06-13"  # a Thursday


def _values(text: str, published: str = PUBLISHED) -> list[str | None]:
    return [s.value for s in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    # The writer's day is the weekday named: the meeting is that day, not a week later.
    ("وقالت نقابة الأطباء المغربية إن مجلسها الوطني سينعقد الخميس لبحث الإضراب.", ["2024-06-13"]),
    ("وسوف يجتمع المكتب السياسي للحزب الخميس في بيروت.", ["2024-06-13"]),
    # Another weekday: the next one after the writer's day.
    ("وسوف يجتمع المكتب السياسي للحزب السبت في بيروت.", ["2024-06-15"]),
    # المقبل says a week ahead.
    ("وسوف يجتمع المكتب السياسي للحزب الخميس المقبل في بيروت.", ["2024-06-20"]),
])
def test_a_weekday_told_as_coming(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


def test_the_writers_day_counts_for_a_coming_weekday() -> None:
    # Printed on Friday, written on Thursday (أمس الأربعاء): الخميس in a future clause is the
    # writer's day.
    text = ("وخسر حزب الوسط أمس الأربعاء تصويتا في البرلمان، وأضاف أمينه العام أن هيئته العليا "
            "ستعقد جلسة استثنائية الخميس للنظر في الطعون.")
    assert _values(text, "2024-06-14") == ["2024-06-12", "2024-06-13"]


@pytest.mark.parametrize(("text", "expected"), [
    # قبل الماضي: the one a week before the last such day.
    ("واجتمعت الهيئة الإدارية لنقابة المحامين الأربعاء قبل الماضي في عمان.", ["2024-06-05"]),
    ("واجتمعت الهيئة الإدارية لنقابة المحامين الخميس قبل الماضي في عمان.", ["2024-05-30"]),
    ("واجتمعت الهيئة الإدارية لنقابة المحامين الأربعاء الماضي في عمان.", ["2024-06-12"]),
])
def test_a_weekday_before_last(text: str, expected: list[str]) -> None:
    assert _values(text) == expected
