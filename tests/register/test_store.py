"""Storing records: one transaction per document, replaced wholesale when stored again."""

from __future__ import annotations

import pytest

from sijill.extract import make_doc
from sijill.pipeline import Pipeline
from sijill.read.article import Article
from sijill.register.db import Database, StoreError, migrations
from sijill.register.store import extraction_version, load_record, store_doc, stored_state

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
