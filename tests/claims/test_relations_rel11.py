"""Bounds on guessed parents (a directorate is no company's, an office of a post's holder is no
body of another organisation) and cues whose object ends before a stop. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


def test_a_directorate_is_guessed_into_no_company(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "أعلنت شركة النور للفنادق افتتاح منتجعها الجديد في مدينة صلالة. "
        "وقالت شركة النور للفنادق إن المنتجع يضم مئتي غرفة. "
        "وأضاف المتحدث أن المديرية العامة للكهرباء ربطت المنتجع بالشبكة."))
    assert not {r for r in rel if r[1].startswith("المديرية العامة")}, rel


def test_a_district_is_no_body_of_the_forces_fighting_there(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "قالت المقاومة الشعبية إن مقاتليها تقدموا في محافظة لحج. "
        "وأضافت المقاومة الشعبية أنها سيطرت على مديرية الحوطة بعد معارك عنيفة."))
    assert not {r for r in rel if r[1].startswith("مديرية")}, rel


def test_a_directorate_is_still_guessed_into_its_ministry(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "أعلنت وزارة الزراعة العمانية خطة لمكافحة الجراد. "
        "وقالت وزارة الزراعة العمانية إن مديرية الزراعة بدأت رش المزارع."))
    assert any(r[1].startswith("مديرية الزراعة") and r[2] == "وزارة الزراعة العمانية"
               for r in rel), rel


def test_the_office_of_a_post_holder_is_no_body_of_a_parliament(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "صوت مجلس النواب الأردني على قانون الانتخاب الجديد. "
        "وقال مجلس النواب الأردني إن الجلسة استمرت ثلاث ساعات. "
        "وقال بيان صادر عن المكتب الإعلامي لنائب رئيس الوزراء إن الحكومة ستدرس القانون."))
    assert not {r for r in rel if r[2] == "مجلس النواب الأردني"}, rel


def test_a_cue_whose_object_ends_before_a_comma_names_no_parent(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "واستهدف القصف مقر حزب التجمع الوطني التابع للمخلوع، وأعلنت جبهة الإنقاذ "
        "مسؤوليتها عن الهجوم."))
    assert not {r for r in rel if r[2].startswith("جبهة الإنقاذ")}, rel


def test_a_cue_right_before_its_parent_still_places_the_body(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "وقال مدير مركز التدريب المهني التابع لاتحاد نقابات العمال إن الدورة بدأت أمس."))
    assert any(r[0] == "PART_OF" and r[2].startswith("اتحاد نقابات العمال") for r in rel), rel


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("وعقدت اللجنة التنفيذية المنبثقة عن المؤتمر الوطني العام اجتماعها الأول أمس.",
     "اللجنة التنفيذية", "المؤتمر الوطني العام"),
    ("وقالت شركة أرامكو للتجارة، الذراع التجارية لأرامكو السعودية، إنها رفعت الأسعار.",
     "شركة أرامكو للتجارة", "أرامكو السعودية"),
    ("وأعلنت وزارة الصحة في حكومة الوفاق الوطني الليبية تسجيل إصابات جديدة.",
     "وزارة الصحة", "حكومة الوفاق الوطني الليبية"),
])
def test_a_body_emanating_from_an_arm_of_or_a_ministry_in_its_parent(  # type: ignore[no-untyped-def]
        run, text: str, child: str, parent: str) -> None:
    assert ("PART_OF", child, parent) in _relations(run(text))


def test_a_ministry_beside_another_states_government_is_not_its_part(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وأعلنت وزارة الخارجية المصرية في بيان أن حكومة الوحدة الليبية ستشارك."))
    assert not rel, rel


def test_an_organisation_saying_it_is_one_of_the_members(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وقال حزب الوسط إنه أحد أعضاء جبهة الإنقاذ الوطني."))
    assert ("MEMBER_OF", "حزب الوسط", "جبهة الإنقاذ الوطني") in rel, rel


def test_a_minister_saying_he_is_a_member_makes_no_relation(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وقال وزير الخارجية الأردني إنه عضو في لجنة المتابعة العربية."))
    assert not {r for r in rel if r[0] == "MEMBER_OF"}, rel


def test_an_executive_body_of_an_unnamed_party_is_guessed_into_no_other(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "وهاجم حزب الله الزيارة. وقال حزب الله إن الزيارة لا تعنيه. واستقبلت الرياض سمير "
        "الخوري رئيس الهيئة التنفيذية في القوات المستقلة أمس."))
    assert not {r for r in rel if r[1] == "الهيئة التنفيذية"}, rel


def test_the_office_of_a_named_person_is_no_body_of_the_cabinet(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "وقال حيدر العبادي إن الحكومة ماضية. وقال مجلس الوزراء العراقي إنه سيجتمع. وقال "
        "مجلس الوزراء العراقي إن الجلسة مفتوحة. وقال مكتب العبادي إن الاجتماع تأجل."))
    assert not {r for r in rel if r[1] == "مكتب العبادي"}, rel


def test_the_outlet_a_member_spoke_to_is_no_parent(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "وأكدت لجنة الأمن والدفاع أنها ستستدعي الوزير. وقال عضو اللجنة لـ«الشرق الأوسط» إن "
        "الاستدعاء قريب."))
    assert not {r for r in rel if r[2] == "الشرق الأوسط"}, rel


@pytest.mark.parametrize(("text", "kind", "child", "parent"), [
    ("وأعلنت جبهة النصرة، فرع تنظيم القاعدة في سوريا، سيطرتها على المطار.",
     "PART_OF", "جبهة النصرة", "تنظيم القاعدة"),
    ("وقالت جبهة النصرة الفرع السوري لتنظيم القاعدة إنها أسرت جنودا.",
     "PART_OF", "جبهة النصرة", "تنظيم القاعدة"),
    ("وقالت وحدات حماية الشعب الكردية، العمود الفقري لقوات سوريا الديمقراطية، إنها تقدمت.",
     "MEMBER_OF", "وحدات حماية الشعب الكردية", "قوات سوريا الديمقراطية"),
    ("وقالت عصائب أهل الحق، أحد أبرز فصائل الحشد الشعبي، إنها ستشارك في المعركة.",
     "MEMBER_OF", "عصائب أهل الحق", "الحشد الشعبي"),
])
def test_a_branch_a_backbone_or_a_leading_faction(  # type: ignore[no-untyped-def]
        run, text: str, kind: str, child: str, parent: str) -> None:
    assert (kind, child, parent) in _relations(run(text))


@pytest.mark.parametrize("text", [
    "وفي قلب مركز الأمير سلطان الثقافي، يقع فرع الجمعية السعودية للفنون الذي يقدم برامج.",
    "وسيسهم منسوبو مركز التدريب الرئيس وفرع هيئة السياحة في الطائف في التنظيم.",
])
def test_a_branch_not_in_apposition_places_nothing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    # The branch itself, named in construct with its organisation, is a body of it (rel13).
    rel = {r for r in _relations(run(text)) if r[1] != "فرع " + r[2]}
    assert not rel, rel


def test_a_supreme_authority_is_guessed_into_no_parliament(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "ناقش البرلمان التونسي قانون الانتخابات. وقال البرلمان التونسي إن الجلسة ستستأنف. "
        "وأعلنت اللجنة العليا للانتخابات موعد الاقتراع."))
    assert not {r for r in rel if r[1].startswith("اللجنة العليا")}, rel


def test_a_committee_is_guessed_into_no_armed_force(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(
        "وقالت قوات الأمن الطاجيكية إنها اعتقلت خمسة مسلحين. وأضافت قوات الأمن الطاجيكية أن "
        "العملية مستمرة. وقال المتحدث باسم لجنة الأمن القومي إن المعتقلين كانوا يخططون لهجوم."))
    assert not {r for r in rel if r[1] == "لجنة الأمن القومي"}, rel
