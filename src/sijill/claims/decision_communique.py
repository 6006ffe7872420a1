"""A body's statement issued after its own meeting (دعا مجلس المطارنة في بيان بعد اجتماعه
الدوري إلى ...، طالبت النقابة في بيان إثر اجتماع هيئتها الإدارية الحكومة بـ ...): the points
of that statement are the meeting's outcome, as those of a final statement are.

The words come from ``single.statement_after_meeting`` of ``lang/ar/decisions.json``: the
statement's nouns, the words that place it after the meeting, the meeting's nouns and the
adjectives that make a meeting the body's own (الدوري، الطارئ) when no possessive ending does
(اجتماعه، اجتماع هيئتها)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.decision_cues import TIERS, Keys, bare
from sijill.claims.decision_text import Text
from sijill.doc import Token
from sijill.lang import load_json
from sijill.text.normalize import match_key

_OWN = ("ه", "ها", "هم")  # possessive endings that make a meeting the body's (اجتماعه، هيئتها)


@dataclass(frozen=True)
class _Words:
    prepositions: frozenset[str]
    documents: frozenset[str]
    fillers: frozenset[str]
    times: frozenset[str]
    meetings: tuple[str, ...]
    regular: frozenset[str]
    filler_reach: int


@lru_cache(maxsize=2)
def _words(lang: str = "ar") -> _Words:
    data = load_json("decisions.json", lang)["single"]["statement_after_meeting"]

    def keys(name: str) -> frozenset[str]:
        return frozenset(match_key(w) for w in data[name])

    return _Words(keys("prepositions"), keys("documents"), keys("fillers"), keys("times"),
                  tuple(bare(match_key(w)) for w in data["meetings"]), keys("regular"),
                  int(data["filler_reach"]))


def after_own_meeting(words: list[str], ks: Keys, j: int) -> bool:
    """Whether the words from ``j`` say a statement issued after the body's own meeting:
    في بيان [له، أمس ...] بعد / عقب / إثر / في ختام اجتماعه | اجتماع هيئتها | اجتماعه الدوري.
    ``words`` are the tokens as written, ``ks`` their keys."""
    w = _words()
    if j + 3 >= len(ks) or not w.prepositions.intersection(ks[j]) \
            or not w.documents.intersection(ks[j + 1]):
        return False
    k = j + 2
    while k < len(ks) and k < j + 2 + w.filler_reach and w.fillers.intersection(ks[k]):
        k += 1
    if k < len(ks) and w.prepositions.intersection(ks[k]):
        k += 1  # في ختام
    if k + 1 >= len(ks) or not w.times.intersection(ks[k]):
        return False
    meeting = ks[k + 1]
    if not any(bare(key).startswith(m) for key in meeting for m in w.meetings):
        return False
    if words[k + 1].endswith(_OWN):
        return True
    after = words[k + 2] if k + 2 < len(words) else ""
    return (after.endswith(_OWN) and len(after) > 3) or \
        (k + 2 < len(ks) and bool(w.regular.intersection(ks[k + 2])))


_STATEMENT_REACH = 12  # words after a statement verb's subject within which في بيان stands


def after_meeting(t: Text, toks: list[Token], ks: Keys, verb: tuple[int, int], kind: str) -> str:
    """``kind`` when the verb's subject, a body with no person nor post named, says it in a
    statement after its own meeting (دعا المجلس في بيان بعد اجتماعه الدوري)."""
    i, subject_end = verb  # the verb's token and the last of its subject's name
    words = [t.doc.text[x.start : x.end] for x in toks]
    for j in range(subject_end + 1, min(len(toks), i + 2 + _STATEMENT_REACH)):
        if toks[j].kind != "word":
            return ""
        if after_own_meeting(words, ks, j):
            people = [m for m in t.mentions_in(toks[i].end, toks[j].start) if m[2].type == "PERSON"]
            posts = t.posts[bisect_left(t.posts, toks[i].end) : bisect_left(t.posts, toks[j].start)]
            return "" if people or posts else kind
    return ""


_STATEMENT_WINDOW = 30  # tokens before a quotation within which its statement and body are named


def statement_quote(t: Text, start: int, at: int) -> int | None:
    """Where the quotation that holds ``at`` closes (its sentence's end if it does not) when it
    quotes a body's statement (جاء في بيان القيادة عقب اجتماعها: «قررت القيادة ...»، قال الحزب
    في بيان: «...»): a statement's name and an organisation stand before it on its line; None
    for anyone's words. The organisation may be named by its common noun (بيان القيادة)."""
    opened = t.quote_start(start, at)
    if opened is None:
        return None
    toks = t.tokens(t.line_start(opened), opened)[-_STATEMENT_WINDOW:]
    if not toks:
        return None  # the quotation opens its line: no statement is named before it
    ks = [t.keys(tok) for tok in toks]
    named = any(tier == TIERS["containers"] and kind == "STATEMENT_POINT"
                for i in range(len(ks)) for _, kind, tier in t.cue.kinds.at(ks, i))
    body = any(m[2].type == "ORG" for m in t.mentions_in(toks[0].start, opened)) or \
        any(bare(k) in t.cue.body_nouns for key in ks for k in key)
    if not named or not body:
        return None
    close = next((q for q in t.quotes[bisect_left(t.quotes, at) :]
                  if t.doc.text[q] in t.cue.quote_close), None)
    if close is None:
        close = t.doc.text.find("\n", at)
    return close if close >= 0 else len(t.doc.text)
