"""Meetings news tells as coming or through their minutes (Lebanese, Sudanese, Kuwaiti, Moroccan
and Egyptian shapes, in sentences written for these tests): a future meeting verb reports a
meeting with its sides, as a past one does; a meeting whose minutes a body approved was held;
teams that play each other do not meet."""

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


def test_the_minutes_of_a_meeting_report_it(run: Any) -> None:
    doc = run("واعتمدت الهيئة العامة للرياضة في الكويت مجلس إدارة نادي القادسية بعد الاطلاع على محضر "
              "اجتماع الجمعية العمومية للنادي المنعقد يوم الأربعاء.", published="2023-05-14")
    meetings = [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == "MEETING"]
    assert len(meetings) == 1 and "الجمعية العمومية" in meetings[0]


@pytest.mark.parametrize("text", [
    "وسيلتقي نادي الوداد المغربي بعد ذلك مع الأهلي المصري ودياً في القاهرة.",
    "ويلتقي نادي الزمالك مع نادي بيراميدز في نهائي كأس مصر يوم الجمعة.",
])
def test_teams_that_play_do_not_meet(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "MEETING"]
