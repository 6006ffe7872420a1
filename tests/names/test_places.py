"""Place words before place names: dropped, taken in, or making another place."""

from __future__ import annotations

import pytest

from sijill.doc import Doc, Entity, OffsetMap, Span
from sijill.names.entities import group_mentions
from sijill.names.places import shape_place


def _doc(text: str) -> Doc:
    return Doc("t", text, text, OffsetMap.identity(len(text)))


def _loc(doc: Doc, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return Span(start, start + len(words), "LOC")


def _places(doc: Doc, spans: list[Span]) -> list[Entity]:
    return group_mentions(doc, [shape_place(doc, s) for s in spans])


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("ووصل الوفد إلى ولاية كانو أمس.", "كانو", "ولاية كانو"),
    ("وقصفت الطائرات ريف إدلب الجنوبي.", "إدلب الجنوبي", "ريف إدلب الجنوبي"),
    ("واعتصم المحتجون في ساحة النخيل وسط المدينة.", "النخيل", "ساحة النخيل"),
    ("وافتتح الأمير مشروعاً بمنطقة تبوك.", "تبوك", "منطقة تبوك"),
    ("وزار الوزير إقليم دارفور.", "دارفور", "إقليم دارفور"),
])
def test_a_place_word_of_the_name_is_taken_in(text: str, tagged: str, name: str) -> None:
    doc = _doc(text)
    (ent,) = _places(doc, [_loc(doc, tagged)])
    assert ent.name == name


@pytest.mark.parametrize(("text", "tagged", "name", "alias"), [
    ("وسقطت قذيفة على مدينة الرقة.", "مدينة الرقة", "الرقة", "مدينة الرقة"),
    ("وجرت الانتخابات في محافظة البصرة.", "البصرة", "البصرة", "محافظة البصرة"),
])
def test_a_descriptive_place_word_is_an_alias_only(text: str, tagged: str, name: str, alias: str) -> None:
    doc = _doc(text)
    (ent,) = _places(doc, [_loc(doc, tagged)])
    assert (ent.name, ent.aliases) == (name, [alias])


@pytest.mark.parametrize(("text", "tagged", "name"), [
    # the model opened the place at the place word's proclitic
    ("وأقيم الحفل في مقر الجمعية بحي الشميساني مساء أمس.", "بحي الشميساني", "الشميساني"),
    ("وسقطت قذائف على المنازل وبلدة كفرنبل أمس.", "وبلدة كفرنبل", "كفرنبل"),
    ("وافتتح الوزير مشروعاً بمنطقة القبائل الكبرى.", "بمنطقة القبائل الكبرى", "منطقة القبائل الكبرى"),
    # the ل of لل opens no place word: the article's ل is the name's
    ("وقدم الوزير الشكر للمملكة العربية السعودية.", "لمملكة العربية السعودية", "المملكة العربية السعودية"),
])
def test_a_place_word_after_a_proclitic_is_shaped_like_a_bare_one(text: str, tagged: str, name: str) -> None:
    doc = _doc(text)
    (ent,) = _places(doc, [_loc(doc, tagged)])
    assert ent.name == name


def test_a_region_and_its_city_stay_apart() -> None:
    doc = _doc("وزار أمير منطقة الجوف مدينة الجوف، ثم عاد إلى الجوف.")
    ents = _places(doc, [_loc(doc, "منطقة الجوف"), _loc(doc, "الجوف", 1), _loc(doc, "الجوف", 2)])
    assert sorted(e.name for e in ents) == ["الجوف", "منطقة الجوف"]


def test_a_region_alone_also_goes_by_its_bare_name() -> None:
    doc = _doc("وهطلت أمطار غزيرة على منطقة عسير.")
    (ent,) = _places(doc, [_loc(doc, "منطقة عسير")])
    assert ent.aliases == ["عسير"]


def test_a_named_unit_is_one_place_with_its_bare_name() -> None:
    doc = _doc("وقال رئيس إقليم كردستان إن كردستان ستبقى آمنة.")
    ents = _places(doc, [_loc(doc, "كردستان"), _loc(doc, "كردستان", 1)])
    assert [(e.name, e.aliases) for e in ents] == [("إقليم كردستان", ["كردستان"])]


def test_a_definite_region_goes_by_its_adjective() -> None:
    doc = _doc("وقال أمير المنطقة الشرقية إن الشرقية تستعد.")
    ents = _places(doc, [_loc(doc, "المنطقة الشرقية"), _loc(doc, "الشرقية", 1)])
    assert len(ents) == 1


@pytest.mark.parametrize(("name", "country"), [
    ("الأردن", True), ("الإمارات العربية المتحدة", True), ("تشاد", True),
    ("الأمم المتحدة", False), ("الاتحاد الأوروبي", False),
])
def test_country_names_come_from_cldr(name: str, country: bool) -> None:
    from sijill.names.places import country_keys
    from sijill.text.normalize import match_key

    assert (" ".join(match_key(name).split()) in country_keys()) is country


def test_a_state_the_model_took_for_an_organisation_is_a_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ووقعت المملكة العربية السعودية والإمارات العربية المتحدة اتفاقاً.")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("المملكة العربية السعودية", "LOC") == "LOC"
    assert "ORG" not in {t for n, t in types.items() if "المملكة" in n or "الإمارات" in n}


@pytest.mark.parametrize(("text", "place"), [
    ("وقتل خمسة أشخاص في حلب أمس.", "حلب"),
    ("ووصل وزير الخارجية الأردني إلى مسقط في زيارة رسمية.", "مسقط"),
    ("وفرّ المدنيون من حلب إلى إدلب.", "حلب"),
])
def test_a_city_named_bare_after_a_preposition_is_a_place(run, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert ("LOC", place) in {(e.type, e.name) for e in run(text).entities}


@pytest.mark.parametrize("text", ["ووقع الانفجار في سنة ماضية.", "ويعيش اللاجئون في دولة بعيدة."])
def test_a_common_noun_a_gazetteer_lists_as_a_town_is_no_place(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in run(text).entities if e.type == "LOC"] == []


@pytest.mark.parametrize(("word", "place"), [
    ("حلب", True), ("مسقط", True), ("دولة", False), ("مدينة", False), ("سنة", False),
    ("محمد", False),
])
def test_a_bare_place_is_a_city_no_common_noun_and_no_name_part(word: str, place: bool) -> None:
    from sijill.names.missed_places import is_bare_place

    assert is_bare_place(word) is place
