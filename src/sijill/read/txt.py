"""Plain-text files: one article each, id = file name without extension."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sijill.read.article import Article, Problem
from sijill.read.decoding import decode


def read_txt(path: Path) -> Iterator[Article | Problem]:
    """The one article a .txt file holds, its text exactly as decoded."""
    where = str(path)
    text = decode(path.read_bytes(), where)
    if isinstance(text, Problem):
        yield text
    elif not text.strip():
        yield Problem(where, "empty file; give the article text or remove the file")
    else:
        yield Article(id=path.stem, text=text, origin=where)
