"""The subject of an active verb named bare right after it, its object titled after that
(أقال عبد الرزاق الأسبوع الماضي نائب رئيس الوزراء فلاناً، عزل هادي محافظ عدن فلاناً): the bare
name acts, the titled one undergoes the act."""

from __future__ import annotations

from sijill.claims.model import Mention, SentenceView

#: Words of a title's body not read as a name (محافظ عدن، وزير الشباب والرياضة).
_TITLE_BODY = 3


def _words(view: SentenceView, start: int, end: int) -> list[int]:
    """Word tokens of ``[start, end)`` outside names, titles and dates."""
    skipped = [(m.span.start, m.span.end) for m in view.mentions]
    skipped += [(t.start, t.end) for t in view.titles] + [(d.start, d.end) for d in view.dates]
    return [j for j, t in enumerate(view.tokens) if start <= t.start and t.end <= end and t.kind == "word"
            and not any(a <= t.start < b for a, b in skipped)]


def bare_subject(view: SentenceView, verb_end: int, first: Mention, second: Mention) -> bool:
    """Whether ``first``, named with no title right after the verb (a date aside), is the verb's
    subject and ``second``, right after a post title of its own with no comma or و before it,
    its object."""
    if any(t.start < first.span.start and t.end > verb_end for t in view.titles):
        return False  # عيّن الرئيسُ فلان ...: a titled subject, told elsewhere
    if _words(view, verb_end, first.span.start):
        return False
    gap = view.doc.text[first.span.end : second.span.start]
    if "،" in gap or "," in gap or any(w.startswith("و") for w in gap.split()):
        return False
    # The title opens the gap (a date aside) and its body may follow it (محافظ عدن فلان).
    title = next((t for t in view.titles if first.span.end <= t.start and t.end <= second.span.start), None)
    if title is None or title.data.get("accusative") or _words(view, first.span.end, title.start):
        return False
    return len(_words(view, title.end, second.span.start)) <= _TITLE_BODY
