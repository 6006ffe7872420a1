"""Tenures stored in the register (migration 0014): what a page reads from a stored row is
what it would work out from the claims, after a fill, a correction, a merge, a re-ingest and
the migration's backfill, and a row a pending change may reach is never read."""

from __future__ import annotations

import pytest

from sijill.register import queries, seats, stored
from sijill.register.db import Database
from sijill.register.queries import (
    PAGE_LIMIT,
    newest_events,
    resolve_entity,
    work_out_names,
    work_out_relations,
)
from sijill.register.review import add_claim, mark_claim_wrong, merge, unmark, unsure_pairs
from sijill.register.seats import (
    fill_tenures,
    org_tenures,
    person_tenures,
    work_out_org,
    work_out_person,
)
from sijill.register.store import delete_document, store_doc
from sijill.register.structure import decisions_log, structure
from sijill.register.views import meetings, newest_meetings, org_decisions, org_structure

from .review_corpus import COALITION, _processed, build, entity

KHOJA_POST = "v2/position/0"


@pytest.fixture(autouse=True)
def every_name_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    """The names and events of every person and organisation are stored (the register's
    own threshold is for much-named ones, which these short stories have none of)."""
    monkeypatch.setattr(seats, "STORED_NAMES_FROM", 1)


@pytest.fixture
def register(db: Database) -> Database:
    build(db)
    fill_tenures(db)
    return db


def with_posts(db: Database, column: str) -> list[str]:
    return sorted({str(r[0]) for r in db.query(
        f"SELECT ec.canonical_id FROM positions p JOIN entity_canonical ec "
        f"ON ec.entity_id = p.{column}")})


def assert_answers_unchanged(db: Database) -> int:
    """Every person's and organisation's tenures, as the pages get them, are what the claims
    give now; the number read from a stored row."""
    read = 0
    for cid in with_posts(db, "person"):
        kept = stored.load(db, stored.PERSON, cid)
        fresh = work_out_person(db, cid)[0]
        assert person_tenures(db, cid) == fresh, cid
        assert kept is None or kept == fresh, cid
        read += kept is not None
    for cid in with_posts(db, "org"):
        kept = stored.load(db, stored.ORG, cid)
        fresh = work_out_org(db, cid)
        assert org_tenures(db, cid) == fresh, cid
        assert kept is None or kept == fresh, cid
        read += kept is not None
    for cid in named(db):
        kept_names, kept_events = stored.load_names(db, cid), stored.load_events(db, cid)
        names, events = work_out_names(db, cid), newest_events(db, cid, PAGE_LIMIT)
        assert queries._names(db, cid) == names, cid
        assert queries._page_events(db, cid, PAGE_LIMIT) == events, cid
        assert kept_names is None or kept_names == names, cid
        assert kept_events is None or kept_events == events, cid
        read += (kept_names is not None) + (kept_events is not None)
    for cid in named(db, "ORG"):
        kept_meetings, found = stored.load_meetings(db, cid), newest_meetings(db, cid, 50)
        assert meetings(db, cid) == found, cid
        assert kept_meetings is None or kept_meetings == found, cid
        kept_log, log = stored.load_decisions(db, cid), decisions_log(db, cid)
        assert org_decisions(db, cid) == log, cid
        assert kept_log is None or kept_log == log, cid
        kept_relations, ties = stored.load_relations(db, cid), work_out_relations(db, cid)
        assert queries.relations(db, cid) == ties, cid
        assert kept_relations is None or kept_relations == ties, cid
        read += (kept_meetings is not None) + (kept_log is not None) + \
            (kept_relations is not None)
    for cid in in_relations(db):
        tree = stored.load_structure(db, cid)
        worked_out = structure(db, cid)
        assert org_structure(db, cid) == worked_out, cid
        assert tree is None or tree == worked_out, cid
        read += tree is not None
    return read


def named(db: Database, *types: str) -> list[str]:
    types = types or ("PERSON", "ORG")
    return [str(r[0]) for r in db.query(
        f"SELECT id FROM canonical_entities WHERE type IN ({', '.join('?' * len(types))}) "
        "ORDER BY id", types)]


def in_relations(db: Database) -> list[str]:
    return sorted({str(r[0]) for r in db.query(
        "SELECT ec.canonical_id FROM relations r JOIN entity_canonical ec "
        "ON ec.entity_id IN (r.parent, r.child)")})


def coalition(db: Database) -> str:
    return resolve_entity(db, COALITION, ("ORG",)).id


def person(db: Database, name: str) -> str:
    return resolve_entity(db, name, ("PERSON",)).id


def test_a_fill_stores_every_actor_with_a_post_as_worked_out(register: Database) -> None:
    people, orgs = with_posts(register, "person"), with_posts(register, "org")
    assert people and orgs
    assert stored.stored_ids(register, stored.PERSON) == set(people)
    assert stored.stored_ids(register, stored.ORG) == set(orgs)
    trees = in_relations(register)
    assert trees and stored.stored_ids(register, stored.STRUCTURE) == set(trees)
    assert stored.stored_ids(register, stored.NAMES) == set(named(register))
    assert stored.stored_ids(register, stored.EVENTS) == set(named(register))
    assert stored.stored_ids(register, stored.MEETINGS) == set(named(register, "ORG"))
    assert stored.stored_ids(register, stored.DECISIONS) == set(named(register, "ORG"))
    assert stored.stored_ids(register, stored.RELATIONS) == set(named(register, "ORG"))
    assert assert_answers_unchanged(register) == len(people) + len(orgs) + len(trees) + \
        2 * len(named(register)) + 3 * len(named(register, "ORG"))
    # the successor cue is kept: Khoja follows al-Bahra in the Coalition's chair
    khoja = stored.load(register, stored.PERSON, person(register, "خالد خوجة"))
    assert khoja is not None and [t.predecessor.name for t in khoja if t.predecessor] == \
        ["هادي البحرة"]


def test_a_pending_change_is_never_read_and_refresh_drops_what_it_reaches(
        register: Database) -> None:
    khoja, council = person(register, "خالد خوجة"), person(register, "سعود الملا")
    register.execute("DELETE FROM positions WHERE claim_id = ?", (KHOJA_POST,))
    assert stored.pending(register)
    assert stored.load(register, stored.PERSON, council) is None
    assert all(KHOJA_POST not in {r.claim for r in t.claims}
               for t in person_tenures(register, khoja))
    dropped, _ = stored.refresh(register)
    assert (stored.PERSON, khoja) in dropped and (stored.ORG, coalition(register)) in dropped
    assert (stored.PERSON, council) not in dropped  # another council's chair
    assert not stored.pending(register)
    assert stored.load(register, stored.PERSON, council) is not None
    assert assert_answers_unchanged(register) > 0


def test_a_claim_marked_wrong_and_unmarked_is_stored_again(register: Database) -> None:
    khoja = person(register, "خالد خوجة")
    mark_claim_wrong(register, KHOJA_POST)
    assert not stored.pending(register)
    kept = stored.load(register, stored.PERSON, khoja)
    assert kept is not None and all(KHOJA_POST not in {r.claim for r in t.claims} for t in kept)
    assert stored.load(register, stored.ORG, coalition(register)) is not None
    assert assert_answers_unchanged(register) > 0
    unmark(register, KHOJA_POST)
    kept = stored.load(register, stored.PERSON, khoja)
    assert kept is not None and any(KHOJA_POST in {r.claim for r in t.claims} for t in kept)
    assert assert_answers_unchanged(register) > 0


def test_an_added_post_is_stored_as_corrected(register: Database) -> None:
    claim = add_claim(register, "v7", "position",
                      {"person": entity(register, "v7", "سمير نشار"),
                       "role": "عضو الهيئة السياسية", "org": entity(register, "v7", COALITION),
                       "status": "current"}, 4, 13)
    kept = stored.load(register, stored.PERSON, person(register, "سمير نشار"))
    assert kept is not None and [t.corrected for t in kept] == [True]
    assert kept[0].claims[0].claim == claim
    assert assert_answers_unchanged(register) > 0


def test_a_relation_marked_wrong_leaves_the_stored_structure(register: Database) -> None:
    claim, child = (str(v) for v in register.query(
        "SELECT r.claim_id, ec.canonical_id FROM relations r JOIN entity_canonical ec "
        "ON ec.entity_id = r.child ORDER BY r.claim_id")[0])
    before = stored.load_structure(register, child)
    assert before is not None and any(claim in {r.claim for r in e.claims}
                                      for e in before.parents)
    mark_claim_wrong(register, claim)
    after = stored.load_structure(register, child)
    assert after is None or not any(claim in {r.claim for r in e.claims} for e in after.parents)
    assert assert_answers_unchanged(register) > 0
    unmark(register, claim)
    assert org_structure(register, child) == before
    assert assert_answers_unchanged(register) > 0


def test_a_relation_marked_wrong_leaves_both_sides_stored_relations(
        register: Database) -> None:
    claim, parent, child = (str(v) for v in register.query(
        "SELECT r.claim_id, p.canonical_id, c.canonical_id FROM relations r "
        "JOIN entity_canonical p ON p.entity_id = r.parent "
        "JOIN entity_canonical c ON c.entity_id = r.child ORDER BY r.claim_id")[0])
    bodies = stored.load_relations(register, parent)
    part_of = stored.load_relations(register, child)
    assert bodies is not None and part_of is not None
    assert any(claim in {c.claim for c in r.claims} for r in bodies[0])
    assert any(claim in {c.claim for c in r.claims} for r in part_of[1])
    mark_claim_wrong(register, claim)  # stores again what it reached
    for cid in (parent, child):
        kept = stored.load_relations(register, cid)
        assert kept is not None
        assert not any(claim in {c.claim for c in r.claims} for side in kept for r in side)
    assert assert_answers_unchanged(register) > 0
    unmark(register, claim)
    fill_tenures(register)
    assert stored.load_relations(register, parent) == bodies
    assert stored.load_relations(register, child) == part_of


def test_a_decision_marked_wrong_leaves_the_stored_log(register: Database) -> None:
    org = coalition(register)
    log = stored.load_decisions(register, org)
    assert log is not None and log
    mark_claim_wrong(register, log[0].claim)
    assert all(d.claim != log[0].claim for d in org_decisions(register, org))
    assert assert_answers_unchanged(register) > 0
    unmark(register, log[0].claim)
    assert org_decisions(register, org) == log
    assert assert_answers_unchanged(register) > 0


def test_a_merge_is_stored_again(register: Database) -> None:
    pair = next(p for p in unsure_pairs(register) if not p.joined)
    merge(register, pair.a, pair.b)
    assert not stored.pending(register)
    assert assert_answers_unchanged(register) > 0


def test_a_document_stored_again_is_stored_again(register: Database) -> None:
    docs, version = _processed()
    delete_document(register, "v2")
    fill_tenures(register)
    assert not any(KHOJA_POST in {r.claim for r in t.claims}
                   for t in org_tenures(register, coalition(register)))
    assert assert_answers_unchanged(register) > 0
    store_doc(register, next(d for d in docs if d.id == "v2"), version)
    from sijill.register.resolve import resolve_pending

    resolve_pending(register)
    fill_tenures(register)
    assert any(KHOJA_POST in {r.claim for r in t.claims}
               for t in org_tenures(register, coalition(register)))
    assert assert_answers_unchanged(register) > 0


def test_the_migration_runner_fills_an_existing_register_once(db_url: str) -> None:
    db = Database(db_url)
    build(db)
    # the register as migration 0013 left it: none of 0014's tables, triggers or functions
    if db.dialect == "sqlite":
        for (name,) in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND name LIKE '%\\_tenures' ESCAPE '\\'"):
            db.execute(f"DROP TRIGGER {name}")
    else:
        for table in ("positions", "event_participants", "mentions", "relations", "claims",
                      "claim_corrections", "events", "documents", "entities",
                      "entity_canonical", "canonical_entities"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_tenures ON {table}")
            db.execute(f"DROP FUNCTION IF EXISTS {table}_tenures()")
    for table in ("stored_tenures", "stored_tenure_deps", "tenures_dirty"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM schema_migrations WHERE version = 14")
    db.close()
    db = Database(db_url)
    try:
        assert stored.stored_ids(db, stored.PERSON) == set(with_posts(db, "person"))
        assert assert_answers_unchanged(db) > 0
        again = Database(db_url)
        try:
            assert again.migrate() == []  # once
        finally:
            again.close()
    finally:
        db.close()


def test_merge_and_split_on_the_command_line_store_again(db_url: str) -> None:
    from click.testing import CliRunner

    from sijill.cli import main

    db = Database(db_url)
    try:
        build(db)
        fill_tenures(db)
        pair = next(p for p in unsure_pairs(db) if not p.joined)
    finally:
        db.close()
    for command in ("merge", "split"):
        db = Database(db_url)
        try:  # the merged entity keeps one of the two ids
            kept = next(c for c in (pair.a, pair.b) if db.scalar(
                "SELECT 1 FROM canonical_entities WHERE id = ?", (c,)))
        finally:
            db.close()
        args = [command, pair.a, pair.b] if command == "merge" else [command, kept]
        result = CliRunner().invoke(main, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        db = Database(db_url)
        try:
            assert not stored.pending(db)
            assert assert_answers_unchanged(db) > 0
        finally:
            db.close()


def _undo_migration_15(db: Database) -> None:
    """The register as migration 0014 left it (0015 changes SQLite's name search rows)."""
    from sijill.register.db import _split_statements, migrations

    if db.dialect == "sqlite":
        for column in ("type", "name_key", "latin"):
            db.execute(f"ALTER TABLE name_search_rows DROP COLUMN {column}")
        for trigger in ("name_search_insert", "name_search_update"):
            db.execute(f"DROP TRIGGER {trigger}")
        script = next(s for n, _, s in migrations("sqlite") if n == 9)
        for statement in _split_statements(script):
            if statement.startswith(("CREATE TRIGGER name_search_insert",
                                     "CREATE TRIGGER name_search_update")):
                db.execute(statement)
    db.execute("DELETE FROM schema_migrations WHERE version = 15")


def test_the_migration_runner_stores_relations_a_register_filled_before_lacks(
        db_url: str) -> None:
    db = Database(db_url)
    build(db)
    fill_tenures(db)
    orgs = stored.stored_ids(db, stored.RELATIONS)
    assert orgs
    # filled before relations were stored
    db.execute("DELETE FROM stored_tenure_deps WHERE kind = ?", (stored.RELATIONS,))
    db.execute("DELETE FROM stored_tenures WHERE kind = ?", (stored.RELATIONS,))
    _undo_migration_15(db)
    db.close()
    db = Database(db_url)
    try:
        assert stored.stored_ids(db, stored.RELATIONS) == orgs
        assert assert_answers_unchanged(db) > 0
    finally:
        db.close()
