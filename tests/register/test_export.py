"""`sijill export --format jsonl`: the records `sijill extract` writes, each entity resolved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sijill.cli import main

from .corpus import articles, write_jsonl

RESOLVED = {"PERSON", "ORG", "LOC"}


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _without_canonical(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "canonical"} for e in entities]


def test_export_gives_the_extracted_records_with_canonical_ids(db_url: str,
                                                               tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(12, seed=3))
    runner = CliRunner()
    extracted, exported = tmp_path / "extracted.jsonl", tmp_path / "exported.jsonl"
    assert runner.invoke(main, ["extract", str(corpus), "-o", str(extracted)]).exit_code == 0
    assert runner.invoke(main, ["ingest", str(corpus), "--db", db_url]).exit_code == 0
    result = runner.invoke(main, ["export", "--format", "jsonl", "--db", db_url,
                                  "-o", str(exported)])
    assert result.exit_code == 0, result.output
    want = {r["id"]: r for r in _lines(extracted)}
    got = {r["id"]: r for r in _lines(exported)}
    assert sorted(got) == sorted(want)
    by_name: dict[tuple[str, str], set[str]] = {}
    for doc_id, record in got.items():
        for key in ("text", "published", "positions", "events", "quotes"):
            assert record[key] == want[doc_id][key], (doc_id, key)
        assert _without_canonical(record["entities"]) == want[doc_id]["entities"]
        for ent in record["entities"]:
            if ent["type"] in RESOLVED or ent["type"] in ("DATE", "TITLE"):
                assert ("canonical" in ent) == (ent["type"] in RESOLVED), ent
            if ent["type"] in RESOLVED:
                by_name.setdefault((ent["type"], ent["name"]), set()).add(ent["canonical"])
    # an organisation named alike in several documents is one register entity
    orgs = {name: ids for (kind, name), ids in by_name.items() if kind == "ORG"}
    assert orgs["نقابة المحامين"] and all(len(ids) == 1 for ids in orgs.values()), orgs


def test_export_to_standard_output(db_url: str, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(2))
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", db_url]).exit_code == 0
    result = runner.invoke(main, ["export", "--db", db_url])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["doc0000",
                                                                               "doc0001"]


def test_a_missing_register_is_an_error_and_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "old.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")
    missing = tmp_path / "nowhere.db"
    result = CliRunner().invoke(main, ["export", "--db", str(missing), "-o", str(out)])
    assert result.exit_code == 1
    assert "nowhere.db" in result.stderr and "Traceback" not in result.output
    assert not missing.exists()
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.jsonl"]


def test_output_is_replaced_only_when_complete(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(3))
    out = tmp_path / "out.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", db]).exit_code == 0
    assert runner.invoke(main, ["export", "--db", db, "-o", str(out)]).exit_code == 0
    assert [r["id"] for r in _lines(out)] == ["doc0000", "doc0001", "doc0002"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
