"""HTML pages: the main text, title and date as trafilatura extracts them; id = file stem."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from sijill.read.article import Article, Problem
from sijill.read.decoding import declared_charset, decode
from sijill.read.fields import iso_day

# trafilatura logs its own view of pages it rejects; Sijill reports them as Problems instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def read_html(path: Path) -> Iterator[Article | Problem]:
    """The one article an HTML page holds, or a Problem when it has no main text."""
    where = str(path)
    page = _decoded(path.read_bytes(), where)
    if isinstance(page, Problem):
        yield page
        return
    if not page.strip():
        yield Problem(where, "empty file; give an HTML page or remove the file")
        return
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    text = getattr(found, "text", None) if found is not None else None
    if not isinstance(text, str) or not text.strip():
        yield Problem(
            where,
            "no article text found in the HTML; "
            "save the article page itself, or give its text as .txt",
        )
        return
    title = getattr(found, "title", None)
    meta = {"title": title} if isinstance(title, str) and title.strip() else {}
    yield Article(
        id=path.stem,
        text=text,
        published=iso_day(getattr(found, "date", None)),
        meta=meta,
        origin=where,
    )


def _decoded(data: bytes, where: str) -> str | Problem:
    """UTF-8 as for every text input, or else the charset the page itself declares."""
    page = decode(data, where)
    charset = declared_charset(data)
    if isinstance(page, Problem) and charset not in (None, "utf-8", "utf-16"):
        # Arabic sites still serve windows-1256 pages that say so in a <meta> tag
        try:
            return data.decode(charset or "utf-8")
        except UnicodeDecodeError:
            return page
    return page
