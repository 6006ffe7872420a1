"""Decisions round dec13: lists whose noun refers back to what a body approved (وفيما يلي
بنودها:) under titles with no colon; sentences written for these tests in Jordanian, Tunisian,
Lebanese and Sudanese shapes."""

from __future__ import annotations

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _texts(doc: Doc) -> list[tuple[str, str]]:
    return [(d.kind, doc.text[d.text[0] : d.text[1]])
            for d in find_decisions(doc, doc.claims["events"])]


_PLAN = (
    "أعلنت الحكومة الأردنية خطة من محورين للإصلاح الإداري وافق عليها مجلس الوزراء بالإجماع "
    "في جلسته أمس. وفيما يلي أبرز بنودها:\n\n"
    "أولاً: محور الخدمة المدنية\n\n"
    "1. دمج الهيئات المستقلة المتشابهة في مهامها خلال ستة أشهر.\n\n"
    "2. وقف التعيين في الوظائف القيادية إلا عبر لجنة مستقلة.\n\n"
    "ثانياً: محور المالية العامة\n\n"
    "1. خفض النفقات الجارية بنسبة عشرة في المئة.\n"
)


def test_items_of_a_plan_a_body_approved_before_are_its_decisions(run) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(_PLAN))
    items = [text for kind, text in found if kind == "DECISION"]
    assert any(text.startswith("دمج الهيئات") for text in items), found
    assert any(text.startswith("وقف التعيين") for text in items), found
    assert any(text.startswith("خفض النفقات") for text in items), found
    # The titles over the sub-lists are no items of their own.
    assert not any(text.startswith("محور") for _, text in found), found


def test_a_referring_noun_with_nothing_approved_before_gives_no_items(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "نشر الكاتب التونسي مقالا مطولا عن الإصلاح التربوي. وفيما يلي أبرز بنوده:\n\n"
        "أولاً: محور المناهج\n\n"
        "1. تقليص عدد المواد في المرحلة الابتدائية.\n\n"
        "2. تعزيز تدريس اللغات الأجنبية.\n"
    )
    assert _texts(run(text)) == []


def test_a_body_calls_in_a_statement_after_its_own_meeting(run) -> None:  # type: ignore[no-untyped-def]
    text = ("دعا مجلس أساقفة الكنيسة الإنجيلية في بيان بعد اجتماعه الدوري أمس «جميع الأطراف "
            "إلى التهدئة ونبذ العنف».")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["RECOMMENDATION"], found
    text = ("طالبت نقابة الأطباء السودانية في بيان إثر اجتماع لجنتها المركزية الحكومة بصرف "
            "رواتب المتأخرة للعاملين في المستشفيات.")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["STATEMENT_POINT"], found


def test_a_statement_after_a_meeting_with_someone_else_is_no_point(run) -> None:  # type: ignore[no-untyped-def]
    # The meeting is not the body's own: no possessive, no adjective of a session.
    text = "دعت وزارة الخارجية اللبنانية في بيان عقب اجتماع مع السفير الفرنسي إلى التهدئة."
    assert _texts(run(text)) == []


def test_approving_that_request_is_a_decision_when_nothing_was_decided_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("عقد المجلس البلدي لمدينة طرابلس جلسته العادية أمس. واستعرض المجلس طلب إحدى الشركات "
            "استثمار المسلخ القديم، وقرر المجلس الموافقة على ذلك شرط أن تتولى الشركة ترميم المبنى.")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION"], found
    assert found[0][1].startswith("قرر المجلس الموافقة على ذلك")


def test_approving_that_package_named_again_is_no_new_item(run) -> None:  # type: ignore[no-untyped-def]
    text = ("أقر مجلس الوزراء التونسي في جلسته أمس حزمة إجراءات لدعم المؤسسات الصغرى. "
            "ووافق المجلس بالإجماع على تلك الحزمة قبل إحالتها إلى البرلمان.")
    found = _texts(run(text))
    assert len(found) == 1 and found[0][1].startswith("أقر مجلس الوزراء"), found


def test_items_after_a_colon_behind_their_noun_in_running_text(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ومن أبرز القرارات التي اتخذها المؤتمر العام للحزب: تمديد ولاية المكتب السياسي، "
            "وتأجيل الانتخابات الداخلية إلى العام المقبل.")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION", "DECISION"], found
    assert found[0][1].startswith("تمديد ولاية") and found[1][1].startswith("تأجيل الانتخابات")


def test_a_colon_far_from_any_items_noun_opens_nothing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وأوضح التقرير السنوي للمنظمة العربية لحقوق الإنسان الصادر في القاهرة أمس ما يلي: "
            "تراجع الحريات العامة، وتزايد حالات الاعتقال.")
    assert _texts(run(text)) == []


def test_a_list_of_what_a_cabinet_approved_as_follows(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وافق مجلس الوزراء البحريني على تعيينات في عدد من الوزارات، وذلك على النحو التالي :\n"
            "• تعيين خالد سالم وكيلا لوزارة الصحة.\n"
            "• تعيين ناصر حمد سفيرا لدى الأردن.\n")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION", "DECISION"], found
    assert found[0][1].startswith("تعيين خالد")


def test_a_decision_inside_a_quoted_statement_of_a_body(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وجاء في بيان المجلس الوطني الكردي عقب اجتماعه في القامشلي: «قررت الأمانة العامة "
            "للمجلس تعليق المشاركة في المفاوضات، وإرسال وفد إلى أربيل».")
    found = _texts(run(text))
    assert found and found[0][0] == "DECISION", found
    assert found[0][1].startswith("قررت الأمانة العامة")
    assert not any(text.endswith("»") for _, text in found)


def test_a_decision_verb_in_a_persons_quoted_words_is_none(run) -> None:  # type: ignore[no-untyped-def]
    text = "وقال المحلل السياسي خالد منصور لوكالة الأنباء: «قررت الحكومة التصعيد لأنها فقدت الأمل»."
    assert _texts(run(text)) == []


def test_foremost_among_them_is_no_further_item(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وقرر مجلس الجامعة العربية إحالة ملف الاستيطان إلى المحكمة الدولية، وعلى رأسه "
            "ملف القدس الشرقية.")
    found = _texts(run(text))
    assert len(found) == 1, found


def test_a_body_called_by_its_noun_with_a_possessive_decides(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وأعلن اتحاد الشغل الموريتاني في بيان أن هيئته التنفيذية قررت تنظيم إضراب عام في "
            "قطاع الموانئ.")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION"], found
    assert found[0][1].startswith("قررت تنظيم")


def test_who_chairs_a_body_is_not_the_subject_of_its_next_verb(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وناقشت لجنة الصناعيين برئاسة عمر الخطيب عددا من العقبات، وقررت تشكيل فريق عمل "
            "لمتابعة المستحقات المتأخرة.")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION"], found
    assert found[0][1].startswith("قررت تشكيل")


def test_the_quoted_items_of_what_was_approved_are_each_an_item(run) -> None:  # type: ignore[no-untyped-def]
    text = ('وقال المجلس العسكري في بيانه الأول إنه تم إقرار "تنفيذ عمليات ضد المتمردين في '
            'الجبهات كافة، وفق خطط معدة سلفا، وقطع الإمدادات عن الميليشيات، ومساندة المقاومة '
            'في المحافظات الأخرى".')
    found = [text for _, text in _texts(run(text))]
    assert len(found) == 3, found
    assert "وفق خطط" in found[0]
    assert found[1].startswith("قطع الإمدادات") and found[2].startswith("مساندة المقاومة")


def test_items_after_the_first_comma_of_a_sentence_opened_by_of_the_decisions(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ومن ضمن القرارات التي أعلنتها هيئة الرقابة الليبية، تشديد الرقابة على المصارف، "
            "وتجميد حسابات الشركات المخالفة.")
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION", "DECISION"], found
    assert found[0][1].startswith("تشديد الرقابة")


def test_a_comma_in_a_sentence_not_opened_by_of_the_decisions_opens_nothing(run) -> None:  # type: ignore[no-untyped-def]
    text = "وتحدث الكاتب عن القرارات الأخيرة، وانتقد تأخر تنفيذها في المحافظات."
    assert _texts(run(text)) == []


def test_also_decided_goes_on_with_a_body_named_by_its_common_noun(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وقررت الحكومة العراقية خفض رواتب المسؤولين. ودعت الحكومة العراقية البرلمان إلى "
            "الإسراع في إقرار الموازنة. كما قررت الطلب من الأردن تمديد اتفاقية النفط لعام آخر.")
    found = [text for _, text in _texts(run(text))]
    assert any(text.startswith("قررت الطلب من الأردن") for text in found), found


def test_also_decided_after_a_person_acting_is_no_decision(run) -> None:  # type: ignore[no-untyped-def]
    text = ("واستقبل الوزير سالم العبدالله وفدا من رجال الأعمال. كما قررت زيارة المنطقة "
            "الصناعية الأسبوع المقبل.")
    assert _texts(run(text)) == []
