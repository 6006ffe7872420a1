"""Members of a board a decree names (تعيين الآتية أسماؤهم أعضاء في مجلس إدارة ...: فلان، وفلان;
تجديد عضوية فلان في مجلس إدارة ...), from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


def _members(doc: Doc) -> set[tuple[str, str | None]]:
    return {(p, o) for p, r, o in _held(doc) if r.startswith(("عضو", "أعضاء"))}


@pytest.mark.parametrize(
    ("text", "org", "people"),
    [
        # a plural member post with its board, the list after the colon and a time phrase between
        (("وقرر مجلس الوزراء تعيين الآتية أسماؤهم أعضاء في مجلس إدارة المؤسسة الوطنية للنفط لمدة "
          "أربع سنوات اعتباراً من تاريخ القرار : المهندس / سامي بن خليل العبيدي ممثلاً عن وزارة المالية ، "
          "والدكتور نادر بن فؤاد الكبيسي ، والأستاذة ليلى بنت حسن المرزوقي ممثلين عن القطاع الخاص."),
         "المؤسسة الوطنية للنفط",
         {"سامي بن خليل العبيدي", "نادر بن فؤاد الكبيسي", "ليلى بنت حسن المرزوقي"}),
        # a renewed membership: the member after the noun, the board after his representation
        (("وتضمن القرار تجديد عضوية الأستاذ / كمال بن علي الحديدي ممثلاً عن وزارة الزراعة في مجلس "
          "إدارة الشركة الوطنية للمياه لمدة ثلاث سنوات."),
         "الشركة الوطنية للمياه", {"كمال بن علي الحديدي"}),
    ],
)
def test_a_decree_names_the_members_of_a_board(run, text: str, org: str,  # type: ignore[no-untyped-def]
                                               people: set[str]) -> None:
    assert {(p, org) for p in people} <= _members(run(text))


def test_a_representative_keeps_the_body_he_stands_for(run) -> None:  # type: ignore[no-untyped-def]
    # a general authority of a field is an organisation of its own, not the general assembly
    # of another: the representative's post is in it
    doc = run("وقرر المجلس تعيين الآتية أسماؤهم أعضاء في مجلس إدارة صندوق التنمية الزراعية : "
              "الدكتور / مالك بن سعيد الحربي ممثلاً عن الهيئة العامة للإحصاء ، والأستاذ عمر بن صالح "
              "النمر ممثلاً عن وزارة التجارة.")
    held = _held(doc)
    assert ("مالك بن سعيد الحربي", "ممثل", "الهيئة العامة للإحصاء") in held
    assert not any(r.startswith("ممثل ") and "الهيئة العامة" in r for _, r, _ in held)


@pytest.mark.parametrize(
    "text",
    [
        # members of a body who took part in a meeting: no post given to the list
        ("المشاركون من أصدقاء وأعضاء الرابطة الذين قدموا مداخلات خلال اللقاء: سمير الحلبي – "
         "نادية الشامي – فراس العمر."),
        # members of a league among others who spoke, no post given to the list
        ("وشارك أعضاء الرابطة الذين حضروا الندوة في النقاش، وتحدث منهم: سمير الحلبي ونادية الشامي."),
    ],
)
def test_no_board_members_without_a_post_given(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p in ("سمير الحلبي", "نادية الشامي") and o is not None
                   for p, o in _members(run(text)))
