"""Quotes: who said what to whom (``قال الحافظ لـ"إيلاف" إن ...``).

A speech verb of the data file, its speaker (the person or organisation just after it, else
the one just before it in the sentence, else the last speaker: ``وأوضح:``), an addressee after
``لـ``, and the words said: a quotation that opens right after, or the rest of the sentence
after ``إن``/``أن``.
"""

from __future__ import annotations

from sijill.claims.lexicon import Lexicon, verb_keys
from sijill.claims.model import Mention, Quote, SentenceView
from sijill.doc import Entity
from sijill.names.orgs import QUOTES

_MAX_QUOTE = 1500


def _closing(text: str, start: int) -> int:
    """The offset of the quotation mark closing a quote opened at ``start`` (or -1)."""
    for i in range(start + 1, min(len(text), start + _MAX_QUOTE)):
        if text[i] in QUOTES:
            return i
    return -1


def find_quotes(view: SentenceView, lex: Lexicon, last: Entity | None) -> list[Quote]:
    """The quotes a sentence reports; ``last`` is the previous speaker of the document."""
    out: list[Quote] = []
    text = view.doc.text
    if not lex.speech_verbs.match(view.all_keys):  # a word's verb keys are among its keys
        return out
    for i, ks in enumerate(view.keys):
        if view.tokens[i].kind != "word" or not lex.speech_verbs.match(verb_keys(view.doc, view.tokens[i])):
            continue
        verb = view.tokens[i]
        nxt = [m for m in view.mentions if m.type in ("PERSON", "ORG") and m.span.start >= verb.end]
        speaker: Mention | None = None
        if nxt and len(text[verb.end : nxt[0].span.start].split()) <= 1:
            speaker = nxt[0]
        if speaker is not None and speaker.type == "ORG":
            # قال رئيس الائتلاف ... هادي البحرة: the organisation belongs to the speaker's post.
            speaker = _holder_after_title(view, verb.end, nxt) or speaker
        if speaker is None:
            prev = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= verb.start]
            speaker = prev[-1] if prev else None
        who = speaker.entity if speaker is not None else last
        if who is None:
            continue
        cursor = speaker.span.end if speaker is not None and speaker.span.start > verb.start else verb.end
        to: Entity | None = None
        for m in nxt:
            gap = text[cursor : m.span.start].strip(" \"'«»“”ـ")
            if m is not speaker and m.span.start >= cursor and gap in ("ل", "لـ"):
                to, cursor = m.entity, m.span.end
                break
        words = _said(text, cursor, view.span.end)
        if words is None:
            continue
        out.append(Quote(who, words, (verb.start, max(words[1], view.span.end)), to))
        last = who
    return out


def _holder_after_title(view: SentenceView, at: int, after: list[Mention]) -> Mention | None:
    """The person named after a post title that opens right at ``at`` (a speech verb's end)."""
    text = view.doc.text
    title = next((t for t in view.titles if t.start >= at and not text[at : t.start].strip()), None)
    if title is None:
        return None
    for m in after:
        if m.type != "PERSON" or m.span.start < title.end:
            continue
        between = text[title.end : m.span.start]
        words = {w.strip("،,") for w in between.split()}
        if len(between) <= 100 and ":" not in between and not words & _THAT:
            return m
        return None
    return None


_THAT = frozenset(("إن", "أن", "ان", "إنه", "أنه"))


def _said(text: str, cursor: int, sentence_end: int) -> tuple[int, int] | None:
    """The span of the words said after ``cursor``: a quotation, or the clause after إن/أن."""
    while cursor < sentence_end and text[cursor] in QUOTES:
        cursor += 1  # the closing mark of a quoted addressee: لـ"إيلاف"
    rest = text[cursor : min(len(text), cursor + 40)]
    for k, ch in enumerate(rest):
        if ch in QUOTES:
            start = cursor + k
            if len(text[cursor:start].split()) > 3:
                break  # the quotation belongs to something said further on
            end = _closing(text, start)
            if end > start + 1:
                return start + 1, end
            break
    words = text[cursor:sentence_end].split()
    if words and words[0].strip("،,:") in ("إن", "أن", "ان", "إنه", "أنه", "إنها", "أنها") and len(words) > 2:
        start = text.index(words[1], cursor)
        return start, sentence_end
    return None
