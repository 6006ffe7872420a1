"""read_inputs over mixed batches: dispatch, folders, and problems that do not stop the rest."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from read_helpers import OTHER, SENTENCE, split

from sijill.read import read_inputs


def make_tree(root: Path) -> None:
    """A folder with every input form, nested, plus files that are not inputs."""
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "z.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "a" / "m.jsonl").write_text(
        json.dumps({"id": "m1", "text": OTHER})
        + "\n"
        + json.dumps({"id": "m2", "text": SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    (root / "b" / "deep" / "p.html").write_text(
        f"<html><body><article><p>{SENTENCE * 3}</p><p>{OTHER * 3}</p></article></body></html>",
        encoding="utf-8",
    )
    with zipfile.ZipFile(root / "b" / "k.zip", "w") as archive:
        archive.writestr(
            "k.json", json.dumps([{"content": OTHER, "date_extracted": "2015-07-21 01:00:00"}])
        )
    (root / "b" / "C.TXT").write_text(OTHER, encoding="utf-8")
    for ignored in ("notes.pdf", "README.md", "data.json", "b/deep/image.png", "noext"):
        (root / ignored).write_bytes(b"\x00\x01 not an input")


EXPECTED_IDS = ["m1", "m2", "C", "p", "k-00000", "z"]  # a/, b/C.TXT, b/deep/, b/k.zip, z.txt


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    articles, problems = split([str(tmp_path)])
    assert problems == []  # files that are not inputs are ignored silently inside a folder
    assert [a.id for a in articles] == EXPECTED_IDS


def test_directory_order_does_not_depend_on_creation_order(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    names = ["b.txt", "a.txt", "c.txt", "aa.txt"]
    for name in names:
        (first / name).write_text(SENTENCE, encoding="utf-8")
    for name in reversed(names):
        (second / name).write_text(SENTENCE, encoding="utf-8")
    ids = [[a.id for a in split([str(folder)])[0]] for folder in (first, second)]
    assert ids[0] == ids[1] == ["a", "aa", "b", "c"]


def test_read_inputs_is_lazy(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = read_inputs([str(tmp_path)])
    first = next(items)
    (tmp_path / "zz.txt").write_text(OTHER, encoding="utf-8")  # appears after the walk began
    assert getattr(first, "id", None) == "m1"
    assert [getattr(item, "id", None) for item in items][-1] == "z"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("missing.txt", None, "no such file or directory"),
        (
            "report.pdf",
            b"%PDF-1.4",
            "unsupported input type .pdf; give .txt, .jsonl, .html, .htm, .zip",
        ),
        ("noext", SENTENCE.encode(), "unsupported input type (no extension)"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
        ("bin.jsonl", b'{"text": "x"}\n\x00\x00\x00', "binary file (NUL byte at offset 14)"),
        ("bin.html", b"<html>\x00\x00</html>", "binary file"),
        ("ansi.txt", SENTENCE.encode("cp1256"), "not UTF-8 (invalid byte 0xC7 at offset 0)"),
        (
            "ansi.jsonl",
            json.dumps({"text": SENTENCE}, ensure_ascii=False).encode("cp1256"),
            "not UTF-8",
        ),
        ("empty.txt", b"", "empty"),
        ("empty.jsonl", b"", "empty"),
        ("empty.html", b"", "empty"),
        ("empty.zip", b"", "not a readable zip"),
        ("fake.zip", b"PK\x03\x04 this is not really a zip", "not a readable zip"),
    ],
)
def test_bad_input_is_one_problem_between_good_ones(
    tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    before, after = tmp_path / "before.txt", tmp_path / "after.jsonl"
    before.write_text(SENTENCE, encoding="utf-8")
    after.write_text(json.dumps({"id": "after", "text": OTHER}) + "\n", encoding="utf-8")
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    articles, problems = split([str(before), str(bad), str(after)])
    assert [a.id for a in articles] == ["before", "after"]
    [problem] = problems
    assert problem.where == str(bad)
    assert says in problem.reason
    assert str(problem).startswith(f"{bad}: ")


def test_mixed_batch_keeps_argument_order(tmp_path: Path) -> None:
    folder = tmp_path / "tree"
    folder.mkdir()
    make_tree(folder)
    single = tmp_path / "single.txt"
    single.write_text(OTHER, encoding="utf-8")
    articles, problems = split(
        [str(single), str(folder), str(tmp_path / "gone.jsonl"), str(single)]
    )
    assert [a.id for a in articles] == ["single", *EXPECTED_IDS, "single"]
    assert [p.where for p in problems] == [str(tmp_path / "gone.jsonl")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    path.chmod(0)
    try:
        articles, problems = split([str(path)])
    finally:
        path.chmod(0o644)
    assert articles == [] and [p.where for p in problems] == [str(path)]


def test_symlinked_folder_cycle_does_not_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    articles, problems = split([str(tmp_path)])
    assert [a.id for a in articles] == ["a"] and problems == []
