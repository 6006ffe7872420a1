"""Events on news nobody tuned for (ev11): an honorific between an appointment noun and its person
(تعيين الدكتور فلان وزيراً) does not part them; an opening clause's pronoun stands for the
subject named after it (عقب انتخابه رئيساً، قال فلان); a body's own session after a holding verb
(اختتم المجلس أعمال دورته) and التأم are a meeting held. Sentences written for these tests
(Jordanian, Tunisian, Iraqi and Libyan shapes)."""

from __future__ import annotations

from typing import Any

import pytest


def _events(run: Any, text: str, kind: str) -> list[set[str]]:
    doc = run(text, published="2023-05-14")
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == kind]


@pytest.mark.parametrize("honorific", ["الدكتور", "الشيخ", "السيد", "المهندس"])
def test_an_honorific_keeps_the_appointed_person(run: Any, honorific: str) -> None:
    text = f"وأكدت مصادر مطلعة تعيين {honorific} مراد الخطيب زعيما للحركة."
    appointed = _events(run, text, "APPOINTMENT")
    assert appointed and "مراد الخطيب" in appointed[0]


def test_an_honorific_before_an_elected_person_after_a_reporting_verb(run: Any) -> None:
    text = "ونقلت وكالة الأنباء عن مصادر نقابية تعيين المهندس سليم العبيدي رئيسا للنقابة."
    appointed = _events(run, text, "APPOINTMENT")
    assert appointed and "سليم العبيدي" in appointed[0]


@pytest.mark.parametrize("text,kind,who", [
    ("وعقب انتخابه رئيسا للبرلمان الأفريقي، قال سليمان داود إن البرلمان سيدعم السلام.",
     "ELECTION", "سليمان داود"),
    ("وفي أول تصريح له بعد تعيينه وزيرا للداخلية، أكد اللواء كريم العامري أن الأمن مستتب.",
     "APPOINTMENT", "كريم العامري"),
    ("وعقب استقالتها من رئاسة الحزب، قالت ليلى المرزوقي إنها ستتفرغ للعمل النقابي.",
     "RESIGNATION", "ليلى المرزوقي"),
])
def test_a_pronoun_owner_named_after_the_opening_clause(run: Any, text: str, kind: str, who: str) -> None:
    found = _events(run, text, kind)
    assert found and who in found[0]


def test_a_person_named_in_the_opening_clause_is_not_the_owner(run: Any) -> None:
    text = "وعقب لقائه وفدا من حزب العمال، قال جميل الحسن إن الحوار مستمر."
    assert not _events(run, text, "ELECTION") and not _events(run, text, "APPOINTMENT")


def test_a_person_named_before_stays_the_owner(run: Any) -> None:
    text = "وكان عادل النمري قد تحدث، وعقب انتخابه رئيسا للنقابة، قال وليد السعدي إن النقابة موحدة."
    elected = _events(run, text, "ELECTION")
    assert not elected or "وليد السعدي" not in elected[0]


@pytest.mark.parametrize("text,who", [
    ("اختتم المجلس المركزي الفلسطيني أعمال دورته الثلاثين في رام الله أمس.", "المجلس المركزي الفلسطيني"),
    ("وافتتح المجلس الوطني السوري دورته العادية في إسطنبول.", "المجلس الوطني السوري"),
    ("والتأمت اللجنة التنفيذية لمنظمة التحرير الفلسطينية أمس برئاسة محمود عباس.", "محمود عباس"),
    ("التأم المجلس الوطني السوري في إسطنبول لمناقشة الأوضاع.", "المجلس الوطني السوري"),
])
def test_a_body_session_held(run: Any, text: str, who: str) -> None:
    met = _events(run, text, "MEETING")
    assert met and who in met[0]


def test_a_round_named_before_the_verb_is_no_session(run: Any) -> None:
    text = "وتجري الانتخابات البلدية في دورتها الثالثة التي تنظمها الوزارة في ظروف صعبة."
    assert not _events(run, text, "MEETING")


@pytest.mark.parametrize("text,out,kept", [
    ("وأقال عبد الرزاق الأسبوع الماضي نائب رئيس الوزراء محيي الدين ياسين وشخصيات أخرى.",
     "عبد الرزاق", "محيي الدين ياسين"),
    ("وعزل هادي أمس محافظ عدن عيدروس الزبيدي من منصبه.", "هادي", "عيدروس الزبيدي"),
])
def test_a_bare_subject_before_a_titled_object_is_not_dismissed(run: Any, text: str, out: str, kept: str) -> None:
    dismissed = [p for ps in _events(run, text, "DISMISSAL") for p in ps]
    assert kept in dismissed and out not in dismissed


def test_a_passive_dismissal_keeps_its_person(run: Any) -> None:
    dismissed = [p for ps in _events(run, "وأقيل محيي الدين ياسين نائب رئيس الوزراء من منصبه.", "DISMISSAL")
                 for p in ps]
    assert "محيي الدين ياسين" in dismissed


@pytest.mark.parametrize("text,who", [
    ("وقال وزير العدل إن رئاسة لجنة التحقيق أوكلت إلى سامي العريض.", "سامي العريض"),
    ("وأوكل المجلس الرئاسي رئاسة الحكومة إلى عبد الحميد الدبيبة.", "عبد الحميد الدبيبة"),
])
def test_a_post_entrusted_is_an_appointment(run: Any, text: str, who: str) -> None:
    appointed = _events(run, text, "APPOINTMENT")
    assert appointed and who in appointed[0]


def test_a_task_entrusted_is_no_appointment(run: Any) -> None:
    assert not _events(run, "وأوكلت الحكومة مهمة التحقيق إلى سامي العريض.", "APPOINTMENT")


@pytest.mark.parametrize("text", [
    "ويتوقع تعيين الدكتور فراس الحمدان سفيرا لدى تونس خلال أيام.",
    "ومن المرجح انتخاب المهندس نزار الطويل نقيبا للمهندسين في الجولة الثانية.",
])
def test_an_expected_appointment_with_an_honorific_is_none(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type in ("APPOINTMENT", "ELECTION")]


@pytest.mark.parametrize("text,who", [
    ("ورفض المكتب السياسي استقالة الأمين العام للحزب نبيل بن عبد الله.", "نبيل بن عبد الله"),
    ("ورفض الرئيس اللبناني استقالة رئيس الحكومة سعد الحريري.", "سعد الحريري"),
])
def test_a_refused_resignation_is_told(run: Any, text: str, who: str) -> None:
    resigned = _events(run, text, "RESIGNATION")
    assert resigned and who in resigned[0]


def test_refusing_to_resign_names_no_one(run: Any) -> None:
    assert not _events(run, "ويرفض الوزير الاستقالة رغم الضغوط.", "RESIGNATION")
