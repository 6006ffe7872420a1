"""The statements storing and resolving run per document or per entity find their rows by an
index on the column they look up: a scan of a whole table there, or an index on another
column, makes an ingest quadratic in the register's size."""

from __future__ import annotations

from pathlib import Path

import pytest

from sijill.register.db import Database

#: Statements run once per document or entity, with the search their plan must hold.
PER_ROW = [
    (("DELETE FROM document_search WHERE rowid = (SELECT search_rowid FROM "
      "document_search_rowids WHERE doc_id = ?)"), "SEARCH document_search_rowids", "doc_id=?"),
    ("DELETE FROM resolution_queue WHERE entity_id = ? AND canonical_id = ?",
     "SEARCH resolution_queue", "entity_id=? AND canonical_id=?"),
    (("DELETE FROM resolution_decisions WHERE left_id = ? AND right_id = ? "
      "AND decided_by = 'rule'"), "SEARCH resolution_decisions", "left_id=? AND right_id=?"),
    (("SELECT left_id, right_id, reason, score FROM resolution_decisions "
      "WHERE decided_by = 'rule' AND left_id IN (?, ?)"), "SEARCH resolution_decisions",
     "left_id=?"),
    (("SELECT person, org FROM positions WHERE doc_id IN (?, ?) "
      "AND person IS NOT NULL AND org IS NOT NULL"), "SEARCH positions", "doc_id=?"),
    ("SELECT child, parent FROM relations WHERE doc_id IN (?, ?)", "SEARCH relations",
     "doc_id=?"),
    # what deleting a document or an entity cascades to
    ("SELECT 1 FROM quotes WHERE doc_id = ?", "SEARCH quotes", "doc_id=?"),
    ("SELECT 1 FROM quotes WHERE addressee = ?", "SEARCH quotes", "addressee=?"),
    ("SELECT 1 FROM events WHERE location = ?", "SEARCH events", "location=?"),
]


@pytest.mark.parametrize(("sql", "search", "key"), PER_ROW)
def test_per_row_statements_use_an_index_on_their_key(tmp_path: Path, sql: str, search: str,
                                                     key: str) -> None:
    with Database(str(tmp_path / "register.db")) as db:
        plan = [str(r[-1]) for r in db.query(f"EXPLAIN QUERY PLAN {sql}",
                                             [None] * sql.count("?"))]
    assert any(step.startswith(search) and key in step for step in plan), plan
