"""Plain-text files and the decoding rules every text input shares."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from read_helpers import OTHER, SENTENCE, split


def test_txt_is_one_article_with_raw_text(tmp_path: Path) -> None:
    raw = f"  {SENTENCE}\r\n\r\n{OTHER}\t\n"
    (tmp_path / "seed001.txt").write_bytes(raw.encode("utf-8"))
    articles, problems = split([str(tmp_path / "seed001.txt")])
    assert problems == []
    [article] = articles
    assert article.id == "seed001"
    assert article.text == raw  # no cleaning, CRLF and spaces kept
    assert article.published is None
    assert article.meta == {}
    assert article.origin == str(tmp_path / "seed001.txt")


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16-le", "utf16-be"],
)
def test_txt_boms_are_read_and_dropped(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    articles, problems = split([str(path)])
    assert problems == []
    assert [a.text for a in articles] == [SENTENCE]


@pytest.mark.parametrize(
    "text", ["The council met in Geneva on Monday.", "عقد المجلس (UN Council) اجتماعه."]
)
def test_text_without_arabic_is_still_an_article(tmp_path: Path, text: str) -> None:
    (tmp_path / "latin.txt").write_text(text, encoding="utf-8")
    articles, problems = split([str(tmp_path / "latin.txt")])
    assert problems == []
    assert [a.text for a in articles] == [text]


def test_large_single_article(tmp_path: Path) -> None:
    text = (SENTENCE + "\n") * (50_000_000 // len((SENTENCE + "\n").encode("utf-8")) + 1)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    articles, problems = split([str(path)])
    assert problems == []
    assert len(articles) == 1 and articles[0].text == text


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["no-bom", "utf8-bom"])
def test_cp1256_names_byte_offset_and_fix(tmp_path: Path, bom: bytes) -> None:
    prefix = bom + b"ok line\n"
    (tmp_path / "ansi.txt").write_bytes(prefix + SENTENCE.encode("cp1256"))
    articles, problems = split([str(tmp_path / "ansi.txt")])
    assert articles == []
    [problem] = problems
    assert problem.where == str(tmp_path / "ansi.txt")
    assert f"invalid byte 0xC7 at offset {len(prefix)})" in problem.reason
    assert "not UTF-8" in problem.reason and "iconv" in problem.reason


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t"], ids=["zero-bytes", "whitespace"])
def test_empty_txt(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "empty.txt").write_bytes(content)
    articles, problems = split([str(tmp_path / "empty.txt")])
    assert articles == []
    assert [p.where for p in problems] == [str(tmp_path / "empty.txt")]
    assert "empty" in problems[0].reason
