"""Small word tests the event modules share."""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.lexicon import Forms, Lexicon
from sijill.claims.model import SentenceView
from sijill.lang import load_json
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


#: Words (names and titles aside) between a verb of refusing and the resignation noun: the
#: refuser's own words (رفض الرئيس اللبناني استقالة ...).
_REFUSAL_REACH = 3


@lru_cache(maxsize=1)
def _refusals() -> Forms:
    return Forms.of(load_json("claims.json")["events"]["RESIGNATION"].get("refusals", []))


def refused(view: SentenceView, i: int) -> bool:
    """Whether a resignation noun is the object of a verb of refusing right before it, names and
    titles aside (رفض المكتب السياسي استقالة الأمين العام، رفض الرئيس استقالة الحكومة): the
    resignation was tendered, which the spec counts even when refused."""
    seen = 0
    for k in range(i - 1, -1, -1):
        tok = view.tokens[k]
        if tok.kind != "word" or any(m.span.start <= tok.start < m.span.end for m in view.mentions) \
                or any(t.start <= tok.start < t.end for t in view.titles):
            continue
        if _refusals().match(view.keys[k]):
            return True
        seen += 1
        if seen >= _REFUSAL_REACH:
            return False
    return False
