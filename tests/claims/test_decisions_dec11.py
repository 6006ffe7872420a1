"""Single decisions of unseen shapes (dec11): a verb after one that gave no claim, a body called
by its common noun, a verb that shares the subject of the sentence's first verb. Sentences
written for these tests."""

from __future__ import annotations

from sijill.claims.decisions import Decision, find_decisions
from sijill.doc import Doc


def _decide(doc: Doc) -> list[Decision]:
    return find_decisions(doc, doc.claims["events"])


def _texts(doc: Doc, found: list[Decision]) -> list[str]:
    return [doc.text[d.text[0] : d.text[1]] for d in found]


def test_decision_after_an_admission_in_one_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد المجلس البلدي في مدينة صور جلسته الشهرية يوم الخميس.\n"
              "وذكر المحضر أن المجلس أقر بأن تكون الأولوية لصيانة الطرق، وقرر المجلس "
              "إنشاء ملعب للأطفال قرب المرفأ، وأقر المجلس شراء آليات لجمع النفايات.")
    texts = " | ".join(_texts(doc, _decide(doc)))
    assert "إنشاء ملعب للأطفال" in texts
    assert "شراء آليات لجمع النفايات" in texts


def test_body_called_by_its_common_noun_before_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أقيم مهرجان الربيع في مدينة نابل التونسية وسط حضور كبير.\n"
              "غير أن إدارة المهرجان قررت إلغاء السهرة الختامية بسبب الأمطار.")
    assert any("إلغاء السهرة الختامية" in x for x in _texts(doc, _decide(doc)))


def test_body_called_by_its_common_noun_after_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("تستعد أندية الدرجة الأولى في المغرب للموسم الجديد.\n"
              "وقررت إدارة النادي تجميد التعاقدات حتى نهاية الشهر.")
    assert any("تجميد التعاقدات" in x for x in _texts(doc, _decide(doc)))


def test_verb_sharing_the_subject_of_the_first_verb(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("دعت شركة مطاحن الشمال عمالها إلى الالتزام بقواعد السلامة، "
              "وقررت صرف مكافأة لكل قسم يخلو من الحوادث.")
    found = _decide(doc)
    assert any("صرف مكافأة" in x for x in _texts(doc, found))


def test_pronoun_takes_back_the_reporting_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلنت نقابة المعلمين الأردنيين أن العام الدراسي سيبدأ في موعده، "
              "وأنها قررت تعليق الإضراب المفتوح.")
    assert any("تعليق الإضراب" in x for x in _texts(doc, _decide(doc)))


def test_person_in_a_relative_clause_is_not_the_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("نقلت صحيفة الأيام عن مصادر أن النادي تلقى عرضا للمهاجم الذي تألق في الدوري، "
              "وقرر الرحيل في نهاية الموسم.")
    assert not any("الرحيل" in x for x in _texts(doc, _decide(doc)))


def test_verb_whose_root_begins_with_waw_opens_no_clause(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقعت الحكومة مع البعثة الأممية مذكرة تفاهم التي بموجبها وافقت الحكومة على "
              "فتح المعابر أمام القوافل.")
    # وافقت after بموجبها is no new clause joined by و: the sentence gives at most one claim.
    assert len(_decide(doc)) <= 1


def test_points_of_a_meeting_stated_in_running_text(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد الاتحاد العام للفلاحين في الجزائر مؤتمره السنوي يوم السبت.\n"
              "ودعا المشاركون وزارة الزراعة إلى دعم أسعار البذور.\n"
              "وأكد البيان الختامي على رفض استيراد القمح خلال موسم الحصاد.\n"
              "واتفق المجتمعون على تشكيل لجنة لمتابعة ديون الفلاحين.")
    found = _decide(doc)
    kinds = {doc.text[d.text[0] : d.text[1]].split()[0]: d.kind for d in found}
    assert kinds.get("دعا") == "RECOMMENDATION"
    assert kinds.get("أكد") == "STATEMENT_POINT"
    assert kinds.get("اتفق") == "DECISION"


def test_a_person_affirming_is_no_statement_point(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأكد وزير الري المصري خالد عبد الله على أهمية ترشيد استهلاك المياه.\n"
              "ودعا رئيس البلدية السكان إلى تنظيف الأحياء.")
    assert _decide(doc) == []


def test_final_statement_named_after_those_who_issued_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("اختتم وزراء الداخلية العرب اجتماعهم في تونس مساء الخميس.\n"
              "وشدد الوزراء في بيانهم الختامي على تبادل المعلومات الأمنية، "
              "وتعزيز التعاون في ملاحقة شبكات التهريب.\n"
              "كما دعت القمة الدول المانحة إلى الوفاء بتعهداتها.")
    texts = _texts(doc, _decide(doc))
    assert any("تبادل المعلومات الأمنية" in x for x in texts)
    assert any("تعزيز التعاون" in x for x in texts)
    assert any(x.startswith("دعت القمة") for x in texts)


def test_a_minister_speaking_at_a_meeting_states_no_point(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأكد وزير المالية اللبناني سامي نجار خلال الاجتماع على ضرورة ضبط الإنفاق العام.")
    assert _decide(doc) == []


def test_body_noun_before_a_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قررت سلطات ليبيا إغلاق المعبر الحدودي مع تشاد لمدة أسبوع.")
    assert any("إغلاق المعبر" in x for x in _texts(doc, _decide(doc)))
