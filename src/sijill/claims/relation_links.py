"""What may stand between a body (or a post's body) and the organisation written after it: link
words (في، التابعة لـ), quotes, the head of the organisation's name; a word of another clause
(أبلغ، قال) ends the link."""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.relation_cues import StructureLexicon, undef
from sijill.text.normalize import match_key

__all__ = ["QUOTES", "clause_word", "link_keys", "name_heads"]

#: Spaces and quotes, which alone between a body and an organisation link neither.
QUOTES = " \t\"'«»“”"


@lru_cache(maxsize=4)
def name_heads(lex: StructureLexicon) -> frozenset[str]:
    """The heads after which a quoted name goes on an organisation's name (منظمة «مدنية»)."""
    return lex.parent_heads | lex.own_heads | lex.alliance_heads | lex.media_heads


@lru_cache(maxsize=4)
def link_keys(lex: StructureLexicon) -> frozenset[str]:
    """The words of the links between a body and its organisation (في، التابعة، لدى) and the
    prepositions written alone before a name (لـ، بـ)."""
    return frozenset({k for keys, _ in lex.links for k in keys} |
                     {match_key(w) for w in ("ل", "لـ", "ب", "بـ")})


def clause_word(word: str, lex: StructureLexicon) -> bool:
    """Whether a word between a post's body and its organisation starts another clause (أبلغ،
    قال): a word without the article that is no link (في، التابعة), no organisation's head
    (منظمة «...») and carries no preposition (لمجموعة); a post's chain (المنتدب والرئيس
    التنفيذي لمجموعة ...) goes on with definite words."""
    key = match_key(word).strip(QUOTES)
    bare = key[1:] if key[:1] == "و" else key
    return bool(key) and key not in link_keys(lex) and not bare.startswith("ال") and \
        bare[:1] not in ("ل", "ب") and undef(key) not in name_heads(lex)
