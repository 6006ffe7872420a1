"""Doc, Span and Token: the one type every stage annotates, with offsets into cleaned text."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch ``[start, end)`` of ``Doc.text``; ``value`` holds a normalised reading."""

    start: int
    end: int
    label: str
    value: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def text(self, doc: Doc) -> str:
        """The covered characters of the document's cleaned text."""
        return doc.text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its proclitics: ``proclitics`` and ``article`` are certain, ``maybe`` is not.

    ``stem`` is the offset where the word after the proclitics and the article begins, so
    ``للائتلاف`` has ``proclitics="ل"``, ``article=True`` and a stem ``ائتلاف``. ``maybe`` is a
    single و/ف/ب/ل/ك that may be a conjunction or preposition (``وقال``) or part of the word
    (``وليد``); stages with a lexicon decide.
    """

    start: int
    end: int
    kind: str
    proclitics: str = ""
    article: bool = False
    stem: int = -1
    maybe: str = ""

    def text(self, doc: Doc) -> str:
        """The token as written in the cleaned text."""
        return doc.text[self.start : self.end]

    def bare(self, doc: Doc) -> str:
        """The token without its certain proclitics, with the article restored (للائتلاف → الائتلاف)."""
        stem_start = self.stem if self.stem >= 0 else self.start
        stem = doc.text[stem_start : self.end]
        return "ال" + stem if self.article else stem


class OffsetMap:
    """Maps every offset of the cleaned text back to an offset of the raw text."""

    __slots__ = ("_raw",)

    def __init__(self, raw_offsets: array[int]) -> None:
        self._raw = raw_offsets

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that cleaning left unchanged."""
        return cls(array("l", range(length + 1)))

    def __len__(self) -> int:
        return len(self._raw)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``[start, end)`` that the cleaned ``[start, end)`` came from."""
        if start == end:
            return self._raw[start], self._raw[start]
        return self._raw[start], self._raw[end - 1] + 1


@dataclass(slots=True)
class Doc:
    """One article: the raw and cleaned text, the offset map, and every annotation layer."""

    id: str
    raw: str
    text: str
    offsets: OffsetMap
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    annotations: set[str] = field(default_factory=set)

    def layer(self, name: str) -> list[Span]:
        """The spans of one layer (``dates``, ``entities``, ``titles``...), created empty."""
        return self.layers.setdefault(name, [])

    def evidence(self, start: int, end: int) -> str:
        """The raw text behind a cleaned span, as the source showed it."""
        raw_start, raw_end = self.offsets.to_raw(start, end)
        return self.raw[raw_start:raw_end]
