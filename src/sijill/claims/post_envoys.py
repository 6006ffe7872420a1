"""Where a state's post is held, said between its nisba and the holder's name: ``السفير الأمريكي
في دمشق فلان``، ``القنصل العام الفرنسي لدى جدة فلان``: the place names where the post is
held, no clause, so the name after it still holds the post."""

from __future__ import annotations

from sijill.claims.model import Mention, SentenceView
from sijill.doc import Span
from sijill.text.normalize import match_key

#: Prepositions that put the place where a post is held after its nisba.
_AT = frozenset(match_key(w) for w in ("في", "لدى", "بـ"))


def place_before_name(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether the words between a definite title and a name are its nisbas and one place said
    after في or لدى (or ب attached to the place), with nothing else."""
    words = view.doc.text[title.start : title.end].split()
    if not words or not match_key(words[-1]).lstrip("وفبل").startswith("ال"):
        return False  # ممثل المرجعية الدينية في كربلاء: a construct's complement, no nisba
    places = [m for m in view.mentions if m.type == "LOC" and title.end <= m.span.start and
              m.span.end <= person.span.start]
    if len(places) != 1:
        return False
    place = places[0]
    for t in view.tokens:
        if t.end <= title.end or t.start >= person.span.start:
            continue
        if t.kind != "word":
            return False
        if place.span.start <= t.start < place.span.end or t.start < place.span.start < t.end:
            continue  # the place, with a ب or ل attached (بدمشق)
        key = match_key(view.doc.text[t.start : t.end])
        if key in _AT and t.end <= place.span.start:
            continue
        if t.end <= place.span.start and key.startswith("ال") and key.endswith(("ي", "يه")):
            continue  # the post's nisba (الأمريكي، العام does not end so: the title holds it)
        return False
    return True
