"""Event cues checked on unseen news (ev13's audit), in sentences written for these tests
(Lebanese, Iraqi, Jordanian, Kuwaiti and Tunisian shapes): a meeting whose other side is a
group left unnamed, and a meeting phrase told as known (جلسة المباحثات)."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _types(doc: Doc, kind: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == kind]


@pytest.mark.parametrize(("text", "host"), [
    # فلان الذي التقى وفداً: the subject before a relative.
    (("وأوضح المتحدث أن المسعى يقوده رئيس مجلس النواب اللبناني نبيه بري الذي التقى وفدا نقابيا "
      "يمثل عمال المرافئ."), "نبيه بري"),
    # فلان قد استقبل أمس وفداً من ...
    ("وكان رئيس البرلمان العراقي محمد الحلبوسي قد استقبل أمس وفدا من شيوخ العشائر في بغداد.",
     "محمد الحلبوسي"),
    ("رئيس مجلس الأمة الكويتي مرزوق الغانم يلتقي عددا من النواب السابقين في مكتبه.", "مرزوق الغانم"),
])
def test_a_group_met_is_a_meeting_of_its_host(run: Any, text: str, host: str) -> None:
    meetings = _types(run(text, published="2022-03-09"), "MEETING")
    assert len(meetings) == 1 and host in meetings[0]


@pytest.mark.parametrize("text", [
    # What a hospital or an office receives is no meeting.
    "وكان مدير مستشفى الكرك الحكومي أحمد الطراونة قد استقبل أمس عددا من المصابين في الحادث.",
    "ويستقبل مكتب العمل في صفاقس عددا من طلبات التشغيل كل يوم.",
])
def test_a_group_received_by_an_office_is_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2022-03-09"), "MEETING") == []


def test_a_meeting_phrase_told_as_known_goes_on_with_the_meeting(run: Any) -> None:
    # حضر جلسة المباحثات فلان: the talks just told, not another meeting.
    doc = run("عقد رئيس الوزراء الأردني بشر الخصاونة أمس جلسة مباحثات مع رئيس الحكومة التونسية "
              "نجلاء بودن في عمان. وحضر جلسة المباحثات وزير الخارجية أيمن الصفدي.",
              published="2022-03-09")
    meetings = _types(doc, "MEETING")
    assert len(meetings) == 1 and {"بشر الخصاونة", "أيمن الصفدي"} <= meetings[0]


def test_own_meeting_noun_with_a_new_side_is_another_meeting(run: Any) -> None:
    # خلال لقائه فلاناً: a side named right after the noun that took no part in the meeting
    # told before makes another meeting, not a follow-up of the first.
    doc = run("استقبل رئيس المجلس الرئاسي الليبي محمد المنفي أمس سفير الجزائر في طرابلس. "
              "وبحث المنفي خلال اللقاء ملف الانتخابات. "
              "وفي سياق آخر، أعرب المبعوث الأممي، خلال لقائه عبد الله باتيلي رئيس البعثة السابق "
              "في تونس، عن أمله في التهدئة.", published="2022-03-09")
    meetings = _types(doc, "MEETING")
    assert len(meetings) == 2 and any("عبد الله باتيلي" in m for m in meetings)


@pytest.mark.parametrize("text", [
    # أي لقاءات: meetings in general, forbidden or allowed, not one told.
    "وصادق مجلس النواب المغربي على قانون يمنع أي لقاءات بين الموظفين والمقاولين خارج المكاتب.",
    # A country takes in numbers of people: no meeting.
    "وتستقبل السويد منهم أعدادا أكبر من أي دولة أخرى في الاتحاد الأوروبي.",
])
def test_meetings_in_general_and_numbers_taken_in_are_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2022-03-09"), "MEETING") == []


def test_a_session_told_as_known_in_its_own_sentence_is_the_same_meeting(run: Any) -> None:
    # عقد جلسة ... برئاسة فلان، الذي افتتح الجلسة: one session, not two.
    doc = run("وكان مجلس الوزراء العراقي عقد جلسة عادية في بغداد أمس، برئاسة رئيس الوزراء "
              "محمد شياع السوداني، الذي افتتح الجلسة بكلمة عن الموازنة التي أعدتها وزيرة المالية "
              "طيف سامي.",
              published="2023-05-16")
    meetings = _types(doc, "MEETING")
    assert len(meetings) == 1 and "محمد شياع السوداني" in meetings[0]


def test_a_demand_word_inside_a_party_name_blocks_nothing(run: Any) -> None:
    # حزب الدعوة holds دعوة (a call) but calls for nothing.
    doc = run("قدم القيادي في حزب الدعوة الإسلامية خضير الخزاعي استقالته من المكتب السياسي "
              "للحزب احتجاجا على قرارات القيادة.", published="2019-11-20")
    assert any("خضير الخزاعي" in p for p in _types(doc, "RESIGNATION"))


def test_qad_before_a_perfect_verb_in_t_reports_a_founding(run: Any) -> None:
    # قد تأسست: the perfect of form V begins with ت like an imperfect, and reports.
    doc = run("وكانت الجمعية الأردنية لحقوق الإنسان قد تأسست عام 1997 في عمان.",
              published="2019-11-20")
    assert any("الجمعية الأردنية لحقوق الإنسان" in p for p in _types(doc, "FOUNDING"))


def test_qad_before_an_imperfect_still_tells_a_possibility(run: Any) -> None:
    assert _types(run("وقد تستقيل وزيرة الصحة اللبنانية حنان حسن خلال الأيام المقبلة.",
                      published="2019-11-20"), "RESIGNATION") == []


def test_a_dismissal_list_ends_at_a_tasking_noun(run: Any) -> None:
    # بإعفاء فلان من منصبه وتكليف علان بمهامه: علان is not dismissed.
    doc = run("أصدر وزير الداخلية الأردني مازن الفراية قرارا بإعفاء مدير الأمن العام في "
              "الزرقاء العميد سامي الحديد من منصبه وتكليف العقيد نادر الخوالدة بمهامه.",
              published="2019-11-20")
    dismissed = _types(doc, "DISMISSAL")
    assert any("سامي الحديد" in p for p in dismissed)
    assert not any("نادر الخوالدة" in p for p in dismissed)


def test_a_title_inside_a_listed_name_gives_no_post(run: Any) -> None:
    # اختيار 20 متسابقاً، هم: ... أمين فلان، محمد الشيخ: the titles are parts of names, so the
    # contestants chosen get no post.
    doc = run("وأفاد المنسق أن المتسابقين خضعوا لاختبارات اللجنة التنفيذية، وتم اختيار 20 "
              "متسابقاً، هم: (من إربد) خالد الرواشدة، أمين الخطيب، وسامر القضاة، و(من الكرك) "
              "محمد الشيخ، وعلي المجالي.", published="2019-11-20")
    assert _types(doc, "APPOINTMENT") == []


def test_a_decree_goes_on_from_an_appointment_to_a_dismissal(run: Any) -> None:
    # بتعيين فلان مستشاراً، وإعفاء علان من منصبه: علان is dismissed, not appointed.
    doc = run("وقضت الأوامر الأميرية بتعيين الشيخ فهد الصباح مستشارا في الديوان الأميري، وإعفاء "
              "الدكتور بدر العيسى من منصبه وزيرا للتربية.", published="2019-11-20")
    assert any("بدر العيسى" in p for p in _types(doc, "DISMISSAL"))
    assert not any("بدر العيسى" in p for p in _types(doc, "APPOINTMENT"))


@pytest.mark.parametrize(("text", "host"), [
    # Subject, verb, then a post holder left unnamed (a headline's usual shape).
    ("رئيس الحكومة الليبية عبد الحميد الدبيبة يستقبل وزير الخارجية الإيطالي", "عبد الحميد الدبيبة"),
    ("وكان الرئيس السوري بشار الأسد قد استقبل أمس السفير الروسي في دمشق.", "بشار الأسد"),
])
def test_a_post_holder_met_unnamed_is_a_meeting_of_the_subject(run: Any, text: str, host: str) -> None:
    meetings = _types(run(text, published="2021-11-30"), "MEETING")
    assert len(meetings) == 1 and host in meetings[0]


def test_a_link_line_that_repeats_the_headline_tells_no_new_meeting(run: Any) -> None:
    doc = run("الدبيبة يستقبل وزير الخارجية المالطي\n\nاستقبل رئيس الحكومة الليبية عبد الحميد "
              "الدبيبة أمس في طرابلس وزير الخارجية المالطي إيفاريست بارتولو.\n"
              "رابط الخبر بصحيفة الوسط: الدبيبة يستقبل وزير الخارجية المالطي",
              published="2021-11-30")
    assert len(_types(doc, "MEETING")) == 1


def test_meetings_held_for_a_purpose_are_not_held(run: Any) -> None:
    # وقتاً لعقد اجتماعات بين ...: a plan.
    doc = run("وخصصت الأحزاب المغربية المشاركة في الحكومة وقتا لعقد اجتماعات تنسيقية بين "
              "قياداتها في حكومة عزيز أخنوش.", published="2021-11-30")
    assert _types(doc, "MEETING") == []


def test_a_denied_meeting_with_an_unnamed_guest_is_none(run: Any) -> None:
    doc = run("ونفت الرئاسة التونسية أن يكون الرئيس قيس سعيد قد استقبل السفير الفرنسي.",
              published="2021-11-30")
    assert _types(doc, "MEETING") == []
