"""Decisions stated in running text by an official named with his post (اعتمد فلان، رئيس
الهيئة، ...); sentences written for these tests in Kuwaiti, Egyptian, Moroccan and Sudanese
shapes."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _texts(doc: Doc) -> list[tuple[str, str]]:
    return [(d.kind, doc.text[d.text[0] : d.text[1]])
            for d in find_decisions(doc, doc.claims["events"])]


@pytest.mark.parametrize(("text", "opening"), [
    # Kuwaiti: honorifics, the name, then the post; the approval of a club's board.
    (("اعتمد سمو الشيخ طلال الفهد رئيس اللجنة الأولمبية الكويتية مجلس إدارة نادي القادسية الجديد "
      "لمدة أربع سنوات."), "اعتمد سمو الشيخ"),
    # Moroccan: the name, a comma, then the post.
    ("وقرر السيد عبد الإله بنكيران، رئيس الحكومة المغربية، تأجيل الانتخابات الجماعية إلى الخريف.",
     "قرر السيد"),
])
def test_an_official_named_with_his_post_decides(run, text: str, opening: str) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION"], found
    assert found[0][1].startswith(opening)


@pytest.mark.parametrize("text", [
    # A person named alone decides a plan of his own, no body's decision.
    "وقرر عمر البشير السفر إلى الخرطوم الأسبوع المقبل لزيارة أسرته.",
    "وقرر محمد صلاح الانتقال إلى نادي روما الإيطالي بعد موسم ناجح.",
])
def test_a_person_named_alone_decides_no_decision(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run(text)) == []


def test_a_clause_after_the_decision_is_no_further_item(run) -> None:  # type: ignore[no-untyped-def]
    """، وجاء التشكيل ...: the story goes on, no second approval."""
    found = _texts(run("وافق مجلس إدارة الاتحاد المصري لكرة القدم على لائحة الانتخابات الجديدة، "
                       "وجاء التعديل بعد شكاوى الأندية من اللائحة القديمة."))
    assert len(found) == 1, found


@pytest.mark.parametrize(("text", "opening"), [
    # Emirati: a minister named before, then his honorific pronoun as the subject.
    (("استقبل وزير الثقافة الإماراتي وفدا من الكتاب. ووافق معاليه على إنشاء مكتبة عامة في "
      "مدينة العين."), "وافق معاليه"),
    # Bahraini: a prince's approval of a federation's new board.
    (("ترأس رئيس المجلس الأعلى للشباب والرياضة في البحرين الاجتماع. كما اعتمد سموه تشكيل لجنة "
      "المسابقات في اتحاد كرة السلة."), "اعتمد سموه"),
])
def test_an_honorific_pronoun_decides_in_office(run, text: str, opening: str) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION"], found
    assert found[0][1].startswith(opening)


def test_an_honorific_pronoun_relying_on_something_decides_nothing(run) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run("وقال الوزير إنه اعتمد سعادته على تقارير اللجان الفنية في تقييم الأداء.")) == []
