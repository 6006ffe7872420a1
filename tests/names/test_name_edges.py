"""A person's name the model ended one word short, before or after."""

from __future__ import annotations

import pytest

from sijill.doc import Doc, OffsetMap, Token


def _people(run, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in run(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الوزير في رسالة بعث بها لزيد رعد الحسين، مفوض الأمم المتحدة، إن الوضع خطير.", "زيد رعد الحسين"),
    ("وعينت الحركة أختر محمد منصور زعيما لها.", "أختر محمد منصور"),
    ("وقال ذبيح الله مجاهد المتحدث باسم الحركة إن الهجوم فشل.", "ذبيح الله مجاهد"),
    ("وأكد نائب الرئيس، عمر سالم باعباد، ضرورة دحر المتمردين.", "عمر سالم باعباد"),
    ("وعينت الحركة نائبين هما الملا هيبة الله أخند زاده المسؤول السابق عن المحاكم.", "هيبة الله أخند زاده"),
])
def test_a_name_takes_the_word_the_model_left_at_its_edge(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(run, text)


@pytest.mark.parametrize(("text", "name"), [
    ("وصدر قرار بتعيين محمد بن سعد بن علي الحربي على وظيفة مستشار.", "محمد بن سعد بن علي الحربي"),
    ("وأعلنت الشركة تعيين سامي عبدالله الخالدي منصب المدير التنفيذي.", "سامي عبدالله الخالدي"),
    ("وبحث وزير الخارجية مع نظيره العماني بدر البوسعيدي سبل التعاون.", "بدر البوسعيدي"),
])
def test_a_particle_or_an_office_noun_after_a_name_is_none_of_it(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = _people(run, text)
    assert name in people
    assert not any("وظيفة" in p or "منصب" in p or "سبل" in p or p.startswith("على") for p in people)


@pytest.mark.parametrize(("text", "name"), [
    # a given name with a final ى, which the model reads as a commoner word in ي
    ("وكانت نجمة هوليوود سلمى حايك، قالت في الحفل إنها سعيدة.", "سلمى حايك"),
    ("وفاز المذيع بجائزة عن برنامجه ومنى أبو حمزة عن برنامج حديث البلد.", "منى أبو حمزة"),
    ("وقال المتحدث إن مجتبى خامنئي حضر الاجتماع.", "مجتبى خامنئي"),
])
def test_a_given_name_in_alef_maqsura_opens_the_name_after_it(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(run, text)


@pytest.mark.parametrize("text", [
    "والتقى عمر بن الخطاب الوفد في المدينة.",
    "وأبدى يوسف الخالدي سعادته بالنتيجة.",
    "وقادرون على الضغط على أوباما في الملف.",
])
def test_a_verb_or_particle_in_alef_maqsura_opens_no_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    first = text.split()[0].removeprefix("و")
    assert not any(p.startswith((first, "على")) for p in _people(run, text))


def test_a_verb_that_reads_as_a_given_name_opens_no_name(run) -> None:  # type: ignore[no-untyped-def]
    people = _people(run, "هنأ فهد بن عبدالله المقبل زملاءه بالنجاح.")
    assert not any(p.startswith("هنأ") for p in people)


@pytest.mark.parametrize(("word", "theophoric"), [
    ("عبدالعزيز", True), ("عبدالرحمن", True), ("عبدالإله", True), ("عبد", False), ("عبدة", False),
])
def test_a_compound_given_name_written_as_one_word_is_a_given_name(word: str, theophoric: bool) -> None:
    from sijill.names.name_edges import _theophoric

    assert _theophoric(word) is theophoric


def test_waw_before_a_hamza_alef_is_always_the_conjunction() -> None:
    from sijill.names.stages import _mention_start

    text = "وأتسوتوشي ناكامورا"
    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    tok = Token(0, len("وأتسوتوشي"), "word", maybe="و")
    assert _mention_start(doc, tok, "PERS", {"وأتسوتوشي": 3}) == 1


@pytest.mark.parametrize(("text", "name", "verb"), [
    ("كما طالب العبيدي رئيس البرلمان بعقد جلسة طارئة.", "العبيدي", "طالب"),
    ("وطالب محمد الكعبي الحكومة بالتحرك لإنقاذ الموسم.", "محمد الكعبي", "طالب"),
    ("ثم ناشد حسن الترابي أنصاره التزام الهدوء.", "حسن الترابي", "ناشد"),
])
def test_a_verb_that_is_also_a_given_name_opens_no_name_where_a_clause_opens(  # type: ignore[no-untyped-def]
        run, text: str, name: str, verb: str) -> None:
    people = _people(run, text)
    assert name in people
    assert not any(p.startswith(verb) for p in people)


def test_the_same_word_inside_a_sentence_stays_a_given_name(run) -> None:  # type: ignore[no-untyped-def]
    assert "طالب الرفاعي" in _people(run, "والتقى الوزير طالب الرفاعي رئيس الوفد الزائر.")


@pytest.mark.parametrize(("text", "names"), [
    ("وكان الوزيران هما سعيد الكعبي وراشد المري.", {"سعيد الكعبي", "راشد المري"}),
    ("وأضاف أن الفائزين هم ياسين العمري ومنير الطرابلسي.", {"ياسين العمري"}),
])
def test_a_pronoun_before_a_name_is_none_of_it(run, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    people = _people(run, text)
    assert names <= people
    assert not any(p.startswith(("هما ", "هم ")) for p in people)


@pytest.mark.parametrize("text", [
    "وقال مصدر إن رئيس البرلمان طالب خلال لقائه مع النواب بإقالة وزير النفط.",
    "وأفاد بيان أن محافظ البنك المركزي طالب أمس بخفض الإنفاق.",
])
def test_a_lone_verb_after_a_title_is_no_person(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "طالب" not in _people(run, text)


@pytest.mark.parametrize(("text", "names"), [
    ("وعينت الهيئة سامر الخطيب عضوا في اللجنة الفنية وفهد السليم عضوا في اللجنة الإعلامية، وعلي الطريفي عضوا في لجنة الحكام.",
     {"فهد السليم", "علي الطريفي"}),
    ("وضم الوفد الليبي سالم الورفلي وعلي الزنتاني وأحمد المصراتي.", {"علي الزنتاني"}),
])
def test_a_person_of_a_list_after_the_conjunction_is_found(run, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert names <= _people(run, text)


@pytest.mark.parametrize("text", [
    "وأكد خالد العمري أهمية المشروع وصالح المواطنين.",
    "وافتتح المحافظ المعرض الدولي. وفهد السليم حضر أيضا.",
])
def test_a_conjunction_without_a_person_before_in_the_sentence_adds_none(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"صالح المواطنين", "فهد السليم"} & _people(run, text)


@pytest.mark.parametrize("text", [
    "وقال الوزير إن التصريحات لا تساعد على تعزيز العلاقات بين البلدين.",
    "وأكد المتحدث أن الاتفاق يقوم على احترام سيادة الدول.",
])
def test_a_lone_particle_is_no_person(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"على", "علي"} & _people(run, text)


def test_a_post_alone_tagged_as_a_person_is_none(run) -> None:  # type: ignore[no-untyped-def]
    people = _people(run, "حضر الاستقبال ولي العهد نائب القائد الأعلى ومعالي وزير المالية الشيخ أحمد بن محمد.")
    assert "ولي العهد" not in people
    assert "أحمد بن محمد" in people


@pytest.mark.parametrize(("text", "name"), [
    ("وعين المجلس كلاً من سامر الحلبي، ونزار الأيوبي، وواصل الشمالي، وكمال العبدالله أعضاء في اللجنة.",
     "واصل الشمالي"),
    ("وضمت القائمة خالد المصري ، وواصل الحديدي ، وعمر النجار.", "واصل الحديدي"),
])
def test_a_name_shaped_item_of_a_list_of_persons_is_a_person(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(run, text)


def test_the_same_verb_after_a_comma_but_before_no_family_name_opens_no_person(run) -> None:  # type: ignore[no-untyped-def]
    people = _people(run, "التقى الوزير سامر الحلبي، وواصل الاجتماع مع الوفد، وبحث الملف.")
    assert not any("واصل" in p for p in people)


@pytest.mark.parametrize(("text", "name", "swallowed"), [
    ("وقال الرئيس التنفيذي لشركة موبايلي خليفة الشامسي إن النتائج جيدة.", "خليفة الشامسي", "موبايلي"),
    ("وقال العضو المنتدب في أرامكو خالد الفالح إن الإنتاج مستقر.", "خالد الفالح", "أرامكو"),
])
def test_a_common_word_before_a_given_name_is_no_part_of_the_name(  # type: ignore[no-untyped-def]
        run, text: str, name: str, swallowed: str) -> None:
    people = _people(run, text)
    assert name in people
    assert not any(swallowed in p for p in people)


def test_a_given_name_the_tables_know_before_another_stays_in_the_name(run) -> None:  # type: ignore[no-untyped-def]
    assert "ميشال عون" in _people(run, "والتقى الرئيس ميشال عون بالوفد في بيروت.")


@pytest.mark.parametrize(("text", "name", "label"), [
    ("وصل الرئيس اليمني عبد ربه منصور هادي صباح الأحد إلى عدن.", "عبد ربه منصور هادي", "PERSON"),
    ("ووصل وزير الخارجية المصري سامح شكري مساء الخميس إلى الخرطوم.", "سامح شكري", "PERSON"),
    ("ونظم الذراع العسكري لحركة حماس صباح الجمعة معسكراً صيفياً للأطفال.", "حركة حماس", "ORG"),
])
def test_the_part_of_the_day_before_a_day_is_no_part_of_the_name(  # type: ignore[no-untyped-def]
        run, text: str, name: str, label: str) -> None:
    names = {e.name for e in run(text).entities if e.type == label}
    assert name in names
    assert not any("صباح" in n or "مساء" in n for n in names)


def test_a_given_name_that_is_a_part_of_the_day_stays_a_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح رئيس الوزراء العراقي.")
    assert "صباح الأحمد الجابر الصباح" in {e.name for e in doc.entities if e.type == "PERSON"}


@pytest.mark.parametrize(("text", "name"), [
    # a first name that reads like the article or a clitic, right after an honorific or a post
    ("وعين الرئيس الدكتور الخضر علي الجعدي محافظا لمحافظة شبوة.", "الخضر علي الجعدي"),
    ("وقالت النائبة وحيدة سالم حنا إن القانون سيمر في الجلسة المقبلة.", "وحيدة سالم حنا"),
])
def test_a_first_name_after_a_title_that_the_model_left_out_is_the_names(  # type: ignore[no-untyped-def]
        run, text: str, name: str) -> None:
    assert name in _people(run, text)


@pytest.mark.parametrize(("text", "name"), [
    # a nationality, a rank's part or the post's genitive after the title stays outside
    ("وقال الرئيس السوداني عمر حسن البشير إن الحوار مستمر.", "عمر حسن البشير"),
    ("وعين الرئيس العقيد الركن سالم حسين العوبلي قائدا للواء.", "سالم حسين العوبلي"),
    ("وقال رئيس النادي خالد البلطان إن التشكيلة جاهزة.", "خالد البلطان"),
    # a description after a verb or a post in construct is no first name
    ("وكانت المجموعة بقيادة الشاب سليمان الزامكي.", "سليمان الزامكي"),
    ("ودشن محافظ القرى عبدالله زايد الحربي الملتقى.", "عبدالله زايد الحربي"),
])
def test_a_word_of_the_title_before_the_name_stays_outside(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = _people(run, text)
    assert name in people
    assert not any(p.startswith(("السوداني", "الركن", "النادي", "الشاب", "القرى")) for p in people)


@pytest.mark.parametrize(("text", "name"), [
    # a name does not end on the word that links its parts, however common the next word is
    ("وأكد منير أولاد علي، رئيس الجمعية، أن المحاكمة جائرة.", "منير أولاد علي"),
    ("وعين الرئيس الجزائري الطاهر ولد علي مديرا للثقافة.", "الطاهر ولد علي"),
])
def test_a_name_goes_on_after_its_link_word(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(run, text)
