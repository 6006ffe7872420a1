"""A gazetteer of well-known organisations from ``lang/ar/organisations.json``, matched in text.

Matching runs on ``search_view(text)`` (same offsets as the text) with patterns that allow
diacritics, ة/ه, hamza seats and an attached proclitic outside the span (``وللائتلاف``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sijill.lang import load_json
from sijill.text.normalize import match_key, search_view
from sijill.text.patterns import alternation as _alternation
from sijill.text.patterns import fuzzy

#: A name may start a word, or follow a conjunction and/or one preposition (و، ف، ب، ل، ك).
EDGE = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
_QUOTES = "\"'«»“”„‘’"


def fuzzy_pattern(word: str) -> str:
    """A data word's pattern that also matches its ``لل`` form (see ``text.patterns.fuzzy``)."""
    return fuzzy(word, lam_article=True)


def restore_article(written: str, known: Callable[[str], bool]) -> str:
    """The word as it reads without the preposition of ``لل``: ``لمكتب`` -> ``المكتب``."""
    if not search_view(written).startswith("ل"):
        return written
    for candidate in ("ا" + written, "ال" + written):
        if known(candidate):
            return candidate
    return written


def alternation(words: list[str]) -> str:
    """An alternation of data words that also match their ``لل`` forms, longest first."""
    return _alternation(words, lam_article=True)


def name_key(name: str) -> str:
    """The lookup key of a name: ``match_key`` with spaces collapsed."""
    return " ".join(match_key(name).split())


def longest_first(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The non-overlapping candidates, longest kept first, in text order."""
    taken: list[tuple[int, int, str]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in taken):
            taken.append(cand)
    return sorted(taken)


@dataclass(frozen=True, slots=True)
class Organisation:
    """One gazetteer entry: its canonical name, kind and every name it goes by."""

    name: str
    kind: str
    variants: tuple[str, ...]
    quoted_only: tuple[str, ...]


class OrgGazetteer:
    """Well-known organisations and a compiled pattern for finding them in text."""

    def __init__(self, organisations: list[Organisation]) -> None:
        self.organisations = organisations
        self._by_key: dict[str, str] = {}
        plain: list[str] = []
        quoted: list[str] = []
        for org in organisations:
            for form in (org.name, *org.variants):
                self._by_key.setdefault(name_key(form), org.name)
                plain.append(form)
            for form in org.quoted_only:
                self._by_key.setdefault(name_key(form), org.name)
                quoted.append(form)
        self._last: tuple[str, tuple[tuple[int, int, str], ...]] | None = None
        self._plain = re.compile(rf"{EDGE}{alternation(plain)}(?!\w)")
        q = re.escape(_QUOTES)
        self._quoted = (re.compile(rf"(?<=[{q}]){alternation(quoted)}(?=\s*[{q}])")
                        if quoted else None)

    @classmethod
    def load(cls, lang: str = "ar") -> OrgGazetteer:
        """The gazetteer of ``lang/<lang>/organisations.json``, built once."""
        return _load(lang)

    def find(self, doc_text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping ``(start, end, canonical name)`` matches, the longest winning."""
        # The titles and the entities stages both ask for a document's matches: the last
        # document's are kept (short names asked of ``canonical`` do not replace them).
        last = self._last
        if last is not None and last[0] == doc_text:
            return list(last[1])
        found = self._find(doc_text)
        if len(doc_text) >= _REMEMBER_FROM:
            self._last = (doc_text, tuple(found))
        return found

    def _find(self, doc_text: str) -> list[tuple[int, int, str]]:
        view = search_view(doc_text)
        found: list[tuple[int, int, str]] = []
        for pattern in (self._plain, self._quoted):
            if pattern is None:
                continue
            for m in pattern.finditer(view):
                canonical = self._canonical_of_match(doc_text, m.start(), m.end())
                if canonical is not None:
                    found.append((m.start(), m.end(), canonical))
        return longest_first(found)

    def canonical(self, name: str) -> str | None:
        """The canonical name of an organisation name (clitics, quotes and spelling tolerated)."""
        hit = self._by_key.get(name_key(name))
        if hit is not None:
            return hit
        matches = self.find(name)
        if len(matches) != 1:
            return None
        start, end, canonical = matches[0]
        before = name[:start].strip().strip(_QUOTES + "\u0640").strip()
        after = name[end:].strip().strip(_QUOTES).strip()
        if after or not _is_proclitic(before):
            return None
        return canonical

    def _canonical_of_match(self, text: str, start: int, end: int) -> str | None:
        written = text[start:end]
        hit = self._by_key.get(name_key(written))
        if hit is None:  # the لل form: لائتلاف -> الائتلاف
            restored = restore_article(written, lambda w: name_key(w) in self._by_key)
            hit = self._by_key.get(name_key(restored))
        if hit is None:  # a hamza written or left out beyond what match_key folds
            hit = self._loose_lookup(written)
        return hit

    def _loose_lookup(self, written: str) -> str | None:
        key = _loose_key(written)
        for org in self.organisations:
            for form in (org.name, *org.variants, *org.quoted_only):
                if _loose_key(form) in (key, _loose_key("ا" + written), _loose_key("ال" + written)):
                    return org.name
        return None


#: Texts at least this long (documents, not names) have their matches remembered by ``find``.
_REMEMBER_FROM = 200


def _loose_key(s: str) -> str:
    return name_key(s).replace("ء", "")


def _is_proclitic(s: str) -> bool:
    return len(s) <= 2 and all(ch in "وفبلك" for ch in s)


@lru_cache(maxsize=4)
def _load(lang: str) -> OrgGazetteer:
    data = load_json("organisations.json", lang)
    orgs = [
        Organisation(
            name=str(e["name"]),
            kind=str(e.get("kind", "")),
            variants=tuple(str(v) for v in e.get("variants", [])),
            quoted_only=tuple(str(v) for v in e.get("quoted_only", [])),
        )
        for e in data["organisations"]
    ]
    return OrgGazetteer(orgs)


def canonical(name: str) -> str | None:
    """The canonical name of an organisation name from the default gazetteer, or None."""
    return OrgGazetteer.load().canonical(name)
