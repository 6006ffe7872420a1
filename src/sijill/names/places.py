"""Place names and the words around them: which place words belong to the name, which do not.

``مدينة حلب`` is the city ``حلب`` (the place word is dropped, kept as an alias); ``منطقة القصيم``،
``ولاية بورنو``، ``ريف دمشق`` are names of their own (a region is not its capital city), so the
word stays in the name even when the model tagged only the word after it; ``إقليم كردستان`` keeps
its word and is the same place as ``كردستان``. The word lists live in
``lang/ar/organisation_phrases.json`` (``place_types``, ``kept_place_types``, ``place_parts``,
``named_place_types``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from sijill.doc import Doc, Span
from sijill.lang import load_json
from sijill.names.missed_places import is_subdivision
from sijill.text.normalize import match_key

#: CLDR codes of bodies and pseudo-regions, not places (the United Nations, the EU, the euro area).
_NOT_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "ZZ"})
_PROCLITICS = ("وب", "ول", "وف", "و", "ب", "ل", "ف", "ك")


@dataclass(frozen=True)
class PlaceWords:
    """Matching keys of the words that stand before a place name."""

    #: Dropped from the name, kept as an alias: مدينة، بلدة، قرية، محافظة.
    trimmed: frozenset[str]
    #: Part of the name, the bare name an alias when nothing else goes by it: منطقة، ولاية.
    kept: frozenset[str]
    #: Part of the name, making another place: ريف دمشق، بحيرة تشاد، ساحة التحرير.
    parts: frozenset[str]
    #: Part of the name of the place the bare name also means: إقليم كردستان، سلطنة عمان.
    named: frozenset[str]

    def taken_in(self, key: str) -> bool:
        """Whether a word before a place name belongs to the name."""
        return key in self.kept or key in self.parts or key in self.named


@lru_cache(maxsize=4)
def place_words(lang: str = "ar") -> PlaceWords:
    """The place words of ``lang``, loaded once."""
    data = load_json("organisation_phrases.json", lang)

    def keys(name: str) -> frozenset[str]:
        return frozenset(match_key(w) for w in data.get(name, []))

    return PlaceWords(keys("place_types"), keys("kept_place_types"), keys("place_parts"),
                      keys("named_place_types"))


def shape_place(doc: Doc, span: Span, words: PlaceWords | None = None) -> Span:
    """A LOC span with its place word dropped (noted in ``data["place"]``) or taken in."""
    words = words or place_words()
    text = doc.text[span.start : span.end]
    first, _, rest = text.partition(" ")
    # The model may open a place at a place word's proclitic (بحي الملز، وبلدة بقين).
    cut = _clitic_cut(first, words) if span.start == 0 or not doc.text[span.start - 1].isalpha() else 0
    first = first[cut:]
    key = match_key(first)
    if rest and key in words.trimmed:
        return Span(span.end - len(rest), span.end, span.label, span.value,
                    {**span.data, "place": first})
    if rest and words.taken_in(key):
        return Span(span.start + cut, span.end, span.label, span.value, dict(span.data)) if cut else span
    compass = _compass_before(doc, span)
    if compass is not None:
        # ولاية | جنوب أستراليا: a kept place word goes before the compass word too.
        return shape_place(doc, Span(compass, span.end, span.label, span.value, dict(span.data)), words)
    before = _word_before(doc, span.start)
    if before is None:
        return span
    start, word = before
    key = match_key(word)
    if words.taken_in(key):
        return Span(start, span.end, span.label, span.value, dict(span.data))
    if key in words.trimmed:
        return Span(span.start, span.end, span.label, span.value, {**span.data, "place": word})
    return span


@lru_cache(maxsize=1)
def _compass() -> tuple[frozenset[str], frozenset[str]]:
    """The compass words and the continents of ``organisation_phrases.json``, as matching keys."""
    data = load_json("organisation_phrases.json")
    return (frozenset(match_key(w) for w in data["compass_words"]),
            frozenset(match_key(w) for w in data["continents"]))


def _compass_before(doc: Doc, span: Span) -> int | None:
    """Where a compass word right before a continent's name (شمال أفريقيا، جنوب شرق آسيا) or one
    that makes a state's or a province's name with it (جنوب السودان، شمال دارفور) starts: a
    place of its own. Before a
    country's or a city's name the word only says where in it (شرق سوريا، غرب القاهرة), which
    news does not name as a place."""
    if span.start < 2 or doc.text[span.start - 1] != " ":
        return None
    words, lands = _compass()
    key = " ".join(match_key(doc.text[span.start : span.end]).split())
    start = span.start - 1
    while start > 0 and doc.text[start - 1].isalpha():
        start -= 1
    word = doc.text[start : span.start - 1]
    for clitic in ("", *_PROCLITICS):
        compass = match_key(word[len(clitic) :])
        if word.startswith(clitic) and compass in words and \
                (key in lands or f"{compass} {key}" in country_keys() or is_subdivision(f"{compass} {key}")):
            start += len(clitic)
            # شمال | شرقي نيجيريا: two compass words name one part.
            before = doc.text[max(0, start - 12) : start].rstrip().rsplit(" ", 1)[-1]
            if not clitic and before and doc.text[start - 1 : start] == " " and match_key(before) in words:
                start -= len(before) + 1
            return start
    return None


def _clitic_cut(word: str, words: PlaceWords) -> int:
    """The length of the proclitic before a place word (بحي: 1), 0 when ``word`` is none."""
    everything = words.trimmed | words.kept | words.parts | words.named
    if match_key(word) in everything:
        return 0
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and match_key(word[len(clitic):]) in everything:
            return len(clitic)
    return 0


def _word_before(doc: Doc, at: int) -> tuple[int, str] | None:
    """The word just before ``at`` (one space between) without its proclitics, and its start."""
    if at < 2 or doc.text[at - 1] != " ":
        return None
    end = at - 1
    start = end
    while start > 0 and not doc.text[start - 1].isspace():
        start -= 1
    word = doc.text[start:end]
    if not word.isalpha():
        return None
    words = place_words()
    everything = words.trimmed | words.kept | words.parts | words.named
    for clitic in ("", *_PROCLITICS):
        if word.startswith(clitic) and match_key(word[len(clitic):]) in everything:
            return start + len(clitic), word[len(clitic):]
    return None


def makes_another_place(first_word_key: str, words: PlaceWords | None = None) -> bool:
    """Whether a name opening with this word is a place apart from the bare name after it."""
    words = words or place_words()
    return first_word_key in words.kept or first_word_key in words.parts or first_word_key in _compass()[0]


def is_kept_type(first_word_key: str, words: PlaceWords | None = None) -> bool:
    """Whether this word is an administrative unit's (منطقة، ولاية), whose bare name may alias it."""
    return first_word_key in (words or place_words()).kept


@lru_cache(maxsize=4)
def country_keys(lang: str = "ar") -> frozenset[str]:
    """Matching keys of the country and region names of CLDR (Babel) in ``lang``: the model
    sometimes takes a state's long name for an organisation (المملكة العربية السعودية)."""
    return frozenset(" ".join(match_key(name).split())
                     for code, name in Locale(lang).territories.items()
                     if code.isalpha() and code not in _NOT_COUNTRIES)
