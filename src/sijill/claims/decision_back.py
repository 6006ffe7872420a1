"""Lists introduced by a noun that refers back (``وفيما يلي أبرز بنودها:``، ``ومن قراراته:``):
the items of a package, plan or paper the sentence before says a body approved (``خطة ...
وافق عليها مجلس الوزراء``، ``التي أقرها المجلس``). Their issuer is that body and their kind
that of its verb (a decision); a noun with no approval told before it stays unanchored."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from sijill.claims.decision_claims import Decision
from sijill.claims.decision_text import Text
from sijill.claims.model import Event
from sijill.doc import Span, Token

POSSESSIVE = ("ها", "هم", "ه")  # endings by which an items' noun refers back (بنودها، قراراته)
_NOUN_LENGTH = 5  # the shortest noun with such an ending (بنوده); shorter words are pronouns

Stated = Callable[[Text, Span, list[Event]], list[Decision]]


def refers_back(t: Text, noun: Token) -> bool:
    """Whether the items' noun carries a possessive ending that refers back (بنودها، قراراته)."""
    word = t.doc.text[noun.start : noun.end]
    return word.endswith(POSSESSIVE) and len(word) >= _NOUN_LENGTH


def approved_before(t: Text, start: int, events: list[Event], stated: Stated) -> Decision | None:
    """The decision of a body the sentence before ``start`` states (خطة وافق عليها المجلس),
    when a body is named as its issuer; None otherwise."""
    starts = [s.start for s in t.doc.sentences]
    n = bisect_right(starts, start) - 1
    # The sentence that holds the introduction, if it opens before it, else the one before.
    while n >= 0 and t.doc.sentences[n].start >= start:
        n -= 1
    if n < 0:
        return None
    found = [d for d in stated(t, t.doc.sentences[n], events) if d.body is not None]
    return next((d for d in found if d.kind == "DECISION"), None)
