"""Guards of the fallback that gives a title with no name beside it to the person named before:
``كانت تستهدف وكيل الوزارة``: a copula before the verb whose object the title is says nothing of
the title; ``نشر فلان بياناً يؤكد أن «... وكيل الوزارة»``: a title inside a quotation is not of
the one who quotes it."""

from __future__ import annotations

from sijill.claims.lexicon import Lexicon
from sijill.claims.model import Mention, SentenceView
from sijill.doc import Span

#: How a verb of the present begins after a copula (كان يعمل، كانت تستهدف، كنا نرى).
_PRESENT = ("ي", "ت", "ن")


def _present_verb(key: str) -> bool:
    return key.startswith(_PRESENT) and len(key) >= 4


def copula_before(view: SentenceView, title: Span, lex: Lexicon) -> bool:
    """Whether a copula stands just before a title (لأنه سيكون رئيساً، كان يعمل مديراً), not one
    whose next word is a verb that takes a title not accusative as its object (كانت تستهدف وكيل
    الوزارة)."""
    idx = [i for i, t in enumerate(view.tokens) if t.end <= title.start and t.kind == "word"][-2:]
    for k, i in enumerate(idx):
        if not lex.status["copulas"].match(view.keys[i]):
            continue
        if k < len(idx) - 1 and not title.data.get("accusative") and _present_verb(view.keys[idx[-1]][0]):
            continue
        return True
    return False


def quoted_apart(view: SentenceView, person: Mention, title: Span) -> bool:
    """Whether a quotation opens between a person and a title, is still open at the title and
    has a clause of its own before it (أن «من يفوز سيكون رئيساً»; but أنه «سيكون رئيساً» is
    the one named before)."""
    text = view.doc.text[person.span.end : title.start]
    opened = max(text.rfind("«"), text.rfind("“"))
    return opened >= 0 and max(text.rfind("»"), text.rfind("”")) < opened and \
        len(text[opened + 1 :].split()) >= 2
