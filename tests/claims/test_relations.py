"""Bodies of organisations, members of platforms, and sizes, from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc
from sijill.record import to_record


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


def test_body_named_before_its_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقدت دائرة الشؤون القانونية في رابطة المحامين السوريين الأحرار اجتماعاً في غازي عنتاب.")
    assert ("PART_OF", "دائرة الشؤون القانونية", "رابطة المحامين السوريين الأحرار") in \
        _relations(doc)


def test_body_named_only_in_a_post_becomes_an_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس المكتب السياسي لحزب النهضة الوطني سامر العلي إن الحزب مستعد للحوار.")
    assert ("PART_OF", "المكتب السياسي", "حزب النهضة الوطني") in _relations(doc)
    rec = to_record(doc)
    ids = {e["id"]: e for e in rec["entities"]}
    pos = next(p for p in rec["positions"] if ids[p["person"]]["name"] == "سامر العلي")
    assert ids[pos["org"]]["name"] == "حزب النهضة الوطني"
    assert ids[pos["body"]]["name"] == "المكتب السياسي"
    assert ids[pos["body"]]["type"] == "ORG"


@pytest.mark.parametrize(("text", "person", "role", "org"), [
    ("كشف رئيس لجنة المسابقات بالاتحاد الأردني لكرة السلة سامي الخطيب عن موعد البطولة.",
     "سامي الخطيب", "رئيس لجنة المسابقات", "الاتحاد الأردني لكرة السلة"),
    ("وأكد مازن الحلبي رئيس لجنة الحكام في الاتحاد المغربي لكرة القدم أن الحكام جاهزون.",
     "مازن الحلبي", "رئيس لجنة الحكام", "الاتحاد المغربي لكرة القدم"),
])
def test_a_post_in_a_body_of_the_organisation_names_the_body(  # type: ignore[no-untyped-def]
        run, text: str, person: str, role: str, org: str) -> None:
    """The head of a federation's committee is not the federation's head: the committee
    goes in the role (annotation.md), so no register shows him as its president."""
    rec = to_record(run(text))
    ids = {e["id"]: e for e in rec["entities"]}
    pos = next(p for p in rec["positions"] if ids[p["person"]]["name"] == person)
    assert (pos["role"], ids[pos["org"]]["name"]) == (role, org)


def test_a_lone_body_belongs_to_the_organisation_named_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد حزب النهضة الوطني مؤتمره السنوي في إدلب. وقدم المكتب المالي تقريره عن العام الماضي.")
    assert ("PART_OF", "المكتب المالي", "حزب النهضة الوطني") in _relations(doc)


def test_institutions_listed_after_a_cue_are_bodies_of_the_owner(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأكد الائتلاف الوطني السوري أنه يعمل من خلال مؤسساته التنفيذية وعلى رأسها "
              "الحكومة السورية المؤقتة ووحدة تنسيق الدعم.")
    rel = _relations(doc)
    assert ("PART_OF", "الحكومة السورية المؤقتة", "الائتلاف الوطني السوري") in rel
    assert ("PART_OF", "وحدة تنسيق الدعم", "الائتلاف الوطني السوري") in rel


def test_member_of_a_platform(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتعد رابطة الصحفيين السوريين من مكونات منبر الجمعيات السورية منذ سنوات.")
    assert ("MEMBER_OF", "رابطة الصحفيين السوريين", "منبر الجمعيات السورية") in _relations(doc)


def test_members_listed_after_a_platform(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلنت الجبهة الوطنية للتحرير التي تنضوي ضمنها حركة أحرار الشام وجيش الأحرار "
              "عن هجوم جديد.")
    rel = _relations(doc)
    assert ("MEMBER_OF", "حركة أحرار الشام", "الجبهة الوطنية للتحرير") in rel
    assert ("MEMBER_OF", "جيش الأحرار", "الجبهة الوطنية للتحرير") in rel


def test_joining_an_alliance(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلن حزب التضامن الوطني انضمامه إلى التحالف المدني الديمقراطي في بيروت.")
    assert ("MEMBER_OF", "حزب التضامن الوطني", "التحالف المدني الديمقراطي") in _relations(doc)


def test_a_cue_with_no_organisation_gives_nothing(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال إن العمل يجري تحت مظلة واحدة ومن مكونات المجتمع كافة.")
    assert doc.claims["relations"] == []


def test_sizes_with_their_unit(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ويضم منبر الجمعيات السورية 42 منظمة. وتم تشكيل المجلس العام لرابطة الصحفيين "
              "السوريين المؤلف من (37) عضوة.", published="2024-05-01")
    sizes = {(a.entity.name, a.value, a.unit, a.date) for a in doc.claims["attributes"]}
    assert ("منبر الجمعيات السورية", 42, "منظمة", "2024-05-01") in sizes
    assert any(v == 37 and u == "عضوة" for _, v, u, _ in sizes)
    doc = run("ويضم التحالف الوطني للقوى السياسية اليمنية 17 حزباً ومكوناً.")
    sizes = {(a.entity.name, a.value, a.unit) for a in doc.claims["attributes"]}
    assert ("التحالف الوطني للقوى السياسية اليمنية", 17, "حزباً") in sizes
    for a in doc.claims["attributes"]:
        assert a.evidence[0] < a.evidence[1]


@pytest.mark.parametrize(("text", "child", "parent"), [
    # the parent named inside the body's name, after an idafa or a joining preposition
    ("وعقد مجلس إدارة نادي الوداد البيضاوي اجتماعاً طارئاً مساء أمس.",
     "مجلس إدارة نادي الوداد البيضاوي", "نادي الوداد البيضاوي"),
    ("وأعلنت لجنة الحكام بالاتحاد التونسي لكرة القدم قائمة الحكام الجدد.",
     "لجنة الحكام بالاتحاد التونسي لكرة القدم", "الاتحاد التونسي لكرة القدم"),
])
def test_parent_named_inside_the_body_name(run, text: str, child: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    rel = _relations(doc)
    assert any(t == "PART_OF" and c.startswith(child.split()[0]) and p == parent
               for t, c, p in rel), rel


def test_a_back_reference_inside_a_body_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد نادي الترجي الرياضي مؤتمراً صحفياً في تونس. وقال نادي الترجي الرياضي إن "
              "الجمعية العمومية للنادي ستنعقد الشهر المقبل.")
    assert any(c.startswith("الجمعية العمومية") and p == "نادي الترجي الرياضي"
               for _, c, p in _relations(doc))


def test_a_post_organisation_is_no_parent_and_no_member(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ووزع الاتحاد العربي لكرة اليد مقاعد لجانه أمس. وعين محمد الصالح أمين عام "
              "الاتحاد الكويتي لكرة اليد عضواً في اللجنة الطبية.")
    rel = _relations(doc)
    assert ("PART_OF", "اللجنة الطبية", "الاتحاد العربي لكرة اليد") in rel
    assert not any(t == "MEMBER_OF" for t, _, _ in rel)


def test_a_ministry_of_a_government_named_by_its_nationality(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت الحكومة المغربية إن وزارة الداخلية المغربية ستشرف على الانتخابات. "
              "وأكدت الحكومة المغربية التزامها بالموعد.")
    assert ("PART_OF", "وزارة الداخلية المغربية", "الحكومة المغربية") in _relations(doc)


def test_a_body_takes_the_organisation_the_article_names_most(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد الاتحاد اللبناني لكرة السلة اجتماعه في بيروت. وقرر الاتحاد اللبناني لكرة السلة "
              "تأجيل الدوري. وطالب الاتحاد اللبناني لكرة السلة وزارة الشباب بالدعم، ووعدت وزارة "
              "الشباب بتمويل صندوق دعم الأندية. وستتولى اللجنة الفنية وضع الجدول الجديد.")
    rel = _relations(doc)
    assert ("PART_OF", "اللجنة الفنية", "الاتحاد اللبناني لكرة السلة") in rel


@pytest.mark.parametrize(("text", "relation"), [
    ("وأعلنت هيئة الرقابة الإدارية التابعة لوزارة العدل المصرية نتائج التحقيق.",
     ("PART_OF", "هيئة الرقابة الإدارية", "وزارة العدل المصرية")),
    ("وعقدت الأمانة العامة لمجلس التعاون الخليجي اجتماعها في الرياض.",
     ("PART_OF", "الأمانة العامة", "مجلس التعاون الخليجي")),
    ("وقررت لجنة الحكام في الاتحاد العراقي لكرة القدم إيقاف الحكم.",
     ("PART_OF", "لجنة الحكام", "الاتحاد العراقي لكرة القدم")),
    ("وتعد حركة البناء الوطني من مكونات التحالف الرئاسي في الجزائر.",
     ("MEMBER_OF", "حركة البناء الوطني", "التحالف الرئاسي")),
])
def test_bodies_and_members_in_other_shapes(run, text: str, relation: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert relation in _relations(run(text))


@pytest.mark.parametrize("text", [
    # a meeting between two bodies
    "والتقى وفد من حزب الوفد المصري مع وفد من حزب التجمع التقدمي في القاهرة.",
    # a country's possession of a city
    "وقصفت القوات الروسية مدينة حلب السورية أمس.",
])
def test_no_relation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _relations(run(text)) == set()


def test_a_person_described_as_a_member_is_no_membership_of_an_earlier_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلنت حركة النهضة الوطنية موقفها من الحوار. وأوضح عضو في مجلس الحكماء أن القرار "
              "اتخذ على عجل.")
    assert not any(t == "MEMBER_OF" for t, _, _ in _relations(doc))


def test_bodies_of_the_organisation_that_holds_the_others(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قررت اللجنة القانونية بالغرفة التجارية في عمان تنظيم ندوة. وطالبت وزارة العمل "
              "الأردنية بتعديل القانون، وردت وزارة العمل الأردنية بالموافقة، وأكدت وزارة العمل "
              "الأردنية دعمها. كما ناقشت اللجنة الصناعية خطة العام المقبل.")
    rel = _relations(doc)
    assert ("PART_OF", "اللجنة القانونية", "الغرفة التجارية") in rel
    assert ("PART_OF", "اللجنة الصناعية", "الغرفة التجارية") in rel


@pytest.mark.parametrize(("text", "member"), [
    (("وقال القيادي السابق في حركة الجهاد الإسلامي الذي بات اليوم عضواً في المجلس الوطني "
     "الفلسطيني إن الحوار متوقف."), False),
    ("وأكدت نقابة الصحفيين اليمنيين، وهي عضو في الاتحاد الدولي للصحفيين، رفضها للقانون.", True),
])
def test_a_member_named_apart_from_the_cue(run, text: str, member: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(t == "MEMBER_OF" for t, _, _ in _relations(run(text))) == member


@pytest.mark.parametrize(("text", "relation"), [
    ("وأعلن المغرب انضمامه إلى الاتحاد الأفريقي بعد غياب طويل.",
     ("MEMBER_OF", "المغرب", "الاتحاد الأفريقي")),
    ("وتعد الكويت عضواً في مجلس التعاون الخليجي منذ تأسيسه.",
     ("MEMBER_OF", "الكويت", "مجلس التعاون الخليجي")),
    ("وأعلن حزب الدعوة الإسلامية الشريك في ائتلاف دولة القانون موقفه.",
     ("MEMBER_OF", "حزب الدعوة الإسلامية", "ائتلاف دولة القانون")),
])
def test_a_state_or_party_member_of_a_union(run, text: str, relation: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert relation in _relations(run(text))


@pytest.mark.parametrize(("text", "child", "parent"), [
    (("انتقدت الحكومة المغربية الإضراب، وقال القيادي في حزب العدالة والتنمية إن الأمانة العامة "
      "لحزبه ستجتمع لمناقشة قرار الحكومة المغربية."), "الأمانة العامة", "حزب العدالة"),
    (("وهاجمت السلطة الفلسطينية حركة حماس، فيما قال المتحدث باسم حركة فتح إن اللجنة المركزية "
      "لحركته ستعقد اجتماعا طارئا مع السلطة الفلسطينية."), "اللجنة المركزية", "حركة فتح"),
])
def test_a_body_of_the_party_named_back_by_its_kind(run, text: str, child: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    # لحزبه، لحركته: the party named last before the body, not the organisation named most.
    rel = _relations(run(text))
    assert any(r[0] == "PART_OF" and r[1] == child and r[2].startswith(parent) for r in rel), rel
