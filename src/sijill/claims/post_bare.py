"""When a bare head's title (الرئيس، الزعيم) stands too far from a body named before it in its
sentence to be that body's head: ``وفد من جماعة ... في محادثات يشرف عليها المبعوث فلان، وتشارك
فيها أطراف مؤيدة للرئيس علان``: the president is no head of the group named clauses before."""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.model import Mention, SentenceView
from sijill.doc import Span
from sijill.lang import load_json
from sijill.names.titles import is_preposition
from sijill.text.normalize import match_key

#: Words between a body and a bare head past which the head is no longer read as that body's
#: (``الهيئة تضم الرئيس فلان``: a few words; a sentence of many clauses: another story).
BARE_HEAD_REACH = 15


def apart_from_bare_head(view: SentenceView, org: Mention, title: Span) -> bool:
    """Whether another person is named between the body and the bare head, or many words are,
    or a quotation closes between them (ممارسات الحرس الثوري»، مشيراً إلى أن الرئيس فلان), or
    a preposition governs the head (نركز على الكونغرس ... فعلى الرئيس فلان أن يقبل)."""
    if view.between(org.span.end, title.start, ("PERSON",)):
        return True
    text = view.doc.text
    if any(c in text[org.span.end : title.start] for c in "»”"):
        return True
    before = text[org.span.end : title.start].split()
    if text[title.start - 1 : title.start] == "ب" or (before and is_preposition(before[-1].lstrip("وف"))):
        return True
    words = [t for t in view.tokens if org.span.end <= t.start and t.end <= title.start and t.kind == "word"]
    return len(words) > BARE_HEAD_REACH


@lru_cache(maxsize=1)
def _stance_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("post_orgs.json")["stance_words"])


def _stem(word: str) -> str:
    """A word's key without the article and one ending of gender or number (المؤيدين: مؤيد)."""
    key = match_key(word)
    for prefix in ("وال", "ال", "و"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            key = key[len(prefix):]
            break
    for suffix in ("ون", "ين", "ات", "ه"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


def after_a_stance(view: SentenceView, title: Span) -> bool:
    """Whether the word before a title is one of support or opposition (مؤيدة للرئيس فلان)."""
    before = [t for t in view.tokens if t.end <= title.start and t.kind == "word"
              and not t.start <= title.start < t.end]
    return bool(before) and _stem(view.doc.text[before[-1].start : before[-1].end]) in _stance_words()


def own_nationality(view: SentenceView, title: Span) -> bool:
    """Whether a nisba right after a title names its state (والرئيس الفرنسي فلان), not a word of
    status or charge (والأمين العام المكلف فلان) that leaves the post in the list's body."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None or nxt.kind != "word" or any(m.span.start <= nxt.start < m.span.end for m in view.mentions):
        return False
    key = match_key(view.doc.text[nxt.start : nxt.end])
    return key.startswith("ال") and key.endswith(("ي", "يه")) and key not in _qualifying()


@lru_cache(maxsize=1)
def _qualifying() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("post_orgs.json")["qualifying_words"])
