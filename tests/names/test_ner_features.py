"""The NER features' fast paths give what the general rules give."""

from __future__ import annotations

import pytest

from sijill.names.ner.features import PREFIXES, SHAPES, FeatureSpace, shape_of
from sijill.names.ner.normalize import normalize, prefix_of, strip_clitics


@pytest.mark.parametrize(("token", "shape"), [
    ("الرياض", "arabic"),
    ("ﻻ", "arabic"),  # a presentation form
    ("٢٠١٥", "arabic"),  # Arabic-Indic digits lie in the Arabic block
    ("2015", "digit"),
    ("1,5", "digit"),
    ("Reuters", "latin_cap"),
    ("news", "latin_lower"),
    ("الرياض2", "mixed"),
    ("«", "punct"),
    ("", "other"),
    ("東京", "other"),
])
def test_shape(token: str, shape: str) -> None:
    assert SHAPES[shape_of(token)] == shape


@pytest.mark.parametrize(("word", "stem"), [
    ("وبالرياض", "رياض"),
    ("للحزب", "حزب"),
    ("الحزب", "حزب"),
    ("ال", "ال"),  # an article with nothing after it stays
    ("والي", "الي"),  # وال would leave one letter: only the و goes
    ("وزير", "زير"),
    ("وزر", "وزر"),
    ("محمد", "محمد"),
])
def test_strip_clitics(word: str, stem: str) -> None:
    assert strip_clitics(word) == stem
    assert prefix_of(word) + stem == word


def test_normalize_is_remembered_and_unchanged() -> None:
    """A cached normal form is the same string the rules make."""
    assert normalize("إِسْرائيل") == "اسرائيل"
    assert normalize("إِسْرائيل") == "اسرائيل"
    assert normalize("مدرسة٣") == "مدرسه3".replace("3", "0")


def test_token_prefix_id_is_the_stripped_clitic() -> None:
    """The prefix feature is the index of the clitics strip_clitics removes."""
    space = FeatureSpace(emb_words={}, train_words={}, chars={})
    for word in ("وبالرياض", "للحزب", "فقال", "محمد", "ولل"):
        assert space.token_ids(word)[4] == PREFIXES.index(prefix_of(normalize(word)))


def test_normalize_in_one_pass_equals_the_three_passes() -> None:
    # normalize folds in one translate; the reference is the three passes it replaced, over
    # every character of the Basic Multilingual Plane (surrogates left out).
    import re

    from sijill.names.ner import normalize as nm

    def three_passes(token: str) -> str:
        out = nm._DIACRITICS.sub("", token).translate(nm._TABLE)
        return re.sub("[0-9]", "0", out).lower()

    every = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000)
    assert nm.normalize(every) == three_passes(every)
    assert nm.normalize("وَالرئيسُ ٢٠١٥ Ali") == "والرئيس 0000 ali"
