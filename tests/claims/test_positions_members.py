"""Members of a body stated by a verb of composition (ضمت، تضم، يتألف من), from sentences
written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body named right before the verb is itself the organisation
        ("وبحسب البيان، فإن لجنة المصالحة الوطنية ستضم كلا من الدكتور حسن نصر الله والشيخ فؤاد العلي.",
         {("حسن نصر الله", "عضو", "لجنة المصالحة الوطنية"),
          ("فؤاد العلي", "عضو", "لجنة المصالحة الوطنية")}),
        # يتألف ... من: every name after it
        ("وتتألف الهيئة العليا للمفاوضات من رياض حجاب ومحمد علوش وجورج صبرة.",
         {("رياض حجاب", "عضو", "الهيئة العليا للمفاوضات"),
          ("جورج صبرة", "عضو", "الهيئة العليا للمفاوضات")}),
        # a committee referred back to by its head word: a member of it, in the federation
        (("أعلن الاتحاد المغربي لكرة القدم تشكيل لجنة التحكيم الجديدة. وضمت اللجنة الحكم السابق "
          "سعيد بلقولة، عضو الاتحاد الأفريقي، والمدرب يوسف الشرقاوي."),
         {("سعيد بلقولة", "عضو لجنة التحكيم", "الاتحاد المغربي لكرة القدم"),
          ("يوسف الشرقاوي", "عضو لجنة التحكيم", "الاتحاد المغربي لكرة القدم")}),
    ],
)
def test_the_people_a_body_is_made_of_are_its_members(run, text: str,  # type: ignore[no-untyped-def]
                                                      expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= _held(run(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a place that holds people has no members
        ("وقال المسؤول إن المنطقة تضم آلاف السكان بينهم الدكتور محمد سالم.", "محمد سالم"),
        # a name after a speech verb is no longer the list
        ("وتضم الهيئة العليا للمفاوضات رياض حجاب، وقال المتحدث باسمها سالم المسلط إن الوفد جاهز.",
         "سالم المسلط"),
    ],
)
def test_no_member_outside_the_list(run, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p == person and r.startswith("عضو") for p, r, _ in _held(run(text)))


def test_a_post_of_the_same_body_is_not_also_membership(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتضم الهيئة العليا للمفاوضات نواب الرئيس كل من هشام مروة ومصطفى أوسو.")
    assert not any(r == "عضو" for _, r, _ in _held(doc))


def test_a_board_named_in_the_sentence_gives_its_club(run) -> None:  # type: ignore[no-untyped-def]
    # two clubs' boards in turn: each list belongs to the club named in its own sentence, not to
    # the one named first
    doc = run("اعتمد الأمير مجلس إدارة نادي الهلال الجديد، وجاء التشكيل الجديد للمجلس برئاسة سامي "
              "بن فهد الجابر. كما اعتمد سموه مجلس إدارة نادي الشباب بمنطقة الرياض، وجاء التشكيل "
              "الجديد للمجلس برئاسة خالد بن سعد البلطان، وعضوية كل من فهد بن محمد الدوسري.")
    held = _held(doc)
    assert ("خالد بن سعد البلطان", "رئيس", "نادي الشباب") in held
    assert ("فهد بن محمد الدوسري", "عضو", "نادي الشباب") in held
    assert ("سامي بن فهد الجابر", "رئيس", "نادي الهلال") in held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific after برئاسة is the holder's, not a complement naming another place
        ("أعلنت قبائل محافظة الجوف عن تشكيل مجلس مقاومة الجوف الشعبية، برئاسة الشيخ حسن أبو راس.",
         ("حسن أبو راس", "رئيس", "مجلس مقاومة الجوف الشعبية")),
        ("أعلن ناشطون في حلب تأسيس رابطة الإعلاميين الأحرار برئاسة الدكتور سامر الحلبي.",
         ("سامر الحلبي", "رئيس", "رابطة الإعلاميين الأحرار")),
    ],
)
def test_a_body_founded_in_the_sentence_is_the_post_s_organisation(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _held(run(text))
