"""Decisions stated in running text in shapes beyond the first annotated articles: a decree
issued (أصدر ... قراراً). Sentences written for these tests, in Yemeni, Egyptian, Gulf,
Iraqi and Moroccan shapes."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _texts(doc: Doc) -> list[tuple[str, str]]:
    return [(d.kind, doc.text[d.text[0] : d.text[1]])
            for d in find_decisions(doc, doc.claims["events"])]


@pytest.mark.parametrize(("text", "opening"), [
    # Yemeni: a president's decree, an adverb of time between issuer and noun.
    ("أصدر الرئيس اليمني عبد ربه منصور هادي أمس قراراً جمهورياً بتعيين فيصل الحميري محافظاً للمهرة.",
     "أصدر الرئيس اليمني"),
    # Egyptian: a prime minister's decree with a law's number.
    ("وأصدر رئيس مجلس الوزراء المصري مرسوماً بقانون رقم 12 لسنة 2015 بتنظيم الانتخابات المحلية.",
     "أصدر رئيس مجلس الوزراء"),
    # Gulf: a royal order after the king's titles and a comma.
    ("أصدر خادم الحرمين الشريفين الملك سلمان، أمراً ملكياً بإعفاء وزير الصحة من منصبه.",
     "أصدر خادم الحرمين"),
    # Iraqi: a court's order.
    ("وأصدرت محكمة الجنايات المركزية في بغداد أمراً بالقبض على محافظ سابق.",
     "أصدرت محكمة الجنايات"),
])
def test_a_decree_issued_is_a_decision(run, text: str, opening: str) -> None:  # type: ignore[no-untyped-def]
    found = _texts(run(text))
    assert [k for k, _ in found] == ["DECISION"], found
    assert found[0][1].startswith(opening)


@pytest.mark.parametrize("text", [
    # Moroccan: a tally of a session's decisions, no decision of its own.
    "وأصدر مجلس النواب المغربي 41 قراراً خلال الدورة الماضية حسب التقرير.",
    # A statement issued is no decree.
    "وأصدرت حركة النهضة بياناً حول الأوضاع في البلاد.",
    # A decision reported before, named back (Lebanese opinion shape).
    "وقال النائب إن الوزير أصدر هذا القرار الغريب دون دراسة.",
    "ولما أصدر الحاكم ذلك القرار الجائر غادر كثيرون البلاد.",
    # A decree verb whose noun comes only in a further sentence.
    "أصدر الحزب الديمقراطي الكردستاني تقريره السنوي. وقال إن القرار سيصدر لاحقاً.",
])
def test_no_decree_no_decision(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _texts(run(text))


def test_a_decree_is_one_decision_whatever_follows_its_comma(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أصدر رئيس الجمهورية التونسية أمراً بإعلان حالة الطوارئ في كامل البلاد، "
              "واستمر العمل بها إلى أن رفعت في العام التالي.")
    assert [k for k, _ in _texts(doc)] == ["DECISION"]


@pytest.mark.parametrize("text", [
    # Sudanese: the meeting decided to appoint someone named after the verb.
    ("عقد المجلس القيادي للحركة الشعبية اجتماعاً في كاودا أمس. وأكدت الحركة أن الاجتماع قرر "
     "تعيين القائد جقود مكوار رئيساً لهيئة الأركان."),
    # Iraqi: the participants decided to dismiss someone.
    ("عقدت هيئة النزاهة العراقية اجتماعاً في بغداد أمس. وقالت الهيئة إن المجتمعين قرروا إعفاء "
     "حسن الياسري من منصبه."),
])
def test_the_meeting_decided_about_someone_named_after_the_verb(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [k for k, _ in _texts(run(text))] == ["DECISION"]


@pytest.mark.parametrize(("text", "count"), [
    # Moroccan: approving measures reported before is no new item.
    ("وصادق مجلس الحكومة المغربي بالإجماع على هذه الإجراءات قبل إحالتها إلى البرلمان.", 0),
    ("ووافق مجلس الوزراء اللبناني على تلك الخطة في جلسته أمس.", 0),
    # Jordanian: approving a law named there is one.
    ("ووافق مجلس النواب الأردني على مشروع قانون الانتخاب في جلسته أمس.", 1),
])
def test_an_approval_of_what_was_reported_before(run, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(_texts(run(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    # Gulf: an approval issued, the minister named after the noun.
    ("صدرت موافقة وزير الشؤون الاجتماعية البحريني على تأسيس جمعية رعاية اللاعبين القدامى.", 1),
    ("وصدر أمس قرار وزير العدل العراقي بترقية عدد من القضاة إلى محكمة التمييز.", 1),
    # Syrian: the verb of a relative clause, a decree named further on, is no decree.
    ("العفو الذي صدر في يونيو 2014 كان من ضمن مرسوم شامل عن المعتقلين.", 0),
    # A law issued by a decree: the decree names how, not what, was decided.
    ("وصدر نظام الضمان الاجتماعي بالمرسوم الملكي رقم 45 قبل سنوات.", 0),
])
def test_a_decree_issued_named_as_the_subject(run, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(_texts(run(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    # Egyptian and Saudi: what follows a purpose goes on with the purpose.
    (("وقرر مجلس إدارة النادي الأهلي المصري إعادة تشكيل لجنة الكرة بهدف تطوير الأداء، "
     "ورفع مستوى اللاعبين الشبان."), 1),
    (("وأقر مجلس إدارة نادي أبها الأدبي إعادة تشكيل اللجنة الثقافية رغبة في تجديد الدماء، "
     "وإتاحة الفرصة لمثقفين آخرين."), 1),
    # Kuwaiti: coordinated objects with no purpose are items each.
    (("ووافق مجلس الأمة الكويتي على تعديل قانون الجنسية، وإلغاء رسوم الخدمات، "
     "وتمديد عقود المعلمين."), 3),
])
def test_a_purpose_ends_the_coordinated_items(run, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(_texts(run(text))) == count
