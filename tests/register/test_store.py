"""Storing records: one transaction per document, replaced wholesale when stored again."""

from __future__ import annotations

from pathlib import Path

import pytest

from sijill.extract import make_doc
from sijill.pipeline import Pipeline
from sijill.read.article import Article
from sijill.register.db import Database, StoreError, _split_statements, migrations
from sijill.register.store import (
    delete_document,
    extraction_version,
    load_record,
    store_doc,
    store_record,
    stored_state,
)

TEXT = ("دمشق - عقد الائتلاف الوطني السوري اجتماعاً في إسطنبول يوم الاثنين، وقال رئيس "
        "الائتلاف هادي البحرة إن المرحلة تتطلب العمل.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _count(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT COUNT(*) FROM {table}"))


def test_migrations_are_recorded(db: Database) -> None:
    numbers = [n for n, _, _ in migrations(db.dialect)]
    assert db.schema_version() == max(numbers)
    assert db.migrate() == []


def test_store_and_load_a_record(db: Database, pipeline: Pipeline) -> None:
    doc = pipeline(make_doc(Article("a1", TEXT, "2024-03-04", {"title": "خبر"})))
    record = store_doc(db, doc, extraction_version(pipeline.names))
    loaded = load_record(db, "a1")
    assert loaded is not None
    assert loaded["text"] == record["text"]
    assert [e["name"] for e in loaded["entities"]] == [e["name"] for e in record["entities"]]
    assert loaded["positions"] == record["positions"]
    names = {r[0] for r in db.query("SELECT name FROM entities WHERE doc_id = ?", ("a1",))}
    assert "هادي البحرة" in names
    sentence = db.scalar("SELECT sentence FROM claims WHERE kind = 'position'")
    assert "هادي البحرة" in sentence
    state = stored_state(db, "a1")
    assert state is not None and state.version == extraction_version(pipeline.names)


def test_storing_again_replaces_only_that_document(db: Database, pipeline: Pipeline) -> None:
    version = extraction_version(pipeline.names)
    store_doc(db, pipeline(make_doc(Article("a1", TEXT, "2024-03-04"))), version)
    store_doc(db, pipeline(make_doc(Article("a2", TEXT, "2024-03-05"))), version)
    before = _count(db, "entities")
    store_doc(db, pipeline(make_doc(Article("a1", "التقى هادي البحرة بوفد من هيئة التفاوض.",
                                            "2024-03-06"))), version)
    assert _count(db, "documents") == 2
    assert _count(db, "entities") < before
    assert db.scalar("SELECT published FROM documents WHERE id = ?", ("a1",)) == "2024-03-06"
    assert db.scalar("SELECT COUNT(*) FROM document_search WHERE doc_id = ?", ("a1",)) == 1


def test_names_with_quotes_and_sql_are_stored_as_written(db: Database,
                                                         pipeline: Pipeline) -> None:
    odd = "a'; DROP TABLE documents; --\"x"
    doc = pipeline(make_doc(Article(odd, "قال \"أحمد\" الحسن إن ' ; -- " + "س" * 5000,
                                    None)))
    store_doc(db, doc, extraction_version(pipeline.names))
    assert db.scalar("SELECT id FROM documents WHERE id = ?", (odd,)) == odd


def test_a_broken_sqlite_file_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as err:
        Database(str(bad))
    assert "not.db" in err.value.message


def test_raw_text_is_kept_only_where_cleaning_changed_it(db: Database, pipeline: Pipeline) -> None:
    from sijill.register.store import raw_text

    version = extraction_version(pipeline.names)
    store_doc(db, pipeline(make_doc(Article("plain", TEXT, None))), version)
    store_doc(db, pipeline(make_doc(Article("dirty", "قال &quot;هادي البحرة&quot; إن الوفد وصل.",
                                            None))), version)
    assert db.scalar("SELECT raw FROM documents WHERE id = ?", ("plain",)) == ""
    assert raw_text(db, "plain") == TEXT
    assert raw_text(db, "dirty") == "قال &quot;هادي البحرة&quot; إن الوفد وصل."
    assert raw_text(db, "missing") is None


def test_a_claim_keeps_the_whole_sentence_that_states_it(db: Database, pipeline: Pipeline) -> None:
    text = ("عقد الحزب مؤتمره في إدلب. وقال رئيس الائتلاف الوطني السوري هادي البحرة إن "
            "المرحلة صعبة. وانتهى اللقاء.")
    store_doc(db, pipeline(make_doc(Article("s1", text, None))), extraction_version(pipeline.names))
    sentence = db.scalar("SELECT sentence FROM claims WHERE kind = 'position'")
    assert sentence == "وقال رئيس الائتلاف الوطني السوري هادي البحرة إن المرحلة صعبة."


def _record(doc_id: str, text: str) -> dict[str, object]:
    return {"id": doc_id, "published": None, "text": text, "entities": []}


def _search_rows(db: Database, word: str) -> list[str]:
    return sorted(str(r[0]) for r in db.query(
        "SELECT doc_id FROM document_search WHERE body MATCH ?" if db.dialect == "sqlite"
        else "SELECT doc_id FROM document_search WHERE body LIKE '%' || ? || '%'", (word,)))


def test_a_replaced_document_is_searched_by_its_new_text_only(db: Database) -> None:
    store_record(db, _record("a1", "اجتماع في دمشق"), version="v", digest="1")
    store_record(db, _record("a2", "اجتماع في حلب"), version="v", digest="2")
    store_record(db, _record("a1", "مؤتمر في بيروت"), version="v", digest="3")
    assert _search_rows(db, "دمشق") == []
    assert _search_rows(db, "بيروت") == ["a1"]
    assert _search_rows(db, "حلب") == ["a2"]
    delete_document(db, "a2")
    assert _search_rows(db, "حلب") == []
    assert _count(db, "document_search") == 1


def test_documents_indexed_before_migration_6_are_replaced_cleanly(tmp_path: Path) -> None:
    """A register made by an older Sijill: its search rows get mapped when it migrates."""
    path = str(tmp_path / "old.db")
    old = Database(path, migrate=False)
    old.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for number, name, script in migrations("sqlite"):
        if number < 6:
            for statement in _split_statements(script):
                old.execute(statement)
            old.execute("INSERT INTO schema_migrations VALUES (?, ?, '2026-01-01')",
                        (number, name))
    old.execute("INSERT INTO document_search (doc_id, body) VALUES ('a1', 'اجتماع في دمشق')")
    old.close()
    with Database(path) as db:
        assert db.schema_version() >= 6
        store_record(db, _record("a1", "مؤتمر في بيروت"), version="v", digest="3")
        assert _search_rows(db, "دمشق") == []
        assert _search_rows(db, "بيروت") == ["a1"]
