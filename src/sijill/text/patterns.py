"""Patterns for words of the data files, matched on ``search_view`` text (same offsets).

One builder for every data-driven grammar (dates, titles, organisations): diacritics and
tatweel may follow any letter, ة/ه and hamza seats are loose, spaces stretch.
"""

from __future__ import annotations

import re

from sijill.text.normalize import search_view

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
    for ch in rest:
        if ch == " ":
            out.append(r"\s+")
        else:
            out.append(_LOOSE.get(ch, re.escape(ch)) + MARKS)
    return "".join(out)


def alternation(words: list[str], *, lam_article: bool = False) -> str:
    """A non-capturing alternation of data words, longest first so the longest form wins."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(fuzzy(w, lam_article=lam_article) for w in ordered) + ")"
