"""Posts said only as the complement of a verb of naming, with ل (ولياً للعهد، ولياً لولي
العهد); sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org is not None else None)
            for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن الديوان الأميري اختيار الشيخ سالم بن حمد ولياً للعهد.",
         {("سالم بن حمد", "ولي العهد", None)}),
        ("صدر أمر ملكي باختيار الأمير فهد بن سالم ولياً لولي العهد.",
         {("فهد بن سالم", "ولي ولي العهد", None)}),
        # the body that named him is no organisation of a state's post
        ("بايعت هيئة البيعة الشيخ نواف بن جابر ولياً للعهد.",
         {("نواف بن جابر", "ولي العهد", None)}),
    ],
)
def test_crown_prince_named_with_lam(run, text: str,  # type: ignore[no-untyped-def]
                                     expected: set[tuple[str, str, str | None]]) -> None:
    held = _held(run(text))
    assert expected <= held, held


def test_elected_post_still_in_the_electing_body(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("انتخب المؤتمر العام للاتحاد التونسي للشغل نور الدين الطبوبي أميناً عاماً."))
    assert ("نور الدين الطبوبي", "أمين عام", "الاتحاد التونسي للشغل") in held, held


@pytest.mark.parametrize(
    ("text", "own", "absent"),
    [
        ("انطلقت الحملة بقيادة وزير الصحة المغربي خالد آيت الطالب في الرباط.",
         ("خالد آيت الطالب", "وزير الصحة"), ("خالد آيت الطالب", "قائد")),
        ("وصل وفد بقيادة رئيس الوزراء الليبي عبد الحميد الدبيبة إلى أنقرة.",
         ("عبد الحميد الدبيبة", "رئيس الوزراء"), ("عبد الحميد الدبيبة", "قائد")),
    ],
)
def test_leading_phrase_before_own_post_states_none(run, text: str,  # type: ignore[no-untyped-def]
                                                    own: tuple[str, str],
                                                    absent: tuple[str, str]) -> None:
    held = {(name, role) for name, role, _ in _held(run(text))}
    assert own in held, held
    assert absent not in held, held


def test_leading_phrase_alone_states_its_post(run) -> None:  # type: ignore[no-untyped-def]
    held = {(name, role) for name, role, _ in _held(run("شنت الحركة هجوماً بقيادة عبد الواحد نور على المعسكر."))}
    assert ("عبد الواحد نور", "قائد") in held, held


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # المحافظ after a title and its nisba: "conservative", no post of its own
        ("وقال الرئيس البولندي المحافظ أندريه دودا إن بلاده تدعم القرار.",
         ("أندريه دودا", "الرئيس"), ("أندريه دودا", "المحافظ")),
        ("وقال رئيس الوزراء البريطاني المحافظ ديفيد كاميرون إن الحكومة ستستقيل.",
         ("ديفيد كاميرون", "رئيس الوزراء"), ("ديفيد كاميرون", "المحافظ")),
        # on its own it is the governor
        ("التقى المحافظ نايف البكري وفداً من المنظمة.",
         ("نايف البكري", "المحافظ"), ("نايف البكري", "الرئيس")),
    ],
)
def test_adjective_after_a_title(run, text: str, expected: tuple[str, str],  # type: ignore[no-untyped-def]
                                 absent: tuple[str, str]) -> None:
    held = {(name, role) for name, role, _ in _held(run(text))}
    assert expected in held, held
    assert absent not in held, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dual deputy word (نائبين) before a post: each name of the list is a deputy
        ("عين المجلس نائبين للرئيس هما سعيد الكعبي وماجد الراشد.",
         {("ماجد الراشد", "نائب الرئيس")}),
        ("وانتخب المؤتمر نائبين لرئيس الاتحاد المغربي للشغل هما محمد الكافي وعلي لطفي.",
         {("علي لطفي", "نائب رئيس")}),
    ],
)
def test_dual_deputies(run, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    held = {(name, role) for name, role, _ in _held(run(text))}
    assert expected <= held, held
    assert not {(name, "الرئيس") for name, _ in expected} & held, held


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the name inside a body named after its leader (حكومة فلان) holds no title before it
        ("كان خالد المهدي قد شغل منصب وزير المالية في حكومة عبد الله حمدوك.", "عبد الله حمدوك"),
        ("وكان وزير الخارجية في حكومة نجيب ميقاتي قد زار دمشق.", "نجيب ميقاتي"),
    ],
)
def test_name_inside_a_government_is_no_holder(run, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    held = {(name, role) for name, role, _ in _held(run(text))}
    assert (person, "وزير المالية") not in held and (person, "وزير الخارجية") not in held, held


@pytest.mark.parametrize(
    ("text", "person", "roles", "other"),
    [
        # two people chosen in turn, each with a pronoun of appointing: the second's posts
        (("رحب المجلس باختيار الشيخ ناصر بن علي ولياً للعهد وتعيينه وزيراً للخارجية، "
          "واختيار الشيخ حمد بن راشد ولياً لولي العهد وتعيينه نائباً ثانياً لرئيس الوزراء وزيراً للدفاع."),
         "حمد بن راشد", {"نائب رئيس الوزراء", "وزير الدفاع"}, "ناصر بن علي"),
        (("أصدر الرئيس مرسوماً بتسمية سامر الخطيب سفيراً في باريس، "
          "وتسمية رامي العلي مستشاراً وتكليفه مديراً لمكتب الرئاسة."),
         "رامي العلي", {"مدير"}, "سامر الخطيب"),
    ],
)
def test_a_pronoun_of_appointing_names_the_last_one_chosen(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                          roles: set[str], other: str) -> None:
    held = _held(run(text))
    assert roles <= {r for p, r, _ in held if p == person}, held
    assert not roles & {r for p, r, _ in held if p == other}, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lebanese association: a board's list of accusative posts
        (("وانتخبت الهيئة العامة لجمعية المقاصد الخيرية في صيدا مجلساً جديداً ضم كلاً من سامر "
          "البزري رئيساً وخالد عبد الرحمن الزين أميناً للصندوق."),
         ("خالد عبد الرحمن الزين", "أمين الصندوق")),
        # Moroccan club: the feminine form
        ("وعين المكتب المسير لنادي الفتح الرباطي السيدة نادية بنعلي أمينةً للصندوق.",
         ("نادية بنعلي", "أمينة الصندوق")),
    ],
)
def test_a_treasurer_named_in_the_accusative_holds_the_treasury(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str]) -> None:
    held = {(name, role) for name, role, _ in _held(run(text))}
    assert expected in held, held
