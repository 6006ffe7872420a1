"""`sijill export` options: which formats take filters and folders, and the messages of
wrong options (what, where, what to do; never a traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sijill.cli import main


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    news = folder / "news.jsonl"
    news.write_text('{"id": "a1", "published": "2020-05-01", "text": "انتخبت نقابة المحامين '
                    'سامر الخطيب رئيساً لها خلال اجتماع عقدته في دمشق."}\n', encoding="utf-8")
    url = str(folder / "r.db")
    assert CliRunner().invoke(main, ["ingest", str(news), "--db", url, "-q"]).exit_code == 0
    return url


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["export", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


@pytest.mark.parametrize(("args", "code", "message"), [
    (("--format", "csv"), 2, "--format csv writes a folder of tables: give it with -o DIR"),
    (("--format", "jsonl", "--org", "x"), 2, "the filters apply to ftm, graphml, gexf and csv"),
    (("--format", "ftm", "--org", "حزب لا وجود له"), 1, "no org named 'حزب لا وجود له'"),
    (("--format", "ftm", "--from", "2020-13"), 1, "'2020-13' is not a date"),
    (("--format", "ftm", "--type", "PARTY"), 2, "'PARTY' is not one of"),
])
def test_wrong_options_say_what_to_do(register: str, args: tuple[str, ...], code: int,
                                      message: str) -> None:
    exit_code, output = _run(*args, "--db", register)
    assert exit_code == code and message in output, output


@pytest.mark.parametrize("fmt", ["ftm", "graphml", "gexf"])
def test_stream_formats_write_a_file_only_when_complete(register: str, tmp_path: Path,
                                                       fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    exit_code, _ = _run("--format", fmt, "--db", register, "-o", str(out))
    assert exit_code == 0 and "نقابة المحامين" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    out.write_text("earlier\n", encoding="utf-8")
    exit_code, _ = _run("--format", fmt, "--db", register, "-o", str(out), "--org", "nowhere")
    assert exit_code == 1 and out.read_text(encoding="utf-8") == "earlier\n"


def test_csv_replaces_the_tables_of_an_existing_folder(register: str, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "entities.csv").write_text("old", encoding="utf-8")
    exit_code, output = _run("--format", "csv", "--db", register, "-o", str(folder))
    assert exit_code == 0, output
    assert "سامر الخطيب" in (folder / "entities.csv").read_text(encoding="utf-8-sig")
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]  # no staging folder left
    exit_code, output = _run("--format", "csv", "--db", register, "-o",
                             str(folder / "notes.txt"))
    assert exit_code == 1 and "a file is in the way of the output folder" in output
