"""Tokens with character offsets, each knowing its proclitics and article."""

from __future__ import annotations

import re
from functools import lru_cache

from sijill.doc import Token
from sijill.lang import load_json

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

_TOKEN = re.compile(
    rf"(?P<number>[{_DIGIT}]+(?:[.,٫٬][{_DIGIT}]+)*)"
    rf"|(?P<arabic>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    r"|(?P<latin>[^\W\d_]+(?:['’&.-][^\W\d_]+)*)"
    r"|(?P<punct>\.{2,}|[^\w\s])"
    r"|(?P<other>[^\s])",
)


class _Clitics:
    """The proclitic inventory of ``lang/ar/clitics.json``."""

    def __init__(self) -> None:
        data = load_json("clitics.json")
        self.conj = frozenset(data["conjunctions"])
        self.prep = frozenset(data["prepositions"])
        self.article: str = data["article"]
        self.lam_article: str = data["lam_article"]
        self.min_stem = int(data["min_stem"])
        self.min_bare = int(data["min_stem_without_article"])


@lru_cache(maxsize=1)
def _clitics() -> _Clitics:
    return _Clitics()


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[str, bool, int, str]:
    """Split an Arabic word into (certain proclitics, article?, stem offset, possible proclitics)."""
    c = _clitics()
    w = word.replace("\u0640", "") if "\u0640" in word else word
    if w != word:
        # A tatweel-detached clitic (لـ) stands alone; offsets below assume no tatweel.
        return ((w, False, len(word), "") if len(w) == 1 and (w in c.prep or w in c.conj)
                else ("", False, 0, ""))
    i = 0
    if len(w) > 1 and w[0] in c.conj:
        i = 1
    for j in (i, 0) if i else (0,):
        rest = w[j:]
        if rest.startswith(c.lam_article) and len(rest) - 2 >= c.min_stem:
            return w[: j + 1], True, j + 2, ""
        if rest.startswith(c.article) and len(rest) - 2 >= c.min_stem:
            return w[:j], True, j + 2, ""
        if len(rest) > 1 and rest[0] in c.prep:
            after = rest[1:]
            if after.startswith(c.article) and len(after) - 2 >= c.min_stem:
                return w[: j + 1], True, j + 3, ""
    maybe = ""
    k = 0
    if len(w) > 1 and w[0] in c.conj:
        k = 1
    if len(w) > k + 1 and w[k] in c.prep:
        k += 1
    while k and len(w) - k < c.min_bare:
        k -= 1
    if k:
        maybe = w[:k]
    return "", False, 0, maybe


def tokenize(text: str) -> list[Token]:
    """Tokens of a cleaned text; Arabic words carry their proclitic analysis."""
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        start, end = m.span()
        if kind == "arabic":
            procl, article, stem, maybe = analyse(m.group())
            if procl and not article and stem == end - start:
                append(Token(start, end, "clitic", procl, False, end, ""))
            else:
                append(Token(start, end, "word", procl, article, start + stem, maybe))
        else:
            append(Token(start, end, kind))
    return tokens
