"""Meetings with a side named only as a group, and meeting phrases told as known.

A meeting verb whose object is a group left unnamed (التقى فلان أمس وفداً من شيوخ العشائر،
الذي استقبل وفداً نقابياً، يلتقي عدداً من المسؤولين) is a meeting of its subject, named right
before the verb, though no guest is named. A meeting noun in construct with a definite one
(جلسة المباحثات، جولة المحادثات) names the meeting already told, as اللقاء does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from sijill.claims.lexicon import Forms, Lexicon
from sijill.claims.model import Mention, SentenceView
from sijill.lang import load_json

#: Words (names, titles and a relative or قد aside) between a verb and its subject before it.
_SUBJECT_REACH = 3
#: Words after a group noun that say whom it counts (عدداً من المرضى).
_OF_REACH = 4


@lru_cache(maxsize=1)
def _groups() -> Forms:
    """Nouns of a group received or met (وفد، عدد من، ممثلي), from ``claims.json``."""
    return Forms.of(load_json("claims.json")["events"]["MEETING"].get("group_objects", []))


def _words(view: SentenceView, lo: int, hi: int) -> Iterator[int]:
    """Word tokens in ``[lo, hi)`` outside names, titles and dates, in order (read as far as
    the caller takes them: every caller needs the first few, and a scan of the whole sentence
    for each trigger made a 10,000-word sentence take minutes)."""
    for j in range(bisect_left(view.token_starts, lo), len(view.tokens)):
        tok = view.tokens[j]
        if tok.end > hi:
            return
        if tok.kind == "word" and not view.named_at(tok.start):
            yield j


def _first(words: Iterable[int], n: int) -> list[int]:
    return list(islice(words, n))


def group_object(view: SentenceView, lex: Lexicon, i: int) -> bool:
    """Whether the first word after verb ``i`` (fillers such as أمس and dates aside) is a group
    met or received (وفداً، وفد، عدداً، ممثلي), not one an office or a hospital receives
    (استقبل عدداً من المرضى)."""
    after = _first((j for j in _words(view, view.tokens[i].end, view.span.end)
                    if not lex.fillers.match(view.keys[j])), _OF_REACH)
    return bool(after) and _groups().match(view.keys[after[0]]) \
        and not any(lex.not_guests.match(view.keys[j]) for j in after[1:_OF_REACH])


def counted_not_guests(view: SentenceView, lex: Lexicon, i: int) -> bool:
    """Whether a group noun among the few words after verb ``i`` (names, titles, dates and
    fillers aside) counts what an office or a hospital receives (يستقبل مكتب العمل في صفاقس
    عدداً من طلبات التشغيل، استقبل المستشفى أمس عدداً من المصابين)."""
    after = _first((j for j in _words(view, view.tokens[i].end, view.span.end)
                    if not lex.fillers.match(view.keys[j])), _OF_REACH)
    at = next((k for k, j in enumerate(after) if _groups().match(view.keys[j])), None)
    return at is not None and any(lex.not_guests.match(view.keys[j])
                                  for j in after[at + 1 : at + _OF_REACH])


def titled_object(view: SentenceView, lex: Lexicon, i: int) -> bool:
    """Whether the first word after verb ``i`` (fillers such as أمس and dates aside) opens a
    post title whose holder is left unnamed (فلان يستقبل وزير الخارجية الإيراني، قد استقبل أمس
    السفير الروسي)."""
    spans = [(d.start, d.end) for d in view.dates]
    after = next((tok for j, tok in enumerate(view.tokens) if tok.start >= view.tokens[i].end
                  and tok.kind == "word" and not lex.fillers.match(view.keys[j])
                  and not any(a <= tok.start < b for a, b in spans)), None)
    return after is not None and any(t.start <= after.start < t.end for t in view.titles)


def group_met(view: SentenceView, lex: Lexicon, i: int, before: list[Mention]) -> bool:
    """Whether meeting verb ``i`` met a group or a post holder left unnamed and its subject is
    the side named right before it (فلان الذي التقى وفداً، فلان قد استقبل أمس السفير)."""
    near = [m for m in before if m.type in ("PERSON", "ORG")][-1:]
    if not near or not (group_object(view, lex, i) or titled_object(view, lex, i)):
        return False
    if ":" in view.doc.text[near[0].span.end : view.tokens[i].start]:
        return False  # رابط الخبر بصحيفة كذا: فلان يستقبل ...: a label, not the subject
    if any(view.tokens[j].kind == "word" and lex.blockers.match(view.keys[j]) for j in range(i)):
        return False  # نفى المكتب أن يكون فلان سيلتقي السفير: with no guest named, any denial,
        # demand or promise earlier in the sentence is this meeting's
    return len(_first(_words(view, near[0].span.end, view.tokens[i].start),
                      _SUBJECT_REACH + 1)) <= _SUBJECT_REACH


def known_phrase(view: SentenceView, lex: Lexicon, j: int) -> bool:
    """Whether meeting noun ``j`` heads a definite meeting noun right after it (جلسة المباحثات،
    جولة المحادثات): the phrase names a meeting already told."""
    return j + 1 < len(view.tokens) and view.tokens[j + 1].kind == "word" \
        and lex.followups.match(view.keys[j + 1][:1])


def direct_side(view: SentenceView, lex: Lexicon, j: int) -> list[Mention]:
    """The side a meeting noun with its owner's pronoun takes as its direct object, named right
    after it, titles and fillers aside (خلال لقائه أمس وزير الخارجية اليمني فلاناً)."""
    end = view.tokens[j].end
    first = next((m for m in view.mentions if m.type in ("PERSON", "ORG") and m.span.start >= end), None)
    if first is None or ":" in view.doc.text[end : first.span.start]:
        return []
    gap = next((k for k in _words(view, end, first.span.start)
                if not lex.fillers.match(view.keys[k])), None)
    return [first] if gap is None else []


def after_label(view: SentenceView, before: list[Mention], at: int) -> list[Mention]:
    """The names of ``before`` after the last colon before offset ``at``: one before it labels
    the line (رابط الخبر بصحيفة كذا: فلان يستقبل السفير)."""
    colon = view.doc.text.rfind(":", view.span.start, at)
    return [m for m in before if m.span.start > colon] if colon >= 0 else before
