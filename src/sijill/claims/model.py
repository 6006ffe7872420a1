"""Claims (positions, events, quotes) and the per-sentence view the claim finders read."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sijill.claims.lexicon import keys
from sijill.doc import Doc, Entity, Span, Token
from sijill.text.normalize import match_key


@dataclass(slots=True)
class Position:
    """A person holds, held or will hold a role in an organisation (``org`` may be None)."""

    person: Entity
    role: str
    org: Entity | None
    status: str
    evidence: tuple[int, int]
    start: str | None = None
    end: str | None = None
    #: Whether the status was stated (السابق، سيكون) rather than taken as the default.
    stated: bool = False
    #: The body of the organisation the post is in (المكتب التنفيذي), when the title names one.
    body: Entity | None = None


@dataclass(slots=True)
class Event:
    """An organisational event with its participants, date, place and evidence."""

    type: str
    participants: list[Entity]
    evidence: tuple[int, int]
    date: str | None = None
    location: Entity | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Quote:
    """Someone's statement: who said it, to whom, and the words as a span of the text."""

    speaker: Entity
    text: tuple[int, int]
    evidence: tuple[int, int]
    to: Entity | None = None


@dataclass(slots=True)
class Mention:
    """One mention of an entity inside a sentence."""

    span: Span
    entity: Entity

    @property
    def type(self) -> str:
        """The entity's type."""
        return self.entity.type


class SentenceView:
    """A sentence's tokens (with matching keys), entity mentions, titles and dates."""

    def __init__(self, doc: Doc, sentence: Span, tokens: list[Token], mentions: list[Mention],
                 titles: list[Span], dates: list[Span]) -> None:
        self.doc = doc
        self.span = sentence
        self.tokens = tokens
        self.keys = [keys(doc, t) for t in tokens]
        self.mentions = mentions
        self.titles = titles
        self.dates = dates

    @cached_property
    def all_keys(self) -> tuple[str, ...]:
        """Every key of every token of the sentence, once each: a matcher whose cues none of
        them is skips the sentence in one test instead of one per token."""
        return tuple(dict.fromkeys(k for ks in self.keys for k in ks))

    @cached_property
    def folded(self) -> str:
        """The sentence's text folded as ``match_key`` folds a word: a word's key, or any part of
        it, is inside it, so a matcher whose cue keys none is inside skips the sentence."""
        return match_key.__wrapped__(self.doc.text[self.span.start : self.span.end])

    def holds_any(self, cue_keys: Iterable[str]) -> bool:
        """Whether a word of the sentence may have one of ``cue_keys`` as its key (never a false
        no: one substring test per cue instead of one set test per word)."""
        folded = self.folded
        return any(k in folded for k in cue_keys)

    @cached_property
    def _named(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the sentence's mentions, titles and dates, overlapping ones
        merged, in order."""
        starts: list[int] = []
        ends: list[int] = []
        spans = sorted([(m.span.start, m.span.end) for m in self.mentions]
                       + [(t.start, t.end) for t in self.titles]
                       + [(d.start, d.end) for d in self.dates])
        for a, b in spans:
            if starts and a < ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        return starts, ends

    def named_at(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a mention, a title or a date of the sentence (one
        bisection, where a scan of them all per word was quadratic in a long sentence)."""
        starts, ends = self._named
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]

    @cached_property
    def token_starts(self) -> list[int]:
        """Each token's start, in order (for bisection)."""
        return [t.start for t in self.tokens]

    def index_at(self, offset: int) -> int:
        """The index of the first token that ends after ``offset`` (len(tokens) if none)."""
        for i, tok in enumerate(self.tokens):
            if tok.end > offset:
                return i
        return len(self.tokens)

    def between(self, start: int, end: int, types: tuple[str, ...] = ("PERSON", "ORG", "LOC")) -> list[Mention]:
        """Mentions of ``types`` that lie within ``[start, end)``."""
        return [m for m in self.mentions if m.type in types and start <= m.span.start and m.span.end <= end]


def sentence_views(doc: Doc) -> list[SentenceView]:
    """One view per sentence, built in a single pass over tokens, mentions, titles and dates."""
    # The outlet of a dateline (سبق- الرياض: وافق ...) shares the first sentence but is no
    # actor of it: no claim reads it.
    mentions = sorted((Mention(m, e) for e in doc.entities for m in e.mentions
                       if m.data.get("rule") != "dateline"),
                      key=lambda m: (m.span.start, m.span.end))
    titles = [t for t in doc.layers.get("titles", []) if t.data.get("kind") == "post"]
    dates = doc.layers.get("dates", [])
    views = []
    seqs: list[list[Any]] = [doc.tokens, mentions, titles, dates]
    # The items' starts read once into lists of ints: the cursors walk them, not the items.
    starts = [[t.start for t in doc.tokens], [m.span.start for m in mentions],
              [t.start for t in titles], [d.start for d in dates]]
    cursors = [0, 0, 0, 0]
    for sentence in doc.sentences:
        parts: list[list[Any]] = []
        for n, seq in enumerate(seqs):
            at, k, size = starts[n], cursors[n], len(seq)
            while k < size and at[k] < sentence.start:
                k += 1
            first = k
            while k < size and at[k] < sentence.end:
                k += 1
            cursors[n] = k
            parts.append(seq[first:k])
        views.append(SentenceView(doc, sentence, parts[0], parts[1], parts[2], parts[3]))
    return views
