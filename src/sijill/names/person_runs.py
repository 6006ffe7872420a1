"""Words of the sentence that a tagged person's name took in at either end.

A headline or a clause that opens with its verb puts the verb right before the subject (لفت
فلان إلى، يعين محافظين جددا), and a headline may end a subject with its verb in the dual or
plural (فلان وفلان يفتتحان); a preposition with the article (للألغام) opens the complement of
the sentence's verb, and a relational noun with a pronoun (فلان نظيره فلان) the next phrase.
None of these is a part of anyone's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from sijill.doc import Doc, Span
from sijill.lang import load_json, load_lines
from sijill.names.ner.normalize import normalize
from sijill.names.people import Gazetteers, is_given_name, is_name_part
from sijill.text.normalize import match_key

#: Endings of the dual and the sound plural of the imperfect (يفتتحان، يطالبون، تعلنان).
_VERB_NUMBER_ENDINGS = ("ان", "ون")
#: Letters of the imperfect of the third person (يـ، تـ).
_THIRD_PERSON = ("ي", "ت")
#: The shortest second surname with its و (وعلان): shorter ones are given names (وليد).
_PAIRED_LEN = 6
#: Place-gazetteer score of a town, whose name may open and end alike (تطوان).
_PLACE = 0.45
#: The shortest such verb: shorter words are names (يمان، تون).
_VERB_LEN = 6


def _opening_verb(word: str, verbs: frozenset[str], gazetteers: Gazetteers) -> bool:
    """A verb of events or speech (``claims.json``) that no table knows as a given name, bare or
    after و or ف."""
    stem = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    return any(match_key(w) in verbs and not is_given_name(w, gazetteers) for w in {word, stem})


def _numbered_verb(word: str, gazetteers: Gazetteers) -> bool:
    """An imperfect in the dual or plural (يدشنان، يطالبون) that no name table knows."""
    return len(word) >= _VERB_LEN and word.startswith(_THIRD_PERSON) and \
        word.endswith(_VERB_NUMBER_ENDINGS) and not is_name_part(word, gazetteers) and \
        gazetteers.get("place", {}).get(normalize(word), 0.0) < _PLACE


def _complement(word: str) -> bool:
    """A definite word after the preposition ل (للألغام، للشؤون): no name goes on through one."""
    return word.startswith("لل") and len(word) > 4


#: Frequency rank under which a lone word left of a name is an everyday word (خادم).
_EVERYDAY = 1000
#: Pronouns written on a noun (نظيره، زميلتها، مستشارهم), longest first.
_PRONOUN_ENDINGS = ("هما", "هم", "هن", "ها", "ه")


@lru_cache(maxsize=1)
def _relational_nouns() -> frozenset[str]:
    """``not_names.json`` relational nouns and the words of ``kinship.txt``, as matching keys."""
    words = [*load_json("not_names.json")["relational_nouns"], *load_lines("kinship.txt")]
    return frozenset(match_key(w) for w in words)


def _related_person(word: str) -> bool:
    """A relational noun with a pronoun on it (نظيره، وزميلتها، شقيقهم): the next phrase of the
    sentence (التقى فلان نظيره فلان), never a part of the name before it."""
    word = word.removeprefix("و")
    for ending in _PRONOUN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems = {stem, stem[:-1] + "ة"} if stem.endswith("ت") else {stem}
            return any(match_key(s) in _relational_nouns() for s in stems)
    return False


@lru_cache(maxsize=1)
def _kinship() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_lines("kinship.txt"))


def _after_kin(words: list[str]) -> int:
    """Where the name starts after a word of kinship that opens a tagged person (أرملة الطيار
    فلان، نجل الرئيس الراحل فلان): the kin is unnamed, and the definite words after the word
    describe the one named, as long as two words of a name are left."""
    first = 1
    while first < len(words) - 2 and words[first].startswith("ال"):
        first += 1
    return first


def _post_ends(doc: Doc) -> dict[int, int]:
    """Where each post the titles stage found ends, by where it starts (the longest one)."""
    ends: dict[int, int] = {}
    for t in doc.layers.get("titles", []):
        if t.data.get("kind") == "post":
            ends[t.start] = max(t.end, ends.get(t.start, t.end))
    return ends


def _post_words(m: Span, starts: list[int], posts: dict[int, int]) -> int:
    """How many words of a person's name a post found at its start covers (مستشار | خادم
    الحرمين، سفير | فلان): the post's, not the name's."""
    end = posts.get(m.start)
    if end is None or end >= m.end:
        return 0
    return sum(1 for s in starts if s < end)


def _no_name_left(words: list[str], gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """Whether the words left after a verb or a post name no one: none is a name part, or a
    lone one is a word news writes all the time and no given name (خادم of خادم الحرمين)."""
    if not any(is_name_part(w, gazetteers) for w in words):
        return True
    rank = ranks.get(normalize(words[0])) if len(words) == 1 else None
    return rank is not None and rank < _EVERYDAY and not is_given_name(words[0], gazetteers)


def trim_people(doc: Doc, mentions: list[Span], verbs: frozenset[str],
                gazetteers: Gazetteers, ranks: Mapping[str, int]) -> list[Span]:
    """Persons without the verb or post before them or the verb or complement after them; a
    person left with no word that a name table knows, after its verb or post went (يعين |
    محافظين، مستشار | خادم), is none."""
    out: list[Span] = []
    posts = _post_ends(doc)  # looked up by start: a long document has thousands of each
    for m in mentions:
        if m.label != "PERSON":
            out.append(m)
            continue
        text = doc.text[m.start : m.end]
        words = text.split(" ")
        starts = [m.start + sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
        first, last = _post_words(m, starts, posts), len(words)
        if first == 1 and len(words) > 1 and is_given_name(words[0], gazetteers):
            first = 0  # a one-word post that is also a given name opens the name (أمين الجميل)
        if first == 0 and len(words) > 1 and _opening_verb(words[0], verbs, gazetteers):
            first = 1
        if first == 0 and len(words) > 1 and match_key(words[0]).removeprefix("و") in _kinship():
            first = _after_kin(words)
        if first and _no_name_left(words[first:], gazetteers, ranks):
            continue
        for k in range(max(first, 1), len(words)):
            if _complement(words[k]) or _related_person(words[k]) or \
                    (k == len(words) - 1 and _numbered_verb(words[k], gazetteers)):
                last = k
                break
        if (first, last) == (0, len(words)):
            out.append(m)
            continue
        end = starts[last - 1] + len(words[last - 1])
        out.append(Span(starts[first], end, m.label, m.value, m.data))
    return out


def split_known_pairs(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Two people called by their surnames and joined by و (إدارة فلان وعلان), tagged as one
    name of two words: two people when the text names each apart, the first inside another
    person's name and the second written bare (without the و)."""
    texts = {doc.text[m.start : m.end] for m in mentions if m.label == "PERSON"}
    bare = set(doc.text.split())
    out: list[Span] = []
    for m in mentions:
        text = doc.text[m.start : m.end]
        first, _, second = text.partition(" ")
        if m.label != "PERSON" or " " in second or not second.startswith("و") or \
                len(second) < _PAIRED_LEN or second[1:] not in bare or \
                not any(first in other.split(" ") for other in texts - {text}):
            out.append(m)
            continue
        out.append(Span(m.start, m.start + len(first), m.label, m.value, m.data))
        out.append(Span(m.end - len(second) + 1, m.end, m.label, m.value, m.data))
    return out
