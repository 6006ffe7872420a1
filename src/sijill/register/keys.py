"""Name keys that survive Arabic spelling variation, for matching entities across documents."""

from __future__ import annotations

import re

from sijill.text.normalize import match_key

_ABD = re.compile(r"\bعبد\s+(?=ال)")


def word_keys(name: str) -> tuple[str, ...]:
    """Per-word keys: spelling folded (hamza, alef, ya, ta marbuta), ``عبد ال`` joined,
    the article dropped, so ``عبد الرحمن`` and ``عبدالرحمن``, ``الحافظ`` and ``حافظ`` agree."""
    folded = _ABD.sub("عبد", match_key(name))
    keys = []
    for w in folded.split():
        k = w[2:] if w.startswith("ال") and len(w) > 3 else w
        keys.append(k)
    return tuple(keys)


def name_key(entity_type: str, name: str) -> str:
    """The key an entity's name is indexed under in the register."""
    if entity_type in {"DATE", "TITLE"}:
        return match_key(name)
    return " ".join(word_keys(name))
