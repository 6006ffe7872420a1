"""Latin spellings of Arabic person names, from arabic-name-romanizer (MIT code, CC0 name
tables): a dictionary of attested spellings first, its own model for unseen name parts."""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)


@lru_cache(maxsize=65536)
def latin(name: str, country: str = "SY") -> str | None:
    """The usual Latin spelling of an Arabic person name (``هادي البحرة`` -> ``Hadi al-Bahra``),
    or None when the name has no Arabic or the romanizer cannot spell it."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in name):
        return None
    words = name.split()
    if len(words) > _MAX_WORDS:
        return None  # a run of words, not a name
    # The romanizer ranks every combination of its candidates per word, which grows
    # exponentially with the number of words: spell long names a few words at a time.
    parts = [_spell(chunk, country) for chunk in _chunks(words)]
    if any(p is None for p in parts):
        return None
    return " ".join(p for p in parts if p) or None


#: Names longer than this are not spelled; the romanizer spells this many words at a time.
_MAX_WORDS = 10
_CHUNK = 4
#: Words that bind to the next one (بن عبد العزيز): a chunk never ends on them.
_BINDING = frozenset(("بن", "بنت", "ابن", "أبو", "ابو", "أبي", "عبد", "آل", "ال"))


def _chunks(words: list[str]) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    for w in words:
        cur.append(w)
        if len(cur) >= _CHUNK and w not in _BINDING:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _spell(words: str, country: str) -> str | None:
    try:
        from arabic_name_romanizer import transliterate

        out = transliterate(words, country=country)
    except Exception as exc:  # noqa: BLE001 - a spelling is a nicety; never fail a document on it
        log.debug("no Latin spelling for %r: %s", words, exc)
        return None
    text = out if isinstance(out, str) else None
    return text or None
