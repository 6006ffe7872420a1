"""The name right after an active verb of appointment is its subject, not an appointee, when only
a comma parts it from the next name and a post in the accusative follows that one alone (Sudanese
and Iraqi shapes, in sentences written for these tests); a list of appointees stays whole."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _appointed(doc: Doc) -> set[str]:
    return {p.name for e in doc.claims["events"] if e.type == "APPOINTMENT"
            for p in e.participants if p.type == "PERSON"}


def test_the_subject_after_the_verb_is_not_appointed(run: Any) -> None:
    doc = run("وبموجب مرسوم صدر أمس، عين عبد الفتاح البرهان، الفريق ياسر العطا، قائداً للقوات البرية، "
              "واللواء عثمان حامد، مديراً للاستخبارات.", published="2023-05-14")
    appointed = _appointed(doc)
    assert "ياسر العطا" in appointed and "عبد الفتاح البرهان" not in appointed


@pytest.mark.parametrize(("text", "people"), [
    # No post after each name: all of them were appointed.
    ("عين مجلس محافظة البصرة حسن الأسدي، وعلي التميمي، وكريم الساعدي أعضاء في لجنة الخدمات.",
     {"حسن الأسدي", "علي التميمي", "كريم الساعدي"}),
    # The first name has its own post: it is an appointee too.
    ("عين رئيس الوزراء العراقي عبد الأمير الشمري وزيراً للداخلية، وثابت العباسي وزيراً للدفاع.",
     {"عبد الأمير الشمري", "ثابت العباسي"}),
])
def test_a_list_of_appointees_stays_whole(run: Any, text: str, people: set[str]) -> None:
    assert people <= _appointed(run(text, published="2023-05-14"))
