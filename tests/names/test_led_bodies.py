"""Bodies named after the person who leads them (حكومة نجيب ميقاتي)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "body", "leader"), [
    ("وقررت حكومة نجيب ميقاتي تأجيل الانتخابات البلدية.", "حكومة نجيب ميقاتي", "نجيب ميقاتي"),
    ("وصادق البرلمان على منح الثقة لحكومة الحبيب الصيد أمس.", "حكومة الحبيب الصيد", "الحبيب الصيد"),
    ("وأعلنت حكومة عبد المالك سلال عن إجراءات جديدة.", "حكومة عبد المالك سلال", "عبد المالك سلال"),
    ("وتواجه حكومة حيدر العبادي ضغوطا متزايدة.", "حكومة حيدر العبادي", "حيدر العبادي"),
])
def test_a_government_named_after_its_leader_is_whole_and_the_leader_a_person(run, text: str, body: str, leader: str) -> None:  # type: ignore[no-untyped-def]
    found = {(e.type, e.name) for e in run(text).entities}
    assert ("ORG", body) in found
    assert ("PERSON", leader) in found


@pytest.mark.parametrize("text", [
    "وأعلنت حكومة الوفاق الوطني عن إجراءات جديدة.",
    "وقالت الحكومة الأردنية إن الأسعار ستنخفض.",
])
def test_a_government_named_otherwise_has_no_leader(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in run(text).entities if e.type == "PERSON"] == []


def test_a_leaders_government_is_the_states_government_the_text_names(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وعمل وزيرا في حكومة يوسف الشاهد. وقالت حكومة تونس إنها ستحقق، وأكدت الحكومة التونسية ذلك.")
    (body,) = [e for e in doc.entities if e.type == "ORG" and "حكومة" in e.name]
    assert body.name == "حكومة تونس"
    assert "حكومة يوسف الشاهد" in body.aliases
