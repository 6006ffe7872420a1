"""SaudiNewsNet-style zips: members that are JSON arrays of articles, read one at a time."""

from __future__ import annotations

import itertools
import json
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sijill.read.article import Article, Problem
from sijill.read.decoding import decode
from sijill.read.fields import iso_day, string_fields, text_problem, type_name

META_FIELDS = ("title", "url", "source")
_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)
_WHITESPACE = " \t\n\r"


class _NotAnArray(Exception):
    """A member whose JSON is not an array of records, or breaks off part way."""


def read_news_zip(path: Path) -> Iterator[Article | Problem]:
    """The articles of every JSON-array member of a zip; id = <zip stem>-<index:05d>."""
    where = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        yield Problem(where, f"not a readable zip ({error}); download or copy it again")
        return
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if not members:
            yield Problem(where, "zip holds no files; give a zip of JSON arrays of articles")
        numbers = itertools.count()  # ids run on across members so they stay unique in the zip
        for info in members:
            yield from _member(archive, info, where, numbers)


def _member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, zip_where: str, numbers: Iterator[int]
) -> Iterator[Article | Problem]:
    """The articles of one member, each record read and checked on its own."""
    where = f"{zip_where}:{info.filename}"
    try:
        data = archive.read(info)
    except _MEMBER_ERRORS as error:
        yield Problem(
            where, f"cannot read this zip member ({error}); the zip is damaged, get a fresh copy"
        )
        return
    text = decode(data, where)
    del data
    if isinstance(text, Problem):
        yield text
        return
    stem = Path(zip_where).stem
    try:
        for position, record in enumerate(_records(text)):
            yield _article(record, f"{stem}-{next(numbers):05d}", f"{where}[{position}]")
    except _NotAnArray as error:
        yield Problem(where, f"{error}; each member must be a JSON array of article objects")


def _records(text: str) -> Iterator[Any]:
    """The elements of a JSON array, decoded one by one so they are not all held at once."""
    decoder = json.JSONDecoder(strict=False)
    pos = _skip(text, 0)
    if pos == len(text):
        raise _NotAnArray("empty member")
    if text[pos] != "[":
        try:
            kind = type_name(json.loads(text, strict=False))
        except json.JSONDecodeError as error:
            raise _NotAnArray(
                f"malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"
            ) from error
        raise _NotAnArray(f"member is {kind}, not a JSON array")
    pos = _skip(text, pos + 1)
    if text[pos : pos + 1] == "]":
        return
    while True:
        try:
            record, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as error:
            raise _NotAnArray(
                f"malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"
            ) from error
        yield record
        pos = _skip(text, pos)
        mark = text[pos : pos + 1]
        if mark == "]":
            break
        if mark != ",":
            raise _NotAnArray(f"malformed JSON at offset {pos}: expected ',' or ']'")
        pos = _skip(text, pos + 1)
    if _skip(text, pos + 1) != len(text):
        raise _NotAnArray(f"extra data after the array at offset {pos + 1}")


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _article(record: Any, id_: str, where: str) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(
            where,
            f"record is {type_name(record)}, not a JSON object; "
            "each element must be an article object",
        )
    if (reason := text_problem(record, "content")) is not None:
        return Problem(where, reason)
    extracted = record.get("date_extracted")
    day = iso_day(extracted[:10]) if isinstance(extracted, str) else None
    return Article(
        id=id_,
        text=record["content"],
        published=day,
        meta=string_fields(record, META_FIELDS),
        origin=where,
    )
