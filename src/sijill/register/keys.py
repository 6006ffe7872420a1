"""Name keys that survive Arabic spelling variation, for matching entities across documents."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sijill.text.normalize import match_key

# عبد is never a name by itself: ``عبد ربه``, ``عبد الله`` are spelled joined as often.
_ABD = re.compile(r"\bعبد\s+(?=\w)")
# Quotes, brackets, dashes and dots around or inside a name are not part of it.
_PUNCT = re.compile(r"[\"'«»“”„‘’()\[\]{}.,،؛:!؟?\-–—_/\\|]+")
_LATIN_ARTICLE = frozenset({"al", "el", "ul"})


@lru_cache(maxsize=262144)  # names repeat across documents; resolution asks again and again
def word_keys(name: str) -> tuple[str, ...]:
    """Per-word keys: spelling folded (hamza, alef, ya, ta marbuta), ``عبد`` joined to the
    next word, the article dropped, a final alef read as ta marbuta, so ``عبد الرحمن`` and
    ``عبدالرحمن``, ``الحافظ`` and ``حافظ``, ``سوريا`` and ``سورية`` agree."""
    folded = _ABD.sub("عبد", _PUNCT.sub(" ", match_key(name)))
    keys = []
    for w in folded.split():
        k = w[2:] if w.startswith("ال") and len(w) > 3 else w
        # A final alef and ta marbuta spell one name two ways (سوريا، سورية; خوجا، خوجة).
        keys.append(k[:-1] + "ه" if k.endswith("ا") and len(k) > 3 else k)
    return tuple(keys)


def name_key(entity_type: str, name: str) -> str:
    """The key an entity's name is indexed under in the register."""
    if entity_type in {"DATE", "TITLE"}:
        return match_key(name)
    return " ".join(word_keys(name))


def latin_key(latin: str | None) -> str | None:
    """The key of a Latin spelling: lower case, accents, article and word breaks dropped,
    so ``Abdul Rahman al-Haj`` and ``Abdulrahman Al Haj`` agree; None for no spelling."""
    if not latin:
        return None
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", latin.lower())
                    if not unicodedata.combining(ch))
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    return "".join(w for w in words if w not in _LATIN_ARTICLE) or None
