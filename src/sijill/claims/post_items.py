"""Where one item of a list of people ends and the next begins.

``فلان أمير المنطقة الشرقية وصاحب السمو الأمير علان محافظ الأحساء``: the و and the words of
address after it (صاحب السمو، الأمير، معالي، الدكتور) open the next person of the list, so the
title before the و is not the title of the name after it. The words of address are the
``courtesy_words`` of ``lang/ar/titles.json`` and the honorifics the names stage leaves out.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.model import Mention, SentenceView
from sijill.doc import Span
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


def joined_by_wa(between: str) -> bool:
    """Whether the words from a title to a name end in a bare و joined to the name (فلان وكيل
    الوزارة وعلان عضو المجلس): the name opens the next item of a list, so the title before is
    not its holder."""
    text = between.rstrip()
    return text.endswith("و") and (len(text) == 1 or text[-2].isspace()) and between.endswith("و")


def _unprefixed(word: str) -> str | None:
    """The word without a preposition ب or ل on it (للأمير -> الأمير، لسمو -> سمو), or None."""
    if len(word) <= 3 or word[0] not in "بل":
        return None
    return "ال" + word[2:] if word.startswith("لل") else word[1:]


def after_prepositioned_address(words: list[str]) -> bool:
    """Whether the words before a name end in words of address the first of which carries a
    preposition (شكره لسمو الشيخ فلان، اتصل بمعالي الدكتور فلان، لصاحب السمو الملكي الأمير):
    the name is the object of the preposition, not the holder of a title before it."""
    k = len(words) - 1
    while k >= 0 and _addresses(words[k]):
        k -= 1
    if k == len(words) - 1 or k < 0:
        # No plain word of address before the name, or nothing before them: the last word
        # carries the preposition itself (للأمير فلان) or there is none.
        return False
    bare = _unprefixed(words[k])
    return bare is not None and _addresses(bare)


#: The most words a post's complement takes before a rank (إدارة المراسم في وزارة الخارجية).
_COMPLEMENT_WORDS = 8


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("titles.json").get("rank_posts", []))


def rank_after_a_post(view: SentenceView, before: Span, title: Span, person: Mention) -> bool:
    """Whether a post that is also a rank (السفير) stands right before a name and right after
    another post's words, no comma or other person between (رئيس الإدارة الإعلامية السفير فلان، مدير مكتب
    الوزير السفير فلان): the holder's rank, the post being the one before."""
    if match_key(str(title.data.get("role", ""))) not in _ranks() or before.data.get("kind") != "post":
        return False
    text = view.doc.text
    if text[title.end : person.span.start].strip() and \
            strip_honorifics(text[title.end : person.span.start] + " _") != "_":
        return False  # السفير اليمني فلان، السفير لدى الأردن فلان: words of its own
    between = text[before.end : title.start]
    return not any(c in between for c in "،,.:؛") and len(between.split()) <= _COMPLEMENT_WORDS and \
        not any(m.type == "PERSON" and before.end <= m.span.start < title.start for m in view.mentions)
