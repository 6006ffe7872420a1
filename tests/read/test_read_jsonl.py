"""JSON Lines files and standard input."""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from read_helpers import OTHER, SENTENCE, split

from sijill.read import read_inputs
from sijill.read.article import content_id


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(**fields: Any) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_full_record(tmp_path: Path) -> None:
    record = line(
        id="doc-1",
        text=SENTENCE,
        published="2024-06-10",
        url="https://example.org/a",
        title="اجتماع المجلس",
        source="وكالة",
        author="ignored",
    )
    path = write_jsonl(tmp_path / "batch.jsonl", [record])
    articles, problems = split([str(path)])
    assert problems == []
    [article] = articles
    assert (article.id, article.text, article.published) == ("doc-1", SENTENCE, "2024-06-10")
    assert article.meta == {
        "url": "https://example.org/a",
        "title": "اجتماع المجلس",
        "source": "وكالة",
    }
    assert article.origin == f"{path}:1"


def test_missing_id_gets_content_hash_and_int_id_is_kept(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "b.jsonl", [line(text=SENTENCE), line(id=7, text=OTHER), line(id="", text=OTHER)]
    )
    articles, _ = split([str(path)])
    assert [a.id for a in articles] == [content_id(SENTENCE), "7", content_id(OTHER)]


@pytest.mark.parametrize(
    "published", ["10/06/2024", "2024-13-01", "2024-06", 20240610, "", "2024-06-10T08:00"]
)
def test_malformed_published_is_dropped_not_a_problem(tmp_path: Path, published: object) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [line(text=SENTENCE, published=published)])
    articles, problems = split([str(path)])
    assert problems == []
    assert [(a.text, a.published) for a in articles] == [(SENTENCE, None)]


def test_meta_keeps_only_string_values(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [line(text=SENTENCE, url=None, title=3, source=["x"])])
    [article], _ = split([str(path)])
    assert article.meta == {}


def test_blank_lines_skipped_and_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(f"\n{line(text=SENTENCE)}\n   \n\r\n{line(text=OTHER)}\n\n", encoding="utf-8")
    articles, problems = split([str(path)])
    assert problems == []
    assert [a.origin for a in articles] == [f"{path}:2", f"{path}:5"]


def test_text_is_raw(tmp_path: Path) -> None:
    text = f"  {SENTENCE}\r\n{OTHER}\t"
    path = write_jsonl(tmp_path / "b.jsonl", [line(text=text)])
    [article], _ = split([str(path)])
    assert article.text == text


def test_bom_and_crlf_file(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + f"{line(text=SENTENCE)}\r\n{line(text=OTHER)}\r\n".encode())
    articles, problems = split([str(path)])
    assert problems == []
    assert [a.text for a in articles] == [SENTENCE, OTHER]


def test_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(f"{line(text=SENTENCE)}\n{line(text=OTHER)}\n", encoding="utf-16")
    articles, problems = split([str(path)])
    assert problems == []
    assert [a.text for a in articles] == [SENTENCE, OTHER]


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ('{"text": "نص", }', "malformed JSON at column 16"),
        ('{"text": "نص"', "malformed JSON at column"),
        ("[1, 2]", "an array, not a JSON object"),
        ('"نص فقط"', "a string, not a JSON object"),
        ("42", "a number, not a JSON object"),
        ('{"id": "x"}', 'no "text" field'),
        ('{"text": 5}', '"text" is a number, not a string'),
        ('{"text": null}', '"text" is null, not a string'),
        ('{"text": ["نص"]}', '"text" is an array, not a string'),
        ('{"text": "  \\n "}', '"text" is blank'),
    ],
)
def test_bad_line_is_one_problem_and_neighbours_survive(
    tmp_path: Path, bad: str, says: str
) -> None:
    path = write_jsonl(
        tmp_path / "b.jsonl", [line(id="a", text=SENTENCE), bad, line(id="c", text=OTHER)]
    )
    articles, problems = split([str(path)])
    assert [a.id for a in articles] == ["a", "c"]
    assert [p.where for p in problems] == [f"{path}:2"]
    assert says in problems[0].reason
    assert str(path) in str(problems[0])


@pytest.mark.parametrize("content", ["", "\n\n  \n"], ids=["zero-bytes", "blank-lines"])
def test_empty_jsonl(tmp_path: Path, content: str) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text(content, encoding="utf-8")
    articles, problems = split([str(path)])
    assert articles == []
    assert [p.where for p in problems] == [str(path)]
    assert "empty" in problems[0].reason


def test_jsonl_in_wrong_encoding_is_one_problem(tmp_path: Path) -> None:
    good = line(text="plain ascii line") + "\n"
    path = tmp_path / "ansi.jsonl"
    path.write_bytes(good.encode() + (line(text=SENTENCE) + "\n").encode("cp1256") * 3)
    articles, problems = split([str(path)])
    assert articles == []  # the whole file is refused, not half of it
    [problem] = problems
    assert problem.where == str(path)
    assert f"invalid byte 0xC7 at offset {len(good.encode()) + 10}" in problem.reason


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    record = line(text=SENTENCE * 20)
    with path.open("w", encoding="utf-8") as out:
        for _ in range(20_000):
            out.write(record + "\n")
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        count = 0
        for _ in read_inputs([str(path)]):
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 10_000_000  # half the file: it is never held whole


@pytest.mark.parametrize("binary", [True, False], ids=["bytes", "text"])
def test_stdin(binary: bool) -> None:
    data = f"\ufeff{line(id='s1', text=SENTENCE)}\n\n{{oops\n{line(text=OTHER)}\n"
    stream: Any = io.BytesIO(data.encode("utf-8")) if binary else io.StringIO(data)
    articles, problems = split(["-"], stdin=stream)
    assert [a.id for a in articles] == ["s1", content_id(OTHER)]
    assert [a.origin for a in articles] == ["<stdin>:1", "<stdin>:4"]
    assert [p.where for p in problems] == ["<stdin>:3"]


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(
        io.BytesIO((line(id="from-stdin", text=SENTENCE) + "\n").encode()), encoding="utf-8"
    )
    monkeypatch.setattr(sys, "stdin", fake)
    articles, problems = split(["-"])
    assert problems == [] and [a.id for a in articles] == ["from-stdin"]


def test_stdin_bytes_not_utf8(tmp_path: Path) -> None:
    good = line(id="ok", text="ascii") + "\n"
    stream = io.BytesIO(good.encode() + (line(text=SENTENCE) + "\n").encode("cp1256"))
    keep = write_jsonl(tmp_path / "after.jsonl", [line(id="after", text=OTHER)])
    articles, problems = split(["-", str(keep)], stdin=stream)
    assert [a.id for a in articles] == ["ok", "after"]
    [problem] = problems
    assert problem.where == "<stdin>:2"
    assert "not UTF-8 (invalid byte 0xC7" in problem.reason
