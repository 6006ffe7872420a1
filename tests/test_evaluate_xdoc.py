"""`sijill eval --xdoc`: pairwise and B-cubed scores of canonical entities against gold refs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.evaluate_xdoc import load_canonical_records, load_gold_refs, score_xdoc

KHOJA, COALITION, HIJAB, HARIRI = "خالد خوجة", "الائتلاف الوطني السوري", "رياض حجاب", "نصر الحريري"


def gold(doc: str, *entities: tuple[str, str, str | None]) -> dict[str, Any]:
    return {"doc": doc, "entities": [{"type": t, "name": n, "ref": r} for t, n, r in entities]}


def exported(doc: str, *entities: tuple[str, str, str | None]) -> dict[str, Any]:
    ents = [{"id": f"e{i}", "type": t, "name": n, "canonical": c}
            for i, (t, n, c) in enumerate(entities, 1)]
    return {"id": doc, "entities": ents}


GOLD = [
    gold("d1", ("PERSON", KHOJA, "p:khoja"), ("ORG", COALITION, "o:coalition")),
    gold("d2", ("PERSON", KHOJA, "p:khoja"), ("PERSON", HIJAB, "p:hijab")),
    gold("d3", ("ORG", COALITION, "o:coalition"), ("PERSON", HARIRI, "p:hariri"),
         ("LOC", "إسطنبول", "l:istanbul"), ("PERSON", "نصر", None)),
]
# Hijab wrongly joins Khoja, the coalition of d3 is missed, and Hariri is not found at all.
RECORDS = [
    exported("d1", ("PERSON", KHOJA, "c1"), ("ORG", COALITION, "c2")),
    exported("d2", ("PERSON", KHOJA, "c1"), ("PERSON", HIJAB, "c1")),
    exported("d3", ("ORG", COALITION, "c3"), ("LOC", "إسطنبول", "c4")),
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "gold"
    folder.mkdir()
    for g in GOLD:
        (folder / f"{g['doc']}.json").write_text(json.dumps(g, ensure_ascii=False), "utf-8")
    records = tmp_path / "exported.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                       "utf-8")
    return folder, records


def test_scores_by_hand(files: tuple[Path, Path]) -> None:
    problems: list[str] = []
    golds = load_gold_refs(files[0], problems)
    systems = load_canonical_records(files[1].read_text("utf-8").splitlines(), "x", problems)
    res = score_xdoc(golds, systems)
    assert problems == []
    assert (res["items"], res["gold_clusters"], res["multi_doc_clusters"]) == (6, 4, 2)
    assert (res["gold_pairs"], res["system_pairs"]) == (2, 2)
    # B-cubed: precision (2/3 + 1 + 2/3 + 1/3 + 1 + 1) / 6, recall (1 + 1/2 + 1 + 1 + 1/2 + 1) / 6
    assert res["bcubed"] == {"P": 77.8, "R": 83.3, "F": 80.5}
    # pairs across documents: gold {k1-k2, c1-c3}, system {k1-k2, k1-hijab}
    assert res["pairwise"] == {"P": 50.0, "R": 50.0, "F": 50.0}


def test_a_resolver_that_never_merges_scores_zero_pairwise(files: tuple[Path, Path]) -> None:
    golds = load_gold_refs(files[0], [])
    singletons = {d: exported(d, *[(e["type"], e["name"], f"{d}{e['name']}")
                                   for e in g["entities"]]) for d, g in
                  ((g["doc"], g) for g in GOLD)}
    systems = load_canonical_records([json.dumps(r) for r in singletons.values()], "x", [])
    res = score_xdoc(golds, systems)
    assert res["pairwise"]["F"] == 0.0 and res["bcubed"]["P"] == 100.0


def test_eval_xdoc_command(files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(main, ["eval", "--xdoc", str(files[0]), str(files[1])])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "items 6 gold clusters 4 (multi-doc 2) gold pairs 2 system pairs 2",
        "B-cubed P 77.8 R 83.3 F1 80.5",
        "pairwise P 50.0 R 50.0 F1 50.0"]
    only = CliRunner().invoke(main, ["eval", "--xdoc", "--json", "--ids", "d1,d2",
                                     str(files[0]), str(files[1])])
    assert json.loads(only.output)["items"] == 4


def test_records_without_canonical_ids_are_reported(files: tuple[Path, Path],
                                                    tmp_path: Path) -> None:
    plain = tmp_path / "extracted.jsonl"
    plain.write_text(json.dumps({"id": "d1", "entities": [{"type": "PERSON", "name": KHOJA}]}),
                     "utf-8")
    result = CliRunner().invoke(main, ["eval", "--xdoc", str(files[0]), str(plain)])
    assert result.exit_code == 1
    assert "no entity carries a `canonical` id" in result.output
