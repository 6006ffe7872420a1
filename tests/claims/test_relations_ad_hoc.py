"""Committees formed for a task are no standing bodies; a body's name that goes on to name
its parent finds that parent; national bodies, faculties and boards. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sijill.claims.relation_cues import is_ad_hoc, is_body_name, is_national, structure_lexicon
from sijill.doc import Doc


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


@pytest.mark.parametrize(("name", "ad_hoc"), [
    ("لجنة مكلفة من الوزارة", True),
    ("اللجنة المشكلة في البلدية", True),
    ("لجنة عاجلة", True),
    ("لجنة تحقيق مستقلة", True),
    ("لجنة لإصلاح الاتحاد الجزائري", True),
    ("فريق لدراسة ملف الكهرباء", True),
    ("اللجنة الوزارية المشتركة", True),
    ("لجنة المتابعة العربية", False),
    ("لجنة الحكام", False),
    ("اللجنة لشؤون اللاجئين", False),
    ("الحكومة السورية المؤقتة", False),
    ("اللجنة المعنية بحقوق الإنسان", False),
    ("لجنة الانضباط", False),
    ("المكتب السياسي", False),
    ("اللجنة التنفيذية", False),
])
def test_a_committee_formed_for_a_task(name: str, ad_hoc: bool) -> None:
    assert is_ad_hoc(name, structure_lexicon()) is ad_hoc


@pytest.mark.parametrize("text", [
    "شكلت وزارة الصحة التونسية لجنة تحقيق مستقلة لمتابعة الحادثة في مستشفى شارل نيكول.",
    "وباشرت اللجنة المكلفة من بلدية صيدا عملها أمس في المنطقة الصناعية.",
    "وكانت اللجنة التنفيذية للاتحاد الأفريقي لكرة القدم قررت في مارس الماضي تشكيل لجنة لإصلاح الكاف يكون رئيسها مستقلا.",
])
def test_an_ad_hoc_committee_has_no_parent(run, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    assert not {r for r in _relations(doc) if r[0] == "PART_OF" and
                is_ad_hoc(r[1], structure_lexicon())}


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("قرر مجلس إدارة الاتحاد الأردني لكرة اليد إيقاف المدرب لمدة شهر.",
     "مجلس إدارة الاتحاد الأردني لكرة اليد", "الاتحاد الأردني لكرة اليد"),
    ("اجتمع المكتب السياسي لحركة الوفاق الوطني في المنامة أمس.",
     "المكتب السياسي لحركة الوفاق الوطني", "حركة الوفاق الوطني"),
])
def test_a_body_with_its_parent_in_its_name(run, text: str, child: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(text))
    assert any(r[0] == "PART_OF" and r[2] == parent and r[1] in (child, child.split(" ل")[0])
               for r in rel), rel


@pytest.mark.parametrize(("name", "body"), [
    ("مركز الملك عبدالله للحوار", False),
    ("مركز الشيخ زايد للتراث", False),
    ("المركز الوطني للأرصاد", False),
    ("مركز المعلومات", True),
    ("المركز الإعلامي", True),
])
def test_a_centre_named_for_a_person_or_the_nation_is_no_body(name: str, body: bool) -> None:
    assert is_body_name(name, structure_lexicon()) is body


@pytest.mark.parametrize(("name", "national"), [
    ("اللجنة المصرية العليا للإغاثة", True),
    ("المكتب الأردني للتنسيق", True),
    ("لجنة سعودية للمتابعة", True),
    ("اللجنة التنفيذية", False),
    ("المكتب الإعلامي", False),
])
def test_a_body_qualified_by_a_nationality(name: str, national: bool) -> None:
    assert is_national(name) is national


def test_a_national_committee_is_no_body_of_an_international_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("استقبل الأمين العام لجامعة الدول العربية وفد اللجنة المصرية العليا للإغاثة. "
              "وأكدت جامعة الدول العربية دعمها لجهود الإغاثة في السودان.")
    assert not any(r[1].startswith("اللجنة المصرية") for r in _relations(doc))


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("وكان الباحث أستاذاً في كلية الهندسة بجامعة الموصل قبل أن ينتقل إلى بغداد.",
     "كلية الهندسة", "جامعة الموصل"),
    ("وأعلنت جامعة القاهرة أن كلية الطب ستستقبل طلاباً جدداً هذا العام.",
     "كلية الطب", "جامعة القاهرة"),
])
def test_a_faculty_is_a_body_of_its_university(run, text: str, child: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    assert ("PART_OF", child, parent) in _relations(run(text))


@pytest.mark.parametrize(("text", "parent"), [
    (("وافقت وزارة الشباب والرياضة على طلب نادي الزوراء. وأكدت وزارة الشباب والرياضة أن "
      "الانتخابات ستجري قريباً. واجتمع مجلس الإدارة أمس لبحث الموضوع."), "نادي الزوراء"),
    (("طالبت وزارة التجارة شركة الأمل للتأمين بتقديم ميزانيتها. وقالت وزارة التجارة إنها "
      "تتابع الملف. وعقدت الجمعية العمومية اجتماعها مساء الأحد."), "شركة الأمل للتأمين"),
])
def test_a_board_belongs_to_the_club_or_company_not_the_ministry(run, text: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(text))
    assert {r[2] for r in rel if r[1] in ("مجلس الإدارة", "الجمعية العمومية")} == {parent}, rel


@pytest.mark.parametrize(("text", "body"), [
    (("وعقدت اللجنة العليا المشتركة بين الأردن والعراق اجتماعها في عمان برعاية جامعة الدول العربية، "
      "وأكدت جامعة الدول العربية دعمها."), "اللجنة العليا المشتركة"),
])
def test_a_joint_committee_is_no_body_of_one_side(run, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    # A committee joint between parties belongs to none of them, nor to the sponsor.
    assert not {r for r in _relations(run(text)) if r[0] == "PART_OF" and r[1] == body}
