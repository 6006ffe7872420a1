"""`sijill review` and `sijill export --format gold`: corrections on the command line, and the
gold files they become, which `sijill eval` reads."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from sijill.cli import main
from sijill.export.jsonl import write_jsonl
from sijill.register.db import Database

from .review_corpus import COALITION, build, entity


def built(db_url: str) -> str:
    db = Database(db_url)
    try:
        build(db)
    finally:
        db.close()
    return db_url


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def records(db_url: str, path: Path) -> str:
    """The register's records as extracted (no corrections), as `sijill export` writes them."""
    db = Database(db_url)
    try:
        with path.open("w", encoding="utf-8") as out:
            write_jsonl(db, out)
    finally:
        db.close()
    return str(path)


def scores(gold: str, recs: str) -> dict[str, dict[str, float]]:
    """P, R and F of positions, events, entities and relations."""
    result = run("eval", gold, recs, "--json")
    assert result.exit_code == 0, result.output
    res = json.loads(result.output)
    return {k: res[k] for k in ("positions", "events", "entities", "relations")}


def test_gold_of_reviewed_documents_scores_the_records_until_a_claim_is_marked_wrong(
        db_url: str, tmp_path: Path) -> None:
    db = built(db_url)
    recs = records(db, tmp_path / "records.jsonl")
    for doc in ("v1", "v2"):
        assert run("review", "done", doc, "--db", db).exit_code == 0
    gold = tmp_path / "gold"
    result = run("export", "--format", "gold", "--db", db, "-o", str(gold))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in gold.iterdir()) == ["v1.json", "v2.json"]
    first = json.loads((gold / "v2.json").read_text(encoding="utf-8"))
    assert first["positions"] == [{"person": "خالد خوجة", "role": "رئيس", "org": COALITION,
                                   "status": "current"}]
    perfect = {"P": 100.0, "R": 100.0, "F": 100.0}
    assert scores(str(gold), recs) == {k: perfect for k in ("positions", "events", "entities",
                                                            "relations")}

    assert run("review", "wrong", "v2/position/0", "--db", db).exit_code == 0
    assert run("export", "--format", "gold", "--db", db, "-o", str(gold)).exit_code == 0
    assert json.loads((gold / "v2.json").read_text(encoding="utf-8"))["positions"] == []
    assert scores(str(gold), recs)["positions"] == {"P": 50.0, "R": 100.0, "F": 66.7}
    misses = run("eval", str(gold), recs, "--misses").output
    assert [line for line in misses.splitlines() if "spurious" in line and "position" in line
            and "خالد خوجة" in line], misses  # Khoja's post, as the records give it


def test_an_added_claim_is_in_the_gold_and_missed_by_the_records(db_url: str,
                                                                 tmp_path: Path) -> None:
    db = built(db_url)
    recs = records(db, tmp_path / "records.jsonl")
    opened = Database(db)
    try:
        person, org = entity(opened, "v7", "سمير نشار"), entity(opened, "v7", COALITION)
    finally:
        opened.close()
    data = json.dumps({"person": person, "org": org, "role": "عضو الهيئة السياسية"},
                      ensure_ascii=False)
    added = run("review", "add", "v7", "position", "--data", data, "--start", "4", "--end", "13",
                "--db", db)
    assert added.exit_code == 0, added.output
    claim_id = added.output.strip()
    listed = run("review", "list", "--doc", "v7", "--db", db, "--json")
    assert [json.loads(line)["claim_id"] for line in listed.output.splitlines()] == [claim_id]
    gold = tmp_path / "gold"
    assert run("export", "--format", "gold", "--db", db, "-o", str(gold)).exit_code == 0
    assert scores(str(gold), recs)["positions"]["R"] == 0.0  # the records miss the added post
    assert run("review", "unmark", claim_id, "--db", db).exit_code == 0
    assert run("review", "list", "--db", db).output == ""


def test_review_pairs_lists_what_merge_and_distinct_take(db_url: str) -> None:
    db = built(db_url)
    result = run("review", "pairs", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.output.splitlines()]
    assert [p["reason"] for p in found] == ["short form", "same name, kept apart"]
    assert run("distinct", found[0]["a"], found[0]["b"], "--db", db).exit_code == 0
    after = run("review", "pairs", "--db", db, "--limit", "5")
    assert after.output.count("\n") == 1 and "same name, kept apart" in after.output


def test_review_errors_say_what_to_give(db_url: str, tmp_path: Path) -> None:
    db = built(db_url)
    bad_json = run("review", "add", "v7", "position", "--data", "{", "--start", "0", "--end", "1",
                   "--db", db)
    assert bad_json.exit_code == 2 and "--data" in bad_json.output
    outside = run("review", "add", "v7", "position", "--data", '{"person": "e1", "role": "x"}',
                  "--start", "0", "--end", "9999", "--db", db)
    assert outside.exit_code == 1 and "outside the text" in outside.output
    assert "Traceback" not in outside.output
    unknown = run("review", "wrong", "v7/position/4", "--db", db)
    assert unknown.exit_code == 1 and "no claim 'v7/position/4'" in unknown.output
    no_folder = run("export", "--format", "gold", "--db", db)
    assert no_folder.exit_code == 2 and "-o DIR" in no_folder.output


def test_every_review_subcommand_has_help_and_is_in_the_readme() -> None:
    import click

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### `sijill review`", 1)[1].split("\n## ", 1)[0]
    group = main.get_command(click.Context(main), "review")
    assert isinstance(group, click.Group)
    for name, command in group.commands.items():
        assert (command.help or "").strip(), f"sijill review {name} has no help text"
        assert f"sijill review {name}" in section, f"README lacks `sijill review {name}`"
        for param in command.params:
            if isinstance(param, click.Option):
                assert (param.help or "").strip(), f"sijill review {name} {param.opts[0]}"
                assert param.opts[-1] in section, f"README lacks {param.opts[-1]} of review {name}"
