"""HTML pages: main text by trafilatura, title and date from its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from read_helpers import OTHER, SENTENCE, split

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>اجتماع المجلس</title>
{date}</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a> | <a href="/about">من نحن</a></nav>
<article><h1>اجتماع المجلس</h1><p>{first}</p><p>{second}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>
"""
DATE = '<meta property="article:published_time" content="2024-06-10T08:00:00+03:00">'


def page(charset: str = "utf-8", date: str = DATE) -> str:
    return PAGE.format(charset=charset, date=date, first=SENTENCE * 2, second=OTHER * 2)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_text_title_and_date(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"news-7{suffix}"
    path.write_text(page(), encoding="utf-8")
    articles, problems = split([str(path)])
    assert problems == []
    [article] = articles
    assert article.id == "news-7"
    assert SENTENCE in article.text and OTHER in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert "<p>" not in article.text
    assert article.meta == {"title": "اجتماع المجلس"}
    assert article.published == "2024-06-10"
    assert article.origin == str(path)


def test_html_without_date(tmp_path: Path) -> None:
    path = tmp_path / "nodate.html"
    path.write_text(page(date=""), encoding="utf-8")
    [article], _ = split([str(path)])
    assert article.published is None


def test_html_declaring_windows_1256_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ansi.html"
    path.write_bytes(page(charset="windows-1256").encode("cp1256"))
    articles, problems = split([str(path)])
    assert problems == []
    assert SENTENCE in articles[0].text


def test_html_in_undeclared_legacy_encoding_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "ansi.html"
    path.write_bytes(page().replace('<meta charset="utf-8">', "").encode("cp1256"))
    articles, problems = split([str(path)])
    assert articles == []
    assert [p.where for p in problems] == [str(path)]
    assert "not UTF-8" in problems[0].reason


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>فارغ</title></head><body></body></html>",
        "<html><body><nav></nav></body></html>",
        "   ",
    ],
    ids=["empty-body", "only-nav", "blank-file"],
)
def test_html_without_body_is_one_problem(tmp_path: Path, markup: str) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(markup, encoding="utf-8")
    good = tmp_path / "good.html"
    good.write_text(page(), encoding="utf-8")
    articles, problems = split([str(bad), str(good)])
    assert [a.id for a in articles] == ["good"]
    assert [p.where for p in problems] == [str(bad)]
