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
    try:
        from arabic_name_romanizer import transliterate

        out = transliterate(name, country=country)
    except Exception as exc:  # noqa: BLE001 - a spelling is a nicety; never fail a document on it
        log.debug("no Latin spelling for %r: %s", name, exc)
        return None
    text = out if isinstance(out, str) else None
    return text or None
