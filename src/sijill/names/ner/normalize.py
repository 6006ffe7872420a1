"""Arabic orthographic normalisation and light clitic stripping for NER features."""

from __future__ import annotations

import re
from functools import lru_cache

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TABLE = str.maketrans(
    {
        "\u0622": "\u0627",  # آ -> ا
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0649": "\u064a",  # ى -> ي
        "\u0629": "\u0647",  # ة -> ه
        "\u06cc": "\u064a",  # Persian yeh -> ي
        "\u06a9": "\u0643",  # keheh -> ك
        "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3", "\u0664": "4",
        "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8", "\u0669": "9",
    }
)
_TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_DIGITS = re.compile(r"[0-9]")
_PREFIXES = ("وبال", "وكال", "وفال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_SINGLE = ("و", "ف", "ب", "ل", "ك")


#: Distinct words whose normalised form is remembered: the NER features, the names stages and
#: the people tables normalise the same words again and again, document after document.
_NORMALIZED_MAX = 1 << 16  # about 18 MB when full


@lru_cache(maxsize=_NORMALIZED_MAX)
def normalize(token: str) -> str:
    """Return the normalised form: no diacritics/tatweel, unified alef, ى->ي, ة->ه, digits->0."""
    return token.translate(_ONE_PASS).lower()


#: ``_DIACRITICS`` removed, ``_TABLE`` applied and every digit written 0, in one translate (the
#: three passes did the same: none writes a character that a later one changes).
_ONE_PASS: dict[int, str | int | None] = {
    **_TABLE, **{ord(d): "0" for d in "0123456789"}, **dict.fromkeys(range(0x660, 0x66A), "0"),
    **dict.fromkeys([*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE),
                     0x640])}


def strip_clitics(norm: str) -> str:
    """Strip a leading conjunction/preposition and article from a normalised token."""
    if norm.startswith(_PREFIXES):  # one C call rules out most words before the loop
        for pre in _PREFIXES:
            if norm.startswith(pre) and len(norm) - len(pre) >= 2:
                return norm[len(pre):]
    if len(norm) >= 4 and norm[0] in _SINGLE:
        return norm[1:]
    return norm


def prefix_of(norm: str) -> str:
    """Return the leading clitic string that strip_clitics removes ('' if none)."""
    stem = strip_clitics(norm)
    return norm[: len(norm) - len(stem)]


def tokenize(text: str) -> list[str]:
    """Split raw text into word and punctuation tokens (ANERcorp-style, clitics attached)."""
    return _TOKEN_RE.findall(text)
