"""Organisation names of an indefinite head, one bare proper name and a field after ل.

A head's genitive chain ends in a definite word (مجلس الأمن), so a bare name after the head
(وكالة فارس للأنباء، مركز بيو للأبحاث، شركة بوبا للتأمين) leaves the chain open, and the model
often takes the name alone for a person or a place. The field after ل closes such a name:
the head, the name, a definite ل complement (or a listed noun and its genitive: لحقوق الإنسان)
and its adjectives (للأوراق المالية). The bare word must look like a name: no article, no
nisba or participle shape, no word news uses often that no name table knows (وكالة جديدة
للتعليم، لجنة عليا للإشراف، مركز متخصص للتأهيل).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sijill.doc import Doc, Span, Token
from sijill.names.not_names import possessed
from sijill.text.normalize import match_key

if TYPE_CHECKING:
    from sijill.names.orgs import Lexicon

#: Tanween, the indefinite case endings, which a proper name never carries.
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: Nisba endings of an indefinite adjective (حكومية، وزاري، دولية) as matching keys.
_NISBA = ("ي", "يه")


def lam_named(doc: Doc, toks: list[Token], lex: Lexicon, taken: list[Span]) -> list[Span]:
    """ORG spans of the shape head + bare name + ل field in one sentence's tokens, where no
    span of ``taken`` lies."""
    spans: list[Span] = []
    for i in range(len(toks) - 2):
        found = lex.head_of(doc, toks[i])
        if found is None or found[1] or found[0] in lex.force_heads or found[0] in lex.eponym_heads:
            continue
        head, _, start = found
        if not _bare_name(doc, toks[i + 1], lex, head in lex.ambiguous):
            continue
        last = _field_end(doc, toks, i + 2, lex)
        if last is None:
            continue
        end = toks[last].end
        if any(s.start < end and start < s.end for s in taken + spans):
            continue
        spans.append(Span(start, end, "ORG", None, {"rule": "head", "head": head}))
    return spans


def _bare_name(doc: Doc, tok: Token, lex: Lexicon, ambiguous: bool) -> bool:
    """A word that may be a body's own name right after its head."""
    from sijill.names.people import is_common_word, is_name_part
    from sijill.names.stages import _gazetteers, _ranks, word_rank  # the stages module imports orgs
    if tok.kind != "word" or tok.proclitics or tok.article:
        return False
    text = doc.text[tok.start : tok.end]
    key = match_key(text)
    # A nisba-shaped word news writes is an indefinite adjective (لجنة وزارية، هيئة دولية); one
    # it never writes is a foreign name (مركز كارنيغي).
    if _TANWEEN.intersection(text) or possessed(text) or (key.endswith(_NISBA) and word_rank(text) is not None) or \
            key in lex.stop or key in lex.heads or "ال" + key in lex.adjectives:
        return False
    if key[:1] == "م" and len(key) >= 4:
        return False  # a participle (مركز متخصص، حزب مؤيد، بنك مملوك), which name tables hold too
    if is_common_word(text, _gazetteers(), _ranks()) or \
            (not text.endswith("ة") and is_common_word(text + "ة", _gazetteers(), _ranks())):
        return False  # a common word, or an adjective whose feminine is one (مركز جديد، كبير)
    # An ambiguous head (مركز، وحدة، جهاز) names a thing before a rare common word (جهاز شفط):
    # only a word the name tables know or news hardly writes is a name there.
    return not ambiguous or is_name_part(text, _gazetteers()) or word_rank(text) is None


def _field_end(doc: Doc, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last token of the ل field opened at ``toks[j]`` and its adjectives, else None."""
    from sijill.names.orgs import (  # the orgs module imports this one
        _plain_definite,
        _purpose,
        _undef,
    )
    tok = toks[j]
    if tok.kind != "word" or (tok.proclitics or tok.maybe) != "ل":
        return None
    stem = doc.text[(tok.stem if tok.proclitics else tok.start + 1) : tok.end]
    key = match_key(("ال" if tok.article else "") + stem)
    if tok.article:
        if _undef(key) in lex.heads or key in lex.stop or key in lex.not_complements or \
                _purpose(doc, toks, j + 1, lex):
            return None
        last = j
    elif key in lex.lam_complements and _plain_definite(toks, j + 1, lex, doc):
        last = j + 1
    else:
        return None
    while last + 1 < len(toks):
        nxt = toks[last + 1]
        if nxt.kind != "word" or nxt.proclitics or not nxt.article:
            break
        adj = match_key(nxt.bare(doc))
        # ى folds to ي in matching keys: المرضى would read as a nisba.
        if adj in lex.stop or not lex.is_adjective(adj) or doc.text[nxt.end - 1] == "ى":
            break
        last += 1
    return last
