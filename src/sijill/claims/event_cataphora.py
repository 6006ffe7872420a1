"""A pronoun's owner named after it: an opening clause whose event noun carries the pronoun of
the main clause's subject (عقب انتخابه رئيساً للبرلمان، قال فلان ...؛ وفي أول تصريح له بعد
تعيينه وزيراً، أكد فلان ...)."""

from __future__ import annotations

from sijill.claims.event_triggers import Trigger
from sijill.claims.event_words import honorific
from sijill.claims.model import Mention, SentenceView

#: Words before the trigger in its opening clause (وفي أول تصريح له بعد تعيينه).
_OPENING_REACH = 6
#: Words between the comma that ends the opening clause and the subject (، قال، أكد رئيس ...).
_SUBJECT_REACH = 2
_SINGLE_OWNERS = ("ه", "ها")


def _words(view: SentenceView, start: int, end: int) -> list[int]:
    """Word tokens of ``[start, end)`` outside names, titles and honorifics."""
    skipped = [(m.span.start, m.span.end) for m in view.mentions] + [(t.start, t.end) for t in view.titles]
    return [j for j, t in enumerate(view.tokens) if start <= t.start and t.end <= end and t.kind == "word"
            and not any(a <= t.start < b for a, b in skipped)
            and not honorific(view.doc.text[t.start : t.end])]


def named_after(view: SentenceView, trig: Trigger) -> list[Mention]:
    """The person a pronoun of an opening clause stands for, named as the subject right after
    the clause (عقب انتخابه رئيساً للبرلمان، قال فلان): none where a person is named before the
    trigger, the clause is long or no comma ends it."""
    tok = view.tokens[trig.index]
    word = view.doc.text[tok.start : tok.end]
    if not word.endswith(_SINGLE_OWNERS) or word.endswith(("هم", "هما")):
        return []
    if any(m.type == "PERSON" and m.span.start < tok.start for m in view.mentions):
        return []
    if len(_words(view, view.span.start, tok.start)) > _OPENING_REACH:
        return []
    commas = [at for at in (view.doc.text.find(c, tok.end, view.span.end) for c in "،,") if at >= 0]
    if not commas:
        return []
    comma = min(commas)
    # The opening clause names no one else (بعد لقائه فلاناً، قال علان: the guest is not him).
    if any(m.type == "PERSON" and tok.end <= m.span.start < comma for m in view.mentions):
        return []
    subject = next((m for m in view.mentions if m.span.start > comma), None)
    if subject is None or subject.type != "PERSON" \
            or len(_words(view, comma, subject.span.start)) > _SUBJECT_REACH:
        return []
    return [subject]
