"""Regions named by the word for region and a compass adjective (المنطقة الشرقية، المنطقة
الوسطى، بالمنطقة الجنوبية), which the model takes for a common phrase: in news of any Arab state
they name a province or a part of the country (annotation.md: regions are places)."""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Doc, Span, Token
from sijill.lang import load_json
from sijill.text.normalize import match_key

#: Proclitics on the region word (بالمنطقة، وبالمنطقة، فالمنطقة); with ل the article's ا drops
#: (للمنطقة), and the span starts at the article's ل, as elsewhere.
_CLITICS = ("وب", "و", "ب", "ف", "ك")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("organisation_phrases.json")
    return (frozenset(match_key(w) for w in data["region_words"]),
            frozenset(match_key(w) for w in data["compass_adjectives"]))


def _region_start(doc: Doc, tok: Token) -> int | None:
    """Where a region word with the article starts in ``tok`` (past its proclitics)."""
    words, _ = _cues()
    word = match_key(tok.text(doc))
    for clitic in ("", *_CLITICS):
        if word.startswith(clitic) and word[len(clitic) :] in words:
            return tok.start + len(clitic)
    for clitic in ("ل", "ول"):  # للمنطقة: ل and the article's ل
        if word.startswith(clitic + "ل") and "ا" + word[len(clitic) :] in words:
            return tok.start + len(clitic)
    return None


def regions(doc: Doc, tokens: list[Token], taken: list[Span]) -> list[Span]:
    """Regions of one sentence's tokens that no span of ``taken`` overlaps."""
    _, compass = _cues()
    out: list[Span] = []
    for k in range(len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        if tok.kind != "word" or nxt.kind != "word" or doc.text[tok.end : nxt.start] != " " or \
                match_key(nxt.text(doc)) not in compass:
            continue
        start = _region_start(doc, tok)
        if start is None or any(s.start < nxt.end and tok.start < s.end for s in taken):
            continue
        out.append(Span(start, nxt.end, "LOC", None, {"cue": "region"}))
    return out
