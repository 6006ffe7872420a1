"""The subject a decision verb opening a sentence takes from the sentence before
(``اجتمعت الهيئة الإدارية للاتحاد ... . وقررت الدخول في إضراب``): a verb joined by و or ف
with no subject of its own goes on with the body that sentence reported acting."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from sijill.claims.decision_text import Text
from sijill.doc import Entity, Token


def opens_sentence(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence."""
    return all(tok.kind != "word" for tok in toks[:i])


def previous_subject(t: Text, at: int, gap: int) -> Entity | None:
    """The organisation named as the subject of the sentence before the one at ``at``: the
    first name within ``gap`` words of its verb (its first word), an organisation, with no
    quotation nor post title before it; None when that name is a person or a place, or none is there."""
    starts = [s.start for s in t.doc.sentences]
    n = bisect_right(starts, at) - 1
    if n < 1:
        return None
    prev = t.doc.sentences[n - 1]
    toks = [tok for tok in t.tokens(prev.start, prev.end) if tok.kind == "word"]
    if len(toks) < 2:
        return None
    reach = toks[min(len(toks) - 1, 1 + gap)].end
    first = next((m for m in t.mentions_in(prev.start, prev.end)
                  if m[2].type in ("ORG", "PERSON", "LOC")), None)
    if first is None or first[2].type != "ORG" or first[0] >= reach or \
            t.cue.quote_chars.search(t.doc.text[prev.start : first[0]]):
        return None
    if t.posts[bisect_left(t.posts, prev.start) : bisect_left(t.posts, first[0])]:
        return None  # استقبل الوزير ممثلي النقابة: a post title is the subject, the body its object
    return first[2]
