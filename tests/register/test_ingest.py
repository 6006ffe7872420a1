"""`sijill ingest`: incremental and idempotent, bad input skipped, database errors in one line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sijill.cli import main
from sijill.pipeline import DEFAULT_STAGES, Pipeline
from sijill.read import read_inputs
from sijill.read.article import Problem
from sijill.register import ingest as ingest_module
from sijill.register import store
from sijill.register.db import Database
from sijill.register.ingest import TIMESTAMP_COLUMNS, ingest, table_digests

from .corpus import articles, write_jsonl


def _ingest(db_url: str, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["ingest", *args, "--db", db_url], input=stdin)


def _summary(result: Result) -> str:
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", articles(6))


def test_first_ingest_stores_and_resolves_every_document(db_url: str, corpus: Path) -> None:
    result = _ingest(db_url, str(corpus))
    assert result.exit_code == 0, result.output
    assert _summary(result).startswith("read 6: stored 6 new, 0 replaced, 0 unchanged, "
                                       "0 skipped;")
    with Database(db_url) as db:
        assert db.scalar("SELECT COUNT(*) FROM documents") == 6
        assert db.scalar("SELECT COUNT(*) FROM entities e LEFT JOIN entity_canonical c ON "
                         "c.entity_id = e.id WHERE e.type = 'PERSON' AND c.entity_id IS NULL") == 0
        assert db.scalar("SELECT COUNT(*) FROM entity_canonical") > 0


def test_an_unchanged_corpus_runs_no_pipeline_and_changes_nothing(
        db_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _ingest(db_url, str(corpus)).exit_code == 0
    with Database(db_url) as db:
        before = table_digests(db)

    def refuse(self: Pipeline, doc: Any) -> Any:
        raise AssertionError("the pipeline ran on an unchanged document")

    monkeypatch.setattr(Pipeline, "__call__", refuse)
    result = _ingest(db_url, str(corpus))
    assert result.exit_code == 0, result.output
    assert "stored 0 new, 0 replaced, 6 unchanged, 0 skipped" in _summary(result)
    with Database(db_url) as db:
        assert table_digests(db) == before  # timestamps included: not one row touched


def test_a_changed_document_replaces_only_its_own_claims(db_url: str, tmp_path: Path) -> None:
    items = articles(6)
    corpus = write_jsonl(tmp_path / "news.jsonl", items)
    assert _ingest(db_url, str(corpus)).exit_code == 0
    others = ("SELECT id, doc_id, data FROM claims WHERE doc_id <> 'doc0002' ORDER BY id")
    with Database(db_url) as db:
        kept = db.query(others)
        stamps = db.query("SELECT id, ingested_at FROM documents WHERE id <> 'doc0002'")
    items[2] = dict(items[2], text="انتخبت نقابة المهندسين وليد الحسن نقيباً لها.")
    write_jsonl(corpus, items)
    result = _ingest(db_url, str(corpus))
    assert "stored 0 new, 1 replaced, 5 unchanged, 0 skipped" in _summary(result)
    with Database(db_url) as db:
        assert db.query(others) == kept
        assert db.query("SELECT id, ingested_at FROM documents WHERE id <> 'doc0002'") == stamps
        names = {r[0] for r in db.query("SELECT name FROM entities WHERE doc_id = 'doc0002'")}
        assert "وليد الحسن" in names
        assert db.scalar("SELECT COUNT(*) FROM entities e LEFT JOIN entity_canonical c ON "
                         "c.entity_id = e.id WHERE e.doc_id = 'doc0002' AND e.type = 'PERSON' "
                         "AND c.entity_id IS NULL") == 0


def test_reextract_extracts_every_document_again(db_url: str, corpus: Path) -> None:
    assert _ingest(db_url, str(corpus)).exit_code == 0
    with Database(db_url) as db:
        before = table_digests(db, TIMESTAMP_COLUMNS)
    result = _ingest(db_url, str(corpus), "--reextract")
    assert "stored 0 new, 6 replaced, 0 unchanged" in _summary(result)
    with Database(db_url) as db:
        assert table_digests(db, TIMESTAMP_COLUMNS) == before


def test_documents_of_another_extraction_version_are_extracted_again(db_url: str,
                                                                     corpus: Path) -> None:
    with Database(db_url) as db:
        first = ingest(db, read_inputs([str(corpus)]), stages=("tokens", "sentences", "dates"))
        assert first.new == 6
        again = ingest(db, read_inputs([str(corpus)]))
        assert (again.replaced, again.unchanged) == (6, 0)
        assert db.scalar("SELECT COUNT(*) FROM entities WHERE type = 'PERSON'") > 0


def test_the_first_of_two_documents_with_one_id_is_stored(db_url: str, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "dup.jsonl", [
        {"id": "same", "text": "التقى سامر الخطيب رئيس نقابة المحامين وفداً في حلب."},
        {"id": "other", "text": "أعلنت ليلى حداد استقالتها من المجلس المحلي."},
        {"id": "same", "text": "انتخبت رابطة الصحفيين السوريين رنا يوسف رئيسة لها."}])
    for _ in range(2):  # the same outcome on a second run: the first copy stays unchanged
        result = _ingest(db_url, str(corpus))
        assert result.exit_code == 1
        skipped = [l for l in result.stderr.splitlines() if l.startswith("sijill: skipped")]
        assert len(skipped) == 1 and f"{corpus}:3: duplicate document id 'same'" in skipped[0]
        with Database(db_url) as db:
            text = db.scalar("SELECT text FROM documents WHERE id = 'same'")
        assert "سامر الخطيب" in text
    assert "0 new, 0 replaced, 2 unchanged, 1 skipped" in _summary(result)


def test_bad_input_is_reported_and_the_rest_is_stored(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text('{"id": "g1", "text": "عقد المجلس الوطني الكردي اجتماعاً في القامشلي."}\n'
                      '{not json\n'
                      '{"id": "g3", "text": ""}\n'
                      '{"id": "g4", "text": "قال محمود العلي إن الهيئة ستجتمع غداً."}\n',
                      encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    result = _ingest(db_url, str(corpus), str(missing))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    skipped = [l for l in result.stderr.splitlines() if l.startswith("sijill: skipped")]
    assert [l.split(": ")[1].removeprefix("skipped ") for l in skipped] == [f"{corpus}:2", f"{corpus}:3", str(missing)]
    assert "read 5: stored 2 new, 0 replaced, 0 unchanged, 3 skipped" in _summary(result)
    with Database(db_url) as db:
        assert [r[0] for r in db.query("SELECT id FROM documents ORDER BY id")] == ["g1", "g4"]


def test_standard_input_is_read_as_jsonl(db_url: str) -> None:
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles(2))
    result = _ingest(db_url, "-", stdin=lines)
    assert result.exit_code == 0, result.output
    assert "stored 2 new" in _summary(result)


def test_a_file_that_is_no_database_is_a_one_line_error(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database" * 100)
    result = _ingest(str(bad), str(corpus))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "not.db" in result.stderr


def test_a_failing_database_stops_with_one_line_and_keeps_what_was_stored(
        db_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = store.store_record
    calls: list[int] = []

    def fail_third(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise sqlite3.OperationalError("disk I/O error")
        real(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "store_record", fail_third)
    result = _ingest(db_url, str(corpus))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk I/O error" in lines[0] and "doc0002" in lines[0], lines
    with Database(db_url) as db:
        assert db.scalar("SELECT COUNT(*) FROM documents") == 2
    monkeypatch.setattr(ingest_module, "store_record", real)
    result = _ingest(db_url, str(corpus))
    assert "stored 4 new, 0 replaced, 2 unchanged" in _summary(result)


def test_progress_is_told_of_every_item_and_no_bar_is_drawn_off_a_terminal(
        db_url: str, corpus: Path) -> None:
    ticks: list[int] = []
    with Database(db_url) as db:
        stats = ingest(db, read_inputs([str(corpus)]), on_progress=ticks.append)
    assert sum(ticks) == stats.read == 6
    result = _ingest(db_url, str(corpus))
    assert result.stderr == ""


def test_any_number_of_workers_gives_the_same_register(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(8, seed=11))
    digests = []
    for workers in (1, 2):
        with Database(str(tmp_path / f"w{workers}.db")) as db:
            stats = ingest(db, read_inputs([str(corpus)]), workers=workers)
            assert stats.new == 8
            digests.append(table_digests(db, TIMESTAMP_COLUMNS))
    assert digests[0] == digests[1]


def test_a_failed_document_is_recorded_listed_and_cleared_once_stored(db_url: str,
                                                                      tmp_path: Path) -> None:
    import hostile_stages  # noqa: F401 - registers the hostile_* stages

    stages = (*DEFAULT_STAGES, "hostile_raise")
    items = articles(3)
    good_text = items[1]["text"]
    items[1] = dict(items[1], text="RAISE " + good_text)
    corpus = write_jsonl(tmp_path / "news.jsonl", items)
    problems: list[Problem] = []
    with Database(db_url) as db:
        stats = ingest(db, read_inputs([str(corpus)]), stages=stages, on_problem=problems.append)
        assert (stats.new, stats.skipped) == (2, 1)
        before = table_digests(db)
        again = ingest(db, read_inputs([str(corpus)]), stages=stages)
        assert (again.unchanged, again.skipped) == (2, 1)
        assert table_digests(db) == before  # the same failure again changes no row
    assert [p.where for p in problems] == [f"{corpus}:2"]

    listed = CliRunner().invoke(main, ["failures", "--db", db_url, "--json"])
    assert listed.exit_code == 0, listed.output
    (row,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (row["doc_id"], row["origin"]) == ("doc0001", f"{corpus}:2")
    assert "ValueError: a stage failed on purpose" in row["reason"] and row["failed_at"]
    table = CliRunner().invoke(main, ["failures", "--db", db_url])
    assert table.stdout.startswith(f"doc0001\t{corpus}:2\t") and "1 failed document" in \
        table.stderr

    items[1] = dict(items[1], text=good_text)
    write_jsonl(corpus, items)
    with Database(db_url) as db:
        stats = ingest(db, read_inputs([str(corpus)]), stages=stages)
        assert (stats.new, stats.unchanged, stats.skipped) == (1, 2, 0)
    assert CliRunner().invoke(main, ["failures", "--db", db_url, "--json"]).stdout == ""


def test_a_document_over_its_budget_is_recorded_and_the_rest_stored(db_url: str,
                                                                    tmp_path: Path) -> None:
    import hostile_stages  # noqa: F401 - registers the hostile_* stages

    items = articles(4, seed=3)
    items[2] = dict(items[2], text="SLEEP " + items[2]["text"])
    corpus = write_jsonl(tmp_path / "news.jsonl", items)
    with Database(db_url) as db:
        stats = ingest(db, read_inputs([str(corpus)]), stages=(*DEFAULT_STAGES, "hostile_sleep"),
                       workers=2, doc_timeout=3)
        assert (stats.new, stats.skipped) == (3, 1)
        assert [r[0] for r in db.query("SELECT id FROM documents ORDER BY id")] == \
            ["doc0000", "doc0001", "doc0003"]
        (reason,) = [r[0] for r in db.query("SELECT reason FROM failures")]
    assert reason.startswith("took longer than 3.0 s")


def test_failures_of_a_missing_register_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["failures", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no register there" in result.output and "Traceback" not in result.output
