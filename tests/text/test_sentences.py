"""Sentences end at final punctuation and line breaks, not at abbreviations."""

from __future__ import annotations

import pytest

from sijill.text.sentences import MAX_SENTENCE_TOKENS, split_sentences
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


def test_unpunctuated_text_is_cut_into_bounded_windows() -> None:
    words = ["اجتمع", "رئيس", "المجلس", "مع", "الوفد"] * 400  # 2,000 words, no punctuation
    text = " ".join(words)
    tokens = tokenize(text)
    spans = split_sentences(text, tokens)
    starts = [t.start for t in tokens]
    sizes = [starts.index(s.start) for s in spans[1:]] + [len(tokens)]
    assert [b - a for a, b in zip([0, *sizes[:-1]], sizes, strict=True)] == [
        MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 2000 - 2 * MAX_SENTENCE_TOKENS]
    # The windows tile the text: each starts where a token starts, right after the last one.
    assert spans[0].start == 0 and spans[-1].end == len(text)


def test_a_long_news_sentence_is_not_cut() -> None:
    text = " ".join(["عضو"] * (MAX_SENTENCE_TOKENS - 1)) + "."
    assert len(split_sentences(text, tokenize(text))) == 1
