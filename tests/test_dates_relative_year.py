"""A month named in a year told relative to publication (من العام الماضي، من العام المقبل): one
date in that year, not the month nearest publication and a year beside it. Sentences written
for these tests; Hijri values checked against the Umm al-Qura calendar."""

from __future__ import annotations

import pytest

from sijill.dates import find_dates

PUBLISHED = "2024-06-10"  # 4 Dhu al-Hijja 1445


def _dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(text[s.start : s.end], s.value) for s in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    # October is after June: the nearest past October would be 2023 anyway; the year says so too.
    ("تولى المدرب العراقي مهامه في أكتوبر من العام الماضي", [("أكتوبر من العام الماضي", "2023-10")]),
    # A month of last year that is before June: not this year's.
    ("عقد الحزب مؤتمره في مارس من العام الماضي", [("مارس من العام الماضي", "2023-03")]),
    ("ستجرى الانتخابات في شهر أبريل من العام المقبل", [("شهر أبريل من العام المقبل", "2025-04")]),
    ("افتتح المقر في 12 يناير من العام الجاري", [("12 يناير من العام الجاري", "2024-01-12")]),
    # A Hijri month of the last Hijri year.
    ("انتخب رئيساً للنادي في شعبان من العام الماضي", [("شعبان من العام الماضي", "2023-02-21/2023-03-22")]),
])
def test_a_month_of_a_relative_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


def test_a_relative_year_without_publication_has_no_value() -> None:
    assert _dates("عقد المؤتمر في مارس من العام الماضي", None) == [("مارس من العام الماضي", None)]
