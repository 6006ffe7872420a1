"""Decisions, recommendations and statement points from lists and sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import Decision, find_decisions
from sijill.claims.model import Event
from sijill.doc import Doc

MEETING = "عقدت رابطة الصحفيين السوريين اجتماعها الدوري في غازي عنتاب يوم 3 أيار 2021.\n"
ITEMS = ("تشكيل لجنة لمتابعة ملف المعتقلين", "الدعوة إلى مؤتمر عام خلال شهرين",
         "تعليق عضوية الأعضاء المتغيبين")


def _decide(doc: Doc) -> list[Decision]:
    return find_decisions(doc, doc.claims["events"])


def _texts(doc: Doc, found: list[Decision]) -> list[str]:
    return [doc.text[d.text[0] : d.text[1]] for d in found]


def test_meeting_list_of_decisions(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وفي ختام الاجتماع خرج المجتمعون بمجموعة من القرارات أهمها:\n"
              + "\n".join(f"- {item}." for item in ITEMS))
    found = _decide(doc)
    assert _texts(doc, found) == [f"{item}." for item in ITEMS]
    assert {d.kind for d in found} == {"DECISION"}
    meeting = next(e for e in doc.claims["events"] if e.type == "MEETING")
    assert all(d.event is meeting for d in found)
    assert all(d.body is not None and d.body.name == "رابطة الصحفيين السوريين" for d in found)
    assert all(d.evidence == d.text for d in found)


@pytest.mark.parametrize("markers", [
    ("1-", "2-", "3-"), ("1.", "2.", "3."), (".1", ".2", ".3"), ("1)", "2)", "3)"),
    ("(1)", "(2)", "(3)"), ("1ـ", "2ـ", "3ـ"), ("–", "–", "–"), ("•", "•", "•"),
    ("أولاً:", "ثانياً:", "ثالثاً:"), ("أولا -", "ثانيا -", "ثالثا -"), ("أ-", "ب-", "ج-"),
])
def test_every_marker_style(run, markers: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    lines = [f"{m} {item}." for m, item in zip(markers, ITEMS)]
    doc = run("وأوصى المؤتمر العام لرابطة الصحفيين السوريين بما يلي:\n" + "\n".join(lines))
    found = _decide(doc)
    assert _texts(doc, found) == [f"{item}." for item in ITEMS]
    assert {d.kind for d in found} == {"RECOMMENDATION"}


@pytest.mark.parametrize(("intro", "kind"), [
    ("وأكد البيان الختامي على:", "STATEMENT_POINT"),
    ("وأكد البيان الختامي على", "STATEMENT_POINT"),
    ("وتم إقرار ما يلي:", "DECISION"),
    ("وخرج اللقاء بعدة توصيات ومقترحات، ومن أهمها:", "RECOMMENDATION"),
    ("وأصدر المجتمعون بياناً ختامياً تضمن القرارات التالية:", "DECISION"),
    ("وطالب المجتمعون بما يلي:", "STATEMENT_POINT"),
    ("وحدد المؤتمر أولويات المرحلة المقبلة:", "STATEMENT_POINT"),
])
def test_kind_comes_from_the_introduction(run, intro: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + intro + "\n" + "\n".join(f"- {item}." for item in ITEMS[:2]))
    found = _decide(doc)
    assert [d.kind for d in found] == [kind, kind]


def test_first_item_after_the_colon_and_items_on_one_line(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وقدم المشاركون اقتراحات مفيدة لعمل الرابطة، ومن أهمها: – " + ITEMS[0] + ".\n– " + ITEMS[1] + ".")
    assert _texts(doc, _decide(doc)) == [ITEMS[0] + ".", ITEMS[1] + "."]
    doc = run(MEETING + "وخرج الاجتماع بعدة توصيات، منها: 1- " + ITEMS[0] + " 2- " + ITEMS[1]
              + " 3- " + ITEMS[2] + ".")
    assert _texts(doc, _decide(doc)) == [ITEMS[0], ITEMS[1], ITEMS[2] + "."]


def test_headings_give_their_sub_items(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وخرج المجتمعون بالقرارات التالية:\nأولاً: في الشأن التنظيمي:\n"
              f"1- {ITEMS[0]}.\n2- {ITEMS[1]}.\nثانياً: في الشأن الإعلامي:\n1- {ITEMS[2]}.")
    assert _texts(doc, _decide(doc)) == [f"{item}." for item in ITEMS]


@pytest.mark.parametrize("sub", [("-", "-"), ("1.", "2."), ("أ)", "ب)")])
def test_nested_items_stay_with_their_item(run, sub: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وخرج المجتمعون بالقرارات التالية:\n"
              f"1- {ITEMS[0]}، وتضم:\n{sub[0]} ممثلاً عن كل مدينة\n{sub[1]} ممثلاً عن الشباب\n"
              f"2- {ITEMS[1]}.")
    texts = _texts(doc, _decide(doc))
    assert len(texts) == 2
    assert texts[0].startswith(ITEMS[0]) and texts[0].endswith("ممثلاً عن الشباب")


def test_marker_alone_on_its_line(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأصدر مجلس الوزراء القرارات التالية:\nأولاً:\nالموافقة على تنظيم هيئة الإحصاء.\n"
              "ثانياً:\nتعديل نظام الخدمة المدنية.\nوكان المجلس قد استمع إلى تقرير عن الأوضاع.")
    found = _decide(doc)
    assert _texts(doc, found) == ["الموافقة على تنظيم هيئة الإحصاء.", "تعديل نظام الخدمة المدنية."]


def test_items_that_lost_their_markers(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وطالب المعتصمون بما يلي:\nالإفراج عن المعتقلين فوراً.\n"
              "محاسبة المسؤولين عن القمع.\nيذكر أن الاعتصام استمر ثلاثة أيام.")
    assert _texts(doc, _decide(doc)) == ["الإفراج عن المعتقلين فوراً.", "محاسبة المسؤولين عن القمع."]


def test_single_decision_of_a_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقررت رابطة الصحفيين السوريين تعليق عضويتها في الاتحاد الدولي للصحفيين.")
    found = _decide(doc)
    assert len(found) == 1
    assert found[0].kind == "DECISION"
    assert found[0].body is not None and found[0].body.name == "رابطة الصحفيين السوريين"
    assert _texts(doc, found)[0].startswith("قررت رابطة")
    assert found[0].evidence == (0, len(doc.text))


def test_passive_decision_goes_to_the_meeting(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وتقرر عقد الاجتماع المقبل في مدينة إسطنبول.")
    found = _decide(doc)
    assert len(found) == 1 and found[0].event is not None and found[0].event.type == "MEETING"


@pytest.mark.parametrize("text", [
    "قرر الدكتور سامر الأحمد السفر إلى باريس الأسبوع المقبل.",
    "لم تقرر رابطة الصحفيين السوريين بعد موعد الانتخابات.",
    'وقال سامر الأحمد: "قررت رابطة الصحفيين السوريين تعليق عضويتها".',
])
def test_not_a_body_decision(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _decide(run(text)) == []


@pytest.mark.parametrize("text", [
    # a list with no introduction
    "\n".join(f"- {item}." for item in ITEMS),
    # numbered paragraphs that are no decisions
    "شهدت المدينة أحداثاً كثيرة:\n1. انقطعت الكهرباء لساعات.\n2. ازدحمت الطرقات.",
    # the article's own summary
    "إليكم أبرز القرارات:\n- رفع الحد الأدنى للأجور.\n- خفض الضرائب.",
    "أبرز النقاط:\n- ارتفاع الأسعار.\n- تراجع سعر الصرف.",
    # a list of names
    "وشارك في المؤتمر كل من:\n1- سامر الأحمد\n2- خالد العمر",
    # a person's plans
    "وأوضح سامر الأحمد أن خطته للمرحلة المقبلة تشمل:\n- إصلاح القطاع العام.\n- مكافحة الفساد.",
    # a quoted list
    'وقال سامر الأحمد: "قررنا ما يلي: 1- تجميد العضوية 2- فصل المخالفين".',
    # a paragraph that mentions decisions, then a list of something else
    "وناقش المجتمعون القرارات السابقة بالتفصيل وأسباب تأخر تنفيذها في المدن.\n- الأول في حلب.",
])
def test_no_claim_without_an_introduction(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _decide(run(text)) == []


def test_meeting_looked_back_on_is_not_the_source(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وخرج المجتمعون بالقرارات التالية:\n" + "\n".join(f"- {i}." for i in ITEMS))
    org = next(e for e in doc.entities if e.type == "ORG")
    main = Event("MEETING", [org], (0, 20), "2021-05-03")
    earlier = Event("MEETING", [org], (30, 40), "2021-04-01")
    found = find_decisions(doc, [main, earlier])
    assert found and all(d.event is main for d in found)


def test_long_and_deep_lists_do_not_break(run) -> None:  # type: ignore[no-untyped-def]
    items = "\n".join(f"{n}- {ITEMS[n % 3]}:\n- أ {ITEMS[0]}\n  • {ITEMS[1]}" for n in range(1, 120))
    doc = run("وخرج المجتمعون بالقرارات التالية:\n" + items)
    found = _decide(doc)
    assert len(found) > 100
    assert all(0 <= d.text[0] < d.text[1] <= len(doc.text) for d in found)


def test_empty_document(run) -> None:  # type: ignore[no-untyped-def]
    assert _decide(run("")) == []


@pytest.mark.parametrize(("text", "kind", "count"), [
    # each approved object is one decision
    (("ووافق مجلس النواب الأردني على مشروع قانون الانتخاب، ومشروع قانون الأحزاب، "
     "وتعديل نظام الخدمة المدنية."), "DECISION", 3),
    # a piece that opens a new clause ends the run
    ("وقررت رابطة الصحفيين السوريين تعليق عضويتها في الاتحاد الدولي، وأكدت أنها ستواصل عملها.",
     "DECISION", 1),
    # a recommendation stated in a sentence
    ("وأوصت رابطة المحامين التونسيين بإطلاق سراح المعتقلين، وإلغاء المحاكم الاستثنائية.",
     "RECOMMENDATION", 2),
])
def test_coordinated_objects_of_one_decision(run, text: str, kind: str, count: int) -> None:  # type: ignore[no-untyped-def]
    found = _decide(run(text))
    assert len(found) == count
    assert {d.kind for d in found} == {kind}


def test_items_listed_inside_a_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وعقد الاتحاد المغربي للشغل اجتماعه الدوري في الرباط، واتخذ عدداً من القرارات "
              "ومنها تعيين مدير تنفيذي جديد للاتحاد، وإلغاء لجنة المسابقات القديمة.")
    texts = _texts(doc, _decide(doc))
    assert texts == ["تعيين مدير تنفيذي جديد للاتحاد", "إلغاء لجنة المسابقات القديمة."]


def test_a_count_broken_down_is_no_list(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأصدر الاتحاد المغربي للشغل 40 قراراً منها 12 قراراً خاصاً بالأنظمة، و28 بشأن الاتفاقيات.")
    assert not any(text[:1].isdigit() for text in _texts(doc, _decide(doc)))


def test_decisions_taken_during_the_meeting(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(MEETING + "وتم خلال الاجتماع قبول استقالة أمين الصندوق، وتشكيل لجنة للتحقيق في المخالفات.")
    found = _decide(doc)
    assert len(found) == 2 and {d.kind for d in found} == {"DECISION"}
    assert all(d.event is not None for d in found)
    doc = run(MEETING + "وتم عقد المؤتمر التأسيسي للرابطة في مدينة إدلب.")
    assert _decide(doc) == []


def test_a_list_of_people_is_not_a_list_of_decisions(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقررت رابطة الصحفيين السوريين تشكيل لجنة تضم سامر الأحمد، وخالد العمر، ورامي الحسن.")
    assert len(_decide(doc)) == 1


@pytest.mark.parametrize("text", [
    "ووافق أعضاء الاتحاد الأردني لكرة القدم في اجتماعهم الدوري على تعيين مدرب جديد للمنتخب.",
    "وقرر وزراء خارجية الدول الأعضاء في لجنة المتابعة العربية مطالبة مجلس الأمن بالتدخل.",
])
def test_members_speak_for_their_body(run, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _decide(run(text))
    assert len(found) == 1 and found[0].body is not None and found[0].body.type == "ORG"


@pytest.mark.parametrize(("text", "count"), [
    ("واعتمدت الهيئة العليا للانتخابات في تونس 300 مركز اقتراع في الولايات.", 1),
    ("واعتمدت الهيئة العليا للانتخابات في تونس على متطوعين من المجتمع المدني.", 0),
])
def test_a_verb_in_another_sense(run, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(_decide(run(text))) == count


def test_a_sentence_before_a_list_keeps_its_own_decision(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وافق الاتحاد الأردني لكرة القدم على تعيين مدرب جديد. وأعلن المتحدث باسم الاتحاد "
              "أنه تم اتخاذ عدد من القرارات وهي: - تشكيل لجنة للمسابقات. - إلغاء لجنة الحكام.")
    texts = _texts(doc, _decide(doc))
    assert texts[0].startswith("وافق الاتحاد") and len(texts) == 3


def test_quoted_content_of_a_decision_reported_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أقر مجلس الوزراء اللبناني في جلسة استثنائية خطة إصلاحات جديدة. وتنص الخطة على "
              "«خفض رواتب الوزراء، وإلغاء المجالس الزائدة»، كما تشمل «دمج الهيئات المستقلة».")
    found = _decide(doc)
    texts = _texts(doc, found)
    assert texts[1:] == ["خفض رواتب الوزراء", "إلغاء المجالس الزائدة", "دمج الهيئات المستقلة"]
    assert {d.kind for d in found} == {"DECISION"}
    assert len({id(d.body) for d in found}) == 1


def test_quoted_content_with_no_decision_before_is_someone_s_words(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال سامر الأحمد إن الخطة تتضمن «خفض رواتب الوزراء، وإلغاء المجالس الزائدة».")
    assert _decide(doc) == []


@pytest.mark.parametrize(("text", "body"), [
    ("وقرر وزير الداخلية التونسي تعليق نشاط الجمعيات المخالفة.", None),
    ("وقرر رئيس الاتحاد الليبي لكرة القدم إيقاف الدوري حتى إشعار آخر.", "الاتحاد الليبي لكرة القدم"),
])
def test_a_decision_of_an_office(run, text: str, body: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _decide(run(text))
    assert len(found) == 1 and found[0].kind == "DECISION"
    assert (found[0].body.name if found[0].body else None) == body


def test_a_further_decision_after_kama(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("واعتمدت الهيئة العليا للانتخابات 300 مركز اقتراع في الولايات، كما اعتمدت الهيئة "
              "العليا للانتخابات 40 مركزاً احتياطياً، وقررت تمديد التسجيل أسبوعاً.")
    found = _decide(doc)
    texts = _texts(doc, found)
    assert len(texts) == 3 and texts[1].startswith("اعتمدت") and texts[2].startswith("قررت")


def test_points_of_a_named_statement(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأصدرت نقابة المعلمين الأردنيين بياناً أمس. وتضمن البيان «رفض تعديل نظام الرتب، "
              "وتتولى النقابة متابعة الملف، والمطالبة بزيادة الرواتب».")
    found = _decide(doc)
    assert _texts(doc, found) == ["رفض تعديل نظام الرتب"]
    assert found[0].kind == "STATEMENT_POINT" and found[0].body is not None


@pytest.mark.parametrize(("text", "count"), [
    (MEETING + "وتمت تسمية ثلاثة أعضاء جدد في المكتب التنفيذي للرابطة.", 1),
    (MEETING + "وتم حل اللجنة السابقة لانتهاء مدتها.", 1),
    (MEETING + "وتم تشكيل المجلس العام للرابطة من 30 عضواً.", 0),
])
def test_passive_decisions(run, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(_decide(run(text))) == count


def test_a_refusal_is_a_decision(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ولم يوافق مجلس نواب الشعب التونسي على مشروع قانون المصالحة الاقتصادية.")
    found = _decide(doc)
    assert len(found) == 1 and _texts(doc, found)[0].startswith("لم يوافق")


def test_a_list_inside_a_quoted_statement(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وذكر بيان لوزارة الصحة الأردنية صدر اليوم «أن الوزير وجه بما يأتي: إغلاق "
              "المستشفيات المخالفة، وتشكيل لجنة للتحقيق في الشكاوى».")
    texts = _texts(doc, _decide(doc))
    assert texts == ["إغلاق المستشفيات المخالفة", "تشكيل لجنة للتحقيق في الشكاوى"]


def test_items_quoted_right_after_their_noun(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقدمت هيئة التنسيق الوطنية ورقة إصلاحات جديدة، أبرز توصياتها «إطلاق سراح المعتقلين، "
              "وإلغاء قانون الطوارئ»، وفق ما أعلنته الهيئة.")
    found = _decide(doc)
    assert _texts(doc, found) == ["إطلاق سراح المعتقلين", "إلغاء قانون الطوارئ"]
    assert {d.kind for d in found} == {"RECOMMENDATION"}


def test_minha_far_from_the_items_noun_is_of_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال النائب إن كتلة الإصلاح تعد نداءات المرجعية أوامر لها وإن ما يصدر من توجيهات "
              "منها إنما هو خط أحمر، ولا يمكن تجاوزه.")
    assert _decide(doc) == []
