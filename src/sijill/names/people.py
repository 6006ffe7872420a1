"""The edges of a person's name as the model tagged it: words it ran over, a clitic it cut.

The model sometimes runs a name into the next word (``خالد السالمي نائباً``، ``فلان لمنصب``) or
tags a lone common word (``يشغل``) as a person, and the clitic rule may cut a given name that
begins like a proclitic (``باسم`` -> ``اسم``). Two signals decide, both shipped with the model:
the name-part gazetteers (how often a word is attested as a given name, surname or foreign name
token) and the word's frequency in news. A word that no name table knows and that news uses
often, in the accusative or after a preposition, is no part of a name; a rare unknown word
(``ساويش``، ``بوشلاخ``) may well be one, and so may a common word as a surname (``الحمام``).
"""

from __future__ import annotations

from collections.abc import Mapping

from sijill.names.ner.normalize import normalize

#: Highest name-table score (0-1) of a word that is no name part.
_NAME_SCORE = 0.3
#: A word this common in news (by frequency rank) that no name table knows is a common word.
_COMMON_RANK = 25_000
#: Given-name score that keeps a first word whole (باسم، بسام، وائل), not cut after a clitic.
_GIVEN = 0.5

#: Tanween, the indefinite case endings (ـاً، ـٌ، ـٍ), which a proper name never carries.
_TANWEEN = frozenset("\u064b\u064c\u064d")

Gazetteers = Mapping[str, Mapping[str, float]]


def is_common_word(word: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """A frequent word that no name table knows (نائباً، لمنصب، التهاني، يشغل)."""
    key = normalize(word)
    rank = ranks.get(key)
    if rank is None or rank >= _COMMON_RANK:
        return False
    return all(gazetteers.get(kind, {}).get(key, 0.0) < _NAME_SCORE
               for kind in ("given", "surname", "foreign"))


def is_given_name(word: str, gazetteers: Gazetteers) -> bool:
    """A well-attested given name, read whole even when it begins like a proclitic (باسم)."""
    return gazetteers.get("given", {}).get(normalize(word), 0.0) >= _GIVEN


def is_name_part(word: str, gazetteers: Gazetteers) -> bool:
    """A word some name table attests as a given name, surname or foreign name token."""
    key = normalize(word)
    return any(gazetteers.get(kind, {}).get(key, 0.0) >= _NAME_SCORE
               for kind in ("given", "surname", "foreign"))


def is_run_on(word: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """A word the model ran a name into: a common word in the accusative (نائباً، أميناً) or
    after a preposition (لمنصب، بحضور). Surnames that are common words (الحمام، بترجي) stay."""
    if _TANWEEN.intersection(word):
        return True  # an indefinite word written with its case ending (إنجليزياً): a name's never is
    if not is_common_word(word, gazetteers, ranks):
        return False
    if word.rstrip("\u064b").endswith("ا"):
        return True
    # After the preposition the word is a common word too (منصب), not a name's (ترجي in بترجي).
    if word[:1] in ("ل", "ب") and is_common_word(word[1:], gazetteers, ranks):
        return True
    # A frequent word after ل (لمنصب، للعلوم) even when a noisy name table knows the noun: a
    # name after the genitive ل is another's (رئيس مجلس لفلان), never the same person's part.
    stem = "ا" + word[1:] if word.startswith("لل") else word[1:]  # للعلوم -> العلوم
    rank = ranks.get(normalize(stem))
    return word[:1] == "ل" and rank is not None and rank < _COMMON_RANK


def opens_phrase(word: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """A word inside a tagged name that opens a preposition phrase the model ran the name into
    (فلان الفلاني بأسمى آيات التهاني، فلان بخالص العزاء): ب or ل before a common word, the whole
    no name part (بكر، بدر، بسام stay)."""
    stem = word[1:]
    if word[:1] not in ("ب", "ل") or len(stem) < 3 or is_name_part(word, gazetteers):
        return False
    rank = ranks.get(normalize(stem))
    return rank is not None and rank < _COMMON_RANK


def is_object_after_surname(previous: str, word: str, gazetteers: Gazetteers,
                            ranks: Mapping[str, int]) -> bool:
    """A definite common word after a definite family name is the verb's object, not a second
    surname (تلقى فلان بن فلان الراشد التهاني): a lone common surname (الحمام) stays."""
    return previous.startswith("ال") and word.startswith("ال") and \
        is_common_word(word, gazetteers, ranks)
