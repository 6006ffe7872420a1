"""Doc, Span and Token: the one type every stage annotates, with offsets into cleaned text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


# Spans and tokens are made by the thousand per article; frozen dataclasses cost five times as
# much to build, so these are plain slotted ones that stages treat as immutable.
@dataclass(slots=True)
class Span:
    """A labelled stretch ``[start, end)`` of ``Doc.text``; ``value`` holds a normalised reading."""

    start: int
    end: int
    label: str
    value: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)

    def text(self, doc: Doc) -> str:
        """The covered characters of the document's cleaned text."""
        return doc.text[self.start : self.end]


@dataclass(slots=True)
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
    """Maps every offset of the cleaned text back to an offset of the raw text.

    Stored as segments, not per character: segment ``k`` starts at cleaned offset
    ``starts[k]`` and either runs parallel to the raw text from ``sources[k]`` (``linear``) or
    maps every offset to ``sources[k]`` (a replacement such as ``&quot;`` -> ``"``). A 50 MB
    article with a few fixes needs a few segments, not fifty million offsets.
    """

    __slots__ = ("length", "linear", "sources", "starts")

    def __init__(self, starts: list[int], sources: list[int], linear: list[bool],
                 length: int) -> None:
        self.starts = starts
        self.sources = sources
        self.linear = linear
        self.length = length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that cleaning left unchanged."""
        return cls([0], [0], [True], length)

    def __len__(self) -> int:
        """The number of mapped offsets: the text's length plus its end."""
        return self.length + 1

    def __getitem__(self, offset: int) -> int:
        k = bisect_right(self.starts, offset) - 1
        return self.sources[k] + (offset - self.starts[k]) if self.linear[k] else self.sources[k]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``[start, end)`` that the cleaned ``[start, end)`` came from."""
        if start == end:
            return self[start], self[start]
        return self[start], self[end - 1] + 1

    def then(self, later: OffsetMap) -> OffsetMap:
        """The map of a second cleaning pass ``later`` applied after this one, to the raw text."""
        starts: list[int] = []
        sources: list[int] = []
        linear: list[bool] = []
        bounds = later.starts[1:] + [later.length + 1]
        for k, (a, b) in enumerate(zip(later.starts, bounds)):
            if b <= a:
                continue
            c = later.sources[k]
            if not later.linear[k]:
                starts.append(a)
                sources.append(self[c])
                linear.append(False)
                continue
            j = bisect_right(self.starts, c) - 1
            while j < len(self.starts) and (j < 0 or self.starts[j] < c + (b - a)):
                s = max(c, self.starts[j])
                starts.append(a + s - c)
                sources.append(self[s])
                linear.append(self.linear[j])
                j += 1
        return OffsetMap(starts, sources, linear, later.length)


class Coverage:
    """Which offsets a set of ``(start, end)`` ranges covers, answered by bisection: the
    stages ask it for every token, and a scan of every range per token made a long document
    cost its length squared."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [s for s, _ in ordered]
        #: The furthest end among the ranges that start at or before each one.
        self._reach: list[int] = []
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def covers(self, offset: int) -> bool:
        """Whether some range has ``start <= offset < end``."""
        k = bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset

    def covers_inside(self, offset: int) -> bool:
        """Whether some range has ``start < offset < end`` (the offset is strictly within)."""
        k = bisect_left(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset


class SpanIndex:
    """Spans found by the range they overlap, by bisection on their starts: a document's
    stages compare every candidate name with every name already kept, and a scan of the kept
    ones made a long document cost its length squared."""

    __slots__ = ("_longest", "_spans", "_starts")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self._spans]
        self._longest = max((s.end - s.start for s in self._spans), default=0)

    def add(self, span: Span) -> None:
        """Index one more span."""
        k = bisect_right(self._starts, span.start)
        self._starts.insert(k, span.start)
        self._spans.insert(k, span)
        self._longest = max(self._longest, span.end - span.start)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """The spans that share an offset with ``[start, end)``, in the order of their starts."""
        # A span that starts ``longest`` or more before ``start`` has ended by then.
        lo = bisect_left(self._starts, start - self._longest + 1)
        hi = bisect_left(self._starts, end)
        return [s for s in self._spans[lo:hi] if s.end > start]


@dataclass(slots=True)
class Entity:
    """One real-world actor in one document: its fullest name, other forms, and every mention."""

    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


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
    entities: list[Entity] = field(default_factory=list)
    annotations: set[str] = field(default_factory=set)
    #: Claims by kind (``positions``, ``events``, ``quotes``), objects of ``sijill.claims.model``.
    claims: dict[str, list[Any]] = field(default_factory=dict)

    def layer(self, name: str) -> list[Span]:
        """The spans of one layer (``dates``, ``entities``, ``titles``...), created empty."""
        return self.layers.setdefault(name, [])

    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of each sentence, in one pass (tokens between sentences are left out)."""
        # Tokens are in text order: each sentence's tokens are one slice, found by bisection
        # from where the last sentence's ended.
        tokens = self.tokens
        starts = [t.start for t in tokens]
        groups: list[list[Token]] = []
        k = 0
        for sentence in self.sentences:
            end = max(k, bisect_left(starts, sentence.end))
            groups.append(tokens[max(k, bisect_left(starts, sentence.start, k, end)) : end])
            k = end
        return groups

    def evidence(self, start: int, end: int) -> str:
        """The raw text behind a cleaned span, as the source showed it."""
        raw_start, raw_end = self.offsets.to_raw(start, end)
        return self.raw[raw_start:raw_end]
