"""Places the model misses or runs together, found by the words around them."""

from __future__ import annotations

import pytest

from sijill.doc import Doc, OffsetMap, Span
from sijill.names.missed_places import is_definite_city, split_place_lists, with_epithets


def _doc(text: str) -> Doc:
    return Doc("t", text, text, OffsetMap.identity(len(text)))


def _places(run, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in run(text).entities if e.type == "LOC"}


@pytest.mark.parametrize(("text", "place"), [
    ("عقدت رابطة الكتاب الأردنيين بالزرقاء ندوة عن الشعر الحديث.", "الزرقاء"),
    ("وصل وزير الخارجية العماني إلى الدوحة أمس، ثم توجه إلى المنامة.", "المنامة"),
    ("اجتمع مجلس إدارة جمعية المحامين بالإسكندرية أمس.", "الإسكندرية"),
    ("وخرج المحتجون في البصرة والناصرية رافعين المطالب ذاتها.", "الناصرية"),
    ("وخرج المحتجون في البصرة والناصرية رافعين المطالب ذاتها.", "البصرة"),
])
def test_a_city_after_a_preposition_or_another_place_is_a_place(run, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place in _places(run, text)


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن المدينة تعاني من نقص المياه.",
    "وتجمع الناس في العين القريبة من القرية.",
])
def test_a_common_noun_with_the_article_is_no_city(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _places(run, text) == set()


@pytest.mark.parametrize(("word", "city"), [
    ("الرياض", True), ("المنامة", True), ("الحلة", True), ("الإسكندرية", True),
    ("المدينة", False), ("العين", False), ("الدولة", False), ("حلب", False),
])
def test_a_definite_city_is_known_and_its_bare_form_is_no_frequent_word(word: str, city: bool) -> None:
    assert is_definite_city(word) is city


def test_a_dateline_city_is_a_place(run) -> None:  # type: ignore[no-untyped-def]
    text = "وزير المالية يلتقي وفد الصندوق\n\nالخرطوم 12 مارس (سونا) التقى وزير المالية بوفد الصندوق."
    assert "الخرطوم" in _places(run, text)


@pytest.mark.parametrize(("text", "tagged", "names"), [
    ("في البصرة والناصرية أمس", "البصرة والناصرية", ["البصرة", "الناصرية"]),
    ("في كربلاء والنجف وبابل أمس", "كربلاء والنجف وبابل", ["كربلاء", "النجف", "بابل"]),
    ("من البوسنة والهرسك أمس", "البوسنة والهرسك", ["البوسنة والهرسك"]),
])
def test_places_run_together_over_waw_are_split_unless_one_state(text: str, tagged: str, names: list[str]) -> None:
    doc = _doc(text)
    start = text.index(tagged)
    spans = split_place_lists(doc, [Span(start, start + len(tagged), "LOC")])
    assert [doc.text[s.start : s.end] for s in spans] == names


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("زار الوفد مكة المكرمة أمس", "مكة", "مكة المكرمة"),
    ("وصل الزوار إلى النجف الأشرف صباحا", "النجف", "النجف الأشرف"),
    ("وصل الزوار إلى النجف الجديدة صباحا", "النجف", "النجف"),
    ("وتدور معارك في النيل الأزرق منذ أشهر", "النيل", "النيل الأزرق"),
    ("وعبرت السفينة البحر الأسود أمس", "البحر", "البحر الأسود"),
])
def test_a_place_takes_its_fixed_epithet(text: str, tagged: str, name: str) -> None:
    doc = _doc(text)
    start = text.index(tagged)
    (span,) = with_epithets(doc, [Span(start, start + len(tagged), "LOC")])
    assert doc.text[span.start : span.end] == name


@pytest.mark.parametrize(("text", "found"), [
    ("وقال مسؤول في المملكة إن الاتفاق سيوقع قريبا.", True),
    ("وغادر الوفد السلطنة بعد زيارة استمرت يومين.", True),
    ("وأكد أن المملكة المغربية ترحب بالاتفاق.", False),
])
def test_a_state_called_by_its_kind_alone_is_a_place(run, text: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    places = _places(run, text)
    assert (places & {"المملكة", "السلطنة"} != set()) is found


def test_an_institution_named_with_a_city_and_its_epithet_ends_there(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ونقل المريض إلى مستشفى الملك خالد بالمدينة المنورة مساء أمس.")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert not any(name.endswith("مساء") for name in orgs)


@pytest.mark.parametrize(("text", "tagged", "kept"), [
    ("وعين الاتحاد مدربا جديدا للمنتخبات الكويتية أمس", "الكويتية", False),
    ("ويسعى الاتحاد إلى الرقي بالمنافسات القطرية", "القطرية", False),
    ("وقال أمير المنطقة الشرقية إن المشروع اكتمل", "الشرقية", True),
    ("وزار الرئيس الفرنسي السعودية أمس", "السعودية", True),
])
def test_a_state_agreeing_with_the_noun_before_it_is_an_adjective(text: str, tagged: str, kept: bool) -> None:
    from sijill.names.missed_places import adjectives_not_places

    doc = _doc(text)
    start = text.index(tagged)
    spans = adjectives_not_places(doc, [Span(start, start + len(tagged), "LOC")])
    assert bool(spans) is kept


@pytest.mark.parametrize(("text", "place"), [
    ("وسقطت قذائف على بلدة بقين القريبة من الحدود.", "بقين"),
    ("وداهمت القوات قرية كفرنبل فجر أمس.", "كفرنبل"),
    ("وأقيم الحفل في حي الملقا مساء الخميس.", "الملقا"),
    ("وسيطر المقاتلون على ناحية القيارة جنوب الموصل.", "القيارة"),
])
def test_a_rare_word_after_a_descriptive_place_word_is_a_place(run, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place in _places(run, text)


@pytest.mark.parametrize(("text", "word"), [
    ("وتعد الإسكندرية مدينة ساحلية عريقة.", "ساحلية"),  # an adjective of the place
    ("وشارك في السباق خيول من عشرين دولة تنافست على الجوائز.", "تنافست"),  # a state's verb
    ("وتحدث الخبير من ناحية وجدل حول الأرقام.", "وجدل"),  # ناحية 'side', then the next phrase
    ("وقدم المدرب مثالاً حي لاحتواء الأزمة.", "لاحتواء"),
])
def test_a_word_after_a_place_word_that_names_no_place(run, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(word in p or word.removeprefix("و").removeprefix("ل") in p for p in _places(run, text))


@pytest.mark.parametrize(("text", "places"), [
    # a governorate after its word, with the clitic ل on the word (Iraq)
    ("وزار المحافظ الجديد لمحافظة الأنبار مدينة الرمادي أمس.", {"الأنبار"}),
    # a state of Sudan in the dual, the second listed after و
    ("وشهدت ولايتا القضارف وكسلا في شرق السودان أمطارا غزيرة.", {"القضارف", "كسلا"}),
    # a Tunisian governorate of two words the model takes for a person
    ("وقال مسؤول في ولاية سيدي بوزيد إن الهدوء عاد إلى المدينة.", {"ولاية سيدي بوزيد"}),
    # Egyptian governorates in a plural list
    ("وأعلنت الحكومة أن محافظات الدقهلية والغربية ودمياط ستشهد انقطاعا للمياه.",
     {"الدقهلية", "الغربية", "دمياط"}),
    ("وتعرضت محافظتا صلاح الدين وديالى لهجمات متزامنة.", {"صلاح الدين", "ديالى"}),
    # Yemeni governorates named in quotes after a dual
    ("وعين الرئيس محافظين جديدين لمحافظتي \"شبوة\" و\"المهرة\" الشرقيتين.", {"شبوة", "المهرة"}),
])
def test_a_subdivision_named_after_its_word_is_a_place(run, text: str, places: set[str]) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    assert places <= {e.name for e in doc.entities if e.type == "LOC"}
    assert not any(e.name in places or e.name in {"صلاح الدين", "سيدي بوزيد"}
                   for e in doc.entities if e.type != "LOC")


@pytest.mark.parametrize("text", [
    # the same names with no subdivision word before them are left to the model and gazetteers
    "وقال صلاح الدين الجورشي إن الحوار لم ينته.",
    "وأكد المتحدث أن الغربية لم تقدم أي دعم.",
])
def test_a_subdivision_name_without_its_word_is_not_made_a_place(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"صلاح الدين", "الغربية"} & {e.name for e in run(text).entities if e.type == "LOC"}


def test_the_subdivision_names_come_from_iso_3166_2() -> None:
    from sijill.lang import load_json

    names = load_json("subdivisions.json")["subdivisions"]
    assert {"لحج", "حضرموت"} <= set(names["YE"]) and "ذي قار" in names["IQ"]
    assert not any(n.startswith(("محافظة ", "ولاية ")) for ns in names.values() for n in ns)
