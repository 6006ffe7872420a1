"""Parties and blocs named in brackets after their member, on sentences written here."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _names(doc: Doc, kind: str) -> list[str]:
    return [e.name for e in doc.entities if e.type == kind]


@pytest.mark.parametrize(("text", "party"), [
    ("ويتنافس على المقعد سمير جعجع (القوات اللبنانية) ووليد جنبلاط (التقدمي الاشتراكي).",
     "القوات اللبنانية"),
    ("ويتنافس على المقعد سمير جعجع (القوات اللبنانية) ووليد جنبلاط (التقدمي الاشتراكي).",
     "التقدمي الاشتراكي"),
    ("وقال النائب أحمد الخطيب (الجمهورية) إن الكتلة ترفض القانون.", "الجمهورية"),
    # a word for a party with its leader's pronoun before the bracket
    ("ونقلت قناة تابعة لحركته (النهضة) تصريحاته أمس.", "النهضة"),
])
def test_a_bracket_after_a_member_names_his_party(run, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert party in _names(run(text), "ORG")


@pytest.mark.parametrize(("text", "bracketed"), [
    ("وقال فرانسوا كارار (77 عاما) إن اللجنة ستجتمع.", "77 عاما"),
    ("وأضاف محمد الأحمد (رئيس اللجنة) أن القرار نهائي.", "رئيس اللجنة"),
    ("وقال بهاء الحسن (القيادي في الحزب) إن القرار نهائي.", "القيادي في الحزب"),
    ("وقال محمود عباس (أبو مازن) إن السلطة ملتزمة.", "أبو مازن"),
    ("وأيده فاروق القدومي (الشيعي) في ذلك.", "الشيعي"),
    ("وأيدته سلمى حسن (السورية) في ذلك.", "السورية"),
    ("وقال خالد عمر (خبير قانوني) إن القرار باطل.", "خبير قانوني"),
])
def test_a_bracket_that_names_no_party(run, text: str, bracketed: str) -> None:  # type: ignore[no-untyped-def]
    assert bracketed not in _names(run(text), "ORG")
