"""Cleaning scraped article text while keeping a map from every cleaned offset to the raw text."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from sijill.doc import OffsetMap

Replacer = Callable[["re.Match[str]"], str]

_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"

# Pass 1: characters and sequences that are scraping debris or invisible marks.
_DEBRIS = re.compile(
    r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"  # HTML entities
    r"|&"  # a bare ampersand, judged by _debris below
    r"|\r\n?"  # Windows and old Mac line ends
    r"|[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]"  # bidi, zero-width, soft hyphen
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"  # control characters
    r"|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]"  # odd spaces and tabs
    r"|[\ufb50-\ufdff\ufe70-\ufefc]"  # Arabic presentation forms
    r"|\u0640+"  # tatweel, judged by _debris below
)

_CLITIC_TATWEEL = re.compile(r"(?:^|(?<=[\s\"'«(\[]))[وفبلك]\u0640+(?![\u0621-\u064a])")

# Pass 2: layout.
_LAYOUT = re.compile(
    r"[ ]+(?=[،,.:;؛؟?!)\]»”])"  # a stray space before punctuation
    r"|(?<=[(\[«“])[ ]+"  # a space after an opening bracket or quote
    r"|[ ]{2,}"  # runs of spaces
    r"|^[ ]+|[ ]+$",  # spaces at line starts and ends
    re.MULTILINE,
)
_BLANK_LINES = re.compile(r"\n{3,}")


def _debris(match: re.Match[str]) -> str:
    s = match.group()
    if s[0] == "&":
        if len(s) > 1:
            out = html.unescape(s)
            return " " if out in ("\u00a0", "\u200b") else out
        text = match.string
        before = text[match.start() - 1] if match.start() > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        # A bare & between Latin words (AT&T) is kept; next to Arabic or whitespace it is
        # what is left of a badly stripped non-breaking space.
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            return s
        return " "
    if s[0] == "\r":
        return "\n"
    if s[0] == "\u0640":
        # Kept only where it detaches a one-letter proclitic from a quote, number or space
        # (لـ"إيلاف", بـ 62); inside words it is decoration.
        at = match.start() - 1
        return s if at >= 0 and _CLITIC_TATWEEL.match(match.string, at) else ""
    cp = ord(s[0])
    if 0xFB50 <= cp <= 0xFEFC:
        return unicodedata.normalize("NFKC", s)
    if s in "\u00a0\u1680\u202f\u205f\u3000\t" or 0x2000 <= cp <= 0x200A:
        return " "
    return ""


def _blank_lines(match: re.Match[str]) -> str:
    return "\n\n"


def _layout(match: re.Match[str]) -> str:
    s = match.group()
    if len(s) >= 2 and match.start() > 0 and s.strip(" ") == "":
        # Runs of spaces inside a line become one, unless at the line's edge.
        line_start = match.start() == 0 or match.string[match.start() - 1] == "\n"
        line_end = match.end() == len(match.string) or match.string[match.end()] == "\n"
        return "" if line_start or line_end else " "
    return ""


def _segment(starts: list[int], sources: list[int], linear: list[bool], start: int, source: int,
             parallel: bool) -> None:
    starts.append(start)
    sources.append(source)
    linear.append(parallel)


def substitute(text: str, pattern: re.Pattern[str], repl: Replacer) -> tuple[str, OffsetMap]:
    """Replace every match; return the new text and the map from its offsets to the old ones."""
    pieces: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    linear: list[bool] = []
    pos = 0
    size = 0
    for m in pattern.finditer(text):
        new = repl(m)
        if new == m.group():
            continue
        if m.start() > pos:
            _segment(starts, sources, linear, size, pos, True)
            pieces.append(text[pos : m.start()])
            size += m.start() - pos
        if new:
            _segment(starts, sources, linear, size, m.start(), len(new) == m.end() - m.start())
            pieces.append(new)
            size += len(new)
        pos = m.end()
    _segment(starts, sources, linear, size, pos, True)
    pieces.append(text[pos:])
    size += len(text) - pos
    return "".join(pieces), OffsetMap(starts, sources, linear, size)


def clean(raw: str) -> tuple[str, OffsetMap]:
    """The cleaned text of a raw article and the map from cleaned offsets to raw ones."""
    text, offsets = substitute(raw, _DEBRIS, _debris)
    for pattern, repl in ((_LAYOUT, _layout), (_BLANK_LINES, _blank_lines)):
        text, later = substitute(text, pattern, repl)
        offsets = offsets.then(later)
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    if len(stripped) != len(text):
        offsets = offsets.then(OffsetMap([0], [lead], [True], len(stripped)))
    return stripped, offsets
