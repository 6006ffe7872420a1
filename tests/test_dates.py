"""Date expressions of every shape, with values, resolved against the publication date."""

from __future__ import annotations

import pytest

from sijill.dates import find_dates

PUBLISHED = "2024-06-10"  # a Monday


def _dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(text[s.start : s.end], s.value) for s in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Levantine months, transliterated months, both together
        ("عقد المؤتمر في 3 آذار 2013 بدمشق", [("3 آذار 2013", "2013-03-03")]),
        ("وصل في 15 تشرين الأول 2019", [("15 تشرين الأول 2019", "2019-10-15")]),
        ("تأسس في 25 يناير 2011", [("25 يناير 2011", "2011-01-25")]),
        ("في كانون الأول/ديسمبر 2014 أعلن", [("كانون الأول/ديسمبر 2014", "2014-12")]),
        ("صدر في شباط (فبراير) 2012", [("شباط (فبراير) 2012", "2012-02")]),
        ("في أيار من العام 2013", [("أيار من العام 2013", "2013-05")]),
        ("يوم 5 جوان 2019", [("5 جوان 2019", "2019-06-05")]),
        # numeric, with every separator, Arabic-Indic digits, ISO
        ("بتاريخ 9/6/2023 عقد", [("9/6/2023", "2023-06-09")]),
        ("بتاريخ 7 – 12 – 2020 عقد", [("7 – 12 – 2020", "2020-12-07")]),
        ("في 01.02.2021 صدر", [("01.02.2021", "2021-02-01")]),
        ("في 31-10-2020 صدر", [("31-10-2020", "2020-10-31")]),
        ("في ١٢/٦/٢٠٢٤ صدر", [("١٢/٦/٢٠٢٤", "2024-06-12")]),
        ("نشر 2022-03-15 على الموقع", [("2022-03-15", "2022-03-15")]),
        # weekday + date
        ("يوم الجمعة الموافق 9/6/2023", [("يوم الجمعة الموافق 9/6/2023", "2023-06-09")]),
        ("الأحد 12 أيار 2013", [("الأحد 12 أيار 2013", "2013-05-12")]),
        # years, ranges, parts of periods
        ("منذ عام 2012 وحتى الآن", [("عام 2012", "2012")]),
        ("خلال العام 2023", [("العام 2023", "2023")]),
        ("عمل بين 1998-2012 في الوزارة", [("بين 1998-2012", "1998/2012")]),
        ("بين عامي 2011 و2013", [("بين عامي 2011 و2013", "2011/2013")]),
        ("من 2014 إلى 2016", [("من 2014 إلى 2016", "2014/2016")]),
        ("في أواخر كانون الثاني/يناير 2015", [("أواخر كانون الثاني/يناير 2015", "2015-01")]),
        ("منتصف العام 2016", [("منتصف العام 2016", "2016")]),
        ("مطلع 2020", [("مطلع 2020", "2020")]),
        ("حقوق النشر © 2024 محفوظة", [("2024", "2024")]),
        # relative to the publication date
        ("عقدت الهيئة اليوم (الاثنين) اجتماعاً", [("اليوم (الاثنين)", "2024-06-10")]),
        ("وتعقد غداً الثلاثاء جلسة", [("غداً الثلاثاء", "2024-06-11")]),
        ("التقى أمس وفداً", [("أمس", "2024-06-09")]),
        ("أعلن أول أمس", [("أول أمس", "2024-06-08")]),
        ("في العام الماضي", [("العام الماضي", "2023")]),
        ("خلال الشهر المنصرم", [("الشهر المنصرم", "2024-05")]),
        ("يوم الخميس الماضي", [("يوم الخميس الماضي", "2024-06-06")]),
        ("الأحد المقبل", [("الأحد المقبل", "2024-06-16")]),
        ("مطلع العام المقبل", [("مطلع العام المقبل", "2025")]),
        ("في شهر آذار", [("شهر آذار", "2024-03")]),
    ],
)
def test_expression_and_value(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    ["اليوم العالمي للمرأة", "مارس الضغط على الوفد", "قتل 1500 مقاتل", "حصل على 62 صوتاً",
     "أحد الأعضاء", "رقم 12/7 من القرار"],
)
def test_not_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عقدت الهيئة اليوم اجتماعاً", [("اليوم", None)]),
        ("في العام الماضي", [("العام الماضي", None)]),
        ("في تشرين الثاني", [("تشرين الثاني", None)]),
        ("في 3 آذار 2013", [("3 آذار 2013", "2013-03-03")]),
    ],
)
def test_relative_without_publication_date_has_no_value(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(text, None) == expected


def test_impossible_calendar_date_gets_no_value() -> None:
    assert _dates("في 31 شباط 2013") == [("31 شباط 2013", None)]


def test_dateline_gives_the_publication_date(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("دمشق - 10 حزيران 2024\nعقدت الهيئة اليوم (الاثنين) اجتماعاً، وتجتمع غداً.")
    assert doc.published == "2024-06-10"
    assert [s.value for s in doc.layers["dates"]] == ["2024-06-10", "2024-06-10", "2024-06-11"]


def test_dateline_does_not_override_a_given_date(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("10 حزيران 2024\nعقدت الهيئة اليوم اجتماعاً", published="2024-06-12")
    assert doc.published == "2024-06-12"
    assert doc.layers["dates"][1].value == "2024-06-12"


def test_a_date_inside_a_sentence_is_not_a_dateline(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قالت الهيئة في بيان صدر عنها ونشرته على موقعها إنها اجتمعت في 10 حزيران 2024.")
    assert doc.published is None


@pytest.mark.parametrize("seed", range(10))
def test_windowed_scan_equals_a_full_scan(seed: int) -> None:
    import random

    from sijill.dates import _matches, grammar
    from sijill.text.normalize import search_view

    rng = random.Random(seed)
    words = ["عقد", "الاجتماع", "في", "3", "آذار", "2013", "بين", "عامي", "2011", "و2014", "اليوم",
             "(الاثنين)", "أواخر", "العام", "الماضي", "9/6/2023", "يوم", "الجمعة", "الموافق",
             "كانون الثاني/يناير", "1500", "مقاتل", "منتصف", "شهر", "أمس", "غداً", "\n"]
    view = search_view(" ".join(rng.choice(words) for _ in range(400)))
    g = grammar()
    full = [(m.start(), m.end(), m.lastgroup) for m in g.pattern.finditer(view)]
    assert [(m.start(), m.end(), m.lastgroup) for m in _matches(g, view)] == full
    assert full
