"""`sijill export --format csv`: one table per kind, UTF-8 with a byte-order mark."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from sijill.cli import main
from sijill.export.csv import TABLES
from sijill.register.db import Database


def _tables(register: str, folder: Path, *args: str) -> dict[str, list[dict[str, str]]]:
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", register, "-o",
                                       str(folder), *args])
    assert result.exit_code == 0, result.output
    out = {}
    for name, columns in TABLES.items():
        raw = (folder / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name  # the mark spreadsheets look for
        with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            assert tuple(reader.fieldnames or ()) == columns
            out[name] = list(reader)
    return out


def test_every_table_has_its_header_and_arabic_intact(register: str, tmp_path: Path) -> None:
    tables = _tables(register, tmp_path / "tables")
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == \
        sorted(f"{t}.csv" for t in TABLES)
    with Database(register) as db:
        names = dict(db.query("SELECT id, name FROM canonical_entities"))
        docs = db.scalar("SELECT COUNT(*) FROM documents")
    assert {r["id"]: r["name"] for r in tables["entities"]} == names
    assert "نقابة المحامين" in names.values()
    assert len(tables["documents"]) == docs
    for name in ("positions", "tenures", "events", "participants", "aliases"):
        assert tables[name], name
    ids = set(names)
    for row in tables["positions"]:
        assert row["person_id"] in ids and row["evidence"]
        assert row["person"] == names[row["person_id"]]
    events = {r["claim_id"] for r in tables["events"]}
    assert {r["claim_id"] for r in tables["participants"]} <= events
    assert all(r["entity_id"] in ids for r in tables["participants"])


def test_an_org_filter_keeps_its_rows(register: str, tmp_path: Path) -> None:
    tables = _tables(register, tmp_path / "lawyers", "--org", "نقابة المحامين")
    (org,) = [r["id"] for r in tables["entities"] if r["name"] == "نقابة المحامين"]
    assert tables["positions"] and all(r["org_id"] == org for r in tables["positions"])
    assert all(r["org_id"] == org for r in tables["tenures"])
    mine = {r["claim_id"] for r in tables["participants"] if r["entity_id"] == org}
    assert {r["claim_id"] for r in tables["events"]} == mine
    written = {r["id"] for r in tables["entities"]}
    assert {r["person_id"] for r in tables["positions"]} <= written
