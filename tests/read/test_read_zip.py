"""SaudiNewsNet-style zips: members that are JSON arrays of articles."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from read_helpers import OTHER, SENTENCE, split

REAL = Path("/work/shared/data/saudinewsnet")


def record(content: Any = SENTENCE, **fields: Any) -> dict[str, Any]:
    base = {
        "title": "عنوان",
        "content": content,
        "url": "http://example.org/1",
        "date_extracted": "2015-07-21 02:51:32",
        "source": "aawsat",
        "author": "الرياض",
    }
    base.update(fields)
    return base


def write_zip(path: Path, members: dict[str, Any]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, value in members.items():
            data = (
                value
                if isinstance(value, bytes)
                else json.dumps(value, ensure_ascii=False).encode()
            )
            archive.writestr(name, data)
    return path


def test_zip_articles(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "2015-07-21.zip", {"2015-07-21.json": [record(), record(OTHER, url=None)]}
    )
    articles, problems = split([str(path)])
    assert problems == []
    assert [a.id for a in articles] == ["2015-07-21-00000", "2015-07-21-00001"]
    assert [a.text for a in articles] == [SENTENCE, OTHER]
    assert {a.published for a in articles} == {"2015-07-21"}
    assert articles[0].meta == {"title": "عنوان", "url": "http://example.org/1", "source": "aawsat"}
    assert "url" not in articles[1].meta
    assert [a.origin for a in articles] == [
        f"{path}:2015-07-21.json[0]",
        f"{path}:2015-07-21.json[1]",
    ]


def test_ids_run_on_across_members(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "d.zip", {"a.json": [record()], "b.json": [record(), record(OTHER)]}
    )
    articles, _ = split([str(path)])
    assert [a.id for a in articles] == ["d-00000", "d-00001", "d-00002"]
    assert articles[2].origin == f"{path}:b.json[1]"


@pytest.mark.parametrize("date", ["unknown", None, 20150721, "21/07/2015 02:51"])
def test_bad_date_extracted_is_dropped(tmp_path: Path, date: Any) -> None:
    path = write_zip(tmp_path / "d.zip", {"a.json": [record(date_extracted=date)]})
    [article], problems = split([str(path)])
    assert problems == [] and article.published is None


@pytest.mark.parametrize(
    ("member", "says"),
    [
        ({"content": SENTENCE}, "an object, not a JSON array"),
        (b'[{"content": "x"}, {"content": ', "malformed JSON"),
        (b"not json at all", "malformed JSON"),
        (b"", "empty member"),
        (b'[{"content": "x"}] trailing', "extra data"),
        (SENTENCE.encode("cp1256"), "not UTF-8"),
    ],
    ids=["object", "truncated", "garbage", "empty", "trailing", "cp1256"],
)
def test_bad_member_is_one_problem(tmp_path: Path, member: Any, says: str) -> None:
    path = write_zip(
        tmp_path / "d.zip", {"a.json": [record()], "bad.json": member, "c.json": [record(OTHER)]}
    )
    articles, problems = split([str(path)])
    assert articles[0].origin == f"{path}:a.json[0]"
    assert articles[-1].origin == f"{path}:c.json[0]"
    [problem] = problems
    assert problem.where == f"{path}:bad.json"
    assert says in problem.reason


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("نص", "a string, not a JSON object"),
        (record(content=""), '"content" is blank'),
        (record(content=None), '"content" is null'),
        ({"title": "x"}, 'no "content" field'),
    ],
)
def test_bad_record_is_one_problem(tmp_path: Path, bad: Any, says: str) -> None:
    path = write_zip(tmp_path / "d.zip", {"a.json": [record(), bad, record(OTHER)]})
    articles, problems = split([str(path)])
    assert [a.id for a in articles] == ["d-00000", "d-00002"]  # an index is kept for the bad record
    assert [p.where for p in problems] == [f"{path}:a.json[1]"]
    assert says in problems[0].reason


def test_truncated_zip(tmp_path: Path) -> None:
    whole = write_zip(tmp_path / "whole.zip", {"a.json": [record()] * 50})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    good = write_zip(tmp_path / "good.zip", {"a.json": [record(OTHER)]})
    articles, problems = split([str(cut), str(good)])
    assert [a.text for a in articles] == [OTHER]
    assert [p.where for p in problems] == [str(cut)]
    assert "zip" in problems[0].reason


def test_corrupt_member_is_one_problem(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "d.zip", {"bad.json": [record(SENTENCE * 30)], "good.json": [record(OTHER)]}
    )
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("bad.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 5, start + 25):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    articles, problems = split([str(path)])
    assert [a.origin for a in articles] == [f"{path}:good.json[0]"]
    assert [p.where for p in problems] == [f"{path}:bad.json"]
    assert "damaged" in problems[0].reason


def test_zip_without_files(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "none.zip", {})
    articles, problems = split([str(path)])
    assert articles == [] and [p.where for p in problems] == [str(path)]


@pytest.mark.skipif(not REAL.is_dir(), reason="SaudiNewsNet zips not present")
def test_real_saudinewsnet_zip() -> None:
    path = min(REAL.glob("*.zip"))
    articles, problems = split([str(path)])
    assert len(articles) > 1000
    assert all(a.id.startswith(path.stem + "-") and a.text.strip() for a in articles)
    assert all(a.published == path.stem for a in articles)
    assert all(set(a.meta) <= {"title", "url", "source"} for a in articles)
    assert all('"content" is blank' in p.reason for p in problems)
    assert len(problems) < len(articles) / 10
