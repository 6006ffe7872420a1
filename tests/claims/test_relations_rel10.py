"""Wings and arms, joining verbs before their subject, bodies placed by a pronoun (التابعة لها),
task committees placed by a link, and no genitive after a definite word. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("وقالت سرايا القدس الذراع العسكرية لحركة الجهاد الإسلامي إنها قصفت المستوطنات.",
     "سرايا القدس", "حركة الجهاد الإسلامي"),
    ("وقالت منظمة الشبيبة الاشتراكية الجناح الشبابي لحزب البعث إنها ستنظم مؤتمرا.",
     "منظمة الشبيبة الاشتراكية", "حزب البعث"),
])
def test_a_wing_or_arm_of_a_movement_is_part_of_it(  # type: ignore[no-untyped-def]
        run, text: str, child: str, parent: str) -> None:
    rel = _relations(run(text))
    assert any(r[0] == "PART_OF" and r[2] == parent and child.endswith(r[1]) for r in rel), rel


@pytest.mark.parametrize(("text", "member", "platform"), [
    ("وانضمت الجبهة الوطنية للتحرير إلى هيئة التفاوض السورية في الرياض.",
     "الجبهة الوطنية للتحرير", "هيئة التفاوض السورية"),
    ("وانضم حزب المؤتمر الشعبي إلى تحالف قوى الحرية والتغيير.",
     "حزب المؤتمر الشعبي", "تحالف قوى الحرية والتغيير"),
])
def test_the_subject_of_a_joining_verb_is_a_member(  # type: ignore[no-untyped-def]
        run, text: str, member: str, platform: str) -> None:
    rel = _relations(run(text))
    assert any(r[0] == "MEMBER_OF" and r[1] == member and r[2].startswith(platform)
               for r in rel), rel


def test_a_person_joining_makes_no_membership(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وانضم اللاعب سامي الحداد إلى نادي الرجاء البيضاوي الموسم الماضي."))
    assert not {r for r in rel if r[0] == "MEMBER_OF"}, rel


def test_a_body_placed_by_a_pronoun_belongs_to_the_organisation_named_before(  # type: ignore[no-untyped-def]
        run) -> None:
    rel = _relations(run("وأكدت وزارة الداخلية المغربية أن المديرية العامة للأمن الوطني "
                         "التابعة لها اعتقلت ثلاثة أشخاص."))
    assert ("PART_OF", "المديرية العامة للأمن الوطني", "وزارة الداخلية المغربية") in rel, rel


def test_a_pronoun_of_the_other_gender_names_no_parent(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وأكدت وزارة الصحة الأردنية أن مركز الأبحاث الطبية التابع له "
                         "أنهى دراسته."))
    assert not {r for r in rel if r[2] == "وزارة الصحة الأردنية"}, rel


def test_a_task_committee_placed_by_a_link_belongs_there(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وعقدت لجنة الطوارئ المشتركة بالهيئة العامة للطيران المدني ورشة عمل."))
    assert ("PART_OF", "لجنة الطوارئ المشتركة", "الهيئة العامة للطيران المدني") in rel, rel


def test_no_genitive_after_a_definite_body(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وقالت لجنة تقصي الحقائق في تقريرها إن اللجنة شركة النقل الوطنية "
                         "أخفت الوثائق عنها."))
    assert not {r for r in rel if r[2] == "شركة النقل الوطنية"}, rel


def test_a_parent_written_with_another_head_is_not_taken(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وانتقد المتحدث حكومة فتح في رام الله. وقالت سرايا الفجر الجناح العسكري "
                         "لحركة فتح إنها لن تلقي السلاح."))
    assert not {r for r in rel if r[2] == "حكومة فتح"}, rel


@pytest.mark.parametrize("text", [
    ("عقد حزب العدالة والبناء مؤتمره العام أمس وانتخب قيادة جديدة. وقال مكتب النائب العام "
     "في تونس إن التحقيق في الحادث مستمر."),
    ("واستقبل حزب الوفاق الوطني وفدا من رجال الأعمال. وتقع مدينة صفاقس، المركز الصناعي "
     "الأول في البلاد، جنوب العاصمة."),
])
def test_a_body_named_with_its_place_is_guessed_into_no_organisation(  # type: ignore[no-untyped-def]
        run, text: str) -> None:
    rel = _relations(run(text))
    assert not {r for r in rel if r[2].startswith("حزب")}, rel


def test_a_news_outlet_is_no_parent_for_a_guess(run) -> None:  # type: ignore[no-untyped-def]
    from sijill.claims.relation_cues import structure_lexicon
    from sijill.claims.relations import _media

    doc = run("وذكرت صحيفة الأيام أن حزب الوفاق الوطني سيعقد مؤتمره، وقالت الأيام إن لجنة "
              "المتابعة رفضت الطلب.")
    lex = structure_lexicon()
    orgs = {e.name: e for e in doc.entities if e.type == "ORG"}
    assert _media(doc, orgs["صحيفة الأيام"], lex)
    assert not _media(doc, orgs["حزب الوفاق الوطني"], lex)


def test_a_directorate_is_guessed_into_the_ministry_of_its_field(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("نظمت جامعة اليرموك ووزارة التعليم العالي الأردنية ملتقى للطلبة أمس في "
                         "إربد. وقدمت الإدارة العامة للتعليم العالي عرضا عن المنح الدراسية للطلبة."))
    assert ("PART_OF", "الإدارة العامة للتعليم العالي", "وزارة التعليم العالي الأردنية") in rel, rel


def test_a_directorate_is_no_body_of_a_ministry_of_another_field(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("عقدت وزارة العمل العمانية اجتماعا مع ممثلي الشركات في مسقط أمس. وشاركت "
                         "الإدارة العامة للمرور في الاجتماع لبحث نقل العمال. وقالت وزارة العمل "
                         "العمانية إن الاجتماع كان مثمرا."))
    assert not {r for r in rel if r[1] == "الإدارة العامة للمرور"}, rel


def test_a_body_named_by_an_adjective_of_a_club_belongs_to_that_club(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("أكد النادي الأهلي أنه قدم عرضا لنادي الشباب لضم المهاجم. وقال النادي "
                         "الأهلي إن العرض نهائي. وردت الإدارة الشبابية بأنها لم تتلق أي عرض رسمي "
                         "حتى الآن."))
    assert ("PART_OF", "الإدارة الشبابية", "نادي الشباب") in rel, rel
    assert ("PART_OF", "الإدارة الشبابية", "النادي الأهلي") not in rel, rel


def test_a_city_authority_is_guessed_into_no_organisation(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("أقامت الجمعية الأردنية للمهندسين حفلا في إربد أمس حضره ممثلون عن جهات "
                         "عدة منها أمانة إربد وشركة الكهرباء. وأكدت الجمعية الأردنية للمهندسين أن "
                         "الحفل سيتكرر سنويا."))
    assert not {r for r in rel if r[1] == "أمانة إربد"}, rel


@pytest.mark.parametrize(("text", "members", "alliance"), [
    ("وأعلن جيش الفتح، الذي يضم حركة أحرار الشام وفيلق الشام، السيطرة على البلدة.",
     {"حركة أحرار الشام", "فيلق الشام"}, "جيش الفتح"),
    ("وتتألف الجبهة الديمقراطية من حزب العمال التونسي وحزب الوطنيين الديمقراطيين الموحد.",
     {"حزب العمال التونسي", "حزب الوطنيين الديمقراطيين الموحد"}, "الجبهة الديمقراطية"),
    ("وتضم هيئة التنسيق الوطنية ممثلين عن الائتلاف الوطني السوري ومنصة موسكو.",
     {"الائتلاف الوطني السوري", "منصة موسكو"}, "هيئة التنسيق الوطنية"),
])
def test_organisations_an_alliance_is_made_of_are_its_members(  # type: ignore[no-untyped-def]
        run, text: str, members: set[str], alliance: str) -> None:
    rel = _relations(run(text))
    got = {r[1] for r in rel if r[0] == "MEMBER_OF" and r[2] == alliance}
    assert got & members, rel


def test_a_committee_with_representatives_has_no_members(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وتضم اللجنة الوزارية ممثلين عن وزارة الصحة ووزارة التعليم الأردنيتين."))
    assert not {r for r in rel if r[0] == "MEMBER_OF"}, rel


def test_a_body_of_a_name_written_without_its_head(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وقال المكتب السياسي لجماعة أنصار الله إن المفاوضات متوقفة منذ أسابيع."))
    # the gazetteer knows the group with its head; the model alone finds it without
    assert {r for r in rel if r[:2] == ("PART_OF", "المكتب السياسي")
            and r[2] in ("أنصار الله", "جماعة أنصار الله")}, rel


def test_the_definite_member_in_apposition(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وأكد الحزب الديمقراطي الكردستاني، العضو في ائتلاف إدارة الدولة، أنه "
                         "سيشارك في الحكومة."))
    assert ("MEMBER_OF", "الحزب الديمقراطي الكردستاني", "ائتلاف إدارة الدولة") in rel, rel


def test_a_state_member_of_an_alliance(run) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run("وقالت الحكومة إن النرويج العضو في حلف شمال الأطلسي سترسل طائرات إلى "
                         "المنطقة."))
    assert ("MEMBER_OF", "النرويج", "حلف شمال الأطلسي") in rel, rel
