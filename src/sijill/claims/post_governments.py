"""Which government a head of government named without one leads.

``رئيس الوزراء فلان`` in a text that names the government of a region (حكومة إقليم كردستان،
حكومة ولاية ...) besides the state's is the state's head of government: a region's government
is led by a head named with the region (رئيس حكومة الإقليم), which the title's own complement
gives. The words that make a government a region's are ``regional_words`` of
``lang/ar/titles.json``.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Entity
from sijill.lang import load_json
from sijill.text.normalize import match_key


@lru_cache(maxsize=1)
def _regional_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("titles.json").get("regional_words", []))


def regional(gov: Entity) -> bool:
    """Whether a government is a region's (حكومة إقليم كردستان، حكومة الإقليم): a regional word
    among the words of its name after the first."""
    words = [match_key(w) for w in gov.name.split()[1:]]
    return any(w in _regional_words() or w.removeprefix("ال") in _regional_words() for w in words)


def national(govs: list[Entity]) -> list[Entity]:
    """The governments of a list that are no region's."""
    return [g for g in govs if not regional(g)]
