"""Mentions the model tags that name nothing: formulas, currencies, months, nationalities.

The annotation counts no nationality or adjective (سوري، أرجنتيني، الأكراد as a people) and no
date as an entity; ``lang/ar/not_names.json`` lists formulas and currencies, ``months.json`` the
month names, and a word with a masculine nisba ending (-ي، -يون، -يين، -يان) tagged as a place or
organisation is a nationality unless the place gazetteer knows it (دبي، مالي).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sijill.lang import load_json
from sijill.names.ner.normalize import normalize
from sijill.text.normalize import match_key

_NISBA = ("ي", "يون", "يين", "يان")
#: Place-gazetteer score (0-1) from which a nisba-shaped word is a place (دبي، نيروبي).
_PLACE = 0.5


@dataclass(frozen=True)
class NotNames:
    """Matching keys of whole mentions and of first words that are never names."""

    phrases: frozenset[str]
    first_words: frozenset[str]


@lru_cache(maxsize=4)
def not_names(lang: str = "ar") -> NotNames:
    """The lists of ``lang``, loaded once."""
    data = load_json("not_names.json", lang)
    months = load_json("months.json", lang)["locales"]
    month_names = {name for locale in months.values() for names in locale.values() for name in names}
    return NotNames(
        phrases=frozenset(_key(p) for p in [*data["phrases"], *month_names]),
        first_words=frozenset(match_key(w) for w in data["first_words"]),
    )


def _key(text: str) -> str:
    return " ".join(match_key(text).split())


def is_listed(text: str, lists: NotNames | None = None) -> bool:
    """Whether a text is a listed formula or common thing (التيار الكهربائي) or opens with a
    currency: for organisation phrases found by shape, whose heads the nisba test would
    misread (النادي الأهلي)."""
    lists = lists or not_names()
    words = _key(text).split()
    return not words or " ".join(words) in lists.phrases or words[0] in lists.first_words


def names_nothing(text: str, label: str, places: Mapping[str, float], lists: NotNames | None = None) -> bool:
    """Whether a mention's text (a model's PERSON, ORG or LOC) names nothing."""
    lists = lists or not_names()
    key = _key(text)
    words = key.split()
    if not words or key in lists.phrases or words[0] in lists.first_words:
        return True
    if label in ("ORG", "LOC") and len(words) <= 2 and all(_nisba(w, label) for w in words):
        return max(places.get(normalize(w), 0.0) for w in text.split()) < _PLACE
    return False


def _nisba(key: str, label: str) -> bool:
    """A nationality-shaped word; an indefinite -ي names places too (كوباني), so a place
    needs the article or a plural ending (الكونغولي، باكستانيون)."""
    if len(key) <= 3 or not key.endswith(_NISBA):
        return False
    return label == "ORG" or key.startswith("ال") or not key.endswith("ي")
