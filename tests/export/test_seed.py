"""`sijill seed`: known actors become canonical entities that keep their ids, and resolution
attaches the documents' mentions to them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from sijill.cli import main
from sijill.register.db import Database

from .conftest import export, ingest


def _seed(db_url: str, *files: Path) -> Result:
    return CliRunner().invoke(main, ["seed", *map(str, files), "--db", db_url])


def _canonical(db_url: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The canonical entities with their members, and which document entity is in which."""
    with Database(db_url) as db:
        groups = db.query("SELECT c.id, c.type, c.name, COUNT(e.entity_id) "
                          "FROM canonical_entities c JOIN entity_canonical e "
                          "ON e.canonical_id = c.id GROUP BY c.id, c.type, c.name ORDER BY c.id")
        members = db.query("SELECT e.doc_id, e.local_id, c.canonical_id FROM entities e "
                           "JOIN entity_canonical c ON c.entity_id = e.id ORDER BY 1, 2")
    return groups, members


def _members(db_url: str, canonical_id: str) -> list[str]:
    with Database(db_url) as db:
        return sorted(str(r[0]) for r in db.query(
            "SELECT e.name FROM entity_canonical c JOIN entities e ON e.id = c.entity_id "
            "WHERE c.canonical_id = ?", (canonical_id,)))


def test_round_trip_export_seed_ingest_gives_the_same_canonical_entities(
        register: str, corpus: Path, db_url: str, tmp_path: Path) -> None:
    ftm = tmp_path / "register.ftm"
    ftm.write_text(export(register, "--format", "ftm"), encoding="utf-8")
    result = _seed(db_url, ftm)
    assert result.exit_code == 0, result.output
    with Database(db_url) as db:  # the actors are there before any document
        seeded = {str(r[0]) for r in db.query("SELECT id FROM canonical_entities")}
    assert len(seeded) > 10
    ingest(corpus, db_url)
    assert _canonical(db_url) == _canonical(register)
    groups, _ = _canonical(db_url)
    assert seeded <= {g[0] for g in groups}  # every seeded actor got its mentions


def test_seeded_ids_and_names_are_kept_and_aliases_join_mentions(corpus: Path, db_url: str,
                                                                 tmp_path: Path) -> None:
    seeds = tmp_path / "actors.csv"
    seeds.write_text("id,type,name,aliases\n"
                     "Q1,ORG,نقابة المحامين,Syrian Bar Association;نقابة محامي سوريا\n"
                     "Q2,PERSON,سامر الخطيب,Samer al-Khatib\n"
                     "Q3,ORG,منظمة لا يذكرها أحد,\n", encoding="utf-8-sig")
    result = _seed(db_url, seeds)
    assert result.exit_code == 0, result.output
    assert "seeded 3 actor(s) (3 new)" in result.output
    ingest(corpus, db_url)
    assert set(_members(db_url, "Q1")) == {"نقابة المحامين"}
    assert set(_members(db_url, "Q2")) == {"سامر الخطيب"}
    assert _members(db_url, "Q3") == []  # known but never mentioned: still in the register
    entities = export(db_url, "--format", "ftm")
    assert '"id": "Q1"' in entities and '"Syrian Bar Association"' in entities
    assert '"id": "Q3"' in entities


def test_seeding_after_ingest_moves_the_mentions_to_the_seed(register: str, corpus: Path,
                                                             db_url: str,
                                                             tmp_path: Path) -> None:
    ingest(corpus, db_url)
    seeds = tmp_path / "later.jsonl"
    seeds.write_text('{"id": "NK-1", "schema": "Person", "properties": '
                     '{"name": ["Samer al-Khatib", "سامر الخطيب"]}}\n', encoding="utf-8")
    assert _seed(db_url, seeds).exit_code == 0
    with Database(db_url) as db:
        name, latin = db.query("SELECT name, latin FROM canonical_entities WHERE id = 'NK-1'")[0]
        before = db.query("SELECT id FROM canonical_entities WHERE name = 'سامر الخطيب'")
    assert (name, latin) == ("سامر الخطيب", "Samer al-Khatib")
    assert before == [("NK-1",)]  # the old canonical entity gave its members to the seed
    assert set(_members(db_url, "NK-1")) == {"سامر الخطيب"}


def test_bad_lines_are_named_and_the_rest_loads(db_url: str, tmp_path: Path) -> None:
    ftm = tmp_path / "list.ftm"
    ftm.write_text('{"id": "p1", "schema": "Person", "properties": {"name": ["ليلى حداد"]}}\n'
                   "{not json\n"
                   '{"id": "x", "schema": "Pirate", "properties": {"name": ["x"]}}\n'
                   '{"id": "m1", "schema": "Membership", "properties": {}}\n'
                   '{"schema": "Organization", "properties": {"name": ["هيئة"]}}\n'
                   '{"id": "o1", "schema": "PublicBody", "properties": '
                   '{"name": ["وزارة الصحة السورية"]}}\n', encoding="utf-8")
    table = tmp_path / "list.csv"
    table.write_text("id,kind,name\nQ1,ORG,نقابة\n", encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("id,type,name,aliases\nQ5,PARTY,حزب,\n,ORG,,\nQ6,ORG,حزب الشعب\n"
                    "Q7,org,رابطة الكتاب,\n", encoding="utf-8")
    result = _seed(db_url, ftm, table, rows)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors == [
        (f"sijill: skipped {ftm}:2: not a JSON object (Expecting property name enclosed in "
         "double quotes)"),
        f"sijill: skipped {ftm}:3: unknown FollowTheMoney schema 'Pirate'",
        f"sijill: skipped {ftm}:5: no id (give every entity the id it should keep)",
        (f"sijill: skipped {table}:1: the header is 'id,kind,name', not "
         "'id,type,name,aliases'; nothing of this file is loaded"),
        f"sijill: skipped {rows}:2: type 'PARTY' is none of PERSON, ORG, LOC, MISC",
        f"sijill: skipped {rows}:3: no name",
        f"sijill: skipped {rows}:4: 3 cells, not 4"], errors
    with Database(db_url) as db:
        kept = dict(db.query("SELECT id, type FROM canonical_entities"))
    assert kept == {"p1": "PERSON", "o1": "ORG", "Q7": "ORG"}
