"""Posts stated by a verb (يرأس، سيترأس، يقود) with the organisation named after it, from
sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject before the verb, two organisations joined by و
        ("والشيخ سالم العبدالله يرأس المجلس الأولمبي الأفريقي واتحاد اللجان الأولمبية الوطنية.",
         {("سالم العبدالله", "رئيس", "المجلس الأولمبي الأفريقي"),
          ("سالم العبدالله", "رئيس", "اتحاد اللجان الأولمبية الوطنية")}),
        # a future verb
        ("وقال إن المحامي المغربي رشيد الطالبي سيترأس هيئة المصالحة.",
         {("رشيد الطالبي", "رئيس", "هيئة المصالحة")}),
        # verb, organisation, then its subject
        ("ويقود الجيش الحر سليم إدريس.", {("سليم إدريس", "قائد", "الجيش الحر")}),
    ],
)
def test_a_verb_states_the_post_in_the_organisation_after_it(  # type: ignore[no-untyped-def]
        run, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= _held(run(text))


def test_a_chaired_meeting_states_no_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلنت هيئة التنسيق الوطنية بيانها. وترأس الدكتور حسن عبدالعظيم الاجتماع الدوري في دمشق.")
    assert not any(p == "حسن عبدالعظيم" and r == "رئيس" for p, r, _ in _held(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت ليلى الخطيب التي تتولى منصب المديرة التنفيذية لمنظمة النساء الآن إن العمل مستمر.",
         ("ليلى الخطيب", "المديرة التنفيذية", "منظمة النساء")),
        ("وأكد كريم بن علي الذي يشغل منصب الأمين العام لحزب التجمع الوطني أن الحزب سيشارك.",
         ("كريم بن علي", "الأمين العام", "حزب التجمع الوطني")),
    ],
)
def test_a_relative_clause_of_holding_gives_the_name_before_it(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _held(run(text))


def test_a_relative_clause_of_another_act_gives_no_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال المصدر إن سامر العلي الذي زار رئيس حزب التجمع الوطني أمس عاد إلى عمان.")
    assert not any(p == "سامر العلي" and r == "رئيس" for p, r, _ in _held(doc))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (("التقى المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة أمس الأمين العام "
          "لمنظمة التعاون الإسلامي إياد مدني."), "عبدالله الربيعة"),
        ("وزار الوفد مستشفى الملك حسين للسرطان في عمان برفقة مديره الدكتور نبيل الصالح.", "نبيل الصالح"),
    ],
)
def test_a_title_inside_a_name_of_a_place_is_no_post(run, text: str,  # type: ignore[no-untyped-def]
                                                      person: str) -> None:
    assert not any(p == person and r == "الملك" for p, r, _ in _held(run(text)))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("والتقى الوزير بالسيد محمد العلي رئيس حزب الأمة في مكتبه.", "محمد العلي", "الوزير"),
        ("وقدم رئيس الهيئة للشيخ سالم الكعبي درعا تذكاريا.", "سالم الكعبي", "رئيس الهيئة"),
    ],
)
def test_a_name_after_a_preposition_is_not_the_title_s_holder(  # type: ignore[no-untyped-def]
        run, text: str, person: str, role: str) -> None:
    assert not any(p == person and r == role for p, r, _ in _held(run(text)))


def test_a_name_after_its_title_and_honorific_holds_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس هيئة التنسيق الوطنية الدكتور سالم الكعبي إن العمل مستمر.")
    assert any(p == "سالم الكعبي" and r.startswith("رئيس") for p, r, _ in _held(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject between the verb and the noun; the body kept in the role
        ("ونال مراد الخطيب رئاسة لجنة الحكام في الاتحاد العربي لكرة القدم.",
         ("مراد الخطيب", "رئيس لجنة الحكام", "الاتحاد العربي لكرة القدم")),
        # the subject before the verb, a future verb
        ("وقالت الصحيفة إن كير ستارمر سيتولى زعامة حزب العمال البريطاني.",
         ("كير ستارمر", "زعيم", "حزب العمال البريطاني")),
        ("تولى الفريق أحمد السالم قيادة الجيش الوطني الليبي بعد وفاة سلفه.",
         ("أحمد السالم", "قائد", "الجيش الوطني الليبي")),
        # استمر في: still holding it
        ("بينما استمر حسن فاضل في رئاسة حركة التجديد الديمقراطي.",
         ("حسن فاضل", "رئيس", "حركة التجديد الديمقراطي")),
    ],
)
def test_a_noun_of_a_post_after_a_verb_of_holding_states_it(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _held(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # no verb of holding: the presidency is a body, not a post of the name near it
        "والتقى سامي العطار رئاسة الجمهورية اللبنانية أمس.",
        # a verb of holding with a meeting, no organisation: no post
        "وتولى سامي العطار إدارة الجلسة الأولى للمؤتمر.",
    ],
)
def test_a_noun_of_a_post_alone_states_none(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p == "سامي العطار" for p, _, _ in _held(run(text)))
