"""Meetings news tells as coming, and press conferences (Lebanese, Sudanese, Moroccan and Egyptian
shapes, in sentences written for these tests): a future meeting verb reports a meeting with its
sides, as a past one does; a press conference is a statement, no meeting."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "sides"), [
    ("وقال مصدر نيابي إن رئيس مجلس النواب اللبناني نبيه بري سيلتقي غداً قائد الجيش جوزيف عون.",
     {"نبيه بري", "جوزيف عون"}),
    ("وأعلن المتحدث أن مجلس السيادة السوداني سيجتمع بعد ظهر الأحد في الخرطوم لبحث الأوضاع.",
     {"مجلس السيادة السوداني"}),
])
def test_a_meeting_told_as_coming_is_a_meeting(run: Any, text: str, sides: set[str]) -> None:
    doc = run(text, published="2023-05-14")
    meetings = [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == "MEETING"]
    assert len(meetings) == 1 and sides <= meetings[0]


def test_a_denied_coming_meeting_is_none(run: Any) -> None:
    doc = run("ونفى المكتب الإعلامي أن يكون رئيس الحكومة اللبنانية نجيب ميقاتي سيلتقي السفير السوري.",
              published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "MEETING"]


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية المغربي ناصر بوريطة في مؤتمر صحفي عقده أمس بالرباط إن المفاوضات متواصلة.",
    "وعقد المتحدث باسم وزارة الصحة المصرية حسام عبد الغفار مؤتمراً صحافياً في القاهرة أمس.",
])
def test_a_press_conference_is_no_meeting(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "MEETING"]


def test_a_conference_of_a_body_stays_a_meeting(run: Any) -> None:
    doc = run("وعقد حزب الاستقلال المغربي أمس مؤتمره العام في الرباط بحضور نزار بركة.",
              published="2023-05-14")
    assert [e for e in doc.claims["events"] if e.type == "MEETING"]
