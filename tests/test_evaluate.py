"""`sijill eval` and sijill.evaluate on small gold files and records written here."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.evaluate import format_table, load_gold, load_records, norm, role_key, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_records.py"
needs_shared = pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside the repository")

# An invented article: "سامر الأحمد، رئيس رابطة الصحفيين السوريين، التقى في غازي عنتاب ...".
GOLD: dict[str, Any] = {
    "doc": "d1", "published": "2021-05-03",
    "entities": [
        {"type": "PERSON", "name": "سامر الأحمد", "aliases": ["الأحمد"]},
        {"type": "ORG", "name": "رابطة الصحفيين السوريين", "aliases": ["الرابطة"]},
        {"type": "ORG", "name": "هيئة التنسيق الوطنية", "aliases": ["الهيئة"]},
        {"type": "ORG", "name": "المعارضة", "optional": True},
        {"type": "LOC", "name": "غازي عنتاب"},
    ],
    "positions": [{"person": "سامر الأحمد", "role": "رئيس", "org": "رابطة الصحفيين السوريين",
                   "status": "current"}],
    "events": [{"type": "MEETING", "date": "2021-05",
                "participants": ["رابطة الصحفيين السوريين", "هيئة التنسيق الوطنية"],
                "location": "غازي عنتاب"}],
}


def _record(**changes: Any) -> dict[str, Any]:
    """A record that finds everything in GOLD, through other spellings."""
    rec: dict[str, Any] = {
        "id": "d1", "published": "2021-05-03",
        "entities": [
            {"id": "e1", "type": "PERSON", "name": "الدكتور سامر الاحمد", "aliases": []},
            {"id": "e2", "type": "ORG", "name": "رابطة الصحفيين السوريين", "aliases": []},
            {"id": "e3", "type": "ORG", "name": "هيئه التنسيق الوطنيه", "aliases": []},
            {"id": "e4", "type": "LOC", "name": "غازي عنتاب", "aliases": []},
            {"id": "e5", "type": "DATE", "name": "أمس", "value": "2021-05-02"},
        ],
        "positions": [{"person": "e1", "role": "رئيس", "org": "e2", "status": "current"}],
        "events": [{"type": "MEETING", "date": "2021-05-02", "participants": ["e3", "e4"]}],
    }
    rec.update(changes)
    return rec


def _write(tmp: Path, golds: list[dict[str, Any]], records: list[dict[str, Any]]) -> tuple[Path, Path]:
    gdir = tmp / "gold"
    gdir.mkdir(exist_ok=True)
    for g in golds:
        (gdir / f"{g['doc']}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    out = tmp / "out.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return gdir, out


def _score(tmp: Path, record: dict[str, Any], gold: dict[str, Any] = GOLD) -> dict[str, Any]:
    gdir, out = _write(tmp, [gold], [record])
    problems: list[str] = []
    res = score(load_gold(gdir, problems), load_records(out.read_text("utf-8").splitlines(), "out", problems))
    assert problems == []
    return res


def _entity(rec: dict[str, Any], ent_id: str) -> dict[str, Any]:
    return next(e for e in rec["entities"] if e["id"] == ent_id)


def test_perfect_record_scores_100(tmp_path: Path) -> None:
    res = _score(tmp_path, _record())
    for key in ("entities", "positions", "events"):
        assert res[key] == {"P": 100.0, "R": 100.0, "F": 100.0}, key
    assert all(v["F"] == 100.0 for v in res["entities_by_type"].values())
    assert res["position_status_acc"] == 100.0
    assert res["published_acc"] == 100.0
    assert res["missing_docs"] == []
    assert res["per_doc"] == [{"doc": "d1", "entities": 100.0, "positions": 100.0, "events": 100.0}]


def test_missed_entity_lowers_recall_not_precision(tmp_path: Path) -> None:
    rec = _record()
    rec["entities"] = [e for e in rec["entities"] if e["type"] != "LOC"]
    res = _score(tmp_path, rec)
    assert res["entities"]["P"] == 100.0
    assert res["entities"]["R"] == 75.0  # 3 of 4 non-optional entities
    assert res["entities_by_type"]["LOC"] == {"P": 0.0, "R": 0.0, "F": 0.0}
    assert res["entities_by_type"]["PERSON"]["F"] == 100.0


def test_spurious_entity_lowers_precision(tmp_path: Path) -> None:
    rec = _record()
    rec["entities"].append({"id": "e9", "type": "LOC", "name": "حلب", "aliases": []})
    res = _score(tmp_path, rec)
    assert res["entities"]["R"] == 100.0
    assert res["entities"]["P"] == 80.0


def test_optional_entities_are_neither_missed_nor_penalised(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    # Not found: no miss (the perfect record has no المعارضة).
    assert _score(tmp_path / "a", _record())["entities"]["R"] == 100.0
    # Found, and found again under another spelling: no false positive either.
    rec = _record()
    rec["entities"] += [{"id": "e7", "type": "ORG", "name": "المعارضة", "aliases": []},
                        {"id": "e8", "type": "ORG", "name": "«المعارضه»", "aliases": []}]
    res = _score(tmp_path / "b", rec)
    assert res["entities"] == {"P": 100.0, "R": 100.0, "F": 100.0}


def test_alias_matching_folds_ta_marbuta_hamza_and_titles(tmp_path: Path) -> None:
    assert norm("هيئة") == norm("هيئه") == "هييه"
    assert norm("أحمد") == norm("إحمد") == norm("احمد")
    assert norm("الدكتور سامر الأحمد") == norm("سامر الاحمد")
    assert norm("«الرابطة»") == "الرابطه"
    rec = _record()
    # Only the short forms: ة/ه and hamza folds reach the gold aliases.
    _entity(rec, "e1")["name"] = "الاحمد"
    _entity(rec, "e3")["name"] = "الهيئه"
    _entity(rec, "e2")["name"] = "رابطه الصحفيين"
    _entity(rec, "e2")["aliases"] = ["الرابطه"]
    res = _score(tmp_path, rec)
    assert res["entities"] == {"P": 100.0, "R": 100.0, "F": 100.0}
    assert res["positions"]["F"] == 100.0  # matched through the paired gold entities


def test_position_with_wrong_status(tmp_path: Path) -> None:
    rec = _record(positions=[{"person": "e1", "role": "الرئيس", "org": "e2", "status": "former"}])
    res = _score(tmp_path, rec)
    assert res["positions"]["F"] == 100.0  # الرئيس and رئيس share the role key HEAD
    assert res["position_status_acc"] == 0.0


def test_position_with_other_role_or_org_is_a_miss(tmp_path: Path) -> None:
    rec = _record(positions=[{"person": "e1", "role": "نائب رئيس", "org": "e2", "status": "current"},
                             {"person": "e1", "role": "رئيس", "org": "e3", "status": "current"}])
    res = _score(tmp_path, rec)
    assert res["positions"] == {"P": 0.0, "R": 0.0, "F": 0.0}
    assert res["position_status_acc"] is None


def test_role_keys_come_from_the_data_file() -> None:
    assert role_key("نائب رئيس المكتب") == "DEPUTY_HEAD"
    assert role_key("رئيسة مشتركة") == "CO_CHAIR"
    assert role_key("المدير التنفيذي") == "EXEC_DIRECTOR"
    assert role_key("الناطق الرسمي") == "SPOKESPERSON"
    assert role_key("") == "NONE"
    assert role_key("محاسب") == "محاسب"


@pytest.mark.parametrize(("date", "right"), [
    ("2021-05-02", True), ("2021-05", True), ("2021", False), ("2021-06-02", False), (None, False)])
def test_event_date_at_month_precision(tmp_path: Path, date: str | None, right: bool) -> None:
    rec = _record(events=[{"type": "MEETING", "date": date, "participants": ["e2"]}])
    res = _score(tmp_path, rec)
    assert res["events"]["F"] == 100.0
    assert res["event_date_acc"] == (100.0 if right else 0.0)


def test_event_needs_type_and_a_shared_participant(tmp_path: Path) -> None:
    rec = _record(events=[{"type": "ELECTION", "date": "2021-05", "participants": ["e2"]},
                          {"type": "MEETING", "date": "2021-05", "participants": ["e1"]},
                          {"type": "STATEMENT", "date": None, "participants": ["e2"]}])
    res = _score(tmp_path, rec)
    assert res["events"] == {"P": 0.0, "R": 0.0, "F": 0.0}  # STATEMENT is not counted at all


def test_relations_under_rule_and_decisions(tmp_path: Path) -> None:
    gold = {"doc": "d2", "published": None, "entities": [
        {"type": "ORG", "name": "حزب الغد الديمقراطي", "aliases": ["الحزب"]},
        {"type": "ORG", "name": "المكتب السياسي", "optional": True},
        {"type": "ORG", "name": "لجنة الشباب", "optional": True},
        {"type": "ORG", "name": "تحالف القوى المدنية"}],
        "positions": [], "events": [],
        "relations": [{"type": "PART_OF", "child": "المكتب السياسي", "parent": "حزب الغد الديمقراطي"},
                      {"type": "PART_OF", "child": "لجنة الشباب", "parent": "حزب الغد الديمقراطي"},
                      {"type": "MEMBER_OF", "child": "حزب الغد الديمقراطي", "parent": "تحالف القوى المدنية"}],
        "decisions": [{"kind": "DECISION", "body": "حزب الغد الديمقراطي",
                       "text": "تأجيل المؤتمر العام للحزب إلى الربيع المقبل"},
                      {"kind": "RECOMMENDATION", "body": None, "text": "توسيع مشاركة النساء في الهيئات القيادية"}]}
    rec = {"id": "d2", "entities": [
        {"id": "e1", "type": "ORG", "name": "حزب الغد الديمقراطي"},
        {"id": "e2", "type": "ORG", "name": "المكتب السياسي"},
        {"id": "e3", "type": "ORG", "name": "لجنة الشباب"}],
        "relations": [{"type": "PART_OF", "child": "e3", "parent": "e2"},  # more specific parent: right
                      {"type": "PART_OF", "child": "e2", "parent": "e1"}],
        "decisions": [{"kind": "DECISION", "text": "تأجيل المؤتمر العام للحزب إلى الربيع"},
                      {"kind": "DECISION", "text": "توسيع مشاركة النساء في الهيئات"}]}
    res = _score(tmp_path, rec, gold)
    assert res["structure_docs"] == 1
    assert res["relations"] == {"P": 100.0, "R": 66.7, "F": 80.0}
    assert res["decisions"] == {"P": 100.0, "R": 100.0, "F": 100.0}
    assert res["decision_kind_acc"] == 50.0


def test_ids_and_missing_documents(tmp_path: Path) -> None:
    other = copy.deepcopy(GOLD)
    other["doc"] = "d9"
    gdir, out = _write(tmp_path, [GOLD, other], [_record()])
    problems: list[str] = []
    golds = load_gold(gdir, problems)
    systems = load_records(out.read_text("utf-8").splitlines(), "out", problems)
    res = score(golds, systems)
    assert res["docs"] == 2 and res["missing_docs"] == ["d9"]
    assert res["entities"]["R"] == 50.0 and res["entities"]["P"] == 100.0
    assert score(golds, systems, {"d1"})["entities"]["F"] == 100.0
    table = "\n".join(format_table(res))
    assert "missing 1 (d9)" in table
    assert "d9" in table.splitlines()[-1] and "0.0" in table.splitlines()[-1]


def test_cli_table_and_json(tmp_path: Path) -> None:
    gdir, out = _write(tmp_path, [GOLD], [_record()])
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "docs 1  missing 0"
    assert any(line.startswith("entities") and "F1 100.0" in line and "PERSON 100.0" in line for line in lines)
    assert any(line.startswith("positions") and "status acc 100.0" in line for line in lines)
    assert any(line.startswith("events") and "date acc 100.0" in line for line in lines)
    assert "published acc 100.0" in lines
    assert lines[-1].split() == ["d1", "100.0", "100.0", "100.0"]
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out), "--json"])
    assert result.exit_code == 0
    res = json.loads(result.stdout)
    assert res["entities"]["F"] == 100.0 and res["per_doc"][0]["doc"] == "d1"


def test_cli_malformed_gold_and_record_are_reported_and_skipped(tmp_path: Path) -> None:
    gdir, out = _write(tmp_path, [GOLD], [_record()])
    (gdir / "broken.json").write_text("{not json", encoding="utf-8")
    (gdir / "noperson.json").write_text(json.dumps({"doc": "d3", "positions": [{"role": "رئيس"}]}),
                                        encoding="utf-8")
    with out.open("a", encoding="utf-8") as f:
        f.write("{truncated\n")
        f.write('{"id": "d4", "positions": "رئيس"}\n')
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out)])
    assert result.exit_code == 1
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    err = result.stderr.splitlines()
    assert any("broken.json" in e and "not readable as JSON" in e for e in err)
    assert any("noperson.json" in e and "positions[0] has no `person`" in e for e in err)
    assert any(f"{out}:2" in e for e in err) and any(f"{out}:3" in e for e in err)
    assert all(e.startswith("sijill: ") for e in err)
    assert "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == "docs 1  missing 0"  # the good gold file is still scored
    assert "positions  P 100.0" in result.stdout


def test_cli_missing_record_and_unknown_id(tmp_path: Path) -> None:
    gdir, out = _write(tmp_path, [GOLD], [])
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out)])
    assert result.exit_code == 1
    assert "no record for gold document d1" in result.stderr
    assert result.stdout.startswith("docs 1  missing 1 (d1)")
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out), "--ids", "zz"])
    assert result.exit_code != 0
    assert "no gold file for document zz" in result.stderr


def test_cli_missing_folder_or_records(tmp_path: Path) -> None:
    _, out = _write(tmp_path, [GOLD], [_record()])
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "nowhere"), str(out)])
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    [line] = result.stderr.strip().splitlines()
    assert "nowhere: gold folder not found" in line and "give a folder" in line
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold"), str(tmp_path / "none.jsonl")])
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert "none.jsonl: cannot read the records" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["eval", str(empty), str(out)])
    assert result.exit_code != 0 and "no gold file could be read" in result.stderr


# --- the same figures as the shared reference scorer -------------------------------------


def _reference(gold_dir: Path, records: Path, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(records), "--json", *args],
                          capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _ours(gold_dir: Path, records: Path, ids: set[str] | None = None) -> dict[str, Any]:
    problems: list[str] = []
    res = score(load_gold(gold_dir, problems),
                load_records(records.read_text("utf-8").splitlines(), str(records), problems), ids)
    assert problems == []
    return res


def _assert_same(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    assert set(theirs) <= set(ours)
    for key, value in theirs.items():
        assert ours[key] == value, key


def _perturbed(gold: dict[str, Any], k: int) -> dict[str, Any]:
    """A record made from a gold file with deterministic mistakes of every kind."""
    ids: dict[str, str] = {}
    ents = []
    for i, e in enumerate(gold["entities"]):
        if (i + k) % 5 == 0:
            continue  # missed
        ids[e["name"]] = f"e{i}"
        forms = [e["name"], *e.get("aliases", [])]
        name = forms[(i + k) % len(forms)].replace("ة", "ه").replace("أ", "ا")
        ents.append({"id": f"e{i}", "type": e["type"], "name": name, "aliases": forms[1:2]})
    ents.append({"id": "x1", "type": "ORG", "name": "جمعية لا وجود لها"})
    ents.append({"id": "x2", "type": "PERSON", "name": "الدكتور " + gold["entities"][0]["name"]})

    def ref(name: Any, i: int) -> Any:
        return ids.get(name, name) if i % 2 else name

    positions = [{"person": ref(p["person"], i), "role": ("ال" + p["role"]) if i % 3 == 0 else p["role"],
                  "org": ref(p.get("org"), i), "status": p["status"] if i % 2 else "former"}
                 for i, p in enumerate(gold["positions"]) if i % 4 != 3]
    events = [{"type": e["type"] if i % 5 else "MEETING", "date": (e.get("date") or "")[: 4 + 3 * (i % 3)] or None,
               "participants": [ref(x, i) for x in e.get("participants", [])[i % 2:]]}
              for i, e in enumerate(gold["events"])]
    events.append({"type": "STATEMENT", "participants": list(ids.values())[:1]})
    relations = [{"type": r["type"], "child": ref(r["child"], i),
                  "parent": ref(r["parent"] if i % 3 else r["child"], i)}
                 for i, r in enumerate(gold.get("relations", []))]
    decisions = [{"kind": d["kind"] if i % 2 else "DECISION", "body": None,
                  "text": " ".join(d["text"].split()[: 3 + i % 6])}
                 for i, d in enumerate(gold.get("decisions", []))]
    return {"id": gold["doc"], "published": gold["published"] if k % 2 else "2000-01-01",
            "entities": ents, "positions": positions, "events": events,
            "relations": relations, "decisions": decisions}


@needs_shared
def test_same_figures_as_the_shared_scorer_on_constructed_records(tmp_path: Path) -> None:
    gold_dir = SHARED / "examples" / "gold"
    records = tmp_path / "perturbed.jsonl"
    golds = [json.loads(f.read_text("utf-8")) for f in sorted(gold_dir.glob("*.json"))]
    recs = [_perturbed(g, k) for k, g in enumerate(golds[:-1])]  # the last gold doc has no record
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    theirs = _reference(gold_dir, records)
    assert theirs["missing_docs"] == [golds[-1]["doc"]]
    _assert_same(_ours(gold_dir, records), theirs)
    some = {golds[0]["doc"], golds[-1]["doc"]}
    _assert_same(_ours(gold_dir, records, some), _reference(gold_dir, records, "--ids=" + ",".join(sorted(some))))
    # The gold files scored against themselves.
    records.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8")
    ours = _ours(gold_dir, records)
    _assert_same(ours, _reference(gold_dir, records))
    assert ours["entities"]["F"] == 100.0


@needs_shared
def test_same_figures_as_the_shared_scorer_on_invented_docs(tmp_path: Path) -> None:
    gdir, out = _write(tmp_path, [GOLD], [_record(positions=[{"person": "سامر الاحمد", "role": "رئيسة",
                                                              "org": "الرابطه", "status": None}])])
    _assert_same(_ours(gdir, out), _reference(gdir, out))


@needs_shared
def test_same_figures_as_the_shared_scorer_on_extract_output(tmp_path: Path) -> None:
    sijill = Path(sys.executable).parent / "sijill"
    if not sijill.exists():
        pytest.skip("the sijill command is not installed beside this Python")
    out = tmp_path / "seeds.jsonl"
    subprocess.run([str(sijill), "extract", str(SHARED / "examples" / "seeds"), "-o", str(out)],
                   capture_output=True, text=True, check=False)
    assert out.exists() and out.read_text("utf-8").strip()
    gold_dir = SHARED / "examples" / "gold"
    _assert_same(_ours(gold_dir, out), _reference(gold_dir, out))
    result = CliRunner().invoke(main, ["eval", str(gold_dir), str(out), "--json"])
    _assert_same(json.loads(result.stdout), _reference(gold_dir, out))


# --- the two open conventions of positions, and the misses report ------------------------

# An invented article: "استقبل وزير الخارجية الأردني خالد العمري رئيس بلدية عمّان ...".
CONVENTIONS: dict[str, Any] = {
    "doc": "c1", "published": "2022-03-01",
    "entities": [
        {"type": "PERSON", "name": "خالد العمري"},
        {"type": "PERSON", "name": "ليلى الزعبي"},
        {"type": "ORG", "name": "وزارة الخارجية الأردنية"},
        {"type": "LOC", "name": "الأردن"},
        {"type": "ORG", "name": "بلدية عمان"},
    ],
    "positions": [
        {"person": "خالد العمري", "role": "وزير الخارجية", "org": "وزارة الخارجية الأردنية",
         "status": "current"},
        {"person": "ليلى الزعبي", "role": "سفيرة", "org": "الأردن", "status": "current"},
    ],
    "events": [],
}


@pytest.mark.parametrize(("minister_org", "envoy_org", "tp"), [
    (None, None, 2),        # a minister with no organisation; an envoy of a country = none
    ("e4", None, 2),        # a minister of the country: the organisation is not compared
    ("e5", "e4", 2),        # the envoy's country given as its organisation
    ("e3", "e5", 1),        # a real, wrong organisation still counts against the envoy
])
def test_positions_follow_the_open_conventions(tmp_path: Path, minister_org: str | None,
                                               envoy_org: str | None, tp: int) -> None:
    rec = {"id": "c1", "published": "2022-03-01", "entities": [
        {"id": "e1", "type": "PERSON", "name": "خالد العمري"},
        {"id": "e2", "type": "PERSON", "name": "ليلى الزعبي"},
        {"id": "e3", "type": "ORG", "name": "بلدية عمان"},
        {"id": "e4", "type": "LOC", "name": "الأردن"},
        {"id": "e5", "type": "ORG", "name": "وزارة الخارجية الأردنية"}],
        "positions": [{"person": "e1", "role": "وزير الخارجية", "org": minister_org, "status": "current"},
                      {"person": "e2", "role": "السفيرة", "org": envoy_org, "status": "current"}],
        "events": []}
    gdir, out = _write(tmp_path, [CONVENTIONS], [rec])
    ours = _ours(gdir, out)
    assert ours["positions"]["R"] == 50.0 * tp
    if SCORER.exists():
        _assert_same(ours, _reference(gdir, out))


def test_misses_lists_each_missed_and_spurious_item_with_its_sentence(tmp_path: Path) -> None:
    text = ("استقبل سامر الأحمد رئيس رابطة الصحفيين السوريين وفداً من هيئة التنسيق الوطنية في غازي عنتاب. "
            "وقال الأحمد إن اللقاء كان مثمراً.")
    rec = _record(text=text, positions=[{"person": "e3", "role": "رئيس", "org": "e2", "status": "current",
                                         "evidence": {"start": 0, "end": 20}}])
    rec["entities"][3]["name"] = "حلب"
    gdir, out = _write(tmp_path, [GOLD], [rec])
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out), "--misses"])
    lines = result.stdout.splitlines()
    assert "entity missed: LOC غازي عنتاب" in lines
    assert "entity spurious: LOC حلب" in lines
    missed = lines.index("position missed: سامر الأحمد | رئيس | رابطة الصحفيين السوريين | current")
    assert lines[missed + 1].startswith("    « استقبل سامر الأحمد رئيس رابطة")
    assert "position spurious: هيئة التنسيق الوطنية | رئيس | رابطة الصحفيين السوريين | current" in lines
    assert lines[-1].startswith("count  entity missed 1  entity spurious 1")
    as_json = json.loads(CliRunner().invoke(main, ["eval", str(gdir), str(out), "--misses", "--json"]).stdout)
    kinds = {(m["kind"], m["which"]) for m in as_json["misses"]}
    assert {("position", "missed"), ("position", "spurious"), ("entity", "missed")} <= kinds


def test_dates_are_scored_and_their_misses_shown(tmp_path: Path) -> None:
    text = "عقدت الرابطة اجتماعها أمس في غازي عنتاب، وتعقد اجتماعاً آخر يوم 12 حزيران المقبل."
    dates = tmp_path / "dates"
    dates.mkdir()
    (dates / "d1.json").write_text(json.dumps({"doc": "d1", "dates": [
        {"text": "أمس", "value": "2021-05-02"}, {"text": "12 حزيران", "value": "2021-06-12"},
        {"text": "المقبل", "value": None}]}, ensure_ascii=False), encoding="utf-8")
    start = text.index("أمس")
    rec = _record(text=text)
    rec["entities"][4]["mentions"] = [{"start": start, "end": start + 3}]
    gdir, out = _write(tmp_path, [GOLD], [rec])
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out), "--dates", str(dates), "--misses"])
    assert "dates      right 1/2  acc 50.0" in result.stdout.splitlines()
    assert "date missed: 12 حزيران -> 2021-06-12 (not found)" in result.stdout
    result = CliRunner().invoke(main, ["eval", str(gdir), str(out), "--dates", str(tmp_path / "none")])
    assert result.exit_code != 0 and "date gold folder not found" in result.stderr
