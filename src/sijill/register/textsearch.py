"""Search keys: one per word, the same on the indexing and the query side.

A word's key drops its certain proclitics and the article and folds spelling (hamza seats,
alef forms, ya, ta marbuta, diacritics, digits), so ``الائتلاف`` finds ``للائتلاف`` and
``المؤقتة`` finds ``الموقتة``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sijill.text.normalize import match_key
from sijill.text.tokens import analyse

_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+|[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


@lru_cache(maxsize=262144)  # a text's words repeat: storing asks for each one
def word_key(word: str) -> str:
    """The search key of one word."""
    if _ARABIC.match(word):
        _, _, stem, _ = analyse(word)
        if stem and len(word) - stem >= 2:
            word = word[stem:]
        return match_key(word)
    return word.lower()


def search_keys(text: str) -> list[str]:
    """The search keys of a text's words, in order."""
    return [k for k in (word_key(m.group()) for m in _WORD.finditer(text)) if k]


def index_body(text: str) -> str:
    """What the search index stores for a document's text."""
    return " ".join(search_keys(text))
