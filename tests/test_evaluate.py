"""`sijill eval` and sijill.evaluate on gold files and records written here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.evaluate import load_gold, load_records, role_key, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

GOLD: dict[str, Any] = {
    "doc": "d1", "published": "2021-05-03",
    "entities": [
        {"type": "PERSON", "name": "سامر الأحمد", "aliases": ["الأحمد"]},
        {"type": "ORG", "name": "رابطة الصحفيين السوريين", "aliases": ["الرابطة"]},
        {"type": "ORG", "name": "المعارضة", "optional": True},
        {"type": "LOC", "name": "غازي عنتاب"},
    ],
    "positions": [{"person": "سامر الأحمد", "role": "رئيس", "org": "رابطة الصحفيين السوريين",
                   "status": "current"}],
    "events": [{"type": "MEETING", "date": "2021-05",
                "participants": ["رابطة الصحفيين السوريين", "سامر الأحمد"]}],
}


def _record(**changes: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": "d1", "published": "2021-05-03",
        "entities": [
            {"id": "e1", "type": "PERSON", "name": "سامر الاحمد", "aliases": []},
            {"id": "e2", "type": "ORG", "name": "رابطة الصحفيين السورية", "aliases": ["رابطة الصحفيين السوريين"]},
            {"id": "e3", "type": "LOC", "name": "غازي عنتاب", "aliases": []},
            {"id": "e4", "type": "ORG", "name": "المعارضة", "aliases": []},
        ],
        "positions": [{"person": "e1", "role": "رئيس", "org": "e2", "status": "current"}],
        "events": [{"type": "MEETING", "date": "2021-05-03", "participants": ["e2"]}],
    }
    rec.update(changes)
    return rec


def _write(tmp: Path, gold: dict[str, Any], records: list[dict[str, Any]]) -> tuple[Path, Path]:
    gdir = tmp / "gold"
    gdir.mkdir()
    (gdir / "d1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp / "out.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return gdir, out


def _score(tmp: Path, record: dict[str, Any]) -> dict[str, Any]:
    gdir, out = _write(tmp, GOLD, [record])
    problems: list[str] = []
    return score(load_gold(gdir, problems), load_records(out.read_text().splitlines(), "out", problems))


def test_perfect_record_and_spelling_folds(tmp_path: Path) -> None:
    res = _score(tmp_path, _record())
    assert res["entities"]["F"] == 100.0  # hamza fold, alias match, optional entity not counted
    assert res["positions"]["F"] == 100.0
    assert res["events"]["F"] == 100.0
    assert res["event_date_acc"] == 100.0  # 2021-05-03 is right at the gold's month precision


def test_missed_entity_and_wrong_status(tmp_path: Path) -> None:
    rec = _record(positions=[{"person": "e1", "role": "الرئيس", "org": "e2", "status": "former"}])
    rec["entities"] = [e for e in rec["entities"] if e["type"] != "LOC"]
    res = _score(tmp_path, rec)
    assert res["entities"]["R"] == round(100 * 2 / 3, 1)
    assert res["positions"]["F"] == 100.0
    assert res["position_status_acc"] == 0.0


def test_role_keys() -> None:
    assert role_key("نائب رئيس المكتب") == "DEPUTY_HEAD"
    assert role_key("رئيسة مشتركة") == "CO_CHAIR"
    assert role_key("المدير التنفيذي") == "EXEC_DIRECTOR"


def test_cli_table_json_and_bad_input(tmp_path: Path) -> None:
    gdir, out = _write(tmp_path, GOLD, [_record()])
    (gdir / "broken.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out)])
    assert result.exit_code == 1
    assert "broken.json" in result.output and "Traceback" not in result.output
    assert "positions  P 100.0" in result.output
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out), "--json"])
    assert json.loads(result.output.splitlines()[-1])["entities"]["F"] == 100.0
    missing = CliRunner().invoke(main, ["eval", str(tmp_path / "nowhere"), str(out)])
    assert missing.exit_code != 0 and "gold folder not found" in missing.output


def test_same_figures_as_the_shared_scorer(tmp_path: Path) -> None:
    scorer = SHARED / "tools" / "score_records.py"
    gold = SHARED / "examples" / "gold"
    if not scorer.exists():
        pytest.skip("../shared is not beside the repository")
    from sijill.extract import make_doc
    from sijill.pipeline import Pipeline
    from sijill.read.article import Article
    from sijill.record import dumps, to_record

    pipeline = Pipeline()
    out = tmp_path / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for path in sorted((SHARED / "examples" / "seeds").glob("*.txt")):
            doc = pipeline(make_doc(Article(id=path.stem, text=path.read_text(encoding="utf-8"))))
            f.write(dumps(to_record(doc)) + "\n")
    theirs = json.loads(subprocess.run([sys.executable, str(scorer), str(gold), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    problems: list[str] = []
    ours = score(load_gold(gold, problems), load_records(out.read_text().splitlines(), "out", problems))
    assert problems == []
    for key in theirs:
        assert ours[key] == theirs[key], key
