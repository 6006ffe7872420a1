"""Items stated in running text: the coordinated objects of one decision (وافق المجلس على أ،
وب، وج) or of a list introduced inside a sentence (القرارات ومنها أ، وب)."""

from __future__ import annotations

import re
from collections.abc import Callable

from sijill.claims.decision_cues import TIERS, Cues, Keys
from sijill.doc import Token
from sijill.text.normalize import match_key

#: Where a further coordinated item begins: a comma or semicolon, then و, which is left out
#: (after a comma a list writes ووضع، never وضع alone, so the و is the conjunction), or كما
#: before a further decision (، كما اعتمدت اللجنة ...).
_BOUNDARY = re.compile(r"\s*[،,؛;]\s*(?:و(?=\w)|(?P<also>كما\s+))")
_MIN_WORDS = 2  # a shorter piece is part of the item before it (، والمعتمرين)
#: Prepositions that a decision verb does not take its object with (it does with على، إلى، بـ):
#: a piece opened by one goes on with a complement of the item before.
#: Words whose first letter is و, not a conjunction (، وفق خطط ...): a complement of the item before.
_WAW_WORDS = frozenset(match_key(w) for w in ("وفق", "وفقا", "وفقاً", "وسط", "وراء"))
_COLON_REACH = 6  # tokens before a colon within which the items' noun stands (القرارات التي اتخذها المجلس:)
_GOES_ON = frozenset(match_key(w) for w in ("عن", "بين", "من", "في", "مع", "لدى", "حول", "ضد", "تجاه", "نحو"))


def coordinated(text: str, start: int, end: int, cue: Cues, named: Callable[[int, int], bool],
                decides: Callable[[int], bool] = lambda at: False) -> list[tuple[int, int]]:
    """``[start, end)`` cut into its coordinated items; a piece that opens with a decision verb
    (، وقررت ...، كما اعتمدت ...) is one, a piece that opens another clause (وكانت، وقال،
    وبدأت) or names someone first (وفهد كفاين وزير ...: a list of people) ends the run, and a
    piece too short to be an item stays with the one before."""
    out: list[tuple[int, int, bool]] = []
    pos, also = start, False
    for m in _BOUNDARY.finditer(text, start, end):
        out.append((pos, m.start(), also))
        pos, also = m.end(), bool(m.group("also"))
    out.append((pos, end, also))
    items: list[tuple[int, int]] = [out[0][:2]]
    for s, e, after_also in out[1:]:
        words = text[s:e].split()
        if not words:
            break
        if cue.purposes.match(text[s:e]):
            items[-1] = (items[-1][0], e)  # an example of the item before (، وبالخصوص ...)
            continue
        if decides(s):
            items.append((s, e))
            continue
        if cue.purposes.search(text, *items[-1]):
            break  # after a purpose (رغبة في كذا، وكذا) the run goes on with the purpose
        if after_also or _opens_clause(words, cue) or named(s, s + len(words[0])):
            break
        if len(words) < _MIN_WORDS or match_key(words[0]) in _GOES_ON \
                or match_key("و" + words[0]) in _WAW_WORDS:
            # A further complement of the item before (الصادرة عن أ، وعن ب; بين أ، وبين ب) is
            # no item of its own.
            items[-1] = (items[-1][0], e)
            continue
        items.append((s, e))
    return items


def _opens_clause(words: list[str], cue: Cues) -> bool:
    """Whether a piece after ``، و`` opens a new clause rather than naming a further item: a
    listed clause opener, or a verb in the past with a feminine or plural ending (وبدأت، وأكدوا)."""
    if not words:
        return True
    first = words[0]
    if match_key(first) in cue.clause_openers:
        return True
    # Verbal nouns open items (وتعديل، وإلغاء، والموافقة); a past verb (وبدأت، وأكدوا), a
    # present one (ويرأس، وتتولى) or a future one (وسيتم) opens a clause.
    return (first.endswith("ت") and not first.endswith("ات") and len(first) <= 5) or \
        (first.endswith("وا") and len(first) <= 6) or (first.startswith("ي") and len(first) >= 4) \
        or (first.startswith(("تت", "ست", "سي")) and len(first) >= 5)


def colon_opens(text: str, toks: list[Token], ks: Keys, i: int, cue: Cues) -> int | None:
    """Whether token ``i`` is a colon that opens items in running text right after their noun
    (ومن أبرز القرارات التي اتخذها المجلس: أ، وب): a noun of items (not a verb nor a statement's
    name) a few words before, and no quotation after it (قال في تصريح حول القرارات: «...» are his
    words). So is the first comma of a sentence that opens with "of the items" (ومن ضمن القرارات
    التي أعلنتها الهيئة، أ، وب). Returns where the items' introduction ends (the colon, or the
    noun before the comma), else None."""
    mark = text[toks[i].start : toks[i].end]
    if i + 1 >= len(toks) or mark not in (":", "：", "،", ","):
        return None
    after = text[toks[i].end : toks[i].end + 3].lstrip(" \t")
    if not after or after[0] in cue.quote_open or after[0] in "\r\n":
        return None
    if mark in ("،", ","):
        return _of_the_items(toks, ks, i, cue)
    found = any(tier == TIERS["nouns"] for j in range(max(0, i - _COLON_REACH), i)
                for _, _, tier in cue.kinds.at(ks, j))
    return toks[i].end if found else None


_OF = frozenset(match_key(w) for w in ("من", "ومن"))
_OF_REACH = 3  # tokens from the sentence's start within which ومن [أبرز] names the items' noun


def _of_the_items(toks: list[Token], ks: Keys, i: int, cue: Cues) -> int | None:
    """Where the items' noun ends when the comma at token ``i`` is the first of a sentence
    opened by ومن (أبرز، ضمن) and that noun: the items follow the comma."""
    if not toks or not _OF.intersection(ks[0]) or i > _COLON_REACH + _OF_REACH:
        return None
    if any(tok.kind != "word" for tok in toks[1:i]):
        return None
    return next((toks[j + n - 1].end for j in range(1, min(i, 1 + _OF_REACH))
                 for n, _, tier in cue.kinds.at(ks, j) if tier == TIERS["nouns"]), None)
