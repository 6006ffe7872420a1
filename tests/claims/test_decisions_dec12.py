"""Decisions whose subject stands outside the verb's own words: a sentence opened by وقررت that
goes on with the body the sentence before named, and a long name as the subject before في ختام
دورته; sentences written for these tests in Tunisian, Kuwaiti, Palestinian and Algerian shapes."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _found(doc: Doc) -> list[tuple[str, str | None, str]]:
    return [(d.kind, d.body.name if d.body else None, doc.text[d.text[0] : d.text[1]])
            for d in find_decisions(doc, doc.claims["events"])]


@pytest.mark.parametrize(("text", "body", "openings"), [
    # Tunisian: a union's board met; the next sentence states what it decided.
    (("اجتمعت الهيئة الإدارية للاتحاد العام التونسي للشغل يوم السبت في مقر الاتحاد بالعاصمة. "
      "وقررت الدخول في إضراب عام في قطاع النقل، وتشكيل لجنة لمتابعة المفاوضات."),
     "الهيئة الإدارية", ["قررت الدخول", "تشكيل لجنة"]),
    # Kuwaiti: an association issued a statement, then decided.
    ("وأصدرت جمعية المحامين الكويتية بيانا حول الأزمة. وقررت رفع دعوى أمام المحكمة الإدارية.",
     "جمعية المحامين الكويتية", ["قررت رفع دعوى"]),
])
def test_a_sentence_opened_by_the_verb_goes_on_with_the_body_before(  # type: ignore[no-untyped-def]
        run, text: str, body: str, openings: list[str]) -> None:
    found = _found(run(text))
    assert [k for k, _, _ in found] == ["DECISION"] * len(openings), found
    assert all(b == body for _, b, _ in found), found
    assert all(f[2].startswith(o) for f, o in zip(found, openings, strict=True)), found


@pytest.mark.parametrize("text", [
    # A person met a delegation: his plan is no body's decision.
    "التقى رئيس الوزراء الأردني بوفد من غرفة تجارة عمان. وقرر تشكيل لجنة مشتركة.",
    # The body before is the object of a person's verb, not the subject.
    "استقبل الوزير السوداني ممثلي نقابة الأطباء في مكتبه. وقرر زيارة المستشفيات الأسبوع المقبل.",
])
def test_a_person_before_gives_no_decision(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _found(run(text)) == []


@pytest.mark.parametrize(("text", "kind"), [
    (("وأكد المجلس المركزي لمنظمة التحرير الفلسطينية في ختام دورته الثامنة والعشرين على ضرورة "
      "وقف التنسيق الأمني."), "STATEMENT_POINT"),
    ("ودعا الاتحاد العام لنقابات عمال الجزائر في ختام اجتماعه أمس إلى رفع الحد الأدنى للأجور.",
     "RECOMMENDATION"),
])
def test_a_long_name_before_the_close_of_its_session_states_a_point(  # type: ignore[no-untyped-def]
        run, text: str, kind: str) -> None:
    found = _found(run(text))
    assert [k for k, _, _ in found] == [kind], found


def test_a_minister_at_the_close_of_his_meeting_speaks_for_himself(run) -> None:  # type: ignore[no-untyped-def]
    text = "وأكد وزير الخارجية العراقي فؤاد حسين في ختام اجتماعه مع نظيره الأردني على أهمية التعاون."
    assert _found(run(text)) == []


def test_plural_verbs_go_on_with_the_participants_named_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("واختتمت في الرباط أعمال المؤتمر الإقليمي لمنظمة العمل العربية. وأكد المشاركون في المؤتمر "
            "على أهمية الحوار الاجتماعي. وطالبوا الحكومات العربية بحماية العمال المهاجرين. ودعوا منظمة "
            "العمل الدولية إلى دعم برامج التدريب. كما أوصوا بإنشاء مرصد عربي للتشغيل.")
    found = _found(run(text))
    assert [k for k, _, _ in found] == ["STATEMENT_POINT", "STATEMENT_POINT", "RECOMMENDATION",
                                        "RECOMMENDATION"], found
    # The body a verb addresses (منظمة العمل الدولية) is its object, not the issuer.
    assert all(b == "منظمة العمل العربية" for _, b, _ in found), found


@pytest.mark.parametrize("text", [
    # Nobody named before: the ambassadors met a minister.
    "التقى وزير الخارجية الليبي بسفراء الدول الأوروبية في طرابلس. ودعوا إلى وقف إطلاق النار.",
    # Members of a council praising: no meeting's participants.
    "وأشاد أعضاء المجلس البلدي بجهود البلدية. ودعوا إلى تسريع المشاريع.",
    # A plural verb does not take a body named before as its subject.
    "وأصدرت نقابة المعلمين اللبنانيين بيانا حول الأجور. وقرروا الإضراب يوم الاثنين.",
])
def test_plural_verbs_without_participants_before_give_nothing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _found(run(text)) == []


@pytest.mark.parametrize(("text", "count"), [
    # Further complements of one object (الصادرة عن أ، وعن ب) and an example of it (وبالخصوص).
    (("وحث المشاركون في الملتقى الدول العربية على تنفيذ التوصيات الصادرة عن البرلمان العربي، وعن "
      "مجلس وزراء الداخلية العرب، وبالخصوص توصية مكافحة الإرهاب لعام 2019."), 1),
    # But a further object with the verb's own preposition is a further item.
    ("وافق المجلس الأعلى للقضاء على نقل عشرة قضاة إلى محاكم الجنوب، وعلى ترقية عشرين قاضيا آخرين.", 2),
])
def test_complements_of_one_object_stay_one_item(run, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(_found(run(text))) == count, _found(run(text))


@pytest.mark.parametrize("text", [
    # A passive after a relative pronoun tells of a decision taken before.
    "ودعت البلدية أصحاب المحلات التي تقرر إغلاقها إلى مراجعة مكتب الترخيص خلال أسبوع.",
    # An imperfect after أن / بأن: expected or asked, not taken.
    "ومن المتوقع أن تقرر اللجنة الأولمبية الأردنية رفع العقوبة عن النادي الأسبوع المقبل.",
    "وكان من المنتظر أن تبني الحكومة المغربية عشرة آلاف وحدة سكنية.",
    "وطالب النواب بأن تقرر الحكومة زيادة الرواتب.",
])
def test_no_decision_taken_in_the_news(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _found(run(text)) == []


def test_after_bad_an_the_past_states_a_decision(run) -> None:  # type: ignore[no-untyped-def]
    found = _found(run("وذلك بعد أن أقر مجلس النواب اللبناني قانون الانتخاب الجديد."))
    assert [(k, b) for k, b, _ in found] == [("DECISION", "مجلس النواب اللبناني")], found


def test_a_person_before_the_relative_pronoun_advises_the_body_after(run) -> None:  # type: ignore[no-untyped-def]
    # The coach (the antecedent) advised; the club named past the verb's object is addressed.
    text = ("وكان الفريق بحاجة إلى مهاجم بحسب طلب المدرب البرتغالي جوزيه مورينو، الذي أوصى مسؤولي "
            "نادي الوحدة الإماراتي بضرورة التعاقد مع لاعب محلي.")
    assert _found(run(text)) == []
