"""Event cues of outlets beyond the dev set: the end of someone's duties (إنهاء مهام), election by
acclamation (زكّت الجمعية العمومية), a term extended (تمديد ولاية، تأجيل تسريح), a new body led
by someone (بقيادة), and two meetings of one host on one day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _events(doc: Doc, kind: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == kind]


@pytest.mark.parametrize(("text", "kind", "who"), [
    ("قرر العاهل المغربي إنهاء مهام والي جهة طنجة محمد اليعقوبي وتعيين خلف له.",
     "DISMISSAL", "محمد اليعقوبي"),
    ("وأنهى الرئيس التونسي مهام وزير الداخلية توفيق شرف الدين وكلف رئيسة الحكومة بالوزارة.",
     "DISMISSAL", "توفيق شرف الدين"),
    ("زكت الجمعية العمومية لنادي الوحدات الأردني سامي الطراونة رئيسا للنادي لأربع سنوات.",
     "ELECTION", "سامي الطراونة"),
    # A term extended or a discharge postponed keeps someone in post.
    ("أقرت وزارة الدفاع اللبنانية اليوم تمديد ولاية قائد الجيش العماد جوزيف عون لمدة عام.",
     "APPOINTMENT", "جوزيف عون"),
    ("وقع وزير الدفاع قرار تأجيل تسريح رئيس الأركان اللواء حاتم ملاك.", "APPOINTMENT", "حاتم ملاك"),
    # A new body led by someone: its leader is appointed.
    ("أعلن المجلس الرئاسي الليبي تشكيل هيئة عليا للمصالحة الوطنية بقيادة الدكتور محمد الورفلي.",
     "APPOINTMENT", "محمد الورفلي"),
])
def test_an_event_cue(run, text: str, kind: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert any(who in names for names in _events(run(text, "2020-03-02"), kind))


@pytest.mark.parametrize("text", [
    "وأنهى الوفد الأممي مهامه في عدن بعد زيارة استمرت ثلاثة أيام.",
    "وأكد الدكتور زكي الحسن أن الجمعية العمومية ستنعقد الشهر المقبل.",
])
def test_no_event(run, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text, "2020-03-02")
    assert not _events(doc, "DISMISSAL") and not _events(doc, "ELECTION")


def test_a_host_meeting_two_guests_in_one_day_holds_two_meetings(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("استقبل الرئيس العراقي برهم صالح في بغداد اليوم وزير الخارجية الفرنسي جان إيف لودريان. "
              "كما استقبل الرئيس العراقي برهم صالح اليوم وزير الخارجية الإيراني محمد جواد ظريف.",
              "2020-03-02")
    meetings = _events(doc, "MEETING")
    assert any("جان إيف لودريان" in m and "محمد جواد ظريف" not in m for m in meetings), meetings
    assert any("محمد جواد ظريف" in m and "جان إيف لودريان" not in m for m in meetings), meetings


def test_one_meeting_told_twice_stays_one(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى وزير الخارجية المصري سامح شكري اليوم في القاهرة نظيره الأردني أيمن الصفدي. "
              "وبحث شكري والصفدي خلال اللقاء العلاقات الثنائية.", "2020-03-02")
    assert len(_events(doc, "MEETING")) == 1


@pytest.mark.parametrize(("text", "meeting"), [
    # وزارته is his ministry, not و+زارته (she visited him).
    ("وأعفى الملك وزير الزراعة سامي النعيمي وألحق وزارته بوزارة البيئة التي يقودها فهد العتيبي.",
     False),
    ("وزار وزير الخارجية الأردني أيمن الصفدي بغداد اليوم والتقى نظيره فؤاد حسين.", True),
])
def test_a_ministry_with_its_pronoun_is_no_visit(run, text: str, meeting: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_events(run(text, "2020-03-02"), "MEETING")) is meeting
