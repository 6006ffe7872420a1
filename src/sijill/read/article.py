"""Article: what a reader yields before cleaning, and Problem: what it reports instead."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: raw text, optional publication date, and where it came from."""

    id: str
    text: str
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read: where (file, line) and why, as one line."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def content_id(text: str) -> str:
    """A stable id for an article that has none: a short hash of its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
