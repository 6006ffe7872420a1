"""Mentions that name nothing: formulas, currencies, months and nationalities."""

from __future__ import annotations

import pytest

from sijill.names.not_names import names_nothing, possessed

_PLACES = {"دبي": 0.8, "نيروبي": 0.7}


@pytest.mark.parametrize(("text", "label"), [
    ("رحمه الله", "ORG"), ("آية الله", "ORG"), ("ريال قطري", "ORG"), ("دينار", "LOC"),
    ("تشرين الأول", "ORG"), ("نيسان", "ORG"), ("سويسري", "ORG"), ("الإيطاليون", "LOC"),
    ("الموريتاني", "LOC"), ("Previous", "ORG"), ("قياديان أفغانيان", "PERSON"),
    ("مسؤولون عراقيون", "PERSON"), ("دبلوماسيين مغربيين", "PERSON"), ("مصدران أمنيان", "PERSON"),
])
def test_formulas_currencies_months_and_nationalities_name_nothing(text: str, label: str) -> None:
    assert names_nothing(text, label, _PLACES)


@pytest.mark.parametrize(("text", "label"), [
    ("دبي", "LOC"), ("نيروبي", "LOC"), ("كوباني", "LOC"), ("الأمم المتحدة", "ORG"),
    ("البنك الدولي", "ORG"), ("سامي الجزائري", "PERSON"), ("حلب", "LOC"),
    ("عثمان سليمان", "PERSON"), ("حسين ياسين", "PERSON"), ("كريستيان", "PERSON"),
    ("جان لودريان", "PERSON"), ("جوليان سيمون", "PERSON"),
    ("أدريان وفابيان", "PERSON"),
])
def test_places_organisations_and_people_stay(text: str, label: str) -> None:
    assert not names_nothing(text, label, _PLACES)


@pytest.mark.parametrize("text", ["انقطع التيار الكهربائي عن المدينة أمس.",
                                  "وأطلقت الوزارة خدمات الحكومة الإلكترونية الجديدة."])
def test_a_common_thing_shaped_like_a_name_is_no_organisation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.name for e in run(text).entities if e.type == "ORG"] == []


@pytest.mark.parametrize(("text", "org"), [("وفاز النادي الأهلي بالمباراة.", "النادي الأهلي"),
                                           ("وقال المجلس البلدي إن العمل بدأ.", "المجلس البلدي")])
def test_a_body_named_by_head_and_adjective_stays_an_organisation(run, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    assert org in [e.name for e in run(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "names"), [
    # an indefinite noun with an indefinite nisba describes a kind of body, it names none
    ("منظمة حقوقية", True), ("دولة خليجية", True), ("جمعية خيرية", True), ("مجلس عسكري", True),
    # a proper or definite name stays, and so does a nisba-shaped state's name
    ("شركة سابك", False), ("الجمعية الخيرية", False), ("حركة فتح", False), ("قوات سورية الديمقراطية", False),
    # a foreign name whose last word ends like a nisba
    ("جامعة سنسيناتي", False), ("مورجان ستانلي", False),
])
def test_a_body_described_by_a_nisba_is_no_name(text: str, names: bool) -> None:
    assert names_nothing(text, "ORG", _PLACES) is names


@pytest.mark.parametrize(("word", "owned"), [
    ("أمواله", True), ("مقاتليه", True), ("إدارتها", True),
    ("مياه", False), ("إدارة", False), ("مولده", False),
])
def test_a_possessive_pronoun_is_told_from_a_word_ending_alike(word: str, owned: bool) -> None:
    assert possessed(word) is owned
