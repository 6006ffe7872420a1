"""Name search by index (migration 0009): the contains match of find_entities reads a trigram
index on SQLite (pg_trgm where PostgreSQL has it) and answers what reading every canonical
name answered, kept in step with canonical_entities by triggers."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.register.test_stored_tenures import _undo_migration_15

from sijill.register.db import Database
from sijill.register.keys import name_key
from sijill.register.queries import CANDIDATE_LIMIT, CONTAINS_SHORTEST, _like, find_entities
from sijill.register.queries import _contains as contains

PEOPLE = [
    ("أحمد بن علي الغامدي", "Ahmad bin Ali Al-Ghamdi"),
    ("علي أحمد الزهراني", None),
    ("هادي البحرة", "Hadi al-Bahra"),
    ("سعد 100% الحربي", "Saad_Harbi"),
    ('عبدالله "أبو" فهد', None),
]
ORGS = [("وزارة الخارجية", "Ministry of Foreign Affairs"), ("مجلس الشورى", "Shura Council")]


def _add(db: Database, rows: list[tuple[str, str, str | None]]) -> None:
    for i, (etype, name, latin) in enumerate(rows):
        db.execute("INSERT INTO canonical_entities (id, type, name, name_key, latin) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (f"{etype.lower()}-{i}-{name_key(etype, name)}", etype, name,
                    name_key(etype, name), latin))


def _scan(db: Database, etype: str, query: str) -> list[str]:
    """What the contains match answered before the index: every canonical name read."""
    rows = db.query("SELECT id FROM canonical_entities WHERE type = ? AND (name_key LIKE ? "
                    "ESCAPE '\\' OR LOWER(latin) LIKE ? ESCAPE '\\') ORDER BY name_key, id LIMIT ?",
                    (etype, _like(name_key(etype, query)), _like(query.lower()),
                     CANDIDATE_LIMIT * 5))
    return [str(r[0]) for r in rows]


def _contains(db: Database, etype: str, query: str) -> set[str]:
    return {c.id for c in find_entities(db, query, (etype,), limit=10_000)
            if c.match == "contains"}


@pytest.fixture
def register(db: Database) -> Database:
    _add(db, [("PERSON", n, lat) for n, lat in PEOPLE] + [("ORG", n, lat) for n, lat in ORGS])
    return db


@pytest.mark.parametrize(("query", "etype", "expected"), [
    ("الغامدي", "PERSON", {"أحمد بن علي الغامدي"}),
    ("Ghamdi", "PERSON", {"أحمد بن علي الغامدي"}),
    ("GHAMDI", "PERSON", {"أحمد بن علي الغامدي"}),     # Latin spellings fold case
    ("بحره", "PERSON", {"هادي البحرة"}),                # the key folds ta marbuta
    ("خارجيه", "ORG", {"وزارة الخارجية"}),
    ("Council", "ORG", {"مجلس الشورى"}),
    ("100%", "PERSON", {"سعد 100% الحربي"}),           # LIKE wildcards taken literally
    ("0%_", "PERSON", set()),                         # its key 0% is short: not looked for
    ("Saad%Harbi", "PERSON", set()),
    ("_Harbi", "PERSON", {"سعد 100% الحربي"}),
    ('"أبو"', "PERSON", {'عبدالله "أبو" فهد'}),       # a quote is no FTS syntax
    ("Ministry", "PERSON", set()),                     # another type's name
])
def test_contains_finds_names_holding_the_text(register: Database, query: str, etype: str,
                                               expected: set[str]) -> None:
    found = _contains(register, etype, query)
    names = {str(register.scalar("SELECT name FROM canonical_entities WHERE id = ?", (i,)))
             for i in found}
    assert names == expected
    if min(len(name_key(etype, query)), len(query)) >= CONTAINS_SHORTEST:
        assert found == set(_scan(register, etype, query))


@pytest.mark.parametrize("query", ["Al", "ح", "بح", "ظغ"])
def test_short_texts_find_name_beginnings_without_reading_every_name(
        register: Database, query: str) -> None:
    # One or two letters have no trigram to look up: reading every name of a type to find
    # them took 120 ms on the full register. They find the names their key begins.
    assert _contains(register, "PERSON", query) == set()
    assert contains(register, "PERSON", name_key("PERSON", query), query.lower()) == []
    found = {c.name for c in find_entities(register, "هاد", ("PERSON",))}
    assert found == {"هادي البحرة"}  # three letters: the prefix and contains matches


def test_a_short_key_with_a_long_latin_text_looks_for_the_latin_only(register: Database) -> None:
    # ``0%_`` keys to ``0%`` but is three letters long as a Latin text: only the Latin
    # spellings are searched for it, still through the index.
    assert _contains(register, "PERSON", "_Harbi") == set(_scan(register, "PERSON", "_Harbi"))
    assert contains(register, "PERSON", "0%", "0%_") == []


def test_many_matches_keep_the_scans_order_and_limit(db: Database) -> None:
    _add(db, [("PERSON", f"محمد {w} {i}", None) for i, w in
              enumerate(["الأول", "الثاني", "الثالث"] * 60)])
    query = "محمد"
    # Past the prefix step (its limit) the contains step picks by name key, as the scan did.
    ids = db.query("SELECT c.id FROM canonical_entities c ORDER BY c.name_key")
    assert len(ids) == 180
    assert contains(db, "PERSON", name_key("PERSON", query), query) == _scan(db, "PERSON", query)
    assert len(_scan(db, "PERSON", query)) == CANDIDATE_LIMIT * 5


def test_index_follows_renames_and_removals(register: Database) -> None:
    cid = str(register.scalar("SELECT id FROM canonical_entities WHERE name = ?",
                              ("هادي البحرة",)))
    register.execute("UPDATE canonical_entities SET name = ?, name_key = ?, latin = ? "
                     "WHERE id = ?", ("هادي الصالح", name_key("PERSON", "هادي الصالح"),
                                      "Hadi Saleh", cid))
    assert _contains(register, "PERSON", "البحرة") == set()
    assert _contains(register, "PERSON", "Bahra") == set()
    assert cid in _contains(register, "PERSON", "الصالح")
    register.execute("DELETE FROM canonical_entities WHERE id = ?", (cid,))
    assert _contains(register, "PERSON", "الصالح") == set()
    if register.dialect == "sqlite":
        rows = int(register.scalar("SELECT COUNT(*) FROM name_search_rows") or 0)
        assert rows == len(PEOPLE) + len(ORGS) - 1


def test_sqlite_search_reads_the_index_not_every_name(register: Database) -> None:
    if register.dialect != "sqlite":
        pytest.skip("the trigram table is SQLite's")
    register.execute("ANALYZE")
    plan = " ".join(str(r[-1]) for r in register.query(
        "EXPLAIN QUERY PLAN SELECT c.id FROM name_search CROSS JOIN name_search_rows c "
        "ON c.row = name_search.rowid WHERE name_search MATCH ? AND c.type = ? "
        "ORDER BY c.name_key", ('name_key : "غامدي"', "PERSON")))
    assert "VIRTUAL TABLE INDEX" in plan
    assert "SCAN c" not in plan and "canonical_entities" not in plan


def _rows_beside_index(db: Database) -> list[tuple[str, str, str, str | None]]:
    return sorted((str(r[0]), str(r[1]), str(r[2]), r[3]) for r in db.query(
        "SELECT id, type, name_key, latin FROM name_search_rows"))


def _canonical(db: Database) -> list[tuple[str, str, str, str | None]]:
    return sorted((str(r[0]), str(r[1]), str(r[2]), r[3]) for r in db.query(
        "SELECT id, type, name_key, latin FROM canonical_entities"))


def test_index_rows_hold_each_names_type_key_and_latin(register: Database) -> None:
    if register.dialect != "sqlite":
        pytest.skip("the trigram table is SQLite's")
    assert _rows_beside_index(register) == _canonical(register)
    cid = str(register.scalar("SELECT id FROM canonical_entities WHERE name = ?",
                              ("مجلس الشورى",)))
    assert cid in _contains(register, "ORG", "الشورى")
    register.execute("UPDATE canonical_entities SET type = 'PERSON' WHERE id = ?", (cid,))
    assert _rows_beside_index(register) == _canonical(register)
    assert _contains(register, "ORG", "الشورى") == set()
    assert cid in _contains(register, "PERSON", "الشورى")
    register.execute("UPDATE canonical_entities SET id = ?, latin = NULL WHERE id = ?",
                     ("renamed", cid))
    assert _rows_beside_index(register) == _canonical(register)
    assert _contains(register, "PERSON", "Shura") == set()


def test_a_register_made_before_the_index_gets_it(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    db = Database(path)
    _add(db, [("PERSON", n, lat) for n, lat in PEOPLE])
    # Undo migration 0009, as a register written by an earlier version lacks it.
    for trigger in ("name_search_insert", "name_search_delete", "name_search_update"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE name_search")
    db.execute("DROP TABLE name_search_rows")
    db.execute("DELETE FROM schema_migrations WHERE version IN (9, 15)")  # 0015 adds to 0009
    db.close()
    db = Database(path)
    try:
        assert 9 in {int(r[0]) for r in db.query("SELECT version FROM schema_migrations")}
        assert int(db.scalar("SELECT COUNT(*) FROM name_search") or 0) == len(PEOPLE)
        assert len(_contains(db, "PERSON", "Ghamdi")) == 1
    finally:
        db.close()


def test_a_register_made_before_the_index_rows_held_names_gets_them(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    db = Database(path)
    _add(db, [("PERSON", n, lat) for n, lat in PEOPLE])
    _undo_migration_15(db)  # the rows of 0009, with 0009's triggers
    db.close()
    db = Database(path)
    try:
        assert _rows_beside_index(db) == _canonical(db)
        assert len(_contains(db, "PERSON", "Ghamdi")) == 1
        _add(db, [("PERSON", "خالد خوجة", "Khaled Khoja")])
        assert _rows_beside_index(db) == _canonical(db)
    finally:
        db.close()


def test_postgresql_has_trigram_indexes_where_pg_trgm_is_installed(db: Database) -> None:
    if db.dialect != "postgresql":
        pytest.skip("pg_trgm is PostgreSQL's")
    if db.scalar("SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'pg_trgm'") == 0:
        pytest.skip("this server lacks pg_trgm: the search reads every name")
    found = {str(r[0]) for r in db.query(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'canonical_entities'")}
    assert {"canonical_key_trigram", "canonical_latin_trigram"} <= found
