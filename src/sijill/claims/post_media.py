"""A medium known by what the text says of it: ``حصلت «الصحيفة» على نسخة``، ``علمت «الصحيفة»``،
``قال لـ«الصحيفة»``. A newspaper named bare (no صحيفة before it, no head word in the gazetteer)
is still the outlet that reports, never the organisation a post or a body belongs to. The
verbs whose subject is the outlet and the verbs of saying to it are ``medium_verbs`` and
``told_verbs`` of ``lang/ar/post_orgs.json``.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Doc, Entity
from sijill.lang import load_json
from sijill.text.normalize import match_key

#: What is dropped between a verb and the outlet's name: quotes, spaces, a tatweel.
_MARKS = " \t\n«»\"“”'ـ"


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("post_orgs.json")
    return (frozenset(match_key(w) for w in data.get("medium_verbs", [])),
            frozenset(match_key(w) for w in data.get("told_verbs", [])))


def a_medium(doc: Doc, org: Entity) -> bool:
    """Whether a mention of ``org`` is the subject of a verb of learning or obtaining right
    before it (حصلت «عكاظ» على نسخة) or the one a verb of saying is said to (قال لـ«عكاظ»)."""
    own, told = _verbs()
    for m in org.mentions:
        words = doc.text[max(0, m.start - 40) : m.start].rstrip(_MARKS).split()
        if not words:
            continue
        last = match_key(words[-1].strip(_MARKS))
        if last.lstrip("و") in own or last in own:
            return True
        if last in ("ل", "لـ") and any(match_key(w).lstrip("وف") in told for w in words[-4:-1]):
            return True  # قال لـ«عكاظ»، قال مصدر مطلع لـ«عكاظ»
    return False
