"""Document-level entities from NER mentions: clean names, one entity per actor."""

from __future__ import annotations

import pytest

from sijill.doc import Doc, OffsetMap, Span
from sijill.names.entities import clean_name, group_mentions


def _doc(text: str) -> Doc:
    return Doc("t", text, text, OffsetMap.identity(len(text)))


def _span(doc: Doc, words: str, label: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return Span(start, start + len(words), label)


def test_full_name_variant_and_surname_are_one_person() -> None:
    doc = _doc("انتخب الدكتور محمد حسام الحافظ رئيساً. وقال محمد حسام حافظ إن الحافظ سيعمل.")
    mentions = [_span(doc, "الدكتور محمد حسام الحافظ", "PERSON"),
                _span(doc, "محمد حسام حافظ", "PERSON"), _span(doc, "الحافظ", "PERSON", 1)]
    (ent,) = group_mentions(doc, mentions)
    assert ent.name == "محمد حسام الحافظ"
    assert sorted(ent.aliases) == sorted(["محمد حسام حافظ", "الحافظ"])
    assert len(ent.mentions) == 3


def test_short_form_of_an_organisation_joins_it() -> None:
    doc = _doc("اجتمعت هيئة التفاوض السورية مع الوفد، وقالت الهيئة إن اللقاء مثمر.")
    ents = group_mentions(doc, [_span(doc, "هيئة التفاوض السورية", "ORG"),
                                _span(doc, "الهيئة", "ORG")])
    assert [(e.name, e.aliases) for e in ents] == [("هيئة التفاوض السورية", ["الهيئة"])]


def test_different_people_stay_apart() -> None:
    doc = _doc("التقى سمير حداد مع سمير العلي في حلب.")
    ents = group_mentions(doc, [_span(doc, "سمير حداد", "PERSON"), _span(doc, "سمير العلي", "PERSON")])
    assert [e.name for e in ents] == ["سمير حداد", "سمير العلي"]


def test_lam_article_clitic_is_undone_in_the_name() -> None:
    doc = _doc("قال للائتلاف الوطني إنه يدعم")
    start = doc.text.index("للائتلاف") + 1  # the mention starts after the preposition
    assert clean_name(doc, Span(start, doc.text.index(" إنه"), "ORG")) == "الائتلاف الوطني"


def test_pipeline_finds_person_and_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت أمس، والتقى ماكرون بالمسؤولين.")
    by_type = {(e.type, e.name) for e in doc.entities}
    assert ("PERSON", "إيمانويل ماكرون") in by_type
    assert ("LOC", "بيروت") in by_type
    assert not any(e.name.startswith(("و", "ال")) and e.type == "PERSON" for e in doc.entities)


def test_text_without_arabic_and_empty_lines(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Only English words here, John Smith in London.").entities is not None
    assert run("").entities == []


@pytest.mark.parametrize(("text", "full", "short"), [
    ("أعلنت الهيئة العامة لرعاية المسنين برنامجها. وقالت رعاية المسنين إن البرنامج يبدأ غداً.",
     "الهيئة العامة لرعاية المسنين", "رعاية المسنين"),
    ("تأسست جمعية المزارعين والصيادين اليمنيين عام 2010. وقالت جمعية المزارعين اليمنيين إنها تطالب بالدعم.",
     "جمعية المزارعين والصيادين اليمنيين", "جمعية المزارعين اليمنيين"),
])
def test_short_forms_of_an_organisation_are_one_entity(text: str, full: str, short: str) -> None:
    doc = _doc(text)
    ents = group_mentions(doc, [_span(doc, full, "ORG"), _span(doc, short, "ORG")])
    assert [(e.name, e.aliases) for e in ents] == [(full, [short])]



@pytest.mark.parametrize(("text", "words", "name"), [
    ("وقدم الوفد تقريره للجنة الدائمة.", "لجنة الدائمة", "اللجنة الدائمة"),
    ("وقدم الوفد تقريره للائتلاف الوطني.", "لائتلاف الوطني", "الائتلاف الوطني"),
    ("ووصلت المساعدات للبنان أمس.", "لبنان", "لبنان"),
    ("وأحيل الملف للجنة المنظمة للمؤتمر.", "لجنة المنظمة", "اللجنة المنظمة"),
    ("وأحيل الملف للجنة الحاكمة في الحزب.", "لجنة الحاكمة", "اللجنة الحاكمة"),
    ("وأحيل الملف للجنة الجديدة في الحزب.", "لجنة الجديدة", "اللجنة الجديدة"),
    # an أفعل adjective of degree or colour is no genitive either
    ("وقال خبير للشرق الأوسط إن الوضع صعب.", "لشرق الأوسط", "الشرق الأوسط"),
    ("وانضم النائب للتحالف الأكبر في البرلمان.", "لتحالف الأكبر", "التحالف الأكبر"),
    # a definite genitive, no adjective: the head is in construct, without the article
    ("وأحيل الملف للجنة العلاقات الدولية أمس.", "لجنة العلاقات الدولية", "لجنة العلاقات الدولية"),
    ("وقدم الوفد تقريره للجنة الشؤون الخارجية.", "لجنة الشؤون الخارجية", "لجنة الشؤون الخارجية"),
])
def test_a_mention_after_lam_gets_its_article_back(text: str, words: str, name: str) -> None:
    doc = _doc(text)
    assert clean_name(doc, _span(doc, words, "ORG")) == name


def test_a_surname_alone_is_the_person_named_last_before_it() -> None:
    doc = _doc("قال خالد العتيبي إن الخطة جاهزة، وأكد فهد العتيبي ذلك. وأضاف العتيبي أن التنفيذ قريب.")
    ents = group_mentions(doc, [_span(doc, "خالد العتيبي", "PERSON"), _span(doc, "فهد العتيبي", "PERSON"),
                                _span(doc, "العتيبي", "PERSON", 2)])
    assert [(e.name, e.aliases) for e in ents] == [("خالد العتيبي", []), ("فهد العتيبي", ["العتيبي"])]


def test_a_short_form_before_every_full_name_stays_apart() -> None:
    doc = _doc("وقال العتيبي إن خالد العتيبي وفهد العتيبي سيحضران.")
    ents = group_mentions(doc, [_span(doc, "العتيبي", "PERSON"), _span(doc, "خالد العتيبي", "PERSON"),
                                _span(doc, "فهد العتيبي", "PERSON")])
    assert len(ents) == 3


@pytest.mark.parametrize(("text", "name"), [
    ("والتقى معالي الأمين العام لجامعة الدول العربية الأستاذ سمير بن أمين حداد أمس.", "سمير بن أمين حداد"),
    ("التقى معالي الأمين العام لمنظمة التعاون الأستاذ زياد بن أمين قاسم أمس.", "زياد بن أمين قاسم"),
])
def test_a_post_word_after_bin_is_the_fathers_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert name in people


@pytest.mark.parametrize(("text", "full", "short"), [
    ("ونقلت وكالة الأنباء الكويتية «كونا» عن المصدر. وأضافت كونا أن الوفد وصل.",
     "وكالة الأنباء الكويتية", "كونا"),
    ("وقال حلف شمال الأطلسي (ناتو) إن ناتو سيجتمع.", "حلف شمال الأطلسي", "ناتو"),
    ('وأعلنت منظمة الصحة العالمية "هو" أن هو تتابع الوضع.', "منظمة الصحة العالمية", "هو"),
])
def test_a_short_form_declared_after_a_name_is_that_organisation(full: str, short: str, text: str) -> None:
    doc = _doc(text)
    ents = group_mentions(doc, [_span(doc, full, "ORG"), _span(doc, short, "MISC"),
                                _span(doc, short, "ORG", 1)])
    assert [(e.name, e.aliases) for e in ents] == [(full, [short])]


def test_a_word_in_quotes_after_a_name_with_more_text_is_no_short_form() -> None:
    doc = _doc("وقالت وزارة الخارجية «إن الأمم المتحدة مدعوة للتحرك».")
    ents = group_mentions(doc, [_span(doc, "وزارة الخارجية", "ORG"),
                                _span(doc, "الأمم المتحدة", "ORG")])
    assert sorted(e.name for e in ents) == ["الأمم المتحدة", "وزارة الخارجية"]


@pytest.mark.parametrize(("body", "org"), [
    ("مجلس إدارة الاتحاد الأردني لكرة القدم", "الاتحاد الأردني لكرة القدم"),
    ("المكتب السياسي لحركة النهضة", "حركة النهضة"),
    ("اللجنة المركزية لحزب البعث", "حزب البعث"),
])
def test_an_organisation_named_inside_a_body_is_another_actor(body: str, org: str) -> None:
    doc = _doc(f"اجتمع {body} أمس، وقال بيان {org} إن الاجتماع انتهى.")
    ents = group_mentions(doc, [_span(doc, body, "ORG"), _span(doc, org, "ORG", 1)])
    assert sorted((e.name, tuple(e.aliases)) for e in ents) == sorted([(body, ()), (org, ())])


def test_a_short_form_at_the_start_of_a_body_still_joins_it() -> None:
    doc = _doc("انعقدت الهيئة العامة للائتلاف الوطني، وأقرت الهيئة العامة النظام.")
    ents = group_mentions(doc, [_span(doc, "الهيئة العامة للائتلاف الوطني", "ORG"),
                                _span(doc, "الهيئة العامة", "ORG", 1)])
    assert [(e.name, e.aliases) for e in ents] == [("الهيئة العامة للائتلاف الوطني", ["الهيئة العامة"])]


@pytest.mark.parametrize(("text", "person", "surname", "kept"), [
    ("وفاز خوان لابورتا بالرئاسة، وقال لابورتا إنه سعيد.", "خوان لابورتا", "لابورتا", True),
    ("وصرح المهندس سامي الدباغ بأن الدباغ سيعلن الخطة.", "سامي الدباغ", "الدباغ", True),
    ("والتقى كمال عيسى ورامي عيسى، وقال عيسى إن اللقاء مثمر.", "كمال عيسى", "عيسى", False),
])
def test_an_organisation_that_is_a_person_s_surname_is_that_person(
        text: str, person: str, surname: str, kept: bool) -> None:
    doc = _doc(text)
    mentions = [_span(doc, person, "PERSON"), _span(doc, surname, "ORG", text.count(surname) - 1)]
    if not kept:
        mentions.append(_span(doc, "رامي عيسى", "PERSON"))
    ents = group_mentions(doc, mentions)
    orgs = [e.name for e in ents if e.type == "ORG"]
    assert (orgs == []) is kept
    if kept:
        (ent,) = [e for e in ents if e.name == person]
        assert ent.aliases == [surname]
        assert len(ent.mentions) == 2


@pytest.mark.parametrize(("text", "words", "name"), [
    ("وقدمت الشكوى للجنة تكافؤ الفرص أمس.", "لجنة تكافؤ الفرص", "لجنة تكافؤ الفرص"),
    ("وقدمت الشكوى للجنة الوطنية أمس.", "لجنة الوطنية", "اللجنة الوطنية"),
])
def test_a_head_after_lam_keeps_the_article_only_before_a_definite_word(
        text: str, words: str, name: str) -> None:
    doc = _doc(text)
    assert clean_name(doc, _span(doc, words, "ORG")) == name


@pytest.mark.parametrize(("full", "short"), [
    ("عبدالعزيز بن عبدالرحمن الشعيل", "عبدالعزيز الشعيل"),
    ("محمد بن خلفان الرميثي", "محمد خلفان الرميثي"),
])
def test_a_person_called_without_the_father_s_name_is_the_same_person(full: str, short: str) -> None:
    doc = _doc(f"انتخب {full} رئيساً، وقال {short} إن العمل سيبدأ.")
    ents = group_mentions(doc, [_span(doc, full, "PERSON"), _span(doc, short, "PERSON")])
    assert [(e.name, e.aliases) for e in ents] == [(full, [short])]


def test_another_given_name_with_the_family_name_is_another_person() -> None:
    doc = _doc("انتخب عبدالعزيز بن عبدالرحمن الشعيل رئيساً، وقال تركي الشعيل إن العمل سيبدأ.")
    ents = group_mentions(doc, [_span(doc, "عبدالعزيز بن عبدالرحمن الشعيل", "PERSON"),
                                _span(doc, "تركي الشعيل", "PERSON")])
    assert len(ents) == 2


def test_every_other_use_of_a_declared_short_form_is_a_mention_of_it() -> None:
    doc = _doc("وقال اتحاد الكتاب العرب (اتكا) إن المؤتمر انتهى، وأصدر مكتب اتكا بياناً عن اتكا.")
    ents = group_mentions(doc, [_span(doc, "اتحاد الكتاب العرب", "ORG"), _span(doc, "اتكا", "MISC")])
    (ent,) = ents
    assert ent.aliases == ["اتكا"]
    assert [doc.text[m.start : m.end] for m in ent.mentions] == ["اتحاد الكتاب العرب", "اتكا", "اتكا", "اتكا"]


@pytest.mark.parametrize(("text", "state", "nationality"), [
    ("وقالت حكومة الدنمارك إنها سترسل قوات، وأكدت الحكومة الدنماركية ذلك.",
     "حكومة الدنمارك", "الحكومة الدنماركية"),
    ("وانتشر جيش لبنان في الجنوب، وقال الجيش اللبناني إن الوضع هادئ.", "جيش لبنان", "الجيش اللبناني"),
    ("ورحبت حكومة أفغانستان بالقرار، وقالت الحكومة الأفغانية إنها ستنفذه.",
     "حكومة أفغانستان", "الحكومة الأفغانية"),
    ("وأعلنت حكومة سوريا موقفها، ثم عادت الحكومة السورية فنفته.", "حكومة سوريا", "الحكومة السورية"),
])
def test_a_body_named_with_a_state_and_with_its_nationality_is_one(
        text: str, state: str, nationality: str) -> None:
    doc = _doc(text)
    ents = group_mentions(doc, [_span(doc, state, "ORG"), _span(doc, nationality, "ORG")])
    assert [{e.name, *e.aliases} for e in ents] == [{state, nationality}]
    assert len(ents[0].mentions) == 2


@pytest.mark.parametrize(("text", "first", "second"), [
    ("وقالت حكومة مصر إن الحكومة السورية لم ترد.", "حكومة مصر", "الحكومة السورية"),
    ("وقال جيش لبنان إن الحكومة اللبنانية اجتمعت.", "جيش لبنان", "الحكومة اللبنانية"),
])
def test_another_state_or_another_body_stays_apart(text: str, first: str, second: str) -> None:
    doc = _doc(text)
    ents = group_mentions(doc, [_span(doc, first, "ORG"), _span(doc, second, "ORG")])
    assert [e.name for e in ents] == [first, second]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("وقال فرانسوا كارار إن الوضع صعب، وأضاف فرونسوا كارار أن الحل قريب.", "فرانسوا كارار", "فرونسوا كارار"),
    ("وصرح جوزيف أولمان للصحفيين، ثم عاد جوزيف أولمن ليؤكد ذلك.", "جوزيف أولمان", "جوزيف أولمن"),
])
def test_one_name_word_spelled_two_ways_is_one_person(text: str, first: str, second: str) -> None:
    doc = _doc(text)
    ents = group_mentions(doc, [_span(doc, first, "PERSON"), _span(doc, second, "PERSON")])
    assert [(e.name, e.aliases) for e in ents] == [(first, [second])]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("والتقى سعود الحربي مع سعيد الحربي.", "سعود الحربي", "سعيد الحربي"),
    ("والتقى محمد العلي مع محمود العلي.", "محمد العلي", "محمود العلي"),
    ("وقال محمد بن سلمان إن محمد بن سلطان حضر.", "محمد بن سلمان", "محمد بن سلطان"),
])
def test_two_given_names_or_another_consonant_are_two_people(text: str, first: str, second: str) -> None:
    doc = _doc(text)
    ents = group_mentions(doc, [_span(doc, first, "PERSON"), _span(doc, second, "PERSON")])
    assert [e.name for e in ents] == [first, second]


@pytest.mark.parametrize(("label", "joins"), [("ORG", True), ("PERSON", False)])
def test_a_headline_short_form_before_two_fuller_names(label: str, joins: bool) -> None:
    # An organisation's short form in the headline is the one the report names first after
    # it; a surname before any full name stays apart (which person is unknown).
    doc = _doc("النهضة تعقد مؤتمرها. أعلنت حركة النهضة التونسية عقد مؤتمرها، وقالت النهضة الجديدة إنها لن تشارك.")
    spans = [_span(doc, "النهضة", label), _span(doc, "حركة النهضة التونسية", label),
             _span(doc, "النهضة الجديدة", label)]
    ents = group_mentions(doc, spans)
    home = next(e for e in ents if e.name == "حركة النهضة التونسية")
    assert (len(home.mentions) == 2) is joins


@pytest.mark.parametrize(("text", "name", "nationality"), [
    ("وانضم إلى الفريق كالبرازيلي رونالدو قبل موسمين.", "رونالدو", "البرازيلي"),
    ("وفازت التونسية أنس جابر بالمباراة في الرباط.", "أنس جابر", "التونسية"),
])
def test_a_nationality_before_a_name_is_no_part_of_it(run, text: str, name: str, nationality: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert name in people
    assert not any(nationality in p for p in people)


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت المذيعة لشبكة (إيه.بي.سي) الأسترالية إنها فوجئت بالخبر.", "إيه.بي.سي"),
    ("وأضاف مؤشر إم.إس.سي.آي الأسهم المصرية إلى قائمته.", "إم.إس.سي.آي"),
])
def test_a_dotted_abbreviation_is_one_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = [e.name for e in run(text).entities if e.type in ("ORG", "PERSON", "LOC")]
    assert name in names
    assert not any(n in ("بي", "سي", "إيه", "إم", "إس", "آي") for n in names), names


@pytest.mark.parametrize("text", [
    "وتدعم السماعة تقنية إلغاء الضجيج (Active Noise Cancellation) وتطبيقاً للهاتف في دبي.",
    "وعرض المهرجان في تونس الفيلم الكوري «المطارد» (The Chaser) أمس.",
])
def test_a_latin_gloss_is_no_organisation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    orgs = [e.name for e in run(text).entities if e.type == "ORG"]
    assert not any(o.isascii() for o in orgs), orgs


@pytest.mark.parametrize(("text", "name"), [
    ("وانضمت الشركة الأردنية إلى تحالف \"Star Alliance\" العالمي العام الماضي.", "Star Alliance"),
    ("وحصلت الخطوط على جائزة من شركة \"SKYTRAX\" البريطانية في بيروت.", "SKYTRAX"),
])
def test_a_body_written_in_latin_letters_stays(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in [e.name for e in run(text).entities if e.type == "ORG"]
