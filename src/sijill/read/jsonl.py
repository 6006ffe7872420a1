"""JSON Lines: one article per line, from a file or a stream such as standard input."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO, cast

from sijill.read.article import Article, Problem, content_id
from sijill.read.decoding import CONVERT_HINT, scan
from sijill.read.fields import iso_day, string_fields, text_problem, type_name

META_FIELDS = ("url", "title", "source")


def read_jsonl(path: Path) -> Iterator[Article | Problem]:
    """The articles of a .jsonl file, a line at a time."""
    codec = scan(path)
    if isinstance(codec, Problem):
        yield codec
        return
    with path.open(encoding=codec, newline="\n") as lines:
        yield from read_lines(lines, str(path))


def read_stream(stream: TextIO | BinaryIO, name: str = "<stdin>") -> Iterator[Article | Problem]:
    """The articles of JSON Lines on an open stream; a byte stream is read as UTF-8."""
    if isinstance(stream, io.TextIOBase) or isinstance(stream.read(0), str):
        yield from read_lines(_text_lines(cast(TextIO, stream), name), name)
    else:
        yield from read_lines(_decoded_lines(cast(BinaryIO, stream), name), name)


class _Undecodable(Exception):
    """Part of a stream that is not UTF-8: where it is and what to do."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.problem = Problem(where, reason)


def _text_lines(stream: TextIO, name: str) -> Iterator[str]:
    try:
        yield from stream
    except UnicodeDecodeError as error:
        # a text stream decodes ahead in blocks, so the line number would be a guess
        raise _Undecodable(name, f"not UTF-8 ({error.reason}); {CONVERT_HINT}") from error


def _decoded_lines(stream: BinaryIO, name: str) -> Iterator[str]:
    offset = 0
    for number, raw in enumerate(stream, start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            byte = raw[error.start : error.start + 1].hex().upper()
            at = offset + error.start
            reason = f"not UTF-8 (invalid byte 0x{byte} at offset {at}); {CONVERT_HINT}"
            raise _Undecodable(f"{name}:{number}", reason) from error
        offset += len(raw)


def read_lines(lines: Iterable[str], name: str) -> Iterator[Article | Problem]:
    """The articles of JSON Lines; blank lines are skipped, bad ones reported by number."""
    seen = 0
    try:
        for number, line in enumerate(lines, start=1):
            if number == 1:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            seen += 1
            yield parse_line(line, f"{name}:{number}")
    except _Undecodable as error:
        yield error.problem
        return
    if not seen:
        yield Problem(name, "empty file; no JSON lines to read")


def parse_line(line: str, where: str) -> Article | Problem:
    """One JSON line as an article, or the Problem that stops it being one."""
    try:
        record = json.loads(line, strict=False)
    except json.JSONDecodeError as error:
        return Problem(where, f"malformed JSON at column {error.colno}: {error.msg}; fix the line")
    except RecursionError:
        return Problem(where, "JSON nested too deeply; give one flat object per line")
    if not isinstance(record, dict):
        return Problem(
            where, f"line is {type_name(record)}, not a JSON object; give one object per line"
        )
    if (reason := text_problem(record, "text")) is not None:
        return Problem(where, reason)
    text: str = record["text"]
    given = record.get("id")
    if isinstance(given, int) and not isinstance(given, bool):
        given = str(given)
    id_ = given if isinstance(given, str) and given.strip() else content_id(text)
    return Article(
        id=id_,
        text=text,
        published=iso_day(record.get("published")),
        meta=string_fields(record, META_FIELDS),
        origin=where,
    )
