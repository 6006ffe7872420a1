"""A new body's line-up told with its people and their posts (Emirati, Moroccan and Iraqi shapes,
in sentences written for these tests): each person given a post there is appointed; a team's
line-up, which gives no posts, appoints no one."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _appointed(doc: Doc) -> set[str]:
    return {p.name for e in doc.claims["events"] if e.type == "APPOINTMENT"
            for p in e.participants if p.type == "PERSON"}


@pytest.mark.parametrize(("text", "people"), [
    # A formation noun with an adjective of newness, then people with accusative posts.
    (("وجاء التشكيل الجديد لمجلس إدارة نادي الوحدة الإماراتي على النحو التالي: سعيد المهيري "
     "رئيساً وخالد الظاهري نائباً وعمر الكعبي أميناً للصندوق."),
     {"سعيد المهيري", "خالد الظاهري", "عمر الكعبي"}),
    # A composition verb then a formation noun, each post before its holder.
    (("اعتمدت وزارة الشباب المغربية مكتب الجامعة الجديد. ويضم تشكيل المكتب الجديد نائب الرئيس، "
     "يوسف بنعلي، والأمين العام، كريم الإدريسي، وأمين المال، حميد العلوي."),
     {"يوسف بنعلي", "كريم الإدريسي"}),
    # A composition told as done: its chair and its members.
    (("أصدر وزير الداخلية العراقي قراراً بتشكيل لجنة للتحقيق. وتكونت اللجنة برئاسة وكيل الوزارة "
     "اللواء حسين العوادي، وعضوية: مدير الشرطة اللواء علي الزيدي، والعميد سعد الجبوري (مدير الاستخبارات)."),
     {"حسين العوادي", "علي الزيدي", "سعد الجبوري"}),
])
def test_a_line_up_appoints_its_people(run: Any, text: str, people: set[str]) -> None:
    assert people <= _appointed(run(text, published="2023-05-14"))


def test_a_line_up_takes_the_body_of_each_post(run: Any) -> None:
    doc = run("وجاء التشكيل الجديد لمجلس إدارة نادي الوحدة الإماراتي على النحو التالي: سعيد المهيري "
              "رئيساً وخالد الظاهري نائباً.", published="2023-05-14")
    events = [e for e in doc.claims["events"] if e.type == "APPOINTMENT"]
    assert len(events) == 2
    assert all("نادي الوحدة الإماراتي" in {p.name for p in e.participants} for e in events)


@pytest.mark.parametrize("text", [
    # A team's line-up names players, no posts.
    "وجاء تشكيل الفريق على النحو التالي: محمد العويس وياسر الشهراني وعلي البليهي وسالم الدوسري.",
    # A body's standing composition, with no formation told: no one is appointed by it.
    "ويضم مجلس إدارة الغرفة رئيس الغرفة سامي الحسيني ونائبه أحمد الدباغ.",
])
def test_no_line_up_no_appointment(run: Any, text: str) -> None:
    assert not _appointed(run(text, published="2023-05-14"))
