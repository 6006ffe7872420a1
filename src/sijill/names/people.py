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
from functools import lru_cache
from itertools import pairwise

from sijill.lang import load_json, load_lines
from sijill.names.ner.normalize import normalize
from sijill.text.normalize import match_key

#: Highest name-table score (0-1) of a word that is no name part.
_NAME_SCORE = 0.3
#: A word this common in news (by frequency rank) that no name table knows is a common word.
_COMMON_RANK = 25_000
#: Given-name score that keeps a first word whole (باسم، بسام، وائل), not cut after a clitic.
_GIVEN = 0.5

#: Letters that may open a word as proclitics (و، ف، ب، ل، ك).
_PROCLITICS = frozenset("وفبلك")

#: Letters of the imperfect (يـ، تـ، نـ) opening a frequent word that no name table knows.
_RUN_ON_LETTERS = frozenset("يتن")
#: The shortest such word read as a run-on (تم is a particle of the passive, kept apart).
_RUN_ON_LEN = 4

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
        return _accusative_of_common(word, gazetteers, ranks)
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


#: Rank under which a noun is so frequent that its accusative (عقدا of عقد) is no surname that
#: a noisy name table attests weakly.
_FREQUENT_NOUN = 5000
#: Name-table score from which a word in -ا is a name all the same (رضا، لينا، علا).
_WELL_ATTESTED = 0.5


def _accusative_of_common(word: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """An indefinite accusative written without its tanween (وقع فلان عقدا): a very frequent noun
    and ا, the whole no well-attested name."""
    if not word.endswith("ا") or len(word) < 4:
        return False
    rank = ranks.get(normalize(word[:-1]))
    key = normalize(word)
    return rank is not None and rank < _FREQUENT_NOUN and not is_name_part(word[:-1], gazetteers) and \
        all(gazetteers.get(kind, {}).get(key, 0.0) < _WELL_ATTESTED for kind in ("given", "surname", "foreign"))


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


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """Prepositions after which the next word carries no proclitic (``clitics.json``), as
    written: by matching key على would be the name علي."""
    return frozenset(load_json("clitics.json")["no_proclitic_after"])


@lru_cache(maxsize=1)
def _heads_of_names() -> frozenset[str]:
    """Titles (``honorifics.txt``) and place words (مدينة، منطقة) as matching keys: the name
    after one is its genitive or apposition, which takes no proclitic."""
    from sijill.names.places import place_words  # the places module imports this one late

    words = place_words()
    # Not دولة or العاصمة, which a comparison or an adjective may follow (دولة كالكويت).
    places = (words.trimmed | words.kept | words.named) - {match_key("دولة"), match_key("العاصمة")}
    return _titles() | places


def is_honorific(word: str) -> bool:
    """A title left out of names (``honorifics.txt``: الدكتور، البروفيسور)."""
    return match_key(word).rstrip(".") in _titles()


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(match_key(w).rstrip(".") for w in load_lines("honorifics.txt"))


@lru_cache(maxsize=65_536)  # asked of nearly every word; its answer depends on the word alone
def takes_no_proclitic(previous: str) -> bool:
    """Whether the word after ``previous`` begins with a letter of its own, never a clitic: no
    conjunction or second preposition follows a preposition, a title or a place word (من باغا،
    البروفيسور ويدي، مدينة باغا), so a name there that begins like a clitic keeps its first
    letter. ``previous`` may carry its own proclitics (وفي، بمدينة)."""
    for cut in range(3):
        if cut and previous[cut - 1 : cut] not in _PROCLITICS:
            break
        word = previous[cut:]
        if word in _prepositions() or match_key(word).rstrip(".") in _heads_of_names():
            return True
    return False


def keeps_first_letter(previous: str, word: str, clitics: str, whole: frozenset[str],
                       article: bool = False) -> bool:
    """Whether ``word`` (which may open with ``clitics``) keeps its first letter: it follows a
    word that takes no proclitic after it (``takes_no_proclitic``), or the text writes it there
    elsewhere (``whole``); never when the article follows the clitic (``article``: ومحافظة
    بالمملكة) or the rest is a place word itself (منطقة | بإقليم هلمند: the preposition ب and
    the province)."""
    if article or not (takes_no_proclitic(previous) or word in whole):
        return False
    return match_key(word[len(clitics) :]) not in _heads_of_names()


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(load_json("not_names.json")["particles"])


def is_particle(word: str) -> bool:
    """A preposition or conjunction (بين، أن، بأن، وكما: ``not_names.json`` particles), as
    written, which never opens a name."""
    particles = _particles()
    return word in particles or (word[:1] in _PROCLITICS and word[1:] in particles)


def written_whole(sentences: list[list[str]]) -> frozenset[str]:
    """The words a text writes right after a preposition or a title (في باغا): the text
    spells them whole, so their first letter is no clitic anywhere else (مدينة باغا)."""
    return frozenset(word for words in sentences for before, word in pairwise(words)
                     if takes_no_proclitic(before))


#: Place-gazetteer score of a city, whose name may open like a verb (ينبع).
_PLACE = 0.45


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names written alone (يناير، يونيو), as matching keys."""
    return frozenset(match_key(w) for w in load_json("months.json")["alone"])


#: Letters of the imperfect that open a finite verb (يخسر، تنطلق، نعلن، أعلن).
_IMPERFECT = frozenset("يتنأ")
#: The shortest future verb with its prefix (سيكون): shorter ones are names (سيف، ستر).
_FUTURE_LEN = 5


def opens_like_imperfect(word: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """A bare word at a tagged name's end that opens like the imperfect (تنطلق، يعيد، نقدم), news
    uses often and no name table knows: the sentence's verb, no family name. Only for trimming a
    name the model ran on: such a word after a name does not show that the name has ended."""
    return word[:1] in _RUN_ON_LETTERS and len(word) >= _RUN_ON_LEN and \
        not _TANWEEN.intersection(word) and is_common_word(word, gazetteers, ranks)


def is_finite_verb(word: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """A verb a name ran into, by shape and use: the future (سيكون، فستعلن، وسيعقد), whose
    stem without the س news uses often; or an imperfect with ي (يخسر، ويطالب) that news uses
    often and no name table knows. Names that open alike (سيف، يوسف، ياسر، يانج) stay: the
    tables know them, or news hardly writes them."""
    if _TANWEEN.intersection(word) or word.startswith("ال"):
        return False
    stem = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    if is_name_part(word, gazetteers) or is_name_part(stem, gazetteers) or \
            gazetteers.get("place", {}).get(normalize(stem), 0.0) >= _PLACE or match_key(stem) in _months():
        return False  # a city (ينبع) or a month (يونيو) opens like the imperfect
    if stem[:1] == "س" and stem[1:2] in _IMPERFECT and len(stem) >= _FUTURE_LEN:
        rank = ranks.get(normalize(stem[1:]))
        return rank is not None and rank < _COMMON_RANK and not is_name_part(stem[1:], gazetteers)
    return stem[:1] == "ي" and len(stem) >= 4 and is_common_word(stem, gazetteers, ranks)
