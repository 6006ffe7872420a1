"""Matching keys: small pure ``str -> str`` normalisers, one job each, chained explicitly.

They are for comparison only and never change ``Doc.text``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_YA = str.maketrans({"ى": "ي"})
_TA_MARBUTA = str.maketrans({"ة": "ه"})
_HAMZA_SEATS = str.maketrans({"ؤ": "و", "ئ": "ي"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def strip_diacritics(s: str) -> str:
    """Remove harakat, tanween, shadda, sukun and Quranic marks."""
    return _DIACRITICS.sub("", s)


def strip_tatweel(s: str) -> str:
    """Remove tatweel (kashida)."""
    return s.replace("\u0640", "")


def fold_alef(s: str) -> str:
    """Write every hamza-carrying or madda alef as bare alef."""
    return s.translate(_ALEF)


def fold_ya(s: str) -> str:
    """Write alef maqsura as ya."""
    return s.translate(_YA)


def fold_ta_marbuta(s: str) -> str:
    """Write ta marbuta as ha."""
    return s.translate(_TA_MARBUTA)


def fold_hamza_seats(s: str) -> str:
    """Write hamza on waw or ya as the bare letter."""
    return s.translate(_HAMZA_SEATS)


def fold_digits(s: str) -> str:
    """Write Arabic-Indic and Persian digits as ASCII digits (one character each)."""
    return s.translate(_DIGITS)


@lru_cache(maxsize=1 << 17)
def match_key(s: str) -> str:
    """The key two spellings of one word share: all normalisers above, in order."""
    # Cached: the claim stages ask for the same few thousand words' keys hundreds of
    # thousands of times per hundred articles.
    # One translate with the folds' tables joined, not five: no fold writes a letter that a
    # later one folds, so the order does not matter (a new word costs a fifth as much).
    return strip_diacritics(s).translate(_MATCH)


_MATCH: dict[int, str | int | None] = {**_ALEF, **_YA, **_TA_MARBUTA, **_HAMZA_SEATS, **_DIGITS,
                                       0x640: None}

_SEARCH: dict[int, str | int | None] = {**_ALEF, **_YA, **_DIGITS}
#: ``_SEARCH`` as (letter, replacement) pairs: no replacement is itself replaced.
_SEARCH_PAIRS = tuple((chr(k), v if isinstance(v, str) else chr(v))
                      for k, v in _SEARCH.items() if v is not None)


def search_view(s: str) -> str:
    """A same-length view for pattern search: alef, ya and digits folded, offsets unchanged."""
    # A replace per letter, not ``str.translate``: translate looks every character of a non-ASCII
    # text up in its table (about 1 ms for a 2,400-character article, and stages take a view of
    # the whole text four times), a replace scans in C and returns the text itself when the
    # letter is absent (about 20 us).
    for letter, folded in _SEARCH_PAIRS:
        if letter in s:
            s = s.replace(letter, folded)
    return s
