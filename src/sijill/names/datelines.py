"""The outlet named in a report's dateline: ``سبق - الرياض``, ``فلان - سبق - جدة``.

A dateline opens a report's body with a few short parts between dashes: the city, the writer,
the outlet. When every part but one is a known city or a person the model tagged, the one left
is the outlet that published the report, an organisation (annotation.md: media outlets).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sijill.doc import Doc, Span
from sijill.lang import load_json
from sijill.text.normalize import match_key

#: The lines of a report's head a dateline may open (title, standfirst, dateline).
_HEAD_LINES = 6
#: The longest line a dateline fills.
_MAX_CHARS = 70
#: Words of one dateline part: a city, a writer's name, an outlet's name.
_MAX_PART_WORDS = 3
_DASH = re.compile(r"\s*[-–—]\s*")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u064b-\u065f]+")
#: Latin words a scraped page leaves before the dateline (Next Previous).
_LATIN = re.compile(r"^(?:[A-Za-z]+\s+)+")


@lru_cache(maxsize=1)
def _not_outlets() -> frozenset[str]:
    """Dateline words that name no outlet (خاص، وكالات، متابعات) as matching keys."""
    return frozenset(match_key(w) for w in load_json("datelines.json")["not_outlets"])


def dateline_outlets(doc: Doc, mentions: list[Span]) -> list[Span]:
    """ORG spans of the outlets that datelines in the first lines of ``doc`` name."""
    out: list[Span] = []
    start = 0
    for _ in range(_HEAD_LINES):
        end = doc.text.find("\n", start)
        end = len(doc.text) if end < 0 else end
        if end > start:
            span = _outlet(doc, start, end, mentions)
            if span is not None:
                out.append(span)
        if end >= len(doc.text):
            break
        start = end + 1
    return out


def _outlet(doc: Doc, start: int, end: int, mentions: list[Span]) -> Span | None:
    """The outlet of the line ``[start, end)`` when it is a dateline, else None: a line of its
    own, or the head of a line that a colon ends (سبق- الرياض: وافق ...، فلان- سبق- جدة: أكدت),
    as agencies' and papers' reports open. The span is marked as a dateline's, so that the
    claims never take the outlet for the body its first sentence is about."""
    colon = doc.text.find(":", start, min(end, start + _MAX_CHARS + 1))
    if colon > start:
        end = colon
    elif end - start > _MAX_CHARS:
        return None
    parts = _parts(doc, start, end)
    if parts is None or len(parts) < 2:
        return None
    # A part that names the kind of report (وكالات، خاص) is neither outlet nor city.
    named = [p for p in parts if match_key(doc.text[p[0] : p[1]]) not in _not_outlets()]
    unknown = [p for p in named if not _known(doc, p, mentions)]
    if len(unknown) != 1 or len(named) < 2 or mentions_overlap(unknown[0], mentions):
        return None
    first, last = unknown[0]
    return Span(first, last, "ORG", None, {"rule": "dateline"})


def _parts(doc: Doc, start: int, stop: int) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each dash-separated part, None when one is no short name."""
    parts: list[tuple[int, int]] = []
    at = start
    pieces = _DASH.split(doc.text[start:stop])
    if len(pieces) < 2:
        return None
    for piece in pieces:
        piece = piece.lstrip()  # the line's own indent
        offset = doc.text.index(piece, at) if piece else at
        at = offset + len(piece)
        latin = _LATIN.match(piece)
        skip = latin.end() if latin else 0
        words = piece[skip:].split()
        if not words or len(words) > _MAX_PART_WORDS or \
                not all(_ARABIC_WORD.fullmatch(w) for w in words):
            return None
        parts.append((offset + skip, offset + len(piece.rstrip())))
    return parts


def _known(doc: Doc, part: tuple[int, int], mentions: list[Span]) -> bool:
    """A part that is a city or a person the model tagged, or a city the gazetteer knows."""
    from sijill.names.missed_places import is_bare_place, is_definite_city

    start, end = part
    if any(m.start <= start and end <= m.end and m.label in ("LOC", "PERSON") for m in mentions):
        return True
    text = doc.text[start:end]
    return " " not in text and (is_bare_place(text) or is_definite_city(text))


def mentions_overlap(part: tuple[int, int], mentions: list[Span]) -> bool:
    """Whether a mention already covers some of ``part``."""
    start, end = part
    return any(m.start < end and start < m.end for m in mentions)
