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


def envoy_of_a_post(view: SentenceView, before: Span, title: Span) -> bool:
    """Whether ``title`` is the post an envoy's or adviser's title right before it serves, said
    with ل, and the envoy's place follows (المبعوث الخاص للأمين العام إلى ليبيا فلان): the name
    after both is the envoy's."""
    text = view.doc.text
    gap = text[before.end : title.start]
    governed = text[title.start : title.start + 1] == "ل" or (gap.endswith("ل") and not gap[:-1].strip())
    if not governed or (gap.strip() and gap.strip() != "ل"):
        return False
    head = match_key(text[before.start : before.end]).split()
    if not head or head[0].removeprefix("ال") not in _SERVING:
        return False
    # The envoy's own place follows the served post before the name (للأمين العام إلى ليبيا
    # فلان); without it the name is the served post's (المبعوث الخاص للرئيس الفرنسي فلان).
    name = next((m for m in view.mentions if m.type == "PERSON" and m.span.start >= title.end), None)
    words = text[title.end : name.span.start if name else view.span.end].split()
    return any(match_key(w) in _DESTINATIONS for w in words)


_DESTINATIONS = frozenset(match_key(w) for w in ("إلى", "الى", "في", "لدى"))


#: First words of posts that serve another post named after them with ل.
_SERVING = frozenset(match_key(w) for w in ("مبعوث", "مبعوثة", "ممثل", "ممثلة", "مستشار", "مستشارة",
                                            "مساعد", "مساعدة", "مندوب", "مندوبة"))


def place_complement(view: SentenceView, title: Span, place_kinds: frozenset[str]) -> bool:
    """Whether a place completes an indefinite title in construct right after it (وكيل محافظة
    الأحساء، رئيس إقليم كردستان): the post is of that place, not of an organisation named before
    it. ``place_kinds``: the words that name a kind of place (محافظة، مدينة), as keys."""
    words = view.doc.text[title.start : title.end].split()
    if not words or title.data.get("accusative") or title.data.get("suffix") or \
            match_key(words[-1]).lstrip("وفبل").startswith("ال"):
        return False
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None or nxt.kind != "word":
        return False
    inside = [m for m in view.mentions if m.span.start <= nxt.start < m.span.end or
              (nxt.start <= m.span.start < nxt.end)]
    if inside:
        return all(m.type == "LOC" for m in inside)
    key = match_key(view.doc.text[nxt.start : nxt.end])
    after = next((t for t in view.tokens if t.start >= nxt.end), None)
    # محافظة الأحساء: a kind of place in construct with a definite name after it
    return _undefined(key) in place_kinds and after is not None and \
        after.kind == "word" and match_key(view.doc.text[after.start : after.end]).startswith("ال")


def _undefined(key: str) -> str:
    """A head word's key as the lists write it (محافظه: محافظة's key already, ال removed)."""
    return key.removeprefix("ال")
