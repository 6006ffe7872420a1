"""Full-text search: Arabic spelling folded on both sides, ranking, snippets, hostile queries."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.register import search as search_module
from sijill.register.db import Database
from sijill.register.queries import QueryError
from sijill.register.search import first_hit, query_keys, search, snippet
from sijill.register.textsearch import word_key

from .query_corpus import build


def _docs(db: Database, text: str, **options: object) -> list[str]:
    return [h.doc for h in search(db, text, **options).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "doc"), [
    ("المؤقتة", "t08"),  # the text writes الموقتة
    ("الموقتة", "t08"),
    ("الحكومة السورية المؤقتة", "t08"),
    ("للائتلاف", "t01"),  # the text writes الائتلاف
    ("والمرحلة", "t05"),
    ("عبد الرحمن مصطفى", "t08"),
])
def test_spelling_and_clitics_are_folded(db: Database, query: str, doc: str) -> None:
    build(db)
    assert doc in _docs(db, query)


def test_the_coalition_finds_every_spelling_of_it(db: Database) -> None:
    build(db)
    result = search(db, "الائتلاف", limit=50)
    assert result.total == 8
    assert {"t03", "t06", "t11"} <= {h.doc for h in result.hits}  # للائتلاف in each
    hit = next(h for h in result.hits if h.doc == "t06")
    text = str(db.scalar("SELECT text FROM documents WHERE id = 't06'"))
    assert text[hit.start : hit.end] in {"للائتلاف", "الائتلاف"}
    assert text[hit.start : hit.end] in hit.snippet


def test_every_word_must_occur_and_a_phrase_keeps_its_order(db: Database) -> None:
    build(db)
    assert _docs(db, "الحكومة المؤقتة") == ["t08"]
    assert _docs(db, "الحكومة المؤقتة", phrase=True) == []
    assert _docs(db, "الحكومة السورية المؤقتة", phrase=True) == ["t08"]
    assert _docs(db, "الائتلاف الكردي") == ["t04"]


def test_newest_first_or_best_first(db: Database) -> None:
    build(db)
    result = search(db, "هادي البحرة")
    assert [h.doc for h in result.hits] == ["t07", "t06", "t05", "t04", "t03"]
    best = search(db, "هادي البحرة", best=True)
    assert sorted(h.doc for h in best.hits) == ["t03", "t04", "t05", "t06", "t07"]
    assert best.best and not result.best
    assert result.hits[0].published == "2015-03-01"
    assert search(db, "البحرة", limit=2).total == 5
    assert len(search(db, "البحرة", limit=2).hits) == 2


@pytest.mark.parametrize("query", ["هادي البحرة", "الائتلاف", "الحكومة السورية المؤقتة", "في"])
@pytest.mark.parametrize("limit", [1, 2, 3, 20])
@pytest.mark.parametrize("phrase", [False, True])
def test_walking_the_documents_newest_first_finds_the_hits_sorting_finds(
        db: Database, monkeypatch: pytest.MonkeyPatch, query: str, limit: int,
        phrase: bool) -> None:
    build(db)
    if db.dialect != "sqlite":
        pytest.skip("the walk is SQLite's (PostgreSQL's planner chooses for itself)")
    # an undated document is listed last, and documents of one date by id
    db.execute("UPDATE documents SET published = NULL WHERE id IN ('t07', 't01')")
    db.execute("UPDATE documents SET published = '2014-08-21' WHERE id = 't12'")
    monkeypatch.setattr(search_module, "_walks", lambda *_: False)
    sorted_hits = search(db, query, limit=limit, phrase=phrase)
    assert sorted_hits.total > 0 or phrase
    monkeypatch.setattr(search_module, "_walks", lambda *_: True)
    walked = search(db, query, limit=limit, phrase=phrase)
    assert walked.total == sorted_hits.total
    assert [h.doc for h in walked.hits] == [h.doc for h in sorted_hits.hits]


def test_the_walk_lists_undated_documents_last_and_one_date_by_id(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    build(db)
    if db.dialect != "sqlite":
        pytest.skip("the walk is SQLite's")
    db.execute("UPDATE documents SET published = NULL WHERE id = 't07'")
    db.execute("UPDATE documents SET published = '2014-08-21' WHERE id = 't03'")
    monkeypatch.setattr(search_module, "_walks", lambda *_: True)
    assert _docs(db, "هادي البحرة") == ["t06", "t05", "t03", "t04", "t07"]


def test_a_word_in_most_documents_is_walked_a_rare_one_sorted(db: Database) -> None:
    build(db)
    documents = int(db.scalar("SELECT COUNT(*) FROM documents"))
    assert documents > search_module._WALK_READS
    assert search_module._walks(db, documents, 1) == (db.dialect == "sqlite")
    assert not search_module._walks(db, 1, 1)  # one hit in many documents
    assert not search_module._walks(db, 3, 4)  # fewer hits than asked for


def _first_word_with_key(text: str, keys: list[str]) -> tuple[int, int]:
    """first_hit's definition: the first word, as the whole text is cut, with one of the keys."""
    for m in search_module._WORD.finditer(text):
        if word_key(m.group()) in keys:
            return m.start(), m.end()
    return 0, 0


@pytest.mark.parametrize(("text", "query"), [
    ("تلافى الخلاف ثم قال الائتلافُ إنه", "الائتلاف"),  # the letters inside a word first
    ("قال_الائتلاف ثم وللائـــتلاف", "الائتلاف"),  # tatweel; an underscore cuts words
    ("abcالائتلاف ثم الإئْتِلافُ", "الائتلاف"),  # a Latin-led word is not an Arabic one
    ("المؤقتة والموقته ومؤقتة", "المؤقتة"),
    ("في الصحفي وفي", "في"),
    ("لا شيء هنا", "الائتلاف"),
    ("Coalition coalitions الائتلاف", "coalition"),
    # marks inside and after words, and keys of which one ends another's word sooner
    ("قال المحمّديّ ثم محمّد", "محمد المحمدي"),
    ("عُيِّنَ مديرًا ثم المديرُ العامُّ", "العام المدير"),
    ("تـــمّ التمديد للمديرين والمدير", "المدير"),
    ("ًالبنكً ثم البنوك", "البنك"),
])
def test_first_hit_is_the_first_word_with_a_key(text: str, query: str) -> None:
    keys = query_keys(query)
    assert first_hit(text, keys) == _first_word_with_key(text, keys)


def test_a_hit_gives_title_date_and_snippet(db: Database) -> None:
    build(db)
    [hit] = search(db, "الدوحة").hits
    assert (hit.doc, hit.title, hit.published) == ("t01", "تأسيس الائتلاف", "2012-11-11")
    assert "الدوحة" in hit.snippet


@pytest.mark.parametrize("query", [
    '"الائتلاف', "الائتلاف\"'", "'; DROP TABLE documents; --", "الائتلاف OR NOT NEAR(x y)",
    "body:الائتلاف", "الائت*", "^الائتلاف", "(الائتلاف", "الائتلاف AND", "a\\b % _ ?",
    "الائتلاف " * 2000, "س" * 5000,
])
def test_hostile_queries_are_only_words(db: Database, query: str) -> None:
    build(db, ("t01", "t03"))
    try:
        search(db, query)
    except QueryError:
        pass  # no word to look for: a clear error, not an engine's
    assert db.scalar("SELECT COUNT(*) FROM documents") == 2


def test_operators_are_searched_as_words(db: Database) -> None:
    build(db, ("t01", "t03"))
    assert _docs(db, '"الائتلاف" OR الدوحة') == []  # "or" is a word no document has
    assert _docs(db, "الائتلاف الدوحة*") == ["t01"]


def test_a_query_without_words(db: Database) -> None:
    with pytest.raises(QueryError):
        search(db, " ؟!  ... ")
    with pytest.raises(QueryError):
        search(db, "الائتلاف", limit=0)


def test_long_queries_are_cut() -> None:
    assert len(query_keys(" ".join(f"كلمة{i}" for i in range(500)))) == 32
    assert query_keys("الائتلاف للائتلاف والائتلاف") == ["ايتلاف"]


def test_snippets() -> None:
    text = "قبل " * 40 + "الحكومة الموقتة" + " بعد" * 40
    start, end = first_hit(text, query_keys("المؤقتة"))
    assert text[start:end] == "الموقتة"
    cut = snippet(text, start, end)
    assert cut.startswith("…") and cut.endswith("…") and "الموقتة" in cut
    assert first_hit("لا شيء هنا", ["ايتلاف"]) == (0, 0)


def test_search_command(db: Database) -> None:
    build(db)
    runner = CliRunner()
    result = runner.invoke(main, ["search", "المؤقتة", "--db", db.url, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [h["doc"] for h in data["hits"]] == ["t08"] and data["total"] == 1
    text = runner.invoke(main, ["search", "الائتلاف", "--db", db.url, "--limit", "2",
                                "--best"])
    assert text.exit_code == 0 and "8 documents match" in text.output
    empty = runner.invoke(main, ["search", "...", "--db", db.url])
    assert empty.exit_code == 1 and "no words" in empty.output
