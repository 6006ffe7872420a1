"""Event cues checked on unseen news (ev8's audit), in sentences written for these tests
(Iraqi, Lebanese, Moroccan, Egyptian, Yemeni, Gulf and Sudanese shapes): a surname that reads as
a meeting verb, a launch of a service, meetings in general, a treatment session, and a
conference a body hosts."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _types(doc: Doc, kind: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == kind]


@pytest.mark.parametrize("text", [
    # أطلق: a company, a bank or a ministry launches a service, a plan or a programme.
    "أطلقت شركة اتصالات المغرب أمس خدمة جديدة للدفع عبر الهاتف المحمول لعملائها في الدار البيضاء.",
    "وأطلق البنك المركزي اليمني مطلع الشهر الجاري خطة لدعم العملة المحلية في عدن.",
    "أطلقت وزارة الشباب والرياضة المصرية برنامجاً صيفياً لتدريب الشباب في محافظات الصعيد.",
])
def test_a_launch_founds_no_body(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "FOUNDING") == []


@pytest.mark.parametrize("text", [
    # في + a definite plural of meeting nouns: meetings in general, not one told.
    "وتتيح الجامعة السودانية لطلابها المتفوقين المشاركة في المؤتمرات والندوات الدولية طوال السنة.",
    "ويدرب البرنامج ضباط وزارة الداخلية العراقية على الحديث في اللقاءات الإعلامية بثقة.",
])
def test_meetings_in_general_are_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "MEETING") == []


def test_a_plural_with_its_sides_is_still_a_meeting(run: Any) -> None:
    # في اللقاءات بين ...: the sides named after it tell which meetings.
    doc = run("وشارك وزير الخارجية اللبناني عبد الله بو حبيب في اللقاءات بين الحكومة اللبنانية "
              "وصندوق النقد الدولي في بيروت أمس.", published="2022-04-07")
    assert _types(doc, "MEETING")


@pytest.mark.parametrize("text", [
    "وخضع مهاجم نادي الزمالك المصري أحمد سيد لجلسة علاجية مع طبيب الفريق محمد أبو العلا أمس.",
    "وبدأ لاعب نادي الوداد المغربي يحيى جبران برنامجه من خلال جلسة علاجية مع أخصائي العلاج كريم بنعلي.",
])
def test_a_treatment_session_is_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "MEETING") == []


def test_a_surname_that_reads_as_a_verb_is_no_meeting(run: Any) -> None:
    # التقي: a family name, not the verb التقى.
    doc = run("وقال الباحث العراقي حيدر التقي لوكالة الأنباء إن الحكومة العراقية تواجه أزمة مالية "
              "خانقة هذا العام.", published="2021-06-02")
    assert _types(doc, "MEETING") == []


def test_a_conference_a_body_hosts_is_a_meeting(run: Any) -> None:
    # استضافت ... ندوة: a meeting held by its host and those who took part.
    doc = run("استضافت جامعة الخرطوم أمس ندوة حول السلام في دارفور بمشاركة وزير الخارجية السوداني "
              "علي الصادق.", published="2021-06-02")
    assert {"جامعة الخرطوم", "علي الصادق"} in _types(doc, "MEETING")


@pytest.mark.parametrize("text", [
    # An outlet whose name reads as the verb عيّن, in quotes or opening a dateline.
    "وقال مدير الإعلام في وزارة الصحة الكويتية أحمد الشطي لـ «عين اليوم» إن الوزارة تتابع الحالة.",
    "وتحاورت “عين اليوم” مع الدكتورة ليلى الحسني عضو جمعية حقوق الإنسان البحرينية حول القانون.",
])
def test_an_outlet_named_like_a_verb_appoints_no_one(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "APPOINTMENT") == []


def test_a_couple_meeting_is_no_meeting(run: Any) -> None:
    doc = run("والتقى الزوجان محمد الساعدي وهدى الكعبي أثناء دراستهما في جامعة بغداد.",
              published="2021-06-02")
    assert _types(doc, "MEETING") == []


def test_rebuilt_is_no_election(run: Any) -> None:
    # أعيد alone: something done again (rebuilt, reopened), not a person re-elected.
    doc = run("وأعيد بناء القلعة في عهد السلطان العثماني سليم الأول بعد أن هدمها الزلزال.",
              published="2021-06-02")
    assert _types(doc, "ELECTION") == []


def test_re_elected_is_still_an_election(run: Any) -> None:
    doc = run("أعيد انتخاب المحامي أحمد الخطيب رئيساً لنقابة المحامين الأردنيين أمس.",
              published="2021-06-02")
    assert any("أحمد الخطيب" in e for e in _types(doc, "ELECTION"))


def test_a_meeting_with_the_years_name_is_dated_on_the_news_day(run: Any) -> None:
    # 2021م names the programme, not the meeting's day: the meeting is the day's news.
    doc = run("الرباط - عقدت جمعية الشباب المغربي أمس لقاء مع المشاركين في برنامج الصيف 2021م "
              "بحضور رئيس الجمعية سعيد العلوي.", published="2021-06-02")
    dates = [e.date for e in doc.claims["events"] if e.type == "MEETING"]
    assert dates == ["2021-06-01"]


@pytest.mark.parametrize(("text", "kind", "subject", "object_"), [
    # The verb's titled subject, then the person it acts on under a title whose first letter is و
    # (وزير، وكيل): that و is no conjunction joining the two.
    ("أعفى الرئيس التونسي قيس سعيد وزير الصحة فوزي المهدي من مهامه.", "DISMISSAL", "قيس سعيد",
     "فوزي المهدي"),
    ("عين الرئيس اليمني رشاد العليمي وزير الخارجية أحمد بن مبارك رئيساً للوزراء.", "APPOINTMENT",
     "رشاد العليمي", "أحمد بن مبارك"),
])
def test_a_titled_subject_is_not_the_one_acted_on(run: Any, text: str, kind: str, subject: str,
                                                  object_: str) -> None:
    people = set().union(*_types(run(text, published="2021-06-02"), kind))
    assert object_ in people and subject not in people


@pytest.mark.parametrize(("text", "body"), [
    # أعلن + its subject + تأسيس: the founding is the announced object.
    ("أعلن سياسيون عراقيون في بغداد أمس تأسيس تيار الحكمة الوطني.", "تيار الحكمة الوطني"),
    ("وأعلنت مجموعة من الناشطات السودانيات تأسيس جمعية نساء السودان للسلام.",
     "جمعية نساء السودان للسلام"),
])
def test_an_announced_founding_past_its_subject(run: Any, text: str, body: str) -> None:
    assert any(body in e for e in _types(run(text, published="2021-06-02"), "FOUNDING"))



@pytest.mark.parametrize("text", [
    # A visit to a facility (a hospital, a project's site), the visitor's name and title aside.
    "وزار وكيل وزارة الصحة العراقية حازم الجميلي مستشفى اليرموك في بغداد أمس.",
    "وأكد نائب وزير الصحة اليمني علي الوليدي أثناء زيارته أمس لمستشفيات عدن أن الكوادر مؤهلة.",
])
def test_a_visit_to_a_facility_is_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "MEETING") == []


def test_a_visit_to_a_capital_is_still_a_meeting(run: Any) -> None:
    doc = run("زار وزير الخارجية المصري سامح شكري الخرطوم والتقى نظيره السوداني.", published="2021-06-02")
    assert any("سامح شكري" in m for m in _types(doc, "MEETING"))
