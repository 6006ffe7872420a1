"""The leadership as a body called by its common noun, صادق as the adjective of condolences,
and a decree told of in a relative clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _texts(doc: Doc) -> list[tuple[str, str]]:
    return [(d.kind, doc.text[d.text[0] : d.text[1]])
            for d in find_decisions(doc, doc.claims["events"])]


@pytest.mark.parametrize("text", [
    "قررت القيادة الأردنية تجميد الاتفاق مع الشركة الأجنبية حتى إشعار آخر.",
    "وأعلنت مصادر رسمية أن القيادة العامة قررت تمديد حظر التجول في المدينة أسبوعا آخر.",
])
def test_the_leadership_decides_as_a_body(run, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(text))
    assert len(found) == 1 and found[0][0] == "DECISION", found


@pytest.mark.parametrize("text", [
    "ويتقدم نادي الوحدة بخالص العزاء وصادق المواساة لأسرة الفقيد.",
    "وبعثت جمعية الهلال الأحمر برقية عزاء عبرت فيها عن صادق الدعاء للضحايا بالرحمة.",
])
def test_sincere_condolences_ratify_nothing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run(text)) == []


def test_a_decree_told_of_in_a_relative_clause_is_no_decision(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وتضمنت الشكوى اعتراضا على اللائحة الجديدة التي صدر بها قرار المدير العام "
                       "رقم 4512، والتي لم تتضمن ذلك المسمى."))
    assert found == [], found


def test_a_ratification_still_decides(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وصادق مجلس النواب المغربي على مشروع قانون المالية بأغلبية أعضائه."))
    assert len(found) == 1 and found[0][0] == "DECISION", found


@pytest.mark.parametrize(("text", "kind"), [
    ("وكلفت الحكومة التونسية وزارة الداخلية بإعداد خطة أمنية جديدة.", "DECISION"),
    ("وأكد حزب الاستقلال المغربي في ختام مؤتمره رفضه للتعديلات الدستورية.",
     "STATEMENT_POINT"),
    ("وجاء في البيان الختامي للقمة أن القادة يرفضون أي تدخل في الشؤون الداخلية.",
     "STATEMENT_POINT"),
    ("ودعا بيان صادر عن اجتماع الفصائل في الجزائر إلى إنهاء الانقسام.", "RECOMMENDATION"),
])
def test_a_tasking_and_the_points_of_a_closing_statement(  # type: ignore[no-untyped-def]
        run, text: str, kind: str) -> None:
    found = _texts(run(text))
    assert len(found) == 1 and found[0][0] == kind, found


@pytest.mark.parametrize("text", [
    "وكلفت الحرب البلاد خسائر كبيرة في البنية التحتية.",
    "وأكد وزير الخارجية الأردني في ختام اجتماعه مع نظيره أهمية التعاون.",
])
def test_a_cost_or_a_ministers_closing_words_are_no_items(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run(text)) == []


@pytest.mark.parametrize("text", [
    "وأقر الحزب الحاكم بالهزيمة في الانتخابات البلدية.",
    "وأقرت وزارة الصحة الكويتية بحدوث خلل في نظام المواعيد.",
])
def test_admitting_with_bi_is_no_decision(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run(text)) == []


@pytest.mark.parametrize("text", [
    "وأقر مجلس النواب الأردني بالإجماع مشروع قانون العفو العام.",
    "وأقر مجلس الوزراء اللبناني بجلسته أمس الموازنة العامة.",
])
def test_approving_unanimously_or_in_a_session_still_decides(run, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(text))
    assert len(found) == 1 and found[0][0] == "DECISION", found


@pytest.mark.parametrize("text", [
    "وتبنى تنظيم «الدولة» المتطرف مساء الأحد عملية تفجير سيارة مفخخة قرب الميناء.",
    "وقالت مصادر إن مجموعة يسارية متشددة تبنت هجوما على السفارة الفرنسية في أنقرة.",
])
def test_claiming_an_attack_is_no_decision(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run(text)) == []


def test_adopting_a_resolution_still_decides(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وتبنى مجلس الأمن الدولي بالإجماع القرار 2254 بشأن سوريا."))
    assert len(found) == 1 and found[0][0] == "DECISION", found
