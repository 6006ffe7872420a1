"""Event cues checked on unseen news (ev10's audit), in sentences written for these tests
(Syrian, Lebanese, Algerian, Moroccan, Jordanian and Gulf shapes): a cabinet's head tasked with
forming it, a body founded by a merger and named after it, a game between teams told as لقاء
with the teams' names between the result and the noun."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _types(doc: Doc, kind: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == kind]


@pytest.mark.parametrize("text", [
    "وجرى تكليف نواف سلام بتشكيل الحكومة اللبنانية.",
    "وأعلنت الرئاسة الجزائرية تكليف أيمن بن عبد الرحمن بتشكيل حكومة جديدة.",
])
def test_a_cabinet_to_form_is_an_appointment(run: Any, text: str) -> None:
    # تكليف فلان بتشكيل الحكومة: the head of the cabinet to be is named; no body is founded yet.
    doc = run(text, published="2022-03-01")
    assert len(_types(doc, "APPOINTMENT")) == 1
    assert _types(doc, "FOUNDING") == []


def test_a_committee_to_form_is_a_task(run: Any) -> None:
    doc = run("وكلف الوزير عادل الطاهر بتشكيل لجنة لمتابعة المشروع.", published="2022-03-01")
    assert _types(doc, "APPOINTMENT") == []


@pytest.mark.parametrize("text, new", [
    ("واندمجت حركة البناء الوطني وحزب الإصلاح في حزب جديد يحمل اسم حزب النهضة الوطنية.",
     "حزب النهضة الوطنية"),
    (("وتم دمج هيئة الاستثمار وهيئة المدن الصناعية في هيئة جديدة تحمل اسم الهيئة العامة للاستثمار "
      "والصناعة."), "الهيئة العامة للاستثمار والصناعة"),
])
def test_a_merger_founds_the_body_it_names(run: Any, text: str, new: str) -> None:
    found = _types(run(text, published="2022-03-01"), "FOUNDING")
    assert len(found) == 1 and new in found[0] and len(found[0]) == 3


@pytest.mark.parametrize("text", [
    "وطالب الحزب بدمج الفصائل المسلحة في الجيش الوطني.",
    "وناقش المجلس خطة اندماج البنكين قبل نهاية العام.",
])
def test_a_merger_with_no_name_founds_nothing(run: Any, text: str) -> None:
    assert _types(run(text, published="2022-03-01"), "FOUNDING") == []


def test_a_game_with_the_teams_named_is_no_meeting(run: Any) -> None:
    # تعادل ... في لقاء: the teams' names between the result and the noun are not counted.
    doc = run("وتعادل نادي الوداد مع نادي الرجاء في لقاء مثير ضمن الدوري المغربي.",
              published="2022-03-01")
    assert _types(doc, "MEETING") == []


def test_a_visitor_who_met_during_his_visit_is_one_meeting(run: Any) -> None:
    # في زيارة التقى خلالها فلاناً: the verb's subject is left unsaid, the visitor is its host.
    doc = run("ووصل رئيس الوزراء الأردني بشر الخصاونة إلى بغداد في زيارة رسمية التقى خلالها "
              "رئيس الوزراء العراقي مصطفى الكاظمي.", published="2021-06-02")
    assert _types(doc, "MEETING") == [{"بشر الخصاونة", "مصطفى الكاظمي"}]


def test_a_delegation_received_in_the_passive_is_a_meeting(run: Any) -> None:
    # تم استقبال وفد ... من قبل فلان: a reception noun with its guest right after it.
    doc = run("وتم استقبال وفد الاتحاد العام التونسي للشغل من قبل رئيس الجمهورية قيس سعيد.",
              published="2021-06-02")
    assert len(_types(doc, "MEETING")) == 1


@pytest.mark.parametrize("text", [
    "وتم استقبال الطلبات عبر موقع وزارة العمل.",
    "وتم استقبال أكثر من ألف حاج من إندونيسيا في مطار جدة.",
])
def test_requests_and_pilgrims_received_are_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "MEETING") == []


def test_those_at_the_reception_join_its_meeting(run: Any) -> None:
    # حضر الاستقبال فلان: the reception told of before, not another meeting.
    doc = run("واستقبل وزير الخارجية المغربي ناصر بوريطة في الرباط أمس نظيره الموريتاني "
              "إسماعيل ولد الشيخ أحمد. وحضر الاستقبال سفير موريتانيا محمد ولد أحمد.",
              published="2021-06-02")
    assert len(_types(doc, "MEETING")) == 1


def test_a_meeting_held_after_a_long_subject_and_place(run: Any) -> None:
    # عقد ... اجتماعه: the noun with its owner's pronoun stays the verb's object past a long
    # subject the names do not cover and the place where it was held.
    doc = run("عقدت لجنة المتابعة الخاصة بالموانئ والمنافذ البحرية والجوية في بلدان المغرب العربي "
              "بمقر الاتحاد بتونس العاصمة، اجتماعها السنوي لمراجعة الخطة.", published="2021-06-02")
    assert len(_types(doc, "MEETING")) == 1


def test_a_mission_begun_with_a_meeting(run: Any) -> None:
    # بدأ مهامه بلقاء وفد كذا: a meeting noun after بـ that a mission began with was held.
    doc = run("وبدأ المبعوث الأممي الجديد إلى ليبيا عبد الله باتيلي مهامه بلقاء وفد من المجلس "
              "الرئاسي الليبي في طرابلس.", published="2022-10-15")
    assert len(_types(doc, "MEETING")) == 1


def test_a_meeting_asked_for_is_no_meeting(run: Any) -> None:
    doc = run("وطالب الحزب بلقاء رئيس الجمهورية لبحث الأزمة.", published="2022-10-15")
    assert _types(doc, "MEETING") == []


@pytest.mark.parametrize("text", [
    ("والتقى وزير الخارجية العماني بدر البوسعيدي نظيره القطري محمد بن عبد الرحمن، وبحثا التحضير "
     "للاجتماع الوزاري المقرر يوم الأحد المقبل."),
    ("واستقبل رئيس البرلمان العربي عادل العسومي وفد مجلس النواب الليبي، وتناول اللقاء ترتيبات "
     "المؤتمر الذي سيعقد في 15 يوليو المقبل."),
])
def test_a_meeting_held_keeps_its_day_not_a_later_one_scheduled(run: Any, text: str) -> None:
    # The day a word of scheduling governs (المقرر الأحد المقبل، الذي سيعقد في يوليو) belongs to
    # the thing scheduled; the meeting told took place on the news day.
    events = [e for e in run(text, published="2021-06-02").claims["events"] if e.type == "MEETING"]
    assert len(events) == 1 and events[0].date == "2021-06-02"
