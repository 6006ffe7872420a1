"""Where one item of a list of people ends and the next begins.

``فلان أمير المنطقة الشرقية وصاحب السمو الأمير علان محافظ الأحساء``: the و and the words of
address after it (صاحب السمو، الأمير، معالي، الدكتور) open the next person of the list, so the
title before the و is not the title of the name after it. The words of address are the
``courtesy_words`` of ``lang/ar/titles.json`` and the honorifics the names stage leaves out.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.lang import load_json
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key

#: Pronoun suffixes that make a و word a pronoun (وهو، وهي), no item of a list.
_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "هن"})


@lru_cache(maxsize=1)
def _courtesy() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("titles.json").get("courtesy_words", []))


def _addresses(word: str) -> bool:
    """Whether ``word`` is a word of address said before a name (صاحب، السمو، الأمير، الدكتور)."""
    return match_key(word) in _courtesy() or strip_honorifics(f"{word} _") == "_"


def next_person_after_wa(between: str) -> bool:
    """Whether the words from a title to a name end in و and words of address alone (وصاحب
    السمو الأمير، والدكتور): the name is the next person of a list, not the title's holder."""
    words = between.split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.startswith("و") and len(word) > 1 and word[1:] not in _PRONOUNS and \
                _addresses(word[1:]):
            return all(_addresses(w) for w in words[k + 1 :])
        if not _addresses(word):
            return False
    return False
