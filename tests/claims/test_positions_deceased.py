"""Posts of the dead are former (annotation.md: current is held at the time of the article),
in sentences written for these tests; a relative's death or a mourner's post leaves them."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _status(doc: Doc, person: str) -> set[str]:
    return {p.status for p in doc.claims["positions"] if p.person.name == person}


@pytest.mark.parametrize(("text", "person"), [
    ("وشيع المئات جثمان الفقيد الدكتور سامي الخطيب رئيس جمعية المهندسين الأردنيين.", "سامي الخطيب"),
    ("وتوفي أمس الدكتور خليل النعيمي رئيس جامعة الموصل عن عمر ناهز 70 عاماً.", "خليل النعيمي"),
    ("وأسفر الانفجار عن مقتل القيادي في الحركة ماجد الطائي قائد كتيبة الإسناد.", "ماجد الطائي"),
])
def test_the_posts_of_the_dead_are_former(run: Any, text: str, person: str) -> None:
    assert _status(run(text, published="2022-03-01"), person) == {"former"}


def test_a_relatives_death_leaves_the_post_held(run: Any) -> None:
    doc = run("وقدم المحافظ واجب العزاء في وفاة والد وزير الصحة العراقي صالح الحسناوي.",
              published="2022-03-01")
    assert _status(doc, "صالح الحسناوي") == {"current"}


def test_the_death_of_another_leaves_the_mourners_post(run: Any) -> None:
    doc = run("ونعى رئيس مجلس النواب نبيه بري النائب الراحل حسن فضل في بيان أمس.",
              published="2022-03-01")
    assert _status(doc, "نبيه بري") == {"current"}


@pytest.mark.parametrize(("text", "people"), [
    ("وافتتح الملك فهد بن عبدالعزيز رحمه الله المبنى الجديد لوزارة الصحة عام 1985.",
     ["فهد بن عبدالعزيز"]),
    ("وقال رئيس الوزراء العراقي الأسبق عبدالرحمن عارف -رحمه الله- في مذكراته إن الجيش تدخل.",
     ["عبدالرحمن عارف"]),
    ("وتذكر الحضور عهد الرئيس حافظ إبراهيم والرئيس جعفر النميري رحمهما الله في السودان.",
     ["حافظ إبراهيم", "جعفر النميري"]),
])
def test_a_prayer_for_the_dead_after_the_name_makes_the_posts_former(
        run: Any, text: str, people: list[str]) -> None:
    doc = run(text, published="2015-08-01")
    assert all(_status(doc, p) == {"former"} for p in people), doc.claims["positions"]


def test_a_prayer_after_another_name_leaves_the_post_held(run: Any) -> None:
    # The prayer is for the martyr named last; the king who called his father still reigns.
    doc = run("واتصل الملك عبدالله الثاني بوالد الشهيد الرقيب سامي العبادي رحمه الله.",
              published="2015-08-01")
    assert _status(doc, "عبدالله الثاني") == {"current"}
