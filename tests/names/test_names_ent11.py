"""Names on unseen news (ent11): organs of an organisation named with it, verbs that open a
person's name."""

from __future__ import annotations

import pytest


def _forms(run, text: str, label: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    return {e.name: {e.name, *e.aliases} for e in run(text).entities if e.type == label}


@pytest.mark.parametrize(("text", "short", "full"), [
    ("عقدت اللجنة المركزية لحركة فتح اجتماعها في رام الله أمس. وقالت اللجنة المركزية إنها ستواصل عملها.",
     "اللجنة المركزية", "اللجنة المركزية لحركة فتح"),
    ("انتخب المجلس التنفيذي لاتحاد الشغل الموريتاني أمينا عاما جديدا في نواكشوط.",
     "المجلس التنفيذي", "المجلس التنفيذي لاتحاد الشغل الموريتاني"),
    ("وأصدرت الهيئة القيادية بالتجمع اليمني للإصلاح بيانا حول الأوضاع في تعز.",
     "الهيئة القيادية", "الهيئة القيادية بالتجمع اليمني للإصلاح"),
])
def test_an_organ_is_also_named_with_its_organisation(run, text: str, short: str,  # type: ignore[no-untyped-def]
                                                      full: str) -> None:
    forms = [f for f in _forms(run, text, "ORG").values() if short in f]
    assert forms and full in forms[0]


def test_an_organ_of_two_organisations_takes_neither_name(run) -> None:  # type: ignore[no-untyped-def]
    text = ("اجتمع المكتب التنفيذي لحزب الأمة القومي في الخرطوم، كما اجتمع المكتب التنفيذي "
            "لحزب المؤتمر السوداني في أم درمان.")
    for forms in _forms(run, text, "ORG").values():
        assert not any(f.startswith("المكتب التنفيذي ل") for f in forms)


def test_a_states_body_is_no_organ(run) -> None:  # type: ignore[no-untyped-def]
    text = "ودعا الاتحاد الأوروبي لحركة طالبان إلى احترام حقوق النساء في أفغانستان."
    for forms in _forms(run, text, "ORG").values():
        assert "الاتحاد الأوروبي لحركة طالبان" not in forms


def test_a_bare_head_after_an_organ_shows_no_owner(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وقال أعضاء المكتب السياسي للحزب إن الاجتماع ناجح. وكان المكتب السياسي لحزب العدالة "
            "والتنمية المغربي قد اجتمع في الرباط.")
    forms = [f for f in _forms(run, text, "ORG").values() if "المكتب السياسي" in f]
    assert forms and "المكتب السياسي لحزب العدالة والتنمية المغربي" in forms[0]


@pytest.mark.parametrize(("text", "tagged", "left"), [
    ("وفي الشأن الاقتصادي، لفت السنيورة إلى أن الحكومة ستقدم خطة.", "لفت السنيورة", ["السنيورة"]),
    ("وأكد ميقاتي أن الانتخابات ستجري في موعدها.", "وأكد ميقاتي", ["ميقاتي"]),
    ("ملك المغرب يعين سفراء جددا في عدة عواصم", "يعين سفراء", []),
    ("ميسي ورونالدو يتنافسان على الكرة الذهبية", "رونالدو يتنافسان", ["رونالدو"]),
    ("وأرجع المحلل استخدام قوات حفتر للبراميل المتفجرة إلى ضعف الجيش.", "حفتر للبراميل", ["حفتر"]),
    ("وقال يوسف الشاهد إن الحكومة ماضية في الإصلاحات.", "يوسف الشاهد", ["يوسف الشاهد"]),
    ("واستقبل الرئيس طالب الرفاعي في مكتبه.", "طالب الرفاعي", ["طالب الرفاعي"]),
])
def test_a_person_loses_the_verb_or_complement_it_ran_into(trimmed, text: str, tagged: str,  # type: ignore[no-untyped-def]
                                                          left: list[str]) -> None:
    assert trimmed(text, tagged) == left


@pytest.mark.parametrize(("text", "tagged", "left"), [
    ("والتقى وزير الخارجية المصري سامح شكري نظيره السوداني في القاهرة.", "سامح شكري نظيره", ["سامح شكري"]),
    ("واستقبلت الوزيرة نجلاء المنقوش زميلتها التونسية.", "نجلاء المنقوش زميلتها", ["نجلاء المنقوش"]),
    ("وحضر اللقاء محمد عبده مع فرقته.", "محمد عبده", ["محمد عبده"]),
])
def test_a_person_ends_before_a_relational_noun(trimmed, text: str, tagged: str,  # type: ignore[no-untyped-def]
                                               left: list[str]) -> None:
    assert trimmed(text, tagged) == left


def test_a_formula_of_blessing_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    text = "وقال النبي صلى الله عليه وسلم إن الدين النصيحة."
    assert not any("صلى" in e.name for e in run(text).entities)


def _places(run, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in run(text).entities if e.type == "LOC"}


@pytest.mark.parametrize(("text", "place"), [
    ("وتتوسع الشركة في أسواق شمال أفريقيا وأوروبا.", "شمال أفريقيا"),
    ("وافتتح البنك فروعا في دول جنوب شرق آسيا.", "جنوب شرق آسيا"),
])
def test_a_compass_word_before_a_continent_names_a_region(run, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place in _places(run, text)


def test_a_compass_word_before_a_country_says_only_where(run) -> None:  # type: ignore[no-untyped-def]
    places = _places(run, "وقالت الأمم المتحدة إن المعارك تتواصل في شرق ليبيا منذ أسابيع.")
    assert "ليبيا" in places
    assert not any(p.startswith("شرق") for p in places)


@pytest.mark.parametrize(("text", "place"), [
    ("وقال مدير التعليم بالمنطقة الجنوبية إن المدارس جاهزة.", "المنطقة الجنوبية"),
    ("وأعلنت محافظات المنطقة الوسطى تشكيل مجلس موحد.", "المنطقة الوسطى"),
])
def test_a_region_word_with_a_compass_adjective_is_a_place(run, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place in _places(run, text)


def test_a_province_that_opens_like_a_clitic_keeps_its_letter(run) -> None:  # type: ignore[no-untyped-def]
    places = _places(run, "وتجددت الاشتباكات في ولايتي غرب كردفان وشمال دارفور أمس.")
    assert "غرب كردفان" in places or "كردفان" in places
    assert not any(p.endswith(" ردفان") or p == "ردفان" for p in places)
    assert "ولايتي" not in places


@pytest.mark.parametrize(("text", "tagged", "left"), [
    ("وحضر الحفل مستشار خادم الحرمين الشريفين الأمير خالد الفيصل.", "مستشار خادم", []),
    ("وقال مستشار الرئيس جيسون فورمان إن النمو سيتواصل.", "مستشار الرئيس جيسون فورمان", ["جيسون فورمان"]),
    # a one-word post that is also a given name opens the name: no post is cut off
    ("وصرح الأسبق أمين معلوف للصحفيين بأن الرواية اكتملت.", "أمين معلوف", ["أمين معلوف"]),
])
def test_a_post_that_opens_a_person_is_no_name(trimmed, text: str, tagged: str,  # type: ignore[no-untyped-def]
                                               left: list[str]) -> None:
    assert trimmed(text, tagged) == left


def test_the_title_of_the_two_holy_mosques_names_no_place(run) -> None:  # type: ignore[no-untyped-def]
    text = "وحضر سفير خادم الحرمين الشريفين لدى تونس نايف العتيبي الحفل."
    assert "الشريفين" not in _places(run, text)


def test_two_surnames_joined_by_and_are_two_people(run) -> None:  # type: ignore[no-untyped-def]
    from sijill.doc import Span
    from sijill.names.person_runs import split_known_pairs

    text = ("وخلف يوسف الشاهد في رئاسة الحكومة الحبيب الصيد. وانتقد النواب حكومتي الصيد والشاهد "
            "معا. وقال الشاهد إن الإصلاحات ماضية.")
    doc = run(text)
    at = doc.text.index("الصيد والشاهد")
    tagged = [Span(doc.text.index("يوسف الشاهد"), doc.text.index("يوسف الشاهد") + len("يوسف الشاهد"), "PERSON"),
              Span(doc.text.index("الحبيب الصيد"), doc.text.index("الحبيب الصيد") + len("الحبيب الصيد"), "PERSON"),
              Span(at, at + len("الصيد والشاهد"), "PERSON")]
    split = [doc.text[s.start : s.end] for s in split_known_pairs(doc, tagged)]
    assert split[2:] == ["الصيد", "الشاهد"]


def test_a_name_with_a_given_name_after_and_stays_whole(run) -> None:  # type: ignore[no-untyped-def]
    from sijill.doc import Span
    from sijill.names.person_runs import split_known_pairs

    doc = run("وحضر محمد وليد الاجتماع.")
    at = doc.text.index("محمد وليد")
    assert len(split_known_pairs(doc, [Span(at, at + len("محمد وليد"), "PERSON")])) == 1


@pytest.mark.parametrize(("text", "label"), [
    ("محيطه العربي", "LOC"),
    ("حكومته الجديدة", "ORG"),
    ("أوروبيا", "LOC"),
    ("خليجيا", "LOC"),
    ("الشماليتين", "LOC"),
    ("الشرقيون", "LOC"),
])
def test_a_noun_with_a_possessive_names_nothing(text: str, label: str) -> None:
    from sijill.names.not_names import names_nothing

    assert names_nothing(text, label, {})


@pytest.mark.parametrize("land", ["أفريقيا", "آسيا", "سوريا", "كاليفورنيا", "ماليزيا", "البحرين", "الفلبين"])
def test_a_land_that_ends_like_an_adverb_is_a_place(land: str) -> None:
    from sijill.names.not_names import names_nothing

    assert not names_nothing(land, "LOC", {})
