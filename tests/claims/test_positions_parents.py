"""The organisation a post is in, when the sentence does not settle it: a body's post is its
organisation's (spec/annotation.md: the top-level organisation, the body in the role), an
envoy's is not the body he is sent to, and a post naming its kind of organisation (رئيس
البرلمان) refers back to no other kind; from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.claims.model import Position
from sijill.claims.post_parents import lift_to_parents
from sijill.claims.relation_names import Relation
from sijill.doc import Doc, Entity, Span


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "role", "org"),
    [
        # Iraqi: the committee's parent is named after the post, in the next sentence
        (("قال رئيس لجنة الحكام علي حسين إن الموسم سيبدأ قريبا. وكانت لجنة الحكام في الاتحاد "
          "العراقي لكرة القدم قد عقدت اجتماعها الأول في بغداد."),
         "علي حسين", "رئيس لجنة الحكام", "الاتحاد العراقي لكرة القدم"),
        # Moroccan: a party's executive body, its member named first
        (("أكد عضو الهيئة التنفيذية محمد السوسي أن الحزب ماض في خياراته. واجتمعت الهيئة التنفيذية "
          "لحزب الاستقلال المغربي في الرباط أمس."),
         "محمد السوسي", "عضو الهيئة التنفيذية", "حزب الاستقلال المغربي"),
        # Tunisian: a movement's council, another body named between (the ministry met)
        (("عقد مجلس الشورى في حركة النهضة التونسية دورته العادية. والتقت الحركة بوزير الداخلية. "
          "وأكد رئيس مجلس الشورى عبد الكريم الهاروني أن الدورة ناجحة."),
         "عبد الكريم الهاروني", "رئيس مجلس الشورى", "حركة النهضة التونسية"),
    ],
)
def test_a_post_in_a_body_is_the_post_of_the_organisation_it_is_part_of(
        run, text: str, person: str, role: str, org: str) -> None:  # type: ignore[no-untyped-def]
    held = _held(run(text))
    assert (person, role, org) in held
    assert not any(p == person and o != org for p, _, o in held)


def test_a_college_keeps_its_own_posts(run) -> None:  # type: ignore[no-untyped-def]
    # Egyptian-style: a college of a university is an institution with a board of its own
    held = _held(run("قال رئيس مجلس إدارة كلية الطب سامي النجار إن الكلية تستعد للعام الجديد. "
                     "وتتبع كلية الطب جامعة بغداد."))
    assert ("سامي النجار", "رئيس مجلس إدارة", "كلية الطب") in held


def _org(name: str) -> Entity:
    """An organisation named once, inside the evidence (0, 9) of the relations below."""
    return Entity("ORG", name, [], [Span(2, 6, "ORG")])


def test_a_body_with_two_parents_or_under_another_body_stays() -> None:
    person = Entity("PERSON", "خالد عمر", [], [])
    office, council = _org("المكتب الإعلامي"), _org("المجلس العام")
    two = [Relation("PART_OF", council, _org("حزب الأمة"), (0, 9)),
           Relation("PART_OF", council, _org("حزب المؤتمر"), (0, 9))]
    post = Position(person, "رئيس", council, "current", (0, 9))
    assert lift_to_parents([post], two)[0].org is council
    under_body = [Relation("PART_OF", office, _org("لجنة المسابقات"), (0, 9))]
    post = Position(person, "مدير", office, "current", (0, 9))
    assert lift_to_parents([post], under_body)[0].org is office


def test_a_lifted_post_that_is_already_held_is_not_repeated() -> None:
    person, party = Entity("PERSON", "سمير جعجع", [], []), _org("حزب القوات اللبنانية")
    body = _org("الهيئة التنفيذية")
    posts = [Position(person, "رئيس الهيئة التنفيذية", party, "current", (0, 9)),
             Position(person, "رئيس الهيئة التنفيذية", body, "current", (5, 9))]
    out = lift_to_parents(posts, [Relation("PART_OF", body, party, (0, 9))])
    assert [(p.role, p.org) for p in out] == [("رئيس الهيئة التنفيذية", party)]


def test_a_guess_at_a_parent_named_elsewhere_moves_no_post() -> None:
    person, body = Entity("PERSON", "عبد الغني هامل", [], []), _org("المديرية العامة للأمن الوطني")
    club = Entity("ORG", "نادي مولودية الجزائر", [], [Span(40, 60, "ORG"), Span(90, 110, "ORG")])
    post = Position(person, "المدير العام", body, "current", (0, 9))
    assert lift_to_parents([post], [Relation("PART_OF", body, club, (0, 9))])[0].org is body


def test_a_post_in_a_body_said_again_in_its_organisation_is_one_post() -> None:
    person, club = Entity("PERSON", "حمدان الحارثي", [], []), _org("النادي الأدبي بالرياض")
    committee = _org("اللجنة الثقافية")
    in_club = Position(person, "رئيس اللجنة الثقافية", club, "current", (0, 9), body=committee)
    in_body = Position(person, "رئيس اللجنة الثقافية", committee, "current", (20, 29))
    assert lift_to_parents([in_club, in_body], []) == [in_club]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Jordanian: a permanent delegate accredited to the League serves his state
        ("وحضر الاجتماع مندوب الأردن الدائم لدى جامعة الدول العربية أمجد العضايلة، إلى جانب عدد من الدبلوماسيين.",
         "أمجد العضايلة"),
        # Kuwaiti delegate to an organisation, received by a Yemeni minister
        (("استقبل وزير الخارجية اليمني رياض ياسين مندوب الكويت الدائم لدى منظمة التعاون الإسلامي "
          "عزيز الديحاني في جدة."), "عزيز الديحاني"),
    ],
)
def test_an_envoy_is_no_post_holder_of_the_body_he_is_sent_to(run, text: str,  # type: ignore[no-untyped-def]
                                                               person: str) -> None:
    held = _held(run(text))
    assert any(p == person for p, _, _ in held)
    assert all(o is None for p, _, o in held if p == person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Iraqi: a bloc in brackets before a speaker of parliament is not his organisation
        (("وتضم القائمة قادة الكتل الكبرى، أي العبادي (ائتلاف النصر) ورئيس البرلمان السابق سليم "
          "الجبوري (تحالف القوى)."), "سليم الجبوري"),
        # Lebanese: a party named before in a list of attendants
        ("وحضر اللقاء ممثلون عن حزب الله، ورئيس البرلمان نبيه بري، ووزير الخارجية جبران باسيل.",
         "نبيه بري"),
    ],
)
def test_a_post_that_names_its_kind_refers_back_only_to_one_of_that_kind(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    held = _held(run(text))
    assert (person, "رئيس البرلمان", None) in held


def test_a_field_in_construct_names_the_authority_of_that_field(run) -> None:  # type: ignore[no-untyped-def]
    # Iraqi: مدير عام الشؤون الصحية after the directorate general of that field was named
    held = _held(run("أعلنت المديرية العامة للشؤون الصحية في محافظة البصرة تسجيل إصابات جديدة. "
                     "وقال مدير عام الشؤون الصحية الدكتور عباس التميمي إن الوضع تحت السيطرة."))
    assert ("عباس التميمي", "مدير عام", "المديرية العامة للشؤون الصحية") in held


def test_an_authority_of_a_field_is_no_body_to_lift() -> None:
    person = Entity("PERSON", "سلطان الجابر", [], [])
    office = _org("المكتب التنسيقي للمشاريع التنموية الإماراتية")
    post = Position(person, "رئيس", office, "current", (0, 9))
    out = lift_to_parents([post], [Relation("PART_OF", office, _org("الحكومة المصرية"), (0, 9))])
    assert out[0].org is office


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Moroccan federation named before a Saudi authority's head
        (("اجتمع الاتحاد المغربي لكرة القدم أمس. ويسابق الاتحاد الوقت قبل الاجتماع المقرر مع الرئيس "
          "العام لرعاية الشباب الأمير عبدالله بن مساعد."), "عبدالله بن مساعد"),
        # Algerian: the national police's director general after a federation's statement
        (("أصدر الاتحاد الجزائري لكرة القدم بيانا. وأكد المدير العام للأمن الوطني اللواء عبد الغني "
          "هامل أن التحقيق مستمر."), "عبد الغني هامل"),
    ],
)
def test_the_head_of_an_authority_of_a_field_refers_back_to_no_other_body(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    held = _held(run(text))
    assert any(p == person for p, _, _ in held)
    assert all(o is None for p, _, o in held if p == person)


def test_a_director_general_of_a_club_named_by_its_head_keeps_it(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("أعلن نادي الزمالك المصري تعاقده مع مدرب جديد. وقال المدير العام للنادي أحمد "
                     "سليمان إن العقد لموسمين."))
    assert ("أحمد سليمان", "المدير العام", "نادي الزمالك المصري") in held
