"""Input readers: any mix of .txt, .jsonl, .html/.htm, SaudiNewsNet .zip, folders and `-`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from sijill.read.article import Article, Problem, content_id
from sijill.read.dirs import walk
from sijill.read.html import read_html
from sijill.read.jsonl import read_jsonl, read_stream
from sijill.read.newszip import read_news_zip
from sijill.read.txt import read_txt

__all__ = ["READERS", "Article", "Problem", "content_id", "read_inputs", "read_path"]

Reader = Callable[[Path], Iterator[Article | Problem]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".zip": read_news_zip,
}
STDIN = "-"
_ACCEPTED = ".txt, .jsonl, .html, .htm, .zip, a directory or -"


def read_inputs(
    inputs: Sequence[str], stdin: TextIO | BinaryIO | None = None
) -> Iterator[Article | Problem]:
    """Every article in `inputs`, in order; what cannot be read comes as a Problem instead."""
    for name in inputs:
        if name == STDIN:
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
            yield from read_stream(stream)
        else:
            yield from read_path(Path(name))


def read_path(path: Path) -> Iterator[Article | Problem]:
    """The articles of one file or folder named by the user."""
    if path.is_dir():
        for found in walk(path, READERS):
            if isinstance(found, Problem):
                yield found
            else:
                yield from from_file(found)
        return
    if not path.exists():
        yield Problem(str(path), "no such file or directory; check the path")
        return
    suffix = path.suffix.lower()
    if suffix not in READERS:
        kind = suffix or "(no extension)"
        yield Problem(str(path), f"unsupported input type {kind}; give {_ACCEPTED}")
        return
    yield from from_file(path)


def from_file(path: Path) -> Iterator[Article | Problem]:
    """The articles of one file of a known type; an OS error reading it becomes a Problem."""
    try:
        yield from READERS[path.suffix.lower()](path)
    except OSError as error:
        yield Problem(
            str(path),
            f"cannot read this file ({error.strerror or error}); check it exists and is readable",
        )
