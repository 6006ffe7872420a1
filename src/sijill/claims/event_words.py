"""Small word tests the event modules share."""

from __future__ import annotations

from sijill.claims.lexicon import Lexicon
from sijill.claims.model import SentenceView
from sijill.names.titles import strip_honorifics


def honorific(word: str) -> bool:
    """Whether a word is an honorific that stands before a name (الدكتور، الشيخ، السيد): it
    comes between a trigger and its person (تعيين الدكتور فلان وزيراً) without parting them."""
    return strip_honorifics(f"{word} _") == "_"


#: Words (names aside) between a word of office and the passive verb that gives it.
_OFFICE_REACH = 3


def office_before(view: SentenceView, lex: Lexicon, i: int) -> bool:
    """Whether a word of office stands shortly before token ``i``, names aside: the post a
    passive verb gives (رئاسة لجنة التحقيق أوكلت إلى فلان، حقيبة الدفاع أسندت إلى فلان)."""
    seen = 0
    for k in range(i - 1, -1, -1):
        tok = view.tokens[k]
        if tok.kind != "word" or any(m.span.start <= tok.start < m.span.end for m in view.mentions):
            continue
        if lex.task_posts.match(view.keys[k]):
            return True
        seen += 1
        if seen >= _OFFICE_REACH:
            return False
    return False
