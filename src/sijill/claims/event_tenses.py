"""Word tests of the trigger finder: perfect verbs that begin with ت, words that lie in a body's
name, and meetings held for a purpose (لعقد اجتماعات).

قد before an imperfect verb is "may" (قد يستقيل) and before a perfect one reports (قد تأسست):
the perfect of the derived forms V and VI begins with ت like the imperfect (تأسست، تشكلت،
تنحى، تولت), so these are told apart by the list in ``claims.json`` (``events.perfect_t``). A
demand word inside a body's name (حزب الدعوة، جمعية المطالبة بالحقوق) demands nothing.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.lexicon import Forms, Lexicon
from sijill.claims.model import SentenceView
from sijill.lang import load_json
from sijill.text.normalize import match_key


@lru_cache(maxsize=1)
def _perfect_t() -> Forms:
    return Forms.of(load_json("claims.json")["events"].get("perfect_t", []))


def perfect_with_t(keys: tuple[str, ...]) -> bool:
    """Whether a word is a perfect verb that begins with ت (تأسست، تشكلت، تنحى)."""
    return _perfect_t().match(keys)


def in_body_name(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` lies inside an organisation's name."""
    at = view.tokens[k].start
    return any(m.type == "ORG" and m.span.start <= at < m.span.end for m in view.mentions)


def purposed(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Whether the word before meeting noun ``i`` is a verbal noun of holding with the ل of
    purpose (وقتاً لعقد اجتماعات بين قياداتها): a meeting planned, not
    held."""
    if i == 0:
        return False
    prev = view.tokens[i - 1]
    written = view.doc.text[prev.start : prev.end]
    if not written.startswith("ل") or written.startswith("لل"):
        return False
    key = (match_key(written[1:]),)
    return lex.hold_verbs.match(key) or lex.noun_helpers.match(key)
