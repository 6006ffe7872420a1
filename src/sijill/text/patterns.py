"""Patterns for words of the data files, matched on ``search_view`` text (same offsets).

One builder for every data-driven grammar (dates, titles, organisations): diacritics and
tatweel may follow any letter, ة/ه and hamza seats are loose, spaces stretch.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sijill.text.normalize import search_view


def _cache_charsets() -> None:
    """Have ``re`` optimise each character class once per process, not once per occurrence.

    Every data word's pattern puts the diacritics class (``MARKS``) after each of its letters:
    the grammars hold it some 20,000 times, and ``re`` built the same table of 65,536 code
    points for each, about 4 s of CPU in every process. The compiled code is the same; only
    classes matched without IGNORECASE (no fixup tables) are cached. On a Python whose ``re``
    has no such function, nothing changes.
    """
    compiler: Any = getattr(re, "_compiler", None)
    optimise: Callable[..., tuple[list[Any], bool]] | None = getattr(compiler, "_optimize_charset", None)
    if optimise is None or getattr(optimise, "sijill_cached", False):
        return
    done: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    def cached(charset: list[Any], iscased: Any = None, fixup: Any = None,
               fixes: Any = None) -> tuple[list[Any], bool]:
        if fixup is not None or fixes is not None:
            return optimise(charset, iscased, fixup, fixes)
        try:
            key = (tuple(charset), iscased)
            hit = done.get(key)
        except TypeError:  # an unhashable item: optimise it as re would
            return optimise(charset, iscased, fixup, fixes)
        if hit is None:
            hit = done[key] = optimise(charset, iscased, fixup, fixes)
        return list(hit[0]), hit[1]

    cached.sijill_cached = True  # type: ignore[attr-defined]
    compiler._optimize_charset = cached


_cache_charsets()

MARKS = "[\u064b-\u0652\u0670\u0640]*"
_LOOSE = {"ة": "[ةه]", "ه": "[ةه]", "ؤ": "[ؤوء]", "ئ": "[ئيء]", "ء": "[ءئؤ]"}


def fuzzy(word: str, *, lam_article: bool = False) -> str:
    """A pattern for a data word on the search view.

    With ``lam_article``, a word that starts with the article also matches the ``لل`` form
    (``للائتلاف``) from the second ل, so the preposition stays outside the match.
    """
    view = search_view(word)
    out = []
    rest = view
    if lam_article and view.startswith("ال") and len(view) > 3:
        # لل + مكتب for المكتب, but لل + جنة for اللجنة (the article's ل merges).
        lam = "" if view[2] == "ل" else "ل" + MARKS
        out.append(f"(?:ا{MARKS}ل{MARKS}|(?<=ل){lam})")
        rest = view[2:]
    out.append(_pieces(rest))
    return "".join(out)


def alternation(words: list[str], *, lam_article: bool = False) -> str:
    """A non-capturing alternation of data words, longest first so the longest form wins.

    The words are grouped by the character they can start with (``ا(?:...)|ب(?:...)``), each
    group keeping the words' order: ``re`` tries every alternative at every word of a text and
    skips a group whose first letter differs in one step, so a text meets the few words that
    start with its letter, not hundreds. The matches are those of the plain alternation (see
    ``_forms``).
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    groups: dict[str, list[tuple[bool, str]]] = {}
    for word in ordered:
        forms = _forms(word, lam_article)
        if forms is None:  # a word whose first letter is not known: the plain alternation
            return "(?:" + "|".join(fuzzy(w, lam_article=lam_article) for w in ordered) + ")"
        for firsts, marks_first, after in forms:
            for ch in firsts:
                groups.setdefault(ch, []).append((marks_first, after))
    return "(?:" + "|".join(re.escape(ch) + _group(afters) for ch, afters in groups.items()) + ")"


def _group(afters: list[tuple[bool, str]]) -> str:
    """What may follow one first letter: the words' patterns after it, in order, each run of
    them that opens with the diacritics class sharing one (``MARKS(?:ب..|ت..)``).

    Sharing is exact: ``MARKS`` takes every diacritic there is, and what follows it in such a
    word is a letter or a space, which no diacritic matches, so a word never matches with
    fewer; the words of a run are then tried in the same order as before.
    """
    parts: list[str] = []
    run: list[str] = []
    for marks_first, after in [*afters, (False, "")]:
        if marks_first:
            run.append(after)
            continue
        if run:
            parts.append(f"{MARKS}(?:{'|'.join(run)})")
            run = []
        if after:
            parts.append(after)
    return f"(?:{'|'.join(parts)})"


def _forms(word: str, lam_article: bool) -> list[tuple[str, bool, str]] | None:
    """``fuzzy(word)`` as alternatives, in the order the pattern tries them: the letters each
    may start with, whether the pattern after that letter is ``MARKS`` then a letter or a
    space (and, if so, the pattern after ``MARKS``) or not (the whole pattern after the
    letter); None for an empty word or one that starts with a space.

    ``(?:ا..ل..|(?<=ل)ل..)rest`` tries the written article, then the ``لل`` form; each starts
    with one letter (``ا`` or ``ل``), and ``(?<=ل)`` before that ``ل`` reads ``(?<=لل)`` after
    it.
    """
    view = search_view(word)
    if not view or view[0] == " ":
        return None
    if lam_article and view.startswith("ال") and len(view) > 3:
        rest = view[2:]
        # The لل form of اللجنة is لل + جنة: the article's ل is the second ل itself.
        lam_rest = rest[1:] if rest[0] == "ل" else rest
        return [("ا", True, f"ل{MARKS}{_pieces(rest)}"),
                ("ل", False, f"(?<=لل){MARKS}{_pieces(lam_rest)}")]
    loose = _LOOSE.get(view[0])
    firsts = loose[1:-1] if loose else view[0]
    rest = view[1:]
    if rest and not _MARK.match(rest[0]):
        return [(firsts, True, _pieces(rest))]
    return [(firsts, False, MARKS + _pieces(rest))]


#: One character of ``MARKS``.
_MARK = re.compile(MARKS[:-1])


def _pieces(view: str) -> str:
    """The pattern of letters of a search view, as ``fuzzy`` writes them."""
    return "".join(r"\s+" if ch == " " else _LOOSE.get(ch, re.escape(ch)) + MARKS for ch in view)
