"""A cabinet's preamble is no item, منها after a clause of its own introduces nothing, and an
organisation after a post's holder or a relative pronoun is no decision's subject. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _texts(doc: Doc) -> list[tuple[str, str]]:
    return [(d.kind, doc.text[d.text[0] : d.text[1]])
            for d in find_decisions(doc, doc.claims["events"])]


def test_a_preamble_of_numbered_resolutions_is_one_decision(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وعقد مجلس الوزراء الأردني جلسته الأسبوعية أمس في عمّان. وقرر المجلس، بعد "
                       "النظر في توصية اللجنة القانونية رقم 12 لسنة 2019، ورقم 14 لسنة 2020، "
                       "الموافقة على مشروع نظام الأحزاب السياسية."))
    assert len(found) == 1, found
    assert not any(text.startswith("رقم") for _, text in found), found


def test_of_them_after_a_clause_of_its_own_introduces_no_items(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وعقدت نقابة المهندسين الأردنيين اجتماعها السنوي في إربد. وناقش المجتمعون "
                       "التوصيات السابقة وما تحقق منها، والعقبات التي واجهت تنفيذها."))
    assert found == [], found


@pytest.mark.parametrize("text", [
    # The subject is the person named with a post of the organisation, before the verb.
    ("أما المتهم الثالث سالم العنزي نائب رئيس \"الاتحاد الآسيوي\" السابق فوافق على تسليمه "
     "إلى السلطات الأمريكية."),
    # After a relative pronoun, the verb's subject is the antecedent, the organisation its object.
    ("وفي عهد الرئيس الراحل الذي أقر مجلس الأمن القومي التونسي لمتابعة الملفات الأمنية، "
     "تحسنت أوضاع البلاد."),
])
def test_an_organisation_that_is_not_the_subject_decides_nothing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(text))
    assert found == [], found


def test_an_organisation_named_before_its_verb_still_decides(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وكان مجلس النواب البحريني قد وافق على مشروع قانون الصحافة الجديد."))
    assert [k for k, _ in found] == ["DECISION"], found


def test_a_body_after_a_verb_that_refers_back_decides(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وعقد مجلس الأمة الكويتي جلسته أمس. ومن أبرز القوانين التي وافق عليها "
                       "مجلس الأمة الكويتي قانون العمل الأهلي الجديد."))
    assert found, found


def test_members_told_of_a_decision_are_not_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وأبلغ خالد الرومي أعضاء مجلس إدارة نادي الكويت بأنه قرر إلغاء العقوبات "
                       "عن اللاعبين."))
    assert found, found


def test_a_long_decision_ending_in_a_colon_is_still_one(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("أقر مجلس الوزراء الكويتي في جلسته الأسبوعية برئاسة سمو رئيس مجلس الوزراء "
                       "حزمة من الإجراءات لحماية المال العام وترشيد الإنفاق في الوزارات والهيئات "
                       "الحكومية، من بينها وقف التعيينات الجديدة في الجهات كافة عدا ما يأتي:\n"
                       "- الوظائف الطبية والتمريضية في المستشفيات.\n"
                       "- وظائف التدريس في المدارس الحكومية."))
    assert any(k == "DECISION" and text.startswith("أقر مجلس الوزراء") for k, text in found), found


def test_a_council_adopting_a_resolution_decides(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وتبنى مجلس الأمن الدولي بالإجماع القرار 2401 الذي يطالب بوقف إطلاق النار "
                       "في ليبيا لمدة شهر."))
    assert [k for k, _ in found] == ["DECISION"], found


def test_claiming_an_attack_is_no_decision(run) -> None:  # type: ignore[no-untyped-def]
    assert _texts(run("وتبنى تنظيم الدولة الإسلامية الهجوم الذي استهدف نقطة تفتيش في الموصل.")) == []


def test_examples_of_an_object_are_not_items(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وأوصت وزارة الصحة العمانية بالتطعيم ضد الحمى الشوكية لجميع المعتمرين "
                       "خصوصا كبار السن، والحوامل، والأطفال دون الخامسة."))
    assert len(found) == 1, found


def test_an_action_after_a_decision_is_no_item(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run("وأقر المجلس البلدي في الزرقاء توزيع المشاريع حسب الكثافة السكانية، وقام "
                       "المجلس بمخاطبة دائرة الإحصاءات العامة لتزويده بأعداد السكان."))
    assert len(found) == 1, found
