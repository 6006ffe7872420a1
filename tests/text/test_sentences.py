"""Sentences end at final punctuation and line breaks, not at abbreviations."""

from __future__ import annotations

import pytest

from sijill.text.sentences import split_sentences
from sijill.text.tokens import tokenize


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى د. محمد بالوفد. ثم غادر.", ["التقى د. محمد بالوفد.", "ثم غادر."]),
        ('وقال "نعم." ثم سكت', ['وقال "نعم."', "ثم سكت"]),
        ("هل حضر؟ نعم! حضر", ["هل حضر؟", "نعم!", "حضر"]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("1. البند الأول\n2. البند الثاني", ["1. البند الأول", "2. البند الثاني"]),
        ("بلغت النسبة 3.5 بالمئة.", ["بلغت النسبة 3.5 بالمئة."]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
