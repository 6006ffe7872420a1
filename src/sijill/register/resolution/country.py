"""Which country a document or a state body's name is about, so that bare state bodies
(``مجلس الوزراء``, ``وزارة الصحة``, ``اتحاد القدم``) are one body per country.

Cues come from ``lang/ar/resolution.json``: a country's names, nationality adjectives and
cities. A document is about the country its cues name most, when that country is named
clearly more than any other; a name is about the country of its nationality words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from sijill.lang import load_json
from sijill.register.keys import word_keys

#: Least number of cues of the leading country for a document to be about it.
MIN_CUES = 2
#: How many times the runner-up's cues the leading country needs (a clear lead).
LEAD = 1.5
_WORD = re.compile(r"\w+")
# Clitics a cue word may carry in running text: a conjunction, then a preposition.
_CONJ, _PREP = "وف", "بلك"


@dataclass(frozen=True, slots=True)
class Cues:
    """Country cues as word keys: single words and two-word names."""

    words: dict[str, str]
    pairs: dict[tuple[str, str], str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The country cues of the data file, read once."""
    words: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for country, phrases in load_json("resolution.json")["countries"].items():
        for phrase in phrases:
            keys = word_keys(phrase)
            if len(keys) == 1:
                words[keys[0]] = country
            elif len(keys) == 2:
                pairs[(keys[0], keys[1])] = country
    return Cues(words, pairs)


@lru_cache(maxsize=131072)
def _cue_key(word: str) -> str:
    """The key of a running-text word with its clitics off, when that is a cue word, else
    its plain key (``وبالرياض`` -> ``رياض``, ``للسعودية`` -> ``سعوديه``)."""
    known = cues().words
    forms = [word]
    if word[:1] in _CONJ and len(word) > 3:
        forms.append(word[1:])
    for form in list(forms):
        if form.startswith("لل"):
            forms.append("ال" + form[2:])
        elif form[:1] in _PREP and len(form) > 3:
            forms.append(form[1:])
    for form in forms:
        keys = word_keys(form)
        if keys and keys[0] in known:
            return keys[0]
    keys = word_keys(word)
    return keys[0] if keys else ""


def count_countries(text: str) -> Counter[str]:
    """How many cues of each country a text holds (one pass over its words)."""
    found = cues()
    counts: Counter[str] = Counter()
    previous = ""
    for m in _WORD.finditer(text):
        key = _cue_key(m.group())
        pair = found.pairs.get((previous, key))
        if pair is not None:
            counts[pair] += 1
        elif key in found.words:
            counts[found.words[key]] += 1
        previous = key
    return counts


def text_country(text: str) -> str | None:
    """The country a document is about: the one its cues name most, by a clear lead."""
    return _lead(count_countries(text))


@lru_cache(maxsize=65536)  # asked for every state body name on every pass
def name_countries(words: tuple[str, ...]) -> frozenset[str]:
    """The countries a name's own words name (``الحكومة اليمنية`` -> YE)."""
    found = cues()
    named = {found.words[w] for w in words if w in found.words}
    named.update(c for pair, c in found.pairs.items() if _has_pair(words, pair))
    return frozenset(named)


def _has_pair(words: tuple[str, ...], pair: tuple[str, str]) -> bool:
    return any(a == pair[0] and b == pair[1] for a, b in pairwise(words))


@lru_cache(maxsize=1)
def _country_forms() -> frozenset[str]:
    return _one(load_json("resolution.json")["country_forms"])


@lru_cache(maxsize=65536)
def without_countries(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without its country words, and the words of a state's official
    name beside them (``العربية السعودية``, ``جمهورية مصر``)."""
    found = cues()
    pair_words = {w for pair in found.pairs for w in pair if _has_pair(words, pair)}
    rest = tuple(w for w in words if w not in found.words and w not in pair_words)
    forms = _country_forms()
    return tuple(w for w in rest if w not in forms) if len(rest) < len(words) else rest


#: Country code top-level domains that are not the country's ISO code.
_TLD = {"uk": "GB"}


def url_country(url: str | None) -> str | None:
    """The country of an outlet's country code domain (``.sa``, ``.com.iq``), else None."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    tld = host.rsplit(".", 1)[-1]
    code = _TLD.get(tld, tld.upper())
    return code if code in load_json("resolution.json")["countries"] else None


def _lead(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_CUES:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def document_country(text: str, url: str | None, outlet: str | None = None) -> str | None:
    """The country a document is about: the one its text names most, else its outlet's (a
    domestic story need not name its own country): the country of the outlet's domain, else
    ``outlet``, the country the outlet's own documents are about (``resolution.outlets``),
    when the story names no other country."""
    counts = count_countries(text)
    found = _lead(counts) or url_country(url)
    if found is None and outlet and set(counts) <= {outlet}:
        return outlet
    return found


@dataclass(frozen=True, slots=True)
class StateBodies:
    """The data that says which names are bare state bodies, as word keys."""

    heads: frozenset[str]
    names: frozenset[tuple[str, ...]]
    qualifiers: frozenset[str]
    synonyms: dict[tuple[str, ...], tuple[str, ...]]
    sub_national: frozenset[str]
    sports_heads: frozenset[str]
    sports: dict[tuple[str, ...], str]
    generic: frozenset[str]


def _one(words: list[str]) -> frozenset[str]:
    return frozenset(k for w in words for k in word_keys(w))


@lru_cache(maxsize=1)
def state_bodies() -> StateBodies:
    """The state-body data of ``resolution.json``, read once."""
    data = load_json("resolution.json")
    phrases = load_json("organisation_phrases.json")
    return StateBodies(
        _one(data["national_heads"]),
        frozenset(word_keys(n) for n in data["national_names"]),
        _one(data["state_qualifiers"]),
        {word_keys(k): word_keys(v) for k, v in data["state_synonyms"].items()},
        _one(data["sub_national"]),
        _one(data["sports_heads"]),
        {word_keys(k): word_keys(v)[0] for k, v in data["sports"].items()},
        _one([*data["generic_org_words"], *phrases["adjectives"]]))


@lru_cache(maxsize=65536)
def sports_head(words: tuple[str, ...]) -> str | None:
    """The head of a name that is a sports head and nationality words only (``الاتحاد
    السعودي``): which of the country's federations it is, only its document says."""
    rest = without_countries(words)
    if len(rest) == 1 and len(rest) < len(words) and rest[0] in state_bodies().sports_heads:
        return rest[0]
    return None


def _unlam(word: str, known: frozenset[str] | dict[tuple[str, ...], str]) -> str:
    # لكرة، للشؤون: the lam of a complement is not part of the word.
    if word.startswith("ل") and len(word) > 2:
        rest = word[1:]
        if (rest in known if isinstance(known, frozenset) else (rest,) in known):
            return rest
    return word


def _sports(words: tuple[str, ...], sports: dict[tuple[str, ...], str]) -> tuple[str, ...] | None:
    """The sports the words name, each once, or None when a word is not a sports word."""
    words = tuple(_unlam(w, sports) for w in words)
    named: list[str] = []
    i = 0
    while i < len(words):
        two = sports.get(words[i:i + 2]) if i + 1 < len(words) else None
        one = sports.get(words[i:i + 1])
        if two is not None:
            named.append(two)
            i += 2
        elif one is not None:
            named.append(one)
            i += 1
        else:
            return None
    return tuple(sorted(set(named)))


@lru_cache(maxsize=65536)
def state_body(words: tuple[str, ...]) -> str | None:
    """The key of a bare state body that a name (word keys) is, whoever's it is, else None:
    ``مجلس الوزراء العراقي`` and ``مجلس الوزراء`` give ``مجلس وزراء``, ``الاتحاد السعودي
    لكرة القدم`` and ``اتحاد القدم`` give ``اتحاد قدم``."""
    data = state_bodies()
    rest = tuple(w for w in without_countries(words) if w not in data.qualifiers)
    if not rest or any(w in data.sub_national for w in rest):
        return None
    if rest in data.names:
        return " ".join(data.synonyms.get(rest, rest))
    head, tail = rest[0], rest[1:]
    if head in data.heads and tail and all(_unlam(w, data.generic) in data.generic
                                           for w in tail):
        return " ".join((head, *sorted(_unlam(w, data.generic) for w in tail)))
    if head in data.sports_heads and tail:
        sports = _sports(tail, data.sports)
        return " ".join((head, *sports)) if sports else None
    return None


@lru_cache(maxsize=1)
def _scope_words() -> dict[str, str]:
    return {k: scope for scope, words in load_json("resolution.json")["scopes"].items()
            for w in words for k in word_keys(w)}


@lru_cache(maxsize=65536)
def name_scope(words: tuple[str, ...]) -> frozenset[str]:
    """The level or region an organisation's name says it works at: the countries it names
    and its scope words (``الاتحاد الآسيوي لكرة القدم`` -> asian, ``اتحاد الكرة السعودي`` ->
    SA, ``الاتحاد العربي السعودي`` -> SA: العربي beside a country is the country's name)."""
    scopes = _scope_words()
    return name_countries(words) | {scopes[w] for w in without_countries(words) if w in scopes}
