"""Sentence spans from tokens: final punctuation and line breaks end a sentence, abbreviations don't."""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Span, Token
from sijill.lang import load_lines

_FINAL = frozenset({".", "!", "?", "؟", "…", "...", "....", "....."})
_CLOSING = frozenset({'"', "'", "»", "”", "’", ")", "]"})
#: A text without punctuation or line breaks (a forum dump, a scanned report) is cut into
#: sentences of at most this many tokens, so that every per-sentence step of the later stages
#: works on a bounded window and a document costs time linear in its length. The longest
#: sentence of the 30,676 SaudiNewsNet articles has 691 tokens: news is never cut.
MAX_SENTENCE_TOKENS = 800


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.rstrip(".").split(".")[-1] for a in load_lines("abbreviations.txt"))


def split_sentences(text: str, tokens: list[Token]) -> list[Span]:
    """Sentence spans over ``tokens``, each from its first token's start to its last token's end."""
    abbreviations = _abbreviations()
    sentences: list[Span] = []
    first = 0
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        end_here = False
        if i + 1 < n and "\n" in text[tok.end : tokens[i + 1].start]:
            end_here = True
        elif text[tok.start : tok.end] in _FINAL:
            prev = tokens[i - 1] if i > first else None
            prev_text = text[prev.start : prev.end] if prev else ""
            glued = prev is not None and prev.end == tok.start
            # "د." and single letters before a dot are abbreviations; "1." at a line's start is
            # a list marker, not a sentence.
            if text[tok.start : tok.end] == "." and glued and (
                prev_text in abbreviations
                or (len(prev_text) == 1 and prev_text.isalpha())
                or (prev is not None and prev.kind == "number" and i - 1 == first)
            ):
                end_here = False
            else:
                while i + 1 < n and text[tokens[i + 1].start : tokens[i + 1].end] in _CLOSING \
                        and tokens[i + 1].start == tokens[i].end:
                    i += 1
                end_here = True
        if end_here or i == n - 1 or i + 1 - first >= MAX_SENTENCE_TOKENS:
            sentences.append(Span(tokens[first].start, tokens[i].end, "SENTENCE"))
            first = i + 1
        i += 1
    return sentences
