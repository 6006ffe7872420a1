"""Tokens carry offsets and their proclitics."""

from __future__ import annotations

import pytest

from sijill.doc import Doc, OffsetMap
from sijill.text.tokens import tokenize


def _doc(text: str) -> Doc:
    return Doc("t", text, text, OffsetMap.identity(len(text)))


@pytest.mark.parametrize(
    ("word", "proclitics", "article", "bare"),
    [
        ("للائتلاف", "ل", True, "الائتلاف"),
        ("والائتلاف", "و", True, "الائتلاف"),
        ("وبالمجلس", "وب", True, "المجلس"),
        ("فالحكومة", "ف", True, "الحكومة"),
        ("كالعادة", "ك", True, "العادة"),
        ("ولللجنة", "ول", True, "اللجنة"),
        ("الهيئة", "", True, "الهيئة"),
        ("سوريا", "", False, "سوريا"),
    ],
)
def test_certain_proclitics(word: str, proclitics: str, article: bool, bare: str) -> None:
    doc = _doc(word)
    (tok,) = tokenize(doc.text)
    assert (tok.proclitics, tok.article, tok.bare(doc)) == (proclitics, article, bare)


@pytest.mark.parametrize(("word", "maybe"), [("وقال", "و"), ("وبحضور", "وب"), ("وليد", "و"), ("بدر", "")])
def test_possible_proclitics_are_only_candidates(word: str, maybe: str) -> None:
    doc = _doc(word)
    (tok,) = tokenize(doc.text)
    assert tok.maybe == maybe
    assert tok.bare(doc) == word


def test_detached_proclitic_with_tatweel_is_a_clitic_token() -> None:
    doc = _doc('قال لـ"إيلاف" إن')
    kinds = [(t.text(doc), t.kind, t.proclitics) for t in tokenize(doc.text)]
    assert kinds[1] == ("لـ", "clitic", "ل")
    assert kinds[3] == ("إيلاف", "word", "")


def test_offsets_cover_the_text() -> None:
    text = "انتُخب د. محمد بـ 62 صوتاً في ١٠/٦/٢٠٢٤، وقال: AT&T 3.5%"
    toks = tokenize(text)
    assert [text[t.start : t.end] for t in toks] == [
        "انتُخب", "د", ".", "محمد", "بـ", "62", "صوتاً", "في", "١٠", "/", "٦", "/", "٢٠٢٤", "،",
        "وقال", ":", "AT&T", "3.5", "%",
    ]
    assert [t.kind for t in toks][:6] == ["word", "word", "punct", "word", "clitic", "number"]


def test_very_long_text_without_punctuation() -> None:
    text = " ".join(["كلمة"] * 10_000)
    assert len(tokenize(text)) == 10_000
