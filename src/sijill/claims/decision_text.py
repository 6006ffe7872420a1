"""The document as the decision finder reads it (search view, lines, markers, tokens, names), and
the lists in it: markers of one style, their items and the items nested under them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from sijill.claims.decision_cues import Cues, bare
from sijill.claims.lexicon import keys
from sijill.doc import Doc, Entity, Token
from sijill.text.normalize import match_key, search_view

HEADING_WORDS = 5  # the most words of an item that heads a sub-list
TRAILING = " \t\r\n،,؛;"
COLONS = (":", "：")
_DIGITS = re.compile(r"\d+")
_DASHES = str.maketrans("–—\u0640", "---")
_TATWEEL_AFTER_DIGIT = re.compile(r"\d\u0640")
_NUMBER_THEN_SPACE = re.compile(r"(?<!\d)\d{1,3}(?= )")


@dataclass(slots=True)
class Marker:
    """A list marker: its style, its number in its sequence (0 for dashes), where its item begins."""

    style: str
    index: int
    start: int
    text_start: int


@dataclass(slots=True)
class Item:
    """One item of a list: its marker, the end of its text, and the items nested under it."""

    marker: Marker
    end: int
    subs: list[Item] = field(default_factory=list)


class Text:
    """The document as the finder reads it: search view, lines with their markers, tokens, names."""

    def __init__(self, doc: Doc, cue: Cues) -> None:
        self.doc = doc
        self.cue = cue
        self.view = _restore_tatweel(doc, search_view(doc.text))
        self.lines = _lines(doc.text)
        self.line_starts = [s for s, _ in self.lines]
        self.marks = [self._line_marker(s, e) for s, e in self.lines]
        self.starts = [t.start for t in doc.tokens]
        self.mentions = sorted(((m.start, m.end, e) for e in doc.entities
                                if e.type in ("PERSON", "ORG", "LOC") for m in e.mentions),
                               key=lambda x: (x[0], x[1]))
        self.mention_starts = [m[0] for m in self.mentions]
        self.titles = sorted(t.start for t in doc.layers.get("titles", []))
        self.posts = sorted(t.start for t in doc.layers.get("titles", [])
                            if t.data.get("kind") == "post")
        # Titles of many (أعضاء، وزراء): they speak for the body named after them.
        self.collective = frozenset(t.start for t in doc.layers.get("titles", [])
                                    if match_key(doc.text[t.start : t.end].split()[0] if
                                                 doc.text[t.start : t.end].split() else "")
                                    in cue.collective_titles)
        self.quotes = [m.start() for m in cue.quote_chars.finditer(doc.text)]

    def _line_marker(self, s: int, e: int) -> Marker | None:
        m = self.cue.line_marker.match(self.view, s, e)
        if m is None:
            return None
        mk = self.marker(m)
        # A dash alone on a line is a rule; a number or ordinal alone heads the next line.
        return mk if m.end() < e or mk.style != "dash" else None

    def marker(self, m: re.Match[str]) -> Marker:
        """The marker of a match of a marker pattern."""
        group = style = m.lastgroup or "dash"
        found = m.group(group)
        index = 0
        if style == "number":
            digits = _DIGITS.search(found)
            index = int(digits.group()) if digits else 0
            # "1-" and "1." lists are two lists: one may nest in the other.
            style += ":" + _DIGITS.sub("9", "".join(found.split())).translate(_DASHES)
        elif style == "ordinal":
            word = " ".join(found.strip(" \t:：-–—.،,").split())
            index = self.cue.ordinals.get(match_key(word), 0)
        elif style == "letter":
            index = self.cue.letters.find(found[0]) + 1
        return Marker(style, index, m.start(group), m.end())

    def blank(self, k: int) -> bool:
        """Whether line ``k`` holds nothing but blanks."""
        s, e = self.lines[k]
        return not self.view[s:e].strip()

    def previous(self, k: int) -> int | None:
        """The index of the last non-blank line within three before line ``k``."""
        return next((n for n in range(k - 1, max(-1, k - 4), -1) if not self.blank(n)), None)

    def line_start(self, offset: int) -> int:
        """The start of the line that holds ``offset``."""
        return self.line_starts[bisect_right(self.line_starts, offset) - 1]

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens that start within ``[start, end)``."""
        return self.doc.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions that start within ``[start, end)``."""
        lo, hi = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def keys(self, tok: Token) -> tuple[str, ...]:
        """A token's keys, each also without the article."""
        ks = keys(self.doc, tok)
        # Remembered by the keys: a document asks this of every token, and words recur.
        hit = _WITH_BARE.get(ks)
        if hit is None:
            if len(_WITH_BARE) >= _WITH_BARE_MAX:
                _WITH_BARE.clear()
            hit = _WITH_BARE[ks] = ks + tuple(bare(k) for k in ks if bare(k) != k)
        return hit

    def quoted(self, line_start: int, at: int) -> bool:
        """Whether ``at`` lies inside a quotation opened earlier on its line."""
        return self.quote_start(line_start, at) is not None

    def quote_start(self, line_start: int, at: int) -> int | None:
        """Where the quotation that holds ``at`` opens on its line, or None."""
        opened: list[int] = []
        lo, hi = bisect_left(self.quotes, line_start), bisect_left(self.quotes, at)
        for q in self.quotes[lo:hi]:
            ch = self.doc.text[q]
            if ch in self.cue.quote_open and ch in self.cue.quote_close:
                opened = [] if opened else [q]
            elif ch in self.cue.quote_open:
                opened.append(q)
            elif ch in self.cue.quote_close and opened:
                opened.pop()
        return opened[0] if opened else None


#: ``Text.keys`` already made, by ``keys``; cleared past ``_WITH_BARE_MAX``.
_WITH_BARE: dict[tuple[str, ...], tuple[str, ...]] = {}
_WITH_BARE_MAX = 100_000


def _restore_tatweel(doc: Doc, view: str) -> str:
    """The view with its ``3ـ`` markers back: cleaning drops a tatweel after a digit and leaves
    ``3 ``, so the space is shown as the tatweel the raw text had there (same offsets)."""
    if not _TATWEEL_AFTER_DIGIT.search(doc.raw):
        return view
    chars = list(view)
    for m in _NUMBER_THEN_SPACE.finditer(view):
        if "\u0640" in doc.raw[doc.offsets[m.end() - 1] + 1 : doc.offsets[m.end()]]:
            chars[m.end()] = "\u0640"
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every line, without its line break."""
    out = []
    start = 0
    while (end := text.find("\n", start)) >= 0:
        out.append((start, end))
        start = end + 1
    out.append((start, len(text)))
    return out


def ends_with_colon(text: str) -> bool:
    return text.rstrip(TRAILING).endswith(COLONS)


# Lists: markers, items, sub-items.

def first_marker(m: Marker) -> bool:
    """Whether a marker can open a list: a dash, or the first number, letter or ordinal."""
    return m.style == "dash" or m.index == 1


def heading(t: Text, item: Item) -> bool:
    """An item with no text of its own, or a few words ending in a colon (``في الشأن التنظيمي:``),
    heads the items under it; a longer item ending in a colon (``تشكيل لجنة تضم:``) owns them."""
    own = t.doc.text[item.marker.text_start : item.end].rstrip(TRAILING)
    return not own or (own.endswith(COLONS) and len(own.split()) <= HEADING_WORDS)


def titles(t: Text, item: Item) -> bool:
    """Whether an item is a title over a sub-list of another style: a few words with no end of
    sentence (``أولاً: محور الإصلاح الإداري`` over ``1.`` ``2.``); its sub-items are the claims."""
    own = t.doc.text[item.marker.text_start : item.end].rstrip(TRAILING)
    return bool(item.subs) and all(s.marker.style != item.marker.style for s in item.subs) \
        and 0 < len(own.split()) <= HEADING_WORDS and own[-1:] not in ".!?؟"


def _split_inline(t: Text, item: Item) -> list[Item]:
    """The item and the further items of its style that follow on its own line (``1- أ 2- ب``)."""
    out = [item]
    pos = item.marker.text_start
    expect = item.marker.index + 1
    while (m := t.cue.inline_marker.search(t.view, pos, out[-1].end)) is not None:
        mk = t.marker(m)
        pos = m.end()
        if mk.style == item.marker.style and (mk.style == "dash" or mk.index == expect):
            out.append(Item(mk, out[-1].end))
            out[-2].end = mk.start
            expect += 1
    return out


def read_list(t: Text, k: int, first: Marker) -> tuple[list[Item], int]:
    """The items of the list whose first marker is ``first`` on line ``k``, and the next line."""
    style = first.style
    items = _split_inline(t, Item(first, t.lines[k][1]))
    j = k + 1
    while j < len(t.lines):
        if t.blank(j):
            j += 1
            continue
        s, e = t.lines[j]
        m, cur = t.marks[j], items[-1]
        expect = cur.marker.index + 1
        in_sequence = style == "dash" or expect <= m.index <= expect + 1 if m is not None else False
        if m is not None and m.style == style and in_sequence:
            items.extend(_split_inline(t, Item(m, e)))
        elif m is not None and (m.style != style or cur.subs or _opens_sub_list(t, cur, m)):
            cur.subs.extend(_split_inline(t, Item(m, e)))
        elif m is None and not cur.subs and not t.doc.text[cur.marker.text_start : cur.end].strip():
            cur.marker.text_start, cur.end = s, e  # a marker alone on its line: the text follows
        elif m is None and style != "dash" and _next_is(t, j, style, expect):
            (cur.subs[-1] if cur.subs else cur).end = e  # an item that runs over two paragraphs
        else:
            break
        j += 1
    return items, j


def _opens_sub_list(t: Text, item: Item, m: Marker) -> bool:
    """Whether a marker of the list's own style nests under ``item``: the item heads a sub-list,
    or the numbering starts again after an item ending in a colon (``تضم:`` ``1. ...``)."""
    own = t.doc.text[item.marker.text_start : item.end].rstrip(TRAILING)
    return heading(t, item) or (m.index == 1 and own.endswith(COLONS))


def _next_is(t: Text, j: int, style: str, index: int) -> bool:
    """Whether the next non-blank line after ``j`` carries marker ``index`` of ``style``."""
    n = next((n for n in range(j + 1, min(len(t.lines), j + 4)) if not t.blank(n)), None)
    m = t.marks[n] if n is not None else None
    return m is not None and m.style == style and m.index == index


def unmarked(t: Text, k: int) -> tuple[list[Item], int]:
    """Items that lost their markers: short lines from line ``k``, up to a line of narrative."""
    items: list[Item] = []
    j = k
    while j < len(t.lines) and len(items) < t.cue.max_lines:
        s, e = t.lines[j]
        toks = t.tokens(s, e)
        words = sum(x.kind == "word" for x in toks)
        if not toks or t.marks[j] is not None or words > t.cue.max_words:
            break
        if t.cue.stops.at([t.keys(x) for x in toks[:3]], 0) or ends_with_colon(t.doc.text[s:e]):
            break
        items.append(Item(Marker("none", 0, s, s), e))
        j += 1
    return items, j

