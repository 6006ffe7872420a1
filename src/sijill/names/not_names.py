"""Mentions the model tags that name nothing: formulas, currencies, months, nationalities.

The annotation counts no nationality or adjective (سوري، أرجنتيني، الأكراد as a people) and no
date as an entity; ``lang/ar/not_names.json`` lists formulas and currencies, ``months.json`` the
month names, and a word with a masculine nisba ending (-ي، -يون، -يين، -يان) tagged as a place or
organisation is a nationality unless the place gazetteer knows it (دبي، مالي); people in the
dual or plural with their nationality (قياديان أفغانيان) tagged as a person are no one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sijill.lang import load_json
from sijill.names.ner.normalize import normalize
from sijill.text.normalize import match_key

_NISBA = ("ي", "يون", "يين", "يان")
#: Place-gazetteer score (0-1) from which a nisba-shaped word is a place (دبي، نيروبي).
_PLACE = 0.5


@dataclass(frozen=True)
class NotNames:
    """Matching keys of whole mentions and of first words that are never names."""

    phrases: frozenset[str]
    first_words: frozenset[str]


@lru_cache(maxsize=4)
def not_names(lang: str = "ar") -> NotNames:
    """The lists of ``lang``, loaded once."""
    data = load_json("not_names.json", lang)
    months = load_json("months.json", lang)["locales"]
    month_names = {name for locale in months.values() for names in locale.values() for name in names}
    return NotNames(
        phrases=frozenset(_key(p) for p in [*data["phrases"], *month_names]),
        first_words=frozenset(match_key(w) for w in data["first_words"]),
    )


def _key(text: str) -> str:
    return " ".join(match_key(text).split())


def is_listed(text: str, lists: NotNames | None = None) -> bool:
    """Whether a text is a listed formula or common thing (التيار الكهربائي) or opens with a
    currency: for organisation phrases found by shape, whose heads the nisba test would
    misread (النادي الأهلي)."""
    lists = lists or not_names()
    words = _key(text).split()
    return not words or " ".join(words) in lists.phrases or words[0] in lists.first_words


def names_nothing(text: str, label: str, places: Mapping[str, float], lists: NotNames | None = None) -> bool:
    """Whether a mention's text (a model's PERSON, ORG or LOC) names nothing."""
    lists = lists or not_names()
    key = _key(text)
    words = key.split()
    if not words or key in lists.phrases or words[0] in lists.first_words:
        return True
    # A dotted abbreviation (إيه.بي.سي) may end like a nisba, and is none.
    if label in ("ORG", "LOC") and len(words) <= 2 and "." not in key and all(_nisba(w, label) for w in words):
        return max(places.get(normalize(w), 0.0) for w in text.split()) < _PLACE
    if label == "LOC" and len(words) == 1 and words[0] in _unit_words():
        return True  # ولايتي، محافظات: the word of the places the text names next
    if label == "LOC" and len(words) == 1 and words[0].endswith(_NISBA_NUMBERS) and len(words[0]) > _NISBA_NUMBER_LEN:
        return True  # الجنوبيتين، الغربيون: a nisba in the dual or plural describes, never names a place
    if label in ("ORG", "LOC") and (possessed(text.split()[0]) or (len(words) == 1 and _nisba_adverb(words[0]))):
        return True  # محيطه العربي، حكومته الجديدة: someone's, named by the sentence before
    if label == "ORG" and (_described(words) or _with_possessive(text.split())):
        return True
    if label == "PERSON" and len(words) == 1 and _nationality(words[0]):
        return True  # قال سوري: a nationality said of someone unnamed
    return label == "PERSON" and _people_described(text.split())


def _nationality(key: str) -> bool:
    """An indefinite masculine or feminine nationality (سوري، أردنية), as a matching key."""
    from sijill.names.orgs import lexicon  # the orgs module imports this one

    nationalities = lexicon().nationalities
    return key in nationalities or (key.endswith("يه") and key[:-1] in nationalities)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The indefinite subdivision words of ``organisation_phrases.json`` (محافظة، ولايتي،
    أقاليم), as keys: alone, no place's name. With the article (المحافظة) a word may stand for
    the one province the text names."""
    words = load_json("organisation_phrases.json")["subdivision_words"]
    return frozenset(_key(w) for w in words if not w.startswith("ال"))


#: Rank in the news vectors under which a word is a frequent one.
_FREQUENT = 25_000

#: The endings of a dual or plural noun and of a nisba adjective that agrees with it, as
#: matching keys (قياديان أفغانيان، مسؤولين عراقيين، دبلوماسيون غربيون).
_NUMBERS = (("ان", "يان"), ("ين", "يين"), ("ون", "يون"))


def _people_described(words: list[str]) -> bool:
    """Indefinite people in the dual or plural described by a nisba (قياديان أفغانيان، مسؤولون
    عراقيون، مصدران أمنيان): no person's name, though the model tags some as one. The words are
    the number forms of a frequent noun and a known nisba (قيادي، أفغاني), which a foreign
    name's are not (جان لودريان، أدريان وفابيان)."""
    from sijill.names.stages import word_rank  # the stages module imports this one

    if len(words) != 2 or any(w.startswith("ال") for w in words):
        return False
    for noun, nisba in _NUMBERS:
        if words[0].endswith(noun) and words[-1].endswith(nisba) and len(words[-1]) > len(nisba) + 2:
            person, nationality = words[0][: -len(noun)], words[-1][: -len(nisba)] + "ي"
            rank = word_rank(person)
            return len(person) >= 3 and rank is not None and rank < _FREQUENT and \
                word_rank(nationality) is not None
    return False


def _described(words: list[str]) -> bool:
    """An indefinite noun with an indefinite nisba (منظمة حقوقية، دولة خليجية، جمعية خيرية): a
    kind of body that the text describes, not one it names; a name is definite or proper."""
    if len(words) != 2 or any(w.startswith("ال") for w in words):
        return False
    from sijill.names.stages import word_rank  # the stages module imports this one

    noun, adjective = words
    if len(noun) <= 2 or len(adjective) <= 4 or not adjective.endswith(("يه", "ي")):
        return False
    # A nisba of a word news uses (حقوقية of حقوق، خليجية of خليج), not a foreign name's last
    # word that ends the same (جامعة سنسيناتي، مورجان ستانلي): no word ستانل.
    stem = adjective[:-2] if adjective.endswith("يه") else adjective[:-1]
    return word_rank(stem) is not None


def _nisba(key: str, label: str) -> bool:
    """A nationality-shaped word; an indefinite -ي names places too (كوباني), so a place
    needs the article or a plural ending (الكونغولي، باكستانيون)."""
    if len(key) <= 3 or not key.endswith(_NISBA):
        return False
    return label == "ORG" or key.startswith("ال") or not key.endswith("ي")


#: Place-gazetteer score (0-1) of a town whose name ends like a possessive pronoun (مولده).
_TOWN = 0.45

#: Possessive pronouns written at a noun's end, longest first (أموالهما before أموالها).
_POSSESSIVES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه")


def possessed(word: str) -> bool:
    """A noun written with a possessive pronoun (أمواله، مقاتليها، أعضائهم): the news vectors
    know the word without it better than with it. A word that merely ends in those letters
    (مياه، اتجاه) is more common whole, and a town the place gazetteer knows (مولده: نادي مولده
    النرويجي) is a name; ة is never a pronoun."""
    from sijill.names.stages import place_score, word_rank  # the stages module imports this one

    ending = next((e for e in _POSSESSIVES if word.endswith(e) and len(word) - len(e) >= 3), None)
    if ending is None or place_score(word) >= _TOWN:
        return False
    stem = word[: -len(ending)]
    # ة is written ت before a pronoun (إدارتها of إدارة; بيته of بيت).
    ranks = [r for r in (word_rank(stem), word_rank(stem[:-1] + "ة") if stem.endswith("ت") else None)
             if r is not None]
    rest = min(ranks) if ranks else None
    whole = word_rank(word)
    return rest is not None and (whole is None or rest < whole)


#: Endings of a nisba in the dual or the plural, as matching keys (ـيتين، ـيتان، ـيين، ـيون).
_NISBA_NUMBERS = ("يتين", "يتان", "يين", "يون")
#: The shortest such word: shorter ones are names (صهيون).
_NISBA_NUMBER_LEN = 6


def _nisba_adverb(key: str) -> bool:
    """A nisba in the accusative as an adverb (أميركيا، برلمانيا، دوليا): news writes the
    nisba itself more often than the form with ا, where a land's name (أفريقيا، آسيا، سوريا)
    is written more often than its nisba's stem."""
    from sijill.names.places import country_keys
    from sijill.names.stages import word_rank  # the stages module imports this one

    if not key.endswith("يا") or key in country_keys():
        return False
    stem, whole = word_rank(key[:-1]), word_rank(key)
    return stem is not None and (whole is None or stem < whole)


def _with_possessive(words: list[str]) -> bool:
    """An indefinite noun whose genitive carries a possessive pronoun (حركة أمواله المغرية،
    مجلس إدارتها): someone's thing the sentence speaks of, never the name of a body."""
    return len(words) >= 2 and not words[0].startswith("ال") and possessed(words[1])
