"""The name after an appointment or election trigger is the trigger's object, not the holder of
the title before it; sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str]]:
    return {(p.person.name, p.role) for p in doc.claims["positions"]}


@pytest.mark.parametrize(("text", "holder", "other"), [
    (("وافق أعضاء الاتحاد الأردني لكرة السلة في اجتماعهم برئاسة سامي الخطيب رئيس الاتحاد "
      "على تعيين الأمريكي جون بارتلي مدرباً للمنتخب."), "سامي الخطيب", "جون بارتلي"),
    (("وصادق مجلس نقابة الصحفيين التونسيين بحضور منير الهمامي رئيس النقابة "
      "على انتخاب الزميلة سلمى بن علي كاتبة عامة."), "منير الهمامي", "سلمى بن علي"),
])
def test_a_title_does_not_reach_past_a_trigger_to_its_object(run: Any, text: str, holder: str,
                                                            other: str) -> None:
    held = _held(run(text))
    assert any(p == holder and r.startswith("رئيس") for p, r in held)
    assert not any(p == other and r.startswith("رئيس") for p, r in held)
