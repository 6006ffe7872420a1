"""Cleaning keeps a map from every cleaned character back to the raw text."""

from __future__ import annotations

import pytest

from sijill.text.clean import clean


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("أكد&رئيس الهيئة", "أكد رئيس الهيئة"),
        ("السطر الأول.\n&\n&\nالسطر الثاني", "السطر الأول.\n\nالسطر الثاني"),
        ("قال &quot;نعم&quot; &amp; ذهب", 'قال "نعم" & ذهب'),
        ("الهيئة\u200f السورية\u200b\u200e", "الهيئة السورية"),
        ("كـبـيـر جداً", "كبير جداً"),
        ('قال لـ"إيلاف" إن', 'قال لـ"إيلاف" إن'),
        ("فاز بـ 62 صوتاً", "فاز بـ 62 صوتاً"),
        ("نعم ، قال : لا .", "نعم، قال: لا."),
        ("  كلمتان   بينهما  مسافات  \r\n", "كلمتان بينهما مسافات"),
        ("ﻷن الوفد", "لأن الوفد"),
        ("شركة AT&T الأمريكية", "شركة AT&T الأمريكية"),
        ("عام ٢٠٢٤ و2023", "عام ٢٠٢٤ و2023"),
        ("أ\n\n\n\n\nب", "أ\n\nب"),
        ("", ""),
    ],
)
def test_clean_text(raw: str, cleaned: str) -> None:
    assert clean(raw)[0] == cleaned


@pytest.mark.parametrize(
    "raw",
    ["أكد&رئيس الهيئة\n&\nقال &quot;نعم&quot;", "  ﻷن\u200f  الوفد ، وصل\r\n", "كـبـيـر"],
)
def test_every_cleaned_character_maps_back_to_the_same_character_or_its_source(raw: str) -> None:
    text, offsets = clean(raw)
    assert len(offsets) == len(text) + 1
    for i, ch in enumerate(text):
        start, end = offsets.to_raw(i, i + 1)
        source = raw[start:end]
        assert ch == source or ch == " " or source.startswith("&") or "\ufb50" <= source <= "\ufefc"


def test_span_maps_back_to_raw_evidence() -> None:
    raw = "أكد&رئيس المكتب  التنفيذي &quot;للتجمع&quot;"
    text, offsets = clean(raw)
    start = text.index("المكتب")
    end = text.index("للتجمع") + len("للتجمع")
    raw_start, raw_end = offsets.to_raw(start, end)
    assert raw[raw_start:raw_end] == "المكتب  التنفيذي &quot;للتجمع"


@pytest.mark.parametrize("seed", range(20))
def test_offset_map_on_random_debris(seed: int) -> None:
    import random

    rng = random.Random(seed)
    parts = ["الهيئة", " ", "&", "&quot;", "\u200f", "ـ", "\n", "\n\n\n", " ،", "ﻷ", "2024", "\r\n",
             "  ", "قال", "&amp;", "\t", "لـ"]
    raw = "".join(rng.choice(parts) for _ in range(60))
    text, offsets = clean(raw)
    assert len(offsets) == len(text) + 1
    previous = -1
    for i, ch in enumerate(text):
        at = offsets[i]
        assert at >= previous  # the map never runs backwards
        previous = at
        if "\u0621" <= ch <= "\u064a" and ch not in "لأ":
            assert raw[at] == ch
    start, end = offsets.to_raw(0, len(text))
    assert raw[start:end].strip() == raw[start:end] or not text
