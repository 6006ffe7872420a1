"""Names on unseen news: spans that run on into a verb or begin with the place of a post,
clitics read into a foreign name, prepositions taken into a name (issue 14)."""

from __future__ import annotations

import pytest

from sijill.names.not_names import names_nothing
from sijill.names.people import is_finite_verb
from sijill.names.stages import _accusative_after_place, _gazetteers, _ranks


def _names(run, text: str, label: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in run(text).entities if e.type == label}


@pytest.mark.parametrize(("word", "verb"), [
    ("سيكون", True), ("وسيعقد", True), ("فستعلن", True), ("يخسر", True), ("ويطالب", True),
    ("سيف", False), ("يوسف", False), ("ياسر", False), ("ستيفن", False), ("يونيو", False),
    ("ينبع", False), ("يحيى", False),
])
def test_a_verb_is_told_from_a_name_that_opens_alike(word: str, verb: bool) -> None:
    assert is_finite_verb(word, _gazetteers(), _ranks()) is verb


@pytest.mark.parametrize(("text", "label", "name", "run_on"), [
    ("وقال مراقبون إن الرئيس ماكرون فسيكون أمام خيارات صعبة بعد الانتخابات.", "PERSON", "ماكرون", "فسيكون"),
    ("الدوري الإنجليزي: ليفربول يخسر أمام تشيلسي ومدربه يرحل.", "ORG", "ليفربول", "يخسر"),
    ("وأكد أن البرامج التي ينفذها مركز الشيخ زايد تنطلق عبر شراكات مع الجمعيات.", "ORG", "مركز الشيخ زايد", "تنطلق"),
])
def test_a_name_ends_before_the_verb_after_it(run, text: str, label: str, name: str,  # type: ignore[no-untyped-def]
                                              run_on: str) -> None:
    names = _names(run, text, label)
    assert name in names
    assert not any(run_on in n for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت إدارة مدينة الملك فهد الطبية إن المستشفى استقبل المرضى.", "مدينة الملك فهد الطبية"),
    ("وتخرج في جامعة الملك عبدالعزيز بجدة عام 2010.", "جامعة الملك عبدالعزيز بجدة"),
])
def test_a_name_after_a_royal_title_is_no_run_on(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _names(run, text, "ORG")


@pytest.mark.parametrize(("text", "person", "place"), [
    ("وقبل المباراة قال مدرب نابولي أنطونيو كونتي إن الفريق جاهز.", "أنطونيو كونتي", "نابولي"),
    ("وفي 2019 قال حاكم ولاية أوهايو مايك ديواين إنه سيوقع القانون. وتعد أوهايو من الولايات المتأرجحة.",
     "مايك ديواين", "أوهايو"),
])
def test_a_place_before_a_first_name_is_the_posts_not_the_persons(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                                 place: str) -> None:
    people = _names(run, text, "PERSON")
    assert person in people
    assert not any(p.startswith(place) for p in people)


def test_a_city_that_is_also_a_family_name_stays_in_the_name(run) -> None:  # type: ignore[no-untyped-def]
    text = "وقال الرئيس النيجيري محمد بخاري إن بلاده ستنتصر. وقال بخاري موسى عيسى، أحد سكان القرية، إن المسلحين فروا."
    assert "بخاري موسى عيسى" in _names(run, text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("وحل السباح الأسترالي كونور ماكلاود ثانيا في السباق.", "كونور ماكلاود"),
    ("وقال البريطاني بيرنز إن السباق كان صعبا.", "بيرنز"),
])
def test_a_foreign_name_keeps_a_first_letter_that_looks_like_a_clitic(run, text: str,  # type: ignore[no-untyped-def]
                                                                      name: str) -> None:
    assert name in _names(run, text, "PERSON")


@pytest.mark.parametrize(("text", "label", "name"), [
    ("عقبات كثيرة أمام ترودو بعد تصويت البرلمان على الميزانية.", "PERSON", "ترودو"),
    ("وخسر نادي الزمالك أمام بيراميدز في نهائي الكأس.", "ORG", "نادي الزمالك"),
])
def test_a_name_neither_opens_nor_goes_on_with_amam(run, text: str, label: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = {n for e in run(text).entities for n in [e.name]}
    assert not any("أمام" in n for n in names)


def test_a_quotation_that_opens_with_a_head_and_a_name_is_one_body(run) -> None:  # type: ignore[no-untyped-def]
    text = "وساعدت الجمعيات الخيرية ومنها «جمعية سالم عبدالله الكثيري» الأسر النازحة."
    assert "جمعية سالم عبدالله الكثيري" in _names(run, text, "ORG")
    assert "سالم عبدالله الكثيري" not in _names(run, text, "PERSON")


@pytest.mark.parametrize("text", [
    "ودعا الخطيب إلى الحفاظ على الوحدة الوطنية في البلاد.",
    "وحذر من الفتنة بين السنة والشيعة في المنطقة.",
])
def test_a_value_or_a_sect_is_no_body(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(run, text, "ORG")


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت المتحدثة باسم البيت الأبيض إن الرئيس سيزور المنطقة.", "البيت الأبيض"),
    ("وأعلن الكرملين أن بوتين سيستقبل نظيره.", "الكرملين"),
    ("وتبنت جماعة بوكو حرام الهجوم على القرية.", "جماعة بوكو حرام"),
    ("ونقلت صحيفة واشنطن بوست عن مصادر أن الاتفاق قريب.", "صحيفة واشنطن بوست"),
])
def test_a_body_known_by_its_building_or_a_foreign_name_is_found_whole(run, text: str,  # type: ignore[no-untyped-def]
                                                                      name: str) -> None:
    assert name in _names(run, text, "ORG")


@pytest.mark.parametrize(("text", "name"), [
    ("وافتتح الدكتورسليمان بن خالد العتيبي المعرض أمس.", "سليمان بن خالد العتيبي"),
    ("وأكد الدكتورمحمد بن علي الحربي أن المشروع اكتمل.", "محمد بن علي الحربي"),
])
def test_an_honorific_written_onto_the_name_is_left_out(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = _names(run, text, "PERSON")
    assert name in people
    assert not any(p.startswith(("الدكتور", "المهندس")) for p in people)


def test_two_people_run_together_across_wa_are_two(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وضمت القائمة اللاعبين: مراد التونسي وكريم الهاشمي وسليم الفاسي وعلي الطرابلسي "
            "وهشام البنزرتي ومنير القابسي وعلي الصفاقسي ورضا الجربي.")
    people = _names(run, text, "PERSON")
    assert not any(" وعلي " in p or " وكريم " in p for p in people)
    assert {"سليم الفاسي", "علي الطرابلسي"} <= people


def test_a_heads_genitive_keeps_a_first_letter_like_a_clitic(run) -> None:  # type: ignore[no-untyped-def]
    text = "وقال الناقد في صحيفة فوليا دي ساوباولو إن الرواية ملحمة."
    assert any(n.startswith(("صحيفة فوليا", "فوليا")) for n in _names(run, text, "ORG"))


@pytest.mark.parametrize(("word", "accusative"), [
    ("بيانا", True), ("دعما", True), ("روسيا", False), ("تركيا", False), ("كندا", False),
    ("أفريقيا", False), ("سوريا", False), ("كشفا", True),
])
def test_an_accusative_noun_is_told_from_a_land(word: str, accusative: bool) -> None:
    assert _accusative_after_place(word) is accusative


def test_a_place_ends_before_a_noun_in_the_accusative(run) -> None:  # type: ignore[no-untyped-def]
    places = _names(run, "وأصدرت مديرية صحة محافظة إربد بيانا.", "LOC")
    assert "إربد" in places
    assert not any(p.endswith("بيانا") for p in places)


@pytest.mark.parametrize("text", [
    "وزار الوفد روسيا وتركيا وكندا.",
    "وتحدث عن التعاون مع دول شمال أفريقيا.",
])
def test_a_land_that_ends_like_an_accusative_stays(run, text: str) -> None:  # type: ignore[no-untyped-def]
    places = _names(run, text, "LOC")
    assert places & {"روسيا", "تركيا", "كندا", "أفريقيا", "شمال أفريقيا"}


def test_a_papers_foreign_word_continues_its_name(run) -> None:  # type: ignore[no-untyped-def]
    text = "وقالت شبكة سكاي نيوز إن الاجتماع انتهى، كما نقلت قناة الفوكس نيوز الخبر."
    assert not any(n.endswith(("سكاي", "الفوكس")) for n in _names(run, text, "ORG"))


def test_an_indefinite_doctor_is_left_out_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    text = "وأوضح المتحدث باسم الشرطة المقدم دكتور فواز بن سالم الحربي أن الجاني اعتقل."
    people = _names(run, text, "PERSON")
    assert "فواز بن سالم الحربي" in people


@pytest.mark.parametrize(("text", "org"), [
    ("وذلك تنفيذا لتوجيهات وزارة الزراعة الرامية إلى دعم المزارعين.", "وزارة الزراعة"),
    ("وأشاد بجهود الهيئة الوطنية للاستثمار الهادفة إلى جذب رؤوس الأموال.", "الهيئة الوطنية للاستثمار"),
])
def test_a_purpose_participle_ends_a_name(run, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _names(run, text, "ORG")
    assert org in orgs
    assert not any(o.endswith(("الرامية", "الهادفة")) for o in orgs)


def test_a_person_ends_before_a_noun_in_the_accusative(run) -> None:  # type: ignore[no-untyped-def]
    people = _names(run, "وأجرى المهاجم سامي حمدان الكبيسي كشفا طبيا في المستشفى.", "PERSON")
    assert not any(p.endswith("كشفا") for p in people)


@pytest.mark.parametrize(("text", "name"), [
    ("وقتل عنصر من تنظيم “داعش” ثلاثة مدنيين.", "داعش"),
    ("وقال قيادي في حزب «الأمة» إن الحوار متعثر.", "الأمة"),
])
def test_a_bare_head_before_a_quoted_name_is_no_body(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = {e.name: e for e in run(text).entities if e.type == "ORG"}
    assert not {"تنظيم", "حزب"} & set(orgs)
    assert any(name == n or name in e.aliases for n, e in orgs.items())


@pytest.mark.parametrize("text", ["حفظهما الله", "رعاه الله", "نحمد الله", "بإذن الله"])
def test_a_formula_of_blessing_is_no_body(text: str) -> None:
    assert names_nothing(text, "ORG", {})


def test_a_share_bar_scraped_with_the_text_names_no_one(run) -> None:  # type: ignore[no-untyped-def]
    text = "سقوط جدار مدرسة  شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك طالب أولياء الأمور البلدية بالتحرك."
    doc = run(text)
    assert not [e.name for e in doc.entities if e.type == "PERSON"]
    assert "فيسبوك جوجل بلس" not in {e.name for e in doc.entities}
