"""Organisation names by shape, back-references and place words, on sentences written here."""

from __future__ import annotations

import pytest

from sijill.doc import Doc
from sijill.names.latin import latin


def _orgs(doc: Doc) -> list[str]:
    return [e.name for e in doc.entities if e.type == "ORG"]


def test_head_and_genitive_chain(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى وفد من وحدة تنسيق المساعدات بممثلين عن وزارة الزراعة السورية في عمّان.")
    assert "وحدة تنسيق المساعدات" in _orgs(doc)
    assert "وزارة الزراعة السورية" in _orgs(doc)


def test_definite_head_takes_adjectives_but_not_time_words(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ناقش المكتب الإعلامي خطة العمل، وعقدت الأمانة العامة اليوم جلستها.")
    assert "المكتب الإعلامي" in _orgs(doc)
    assert "الأمانة العامة" in _orgs(doc)
    assert not any("اليوم" in name for name in _orgs(doc))


@pytest.mark.parametrize(("text", "name"), [
    ("أصدرت الهيئة الوطنية للدفاع عن المعتقلين بياناً.", "الهيئة الوطنية للدفاع"),
    ("وعقد المجلس الوطني لمتابعة الانتخابات جلسته.", None),
    ("وطالبت اللجنة الوطنية للأسرى بالإفراج عنهم.", "اللجنة الوطنية للأسرى"),
    ("وشارك المجلس الأعلى للقبائل العربية في اللقاء.", "المجلس الأعلى للقبائل العربية"),
    ("وقال رئيس كتلة التغيير للإصلاح إن الكتلة ستصوت ضد القرار.", "كتلة التغيير للإصلاح"),
])
def test_a_complement_with_lam_continues_a_complete_name(run, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    if name is None:  # the complement has no article: the name stops before it
        assert "المجلس الوطني" in orgs
        assert not any("لمتابعة" in o for o in orgs)
    else:
        assert name in orgs


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت وزارة الخارجية للصحفيين إن الاجتماع تأجل.", "وزارة الخارجية"),
    ("وعقد المكتب التنفيذي للتجمع اجتماعاً.", "المكتب التنفيذي"),
    # a verbal noun with its object is a purpose, not the name's field
    ("وأحالت الحكومة المشروع إلى مجلس الشورى للمصادقة عليه.", "مجلس الشورى"),
    ("ورفعت الوزارة الملف إلى المجلس الوطني للنظر فيه أمس.", "المجلس الوطني"),
    ("وأرسل المحافظ الطلب إلى الهيئة العامة للبت فيها.", "الهيئة العامة"),
])
def test_lam_complement_that_is_no_part_of_the_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert name in orgs
    assert not any(o.startswith(name + " ") for o in orgs)


def test_indefinite_adjective_is_no_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("اقترح المشاركون تشكيل مجلس مركزي جديد للإشراف على العمل.")
    assert "مجلس مركزي" not in _orgs(doc)


def test_ambiguous_head_needs_a_longer_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("دعا البيان إلى وحدة السوريين في وجه التحديات.")
    assert "وحدة السوريين" not in _orgs(doc)


def test_quoted_names_after_a_head_or_detached_lam(run) -> None:  # type: ignore[no-untyped-def]
    doc = run('وقالت مديرة جمعية "غراس" سلمى يوسف لـ"الوطن" إن العمل مستمر مع "نبض" و"أمل".')
    orgs = _orgs(doc)
    assert "غراس" in orgs
    assert "الوطن" in orgs
    assert "نبض" not in orgs  # no cue before it


def test_back_reference_joins_the_named_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلنت رابطة المحامين السوريين الأحرار بيانها الأول. وقالت الرابطة إنها ستواصل عملها.")
    ent = next(e for e in doc.entities if e.name == "رابطة المحامين السوريين الأحرار")
    assert "الرابطة" in ent.aliases
    assert len(ent.mentions) == 2
    assert "الرابطة" not in _orgs(doc)


def test_lone_head_without_antecedent_is_dropped(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قالت المنظمة إن الوضع صعب.")
    assert "المنظمة" not in _orgs(doc)


def test_place_word_is_trimmed_from_locations(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد المجلس المحلي اجتماعه في مدينة حلب يوم الأحد.")
    locs = [e.name for e in doc.entities if e.type == "LOC"]
    assert "حلب" in locs
    assert "مدينة حلب" not in locs


def test_spelling_variants_of_a_place_are_one_entity(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("زار الوفد سوريا الأسبوع الماضي، وقال إن سورية تحتاج إلى دعم.")
    locs = [e for e in doc.entities if e.type == "LOC"]
    assert len([e for e in locs if e.name in ("سوريا", "سورية")]) == 1


def test_person_entities_get_a_latin_spelling(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قال الدكتور خالد العمر إن اللقاء كان مثمراً.")
    person = next(e for e in doc.entities if e.type == "PERSON")
    assert person.data["latin"].lower().startswith("khal")
    assert latin("Smith") is None


def test_a_name_called_back_by_its_head_is_found(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أطلق تجمع نبراس حملة جديدة في الشمال. وقال التجمع في بيان إن الحملة تستمر شهراً. "
              "وأضاف التجمع أن المتطوعين جاهزون.")
    ents = [e for e in doc.entities if e.type == "ORG"]
    assert [e.name for e in ents] == ["تجمع نبراس"]
    assert len(ents[0].mentions) == 3


def test_one_mention_of_a_head_names_nothing_new(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أطلق تجمع نبراس حملة جديدة. وقال التجمع إن الحملة تستمر.")
    assert "تجمع نبراس" not in [e.name for e in doc.entities if e.type == "ORG"]


def test_a_word_with_tanween_is_never_a_name() -> None:
    from sijill.doc import Span
    from sijill.extract import make_doc
    from sijill.names.stages import merge_mentions
    from sijill.pipeline import Pipeline
    from sijill.read.article import Article

    doc = Pipeline(["tokens", "sentences"])(make_doc(Article("t", "عقد الفريق لقاءً حواريًا أمس.")))
    start = doc.text.index("حواريًا")
    kept = merge_mentions(doc, [Span(start, start + len("حواريًا"), "ORG")])
    assert kept == []


def test_long_names_are_spelled_in_parts_and_runs_of_names_not_at_all() -> None:
    assert latin("عبد الرحمن بن عبد العزيز بن محمد آل سعود") is not None
    run_of_names = "وليد العنزي حسين شراحيلي عمر هوساوي خالد الغامدي ابراهيم الزبيدي شايع الجبرين"
    assert latin(run_of_names) is None


@pytest.mark.parametrize("text", [
    "وقالت الناطقة الرسمية باسم حركة النهضة التونسية سلوى الغربي إن الحركة ترفض القرار.",
    "وأوضح رئيس الهيئة الدكتور سلوى الغربي أن العمل مستمر.",
])
def test_a_name_right_after_a_title_is_a_person(run, text: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert "سلوى الغربي" in people


def test_common_words_after_a_title_are_no_person(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس الهيئة إن الاجتماع سيعقد غداً في المقر الرئيسي.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []


def test_a_title_never_reaches_back_to_an_earlier_organisation(run) -> None:  # type: ignore[no-untyped-def]
    from sijill.names.stages import tagger
    from sijill.names.titled import titled_people

    doc = run("زار وفد الائتلاف الوطني السوري سلوى الغربي أمس. وقال الرئيس إن الزيارة مهمة.")
    # Without the model's people, the only untagged name follows the organisation, not a title.
    orgs_only = [m for m in doc.layers["mentions"] if m.label != "PERSON"]
    assert titled_people(doc, orgs_only, tagger().features.gazetteers) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال مسؤول في وزارة الزراعة والري إن الموسم جيد.", "وزارة الزراعة والري"),
    ("أعلنت الهيئة العامة للنقل والمواصلات خطتها.", "الهيئة العامة للنقل والمواصلات"),
    ("وعقد مجلس الشؤون الاجتماعية والثقافية جلسته.", "مجلس الشؤون الاجتماعية والثقافية"),
    ("وشارك ممثلون عن وكالة التخطيط وتطوير الموارد في الورشة.", "وكالة التخطيط وتطوير الموارد"),
    ("وأصدرت وزارة الثقافة والإعلام قراراً.", "وزارة الثقافة والإعلام"),
])
def test_a_name_continues_over_a_coordinated_part(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    ("ورحبت الحكومة الليبية والمعارضة بالاتفاق.", "الحكومة الليبية"),
    ("وقالت وزارة الدفاع ووزير الداخلية إن الوضع هادئ.", "وزارة الدفاع"),
    ("وطالبت لجنة الشفافية واللجان البرلمانية الأخرى بالتحقيق.", "لجنة الشفافية"),
    ("وأكدت الحكومة المحلية والمركزية التزامهما.", "الحكومة المحلية"),
    ("وناقش مجلس إدارة الشركة ومناقشة الموازنة.", "مجلس إدارة الشركة"),
    ("وتعمل مع وزارة الداخلية وصناع القرار في البلاد.", "وزارة الداخلية"),
    ("وتعمل مع البرلمان ومجلس الأعيان والنواب في عمّان.", "مجلس الأعيان"),
])
def test_a_coordinated_actor_is_no_part_of_the_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert name in orgs
    assert not any(o.startswith(name + " و") for o in orgs)


@pytest.mark.parametrize(("text", "name"), [
    ("وأعلن الاتحاد الأردني لكرة السلة تشكيلته.", "الاتحاد الأردني لكرة السلة"),
    ("وانتقدت المنظمة المصرية لحقوق الإنسان القرار.", "المنظمة المصرية لحقوق الإنسان"),
    ("وقالت المفوضية السامية لشؤون اللاجئين إن الأعداد تزايدت.", "المفوضية السامية لشؤون اللاجئين"),
])
def test_a_listed_indefinite_complement_continues_a_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    ("وحضر ممثلو وزارة الصحة، والهيئة العامة للعلوم والتكنولوجيا في بغداد.",
     "الهيئة العامة للعلوم والتكنولوجيا"),
    ("ووقع الاتفاق البنك المركزي، والهيئة العامة للاستثمار والمناطق الحرة في القاهرة.",
     "الهيئة العامة للاستثمار والمناطق الحرة"),
    ("وشاركت جامعة صنعاء، والمؤسسة اليمنية للنفط والمعادن في الندوة.",
     "المؤسسة اليمنية للنفط والمعادن"),
])
def test_a_listed_name_takes_a_coordinated_part_after_its_lam_complement(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    ("وحضر مجلس النواب، والمجلس الأعلى للقضاء والنيابة العامة جلسة في بيروت.",
     "المجلس الأعلى للقضاء"),
    ("وحضر الاجتماع وزير العدل، والمجلس الأعلى للقضاء والحكومة في الرباط.",
     "المجلس الأعلى للقضاء"),
])
def test_a_listed_name_ends_before_another_body_after_its_complement(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert name in orgs
    assert not any(o.startswith(name + " و") for o in orgs)


def test_a_purpose_after_a_name_is_no_part_of_it(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("ودعت الحكومة التونسية لوقف الإضراب فوراً."))
    assert "الحكومة التونسية" in orgs
    assert not any("لوقف" in o for o in orgs)


@pytest.mark.parametrize(("text", "name"), [
    ("وفاز نادي النجمة على ضيفه.", "نادي النجمة"),
    ("ونظمت غرفة التجارة والصناعة ملتقى للمستثمرين.", "غرفة التجارة والصناعة"),
    ("ونقل المصاب إلى مستشفى الملك خالد الجامعي.", "مستشفى الملك خالد الجامعي"),
    ("وأكدت الرئاسة العامة للأرصاد استمرار الأمطار.", "الرئاسة العامة للأرصاد"),
])
def test_heads_of_clubs_chambers_hospitals_and_presidencies(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", [
    "وقدم الخبراء مجموعة من التوصيات للجنة.",
    "وعثر المحققون على مجموعة في المدينة.",
])
def test_a_preposition_ends_a_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(" من " in o or " في " in o for o in _orgs(run(text)))



@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس الغرفة التجارية الصناعية بالدمام إن الصادرات زادت.", "الغرفة التجارية الصناعية بالدمام"),
    ("ونظم النادي الأدبي بجدة أمسية شعرية.", "النادي الأدبي بجدة"),
])
def test_a_local_institution_takes_its_city(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


def test_a_meeting_place_is_no_part_of_a_name(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("واجتمع المجلس الوطني بدمشق أمس."))
    assert "المجلس الوطني" in orgs
    assert not any("بدمشق" in o for o in orgs)


@pytest.mark.parametrize(("text", "name", "verb"), [
    ("مجلس شورى حزب العدالة التقى أعضاؤه في الرباط أمس.", "حزب العدالة", "التقى"),
    ("رئيس المجلس الوطني الكردي يلتقي وزير الخارجية التركي في أنقرة.", "المجلس الوطني الكردي", "يلتقي"),
    ("وقال المكتب السياسي لحركة الإصلاح أكد الرئيس دعمه.", "حركة الإصلاح", "أكد"),
])
def test_an_organisation_name_ends_before_a_verb(run, text: str, name: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert not any(verb in o.split() for o in orgs)


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت جامعة لندن إن الطلاب عادوا.", "جامعة لندن"),
    ("وأعلنت مؤسسة قطر عن منح جديدة.", "مؤسسة قطر"),
    ("وتراجعت بورصة طوكيو أمس.", "بورصة طوكيو"),
    ("وافتتحت غرفة مكة معرضاً.", "غرفة مكة"),
    ("واستقبلت جامعة دمشق الوفد.", "جامعة دمشق"),
])
def test_an_indefinite_head_and_a_state_or_city_is_a_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    ("وانسحب نواب ائتلاف دولة القانون من الجلسة.", "ائتلاف دولة القانون"),
    ("وقال حزب دولة المواطنة إنه يرفض القرار.", "حزب دولة المواطنة"),
    ("وأصدرت جمعية مدينة العمال بياناً.", "جمعية مدينة العمال"),
])
def test_a_common_noun_a_gazetteer_lists_as_a_town_does_not_end_a_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", ["وقال مجلس تحقيق إن الأمر انتهى.", "وشكلت لجنة عمل للنظر."])
def test_an_indefinite_head_and_a_common_noun_is_no_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _orgs(run(text)) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال إن حزب الله الإرهابي شن هجوماً.", "حزب الله"),
    ("وأعلنت جبهة النصرة المتطرفة مسؤوليتها.", "جبهة النصرة"),
])
def test_a_writer_s_judgement_is_no_part_of_a_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert name in orgs
    assert not any(o.endswith(("الإرهابي", "المتطرفة")) for o in orgs)


@pytest.mark.parametrize(("text", "name"), [
    ("وفاز حزب العدالة والتنمية بأغلبية المقاعد في الانتخابات.", "حزب العدالة والتنمية"),
    ("وأعلنت هيئة الإذاعة والتلفزيون عن برامجها الجديدة.", "هيئة الإذاعة والتلفزيون"),
    ("وافتتحت وزارة الشباب والتربية مدرسة جديدة في الريف.", "وزارة الشباب والتربية"),
])
def test_a_noun_shaped_like_a_nisba_is_coordinated_as_a_noun(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("key", "adjective"), [
    ("التنميه", False), ("التربيه", False), ("الرعايه", False), ("التلفزيون", False),
    ("التركيه", True), ("الاسلاميه", True), ("الموريتانيه", True), ("التنفيذيه", True),
])
def test_a_nisba_adjective_has_its_masculine_in_the_news(key: str, adjective: bool) -> None:
    from sijill.names.orgs import lexicon

    assert lexicon().is_adjective(key) is adjective


@pytest.mark.parametrize(("text", "name"), [
    ("وشاركت جمعية الهلال الأحمر الأردني في عمليات الإغاثة.", "جمعية الهلال الأحمر الأردني"),
    ("وقالت المقاومة الشعبية في البلدة إنها صدت الهجوم.", "المقاومة الشعبية"),
    ("وأعلنت المقاومة الوطنية اللبنانية مسؤوليتها عن العملية.", "المقاومة الوطنية اللبنانية"),
])
def test_colour_adjectives_and_a_named_resistance_make_names(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


def test_resistance_alone_is_no_organisation(run) -> None:  # type: ignore[no-untyped-def]
    assert _orgs(run("وأكد المتحدث أن المقاومة مستمرة حتى التحرير.")) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الأمين العام لمجلس التعاون لدول الخليج العربية إن القمة ستعقد قريبا.", "مجلس التعاون لدول الخليج العربية"),
    ("وأصدرت منظمة التعاون لدول البحر الأسود بيانا.", "منظمة التعاون لدول البحر الأسود"),
])
def test_a_name_for_the_states_of_a_region_goes_on_with_the_region(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    assert name in _orgs(doc)
    assert not [e for e in doc.entities if e.type == "LOC"]


@pytest.mark.parametrize(("text", "name"), [
    ("وأكدت أمانة محافظة جدة أن المشروع اكتمل.", "أمانة محافظة جدة"),
    ("وقال مجلس محافظة بابل إن الخدمات تحسنت.", "مجلس محافظة بابل"),
    ("وأعلنت أمانة منطقة تبوك عن حملة نظافة.", "أمانة منطقة تبوك"),
])
def test_a_body_of_a_province_takes_the_provinces_bare_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


def test_a_city_after_another_indefinite_link_ends_no_name(run) -> None:  # type: ignore[no-untyped-def]
    assert not any("دمشق" in name for name in _orgs(run("وقالت لجنة إدارة دمشق إن العمل مستمر.")))


@pytest.mark.parametrize(("text", "name"), [
    # a body's name ends before ل and its organisation, a name apart, so that the body named
    # with and without it in several articles stays one entity of the register
    ("وقال رئيس المكتب السياسي لحركة النهضة إن الحركة ترفض القرار.", "المكتب السياسي"),
    ("وتم تشكيل المجلس العام لمجلس الشباب والمؤلف من ثلاثين عضواً.", "المجلس العام"),
    ("وعقدت الهيئة العامة للحزب اجتماعها الأول.", "الهيئة العامة"),
    ("واجتمعت اللجنة التنفيذية لحزب الأمة القومي في أم درمان.", "اللجنة التنفيذية"),
])
def test_a_body_ends_before_the_organisation_after_lam(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert name in orgs
    assert not any(o.startswith(name + " ") for o in orgs)


@pytest.mark.parametrize(("text", "quoted", "is_name"), [
    ("وقالت الحركة «في مفترق طرق» بعد وفاة زعيمها.", "في مفترق طرق", False),
    ("وتوفر الجمعية «مكاناً للقاءات الثقافية» للأعضاء.", "مكاناً للقاءات الثقافية", False),
    ("وشاركت منظمة «اليوم التالي» في الاجتماع.", "اليوم التالي", True),
    ("وأعلنت جمعية «بسمة» عن حملتها.", "بسمة", True),
])
def test_a_quotation_that_opens_with_a_preposition_or_has_tanween_is_no_name(run, text: str, quoted: str, is_name: bool) -> None:  # type: ignore[no-untyped-def]
    assert (quoted in _orgs(run(text))) is is_name


@pytest.mark.parametrize(("text", "name", "bare"), [
    ("تعيين مجلس إدارة جديد لشركة زين للاتصالات في الكويت", "شركة زين للاتصالات", "زين للاتصالات"),
    ("ووقعت الحكومة عقداً مع شركة جبل عمر للتطوير أمس.", "شركة جبل عمر", "جبل عمر"),
])
def test_a_name_after_an_indefinite_head_keeps_the_head(run, text: str, name: str, bare: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert name in orgs
    assert bare not in orgs


@pytest.mark.parametrize(("text", "name", "person"), [
    ("اختار الاتحاد الآسيوي لكرة القدم الدولي السعودي خليل جلال ليكون مقيماً للمباراة.",
     "الاتحاد الآسيوي لكرة القدم", "خليل جلال"),
    ("كلّف الاتحاد الدولي لكرة القدم السعودي عبدالرحمن الزيد بتقييم الحكام.",
     "الاتحاد الدولي لكرة القدم", "عبدالرحمن الزيد"),
    ("عيّن الاتحاد الأفريقي لكرة القدم الدولي المصري جهاد جريشة حكماً للمباراة النهائية.",
     "الاتحاد الأفريقي لكرة القدم", "جهاد جريشة"),
    ("وأسند الاتحاد العربي لكرة القدم المغربي رضوان جيد إدارة اللقاء.",
     "الاتحاد العربي لكرة القدم", "رضوان جيد"),
    ("واستقبلت الجمعية الخليجية للإعاقة الإماراتية مريم العلي في مقرها.",
     "الجمعية الخليجية للإعاقة", "مريم العلي"),
])
def test_after_a_lam_complement_a_second_scope_adjective_describes_the_next_person(
        run, text: str, name: str, person: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    assert name in _orgs(doc)
    assert not any(o.startswith(name + " ") for o in _orgs(doc))
    assert person in [e.name for e in doc.entities if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    # adjectives that agree with the complement, or a scope the name had none of before it
    ("وعقد المجلس الأعلى للقوات المسلحة اجتماعاً طارئاً.", "المجلس الأعلى للقوات المسلحة"),
    ("وتوقع المركز الوطني للأرصاد الجوية هطول أمطار غزيرة.", "المركز الوطني للأرصاد الجوية"),
    ("وشارك المعهد الدولي للدراسات العربية في المؤتمر.", "المعهد الدولي للدراسات العربية"),
    ("وأصدرت الهيئة العامة للاستثمار الأردنية تقريرها.", "الهيئة العامة للاستثمار الأردنية"),
])
def test_adjectives_after_a_lam_complement_that_stay(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    ("أسس ناشطون في الرباط جمعية جديدة باسم جمعية الشباب من أجل التنمية.", "جمعية الشباب من أجل التنمية"),
    ("وانتقدت حركة الشباب من أجل التغيير قرار الحكومة في القاهرة.", "حركة الشباب من أجل التغيير"),
])
def test_a_connector_continues_a_civil_body_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


def test_a_connector_before_a_purpose_is_no_part_of_a_name(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("وتعمل وزارة الصحة من أجل الحفاظ على سلامة المواطنين في عمّان."))
    assert not any("أجل" in o for o in orgs)


@pytest.mark.parametrize(("text", "name"), [
    ("اجتمع رئيس حكومة إقليم كردستان مسرور بارزاني مع وفد من بغداد.", "حكومة إقليم كردستان"),
    ("وصوت برلمان إقليم كردستان على القانون الجديد.", "برلمان إقليم كردستان"),
    ("وقرر مجلس محافظة نينوى تعليق الدوام الرسمي.", "مجلس محافظة نينوى"),
])
def test_a_body_of_a_named_region_is_an_organisation(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    ("نفى المتحدث باسم قوات سوريا الديمقراطية مصطفى بالي الأنباء.", "قوات سوريا الديمقراطية"),
    ("وأعلنت ألوية العمالقة الجنوبية السيطرة على المدينة في اليمن.", "ألوية العمالقة الجنوبية"),
])
def test_an_armed_force_named_by_a_place_or_an_adjective(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام السوري البلدة صباح أمس.",
    "وانتشرت قوات الأمن الحكومية في شوارع عدن.",
    "وقال إن قوات حزب العمال الكردستاني انسحبت من المنطقة.",
])
def test_forces_described_are_no_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(o.startswith("قوات") for o in _orgs(run(text)))


@pytest.mark.parametrize(("text", "name"), [
    ("وافتتح الوزير مدينة الملك فهد الطبية في الرياض.", "مدينة الملك فهد الطبية"),
    ("ووقعت مدينة الملك عبدالعزيز للعلوم والتقنية اتفاقية مع شركة كورية.", "مدينة الملك عبدالعزيز للعلوم والتقنية"),
    ("وتخرج من جامعة الملك سعود للعلوم الصحية عدد من الطلاب.", "جامعة الملك سعود للعلوم الصحية"),
])
def test_an_eponym_institution_after_a_place_word(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


def test_a_town_named_after_a_king_is_no_institution(run) -> None:  # type: ignore[no-untyped-def]
    assert not any(o.startswith("مدينة") for o in _orgs(run("وعاد الوفد إلى مدينة الملك عبدالله بعد الزيارة.")))


def test_a_person_after_an_eponym_institution_is_not_in_its_name(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("وقال رئيس جامعة الملك عبدالله للعلوم والتقنية جان لو شامو إن الجامعة مستعدة."))
    assert "جامعة الملك عبدالله للعلوم والتقنية" in orgs


@pytest.mark.parametrize(("text", "name"), [
    ("وأكد مدير وكالة التفتيش وتطوير بيئة العمل أن الحملة مستمرة.", "وكالة التفتيش وتطوير بيئة العمل"),
    ("وقالت هيئة الرقابة وتطوير أداء الإدارة في بغداد إن التقرير جاهز.", "هيئة الرقابة وتطوير أداء الإدارة"),
])
def test_a_coordinated_field_with_a_two_word_genitive(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    # a field after ل with its adjectives, the second a passive participle (Jordan, Lebanon)
    ("وأعلنت هيئة الإعلام المرئي والمسموع في الأردن عن قواعد جديدة للبث.", "هيئة الإعلام المرئي والمسموع"),
    ("وأكد المجلس الوطني للإعلام المرئي والمسموع في لبنان رفضه للقرار.",
     "المجلس الوطني للإعلام المرئي والمسموع"),
    # a word of the audience (للإعلام، للصحافة) before an adjective is the field (Morocco, Egypt)
    ("وصرح رئيس المجلس الأعلى للإعلام السمعي البصري في المغرب بأن القانون جاهز.",
     "المجلس الأعلى للإعلام السمعي البصري"),
    ("وقالت الجمعية المصرية للصحافة المكتوبة والمسموعة إنها تدعم القرار.",
     "الجمعية المصرية للصحافة المكتوبة والمسموعة"),
])
def test_a_field_after_lam_takes_its_adjectives(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize(("text", "name"), [
    # the audience, a time, or an adjective joined to the name's own adjective stay outside
    ("وقال المتحدث باسم الهيئة العامة للإعلام إن التحقيق مستمر.", None),
    ("وأقرت جمعية الهلال الأحمر الكويتي للعام المالي الجديد ميزانيتها.", "جمعية الهلال الأحمر الكويتي"),
    ("وقالت الحكومة السورية والمعارضة إن المفاوضات متعثرة.", "الحكومة السورية"),
])
def test_no_field_adjective_where_none_is_written(run, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert not any("المالي" in o or "المعارضة" in o for o in orgs)
    if name:
        assert name in orgs


@pytest.mark.parametrize(("text", "name"), [
    # observatories open names of their own (Tunisia, Morocco)
    ("وقال المرصد التونسي للحقوق والحريات إن المعتقلين تعرضوا لسوء المعاملة.",
     "المرصد التونسي للحقوق والحريات"),
    ("وقال المرصد المغربي للحريات العامة إن الاعتقالات تعسفية.", "المرصد المغربي للحريات العامة"),
    # a state's or city's bare name in construct still takes one ل complement (Gulf, Iraq, UK)
    ("وأعلنت مؤسسة قطر للتربية والعلوم عن برنامج جديد للمنح.", "مؤسسة قطر للتربية والعلوم"),
    ("وزار وفد من جامعة بغداد للعلوم الطبية مستشفى المدينة.", "جامعة بغداد للعلوم الطبية"),
    ("وتخرج في جامعة القاهرة ثم درس في جامعة لندن للاقتصاد.", "جامعة لندن للاقتصاد"),
])
def test_more_heads_and_a_place_genitive_with_its_complement(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", [
    "وأدى جماعة من المصلين الصلاة ثم قال إن جماعة مسلحة هاجمت الحاجز.",
    "وأكد الخطيب أن جماعة المسجد أدت الصلاة في موعدها.",
])
def test_a_group_of_people_is_no_body(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(o.startswith("جماعة") for o in _orgs(run(text)))


@pytest.mark.parametrize(("text", "name"), [
    # a coordinated word after a listed complement's genitive, or people after ل, are not the name's
    ("وقال المرصد السوري لحقوق الإنسان والفرقة الرابعة ما زالت تقصف.", "المرصد السوري لحقوق الإنسان"),
    ("ونفى المرصد السوري لحقوق الإنسان والفرقة نفسها هذه الأنباء.", "المرصد السوري لحقوق الإنسان"),
    ("وقال إن جيش مصر للمصريين جميعا.", None),
])
def test_what_follows_a_complement_is_the_sentences(run, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert not any("والفرقة" in o or "للمصريين" in o for o in orgs)
    if name:
        assert name in orgs


def test_a_bare_second_field_after_a_listed_complement_is_the_names(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وشارك في المؤتمر الاتحاد العربي لعلوم الفضاء والفلك، وجامعات عدة.")
    assert "الاتحاد العربي لعلوم الفضاء والفلك" in _orgs(doc)


@pytest.mark.parametrize(("text", "kept"), [
    # someone's thing, with a possessive pronoun: no body (Lebanese, Egyptian, Iraqi shapes)
    ("وتراقب الأجهزة حركة أمواله الضخمة في المصارف اللبنانية.", None),
    ("واعتبر الخبير أن خطة محكمة هي الطريق الأمثل لإنقاذ الاقتصاد المصري.", None),
    ("وناقش أعضاء مجلس إدارتها الجديد في بغداد الموازنة.", None),
    ("وشارك في الحفل صندوق يديره الشباب في الرباط.", None),
    # a word that only ends like a pronoun, or a town that does, stays in the name
    ("وأعلنت شركة مياه الشرب في الخرطوم خطة جديدة.", "شركة مياه الشرب"),
    ("وتعاقد نادي مولده النرويجي مع مدرب جديد.", "نادي مولده النرويجي"),
])
def test_a_noun_with_a_pronoun_names_no_body(run, text: str, kept: str | None) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    if kept is None:
        assert not any(w in o for o in orgs for w in ("أمواله", "هي", "إدارتها", "يديره")), orgs
    else:
        assert kept in orgs


@pytest.mark.parametrize("text", [
    # a masculine adjective after a definite feminine head agrees with the noun before it
    "ويمكن التسجيل عبر موقع الجمعية الإلكتروني قبل نهاية الشهر في الدار البيضاء.",
    "وأشاد الوزير بدور المنظمة الريادي في دعم اللاجئين السودانيين.",
    "وزار الوفد مقر الهيئة الرئيسي في صنعاء.",
])
def test_a_feminine_head_takes_no_masculine_adjective(run, text: str) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run(text))
    assert not any(o.endswith(("الإلكتروني", "الريادي", "الرئيسي")) for o in orgs), orgs


def test_a_feminine_head_keeps_its_feminine_adjective(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("وقالت الجمعية الخيرية في البصرة إن المساعدات وصلت."))
    assert "الجمعية الخيرية" in orgs


def test_other_is_no_part_of_a_name(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("واستخدم الرئيس اللبناني إحدى سيارات الرئاسة الأخرى في بيروت."))
    assert not any("الأخرى" in o for o in orgs), orgs


@pytest.mark.parametrize(("text", "name"), [
    ("وقال عضو مجلس أمناء مؤسسة الملك عبد الله بن عبد العزيز العالمية للأعمال الإنسانية إن الدعم مستمر.",
     "مؤسسة الملك عبد الله بن عبد العزيز العالمية للأعمال الإنسانية"),
    ("وعولج المصابون في مستشفى الأمير عبد الرحمن التخصصي للعيون في عمّان.",
     "مستشفى الأمير عبد الرحمن التخصصي للعيون"),
])
def test_an_eponym_written_with_abd_apart_goes_on(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run(text))


def test_abd_written_apart_and_joined_is_one_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وزار الوفد مركز الملك عبدالله بن عبدالعزيز للحوار في فيينا. "
              "وقال أمين مركز الملك عبد الله بن عبد العزيز للحوار إن الزيارة مهمة.")
    orgs = [o for o in _orgs(doc) if o.startswith("مركز")]
    assert len(orgs) == 1, orgs


@pytest.mark.parametrize("text", [
    "ووصل الجهاز الفني للمنتخب المغربي إلى الدار البيضاء أمس.",
    "وأكد الجهاز الطبي للنادي أن اللاعب العراقي تعافى.",
    "ويصيب الفيروس الجهاز التنفسي للأطفال في عدن.",
])
def test_a_teams_staff_or_a_bodys_organs_is_no_organisation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(o.startswith("الجهاز") for o in _orgs(run(text))), _orgs(run(text))


def test_an_apparatus_of_state_stays_an_organisation(run) -> None:  # type: ignore[no-untyped-def]
    orgs = _orgs(run("وأعلن الجهاز المركزي للإحصاء في القاهرة ارتفاع الأسعار."))
    assert any(o.startswith("الجهاز المركزي") for o in orgs), orgs
