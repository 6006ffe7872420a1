"""Full-text search over the register's documents, with Arabic spelling folded.

The index (``document_search``) holds one search key per word of each document
(sijill.register.textsearch); a query is turned into keys the same way, so ``المؤقتة`` finds
``الموقتة`` and ``الائتلاف`` finds ``للائتلاف``. Keys go to the engine as quoted terms (SQLite
FTS5) or through ``plainto_tsquery`` (PostgreSQL), never as query syntax, so quotes, operators
and SQL in a query are only words. Hits come newest first, or best first (FTS5's bm25,
PostgreSQL's ``ts_rank_cd`` scaled down for long documents, which folds every matching
document again and so is slow for very common words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sijill.register.db import Database
from sijill.register.memo import remembered
from sijill.register.queries import QueryError
from sijill.register.seats import chunks, marks
from sijill.register.textsearch import search_keys, word_key
from sijill.text.normalize import match_key

#: Hits returned when no limit is given.
DEFAULT_LIMIT = 20
#: Keys of a query that are used; a longer query is cut (a search is a few words, and an
#: engine query of thousands of terms only costs time).
MAX_KEYS = 32
_SNIPPET = 80  # characters of context either side of the first hit
# PostgreSQL: the expression migration 0002 indexes, written the same way so the index is used.
_VECTOR = "to_tsvector('simple', s.body)"
# The words textsearch indexes (Arabic letters, or any other letters and digits).
_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+|[^\W_]+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A document that matches, with the text around its first matching word."""

    doc: str
    title: str | None
    published: str | None
    snippet: str
    start: int  # the first matching word, in the document's text
    end: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The hits of a query, newest (or best) first, and how many documents match in all."""

    query: str
    keys: list[str]
    phrase: bool
    best: bool
    total: int
    hits: list[SearchHit]


def query_keys(text: str) -> list[str]:
    """The distinct search keys of a query, in order, at most MAX_KEYS."""
    # Arabic punctuation (، ؛ ؟) lies in the Arabic block the word pattern takes whole.
    words = (k for k in search_keys(text) if any(ch.isalnum() for ch in k))
    return list(dict.fromkeys(words))[:MAX_KEYS]


def _fts5(keys: list[str], phrase: bool) -> str:
    # Keys hold only letters and digits; quoting makes each one a term, never an operator.
    quoted = [f'"{k}"' for k in keys]
    return f'"{" ".join(keys)}"' if phrase else " AND ".join(quoted)


def _total(db: Database, match: str, arg: str) -> int:
    return int(db.scalar(f"SELECT COUNT(*) FROM document_search s WHERE {match}", (arg,)) or 0)


def _match(db: Database, keys: list[str], phrase: bool) -> tuple[str, str]:
    """The condition on ``document_search s`` and its one parameter."""
    if db.dialect == "sqlite":
        return "s.body MATCH ?", _fts5(keys, phrase)
    fn = "phraseto_tsquery" if phrase else "plainto_tsquery"
    return f"{_VECTOR} @@ {fn}('simple', CAST(? AS TEXT))", " ".join(keys)


def _best(db: Database, keys: list[str], phrase: bool, limit: int) -> list[str]:
    """The ids of the ``limit`` documents that match best."""
    match, arg = _match(db, keys, phrase)
    if db.dialect == "sqlite":
        sql = f"SELECT s.doc_id FROM document_search s WHERE {match} ORDER BY rank LIMIT ?"
    else:
        fn = "phraseto_tsquery" if phrase else "plainto_tsquery"
        sql = (f"SELECT s.doc_id FROM document_search s, {fn}('simple', CAST(? AS TEXT)) q "
               f"WHERE {_VECTOR} @@ q ORDER BY ts_rank_cd({_VECTOR}, q, 1) DESC, s.doc_id LIMIT ?")
    return [str(r[0]) for r in db.query(sql, (arg, limit))]


#: The newest hits, found by walking the documents newest first (migration 0010's index)
#: and testing each one's row against the rows the full-text index gives: the walk stops at
#: the limit, so a common word's hits are never all read and sorted. It runs in SQL, so the
#: index entries it passes cost no Python.
_WALK = (
    "SELECT d.id FROM documents d INDEXED BY documents_newest "
    "JOIN document_search_rowids r ON r.doc_id = d.id "
    "WHERE r.search_rowid IN (SELECT s.rowid FROM document_search s WHERE {match}) "
    "ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ?")
#: How many documents a walk may be expected to read for each hit before sorting the hits
#: costs less: passing a document in the walk costs about a fortieth of sorting a hit (whose
#: document id is read from the full-text table's stored text), and a word's hits cluster in
#: time, so the walk may read more than expected (at worst every document).
_WALK_READS = 8


def _documents_count(db: Database) -> int:
    # Kept by a server (sijill.register.memo): counting reads an index of every document.
    return remembered(db, ("documents",),
                      lambda: int(db.scalar("SELECT COUNT(*) FROM documents") or 0))


def _walks(db: Database, total: int, limit: int) -> bool:
    """Whether to walk the documents newest first rather than sort every hit: where the walk
    is expected to read (about limit * documents / total documents) at most _WALK_READS
    documents a hit."""
    if db.dialect != "sqlite" or total < limit:
        return False
    return total * total * _WALK_READS >= limit * _documents_count(db)


def _newest(db: Database, keys: list[str], phrase: bool, limit: int, total: int) -> list[str]:
    """The ids of the ``limit`` newest documents that match (``total`` of them in all)."""
    match, arg = _match(db, keys, phrase)
    if _walks(db, total, limit):
        # A common word: sorting every hit by date grew with the register (a word in every
        # document sorted them all); a walk reads about limit * documents / total documents.
        rows = db.query(_WALK.format(match=match), (arg, limit))
    else:
        rows = db.query(
            "SELECT d.id FROM document_search s JOIN documents d ON d.id = s.doc_id "
            f"WHERE {match} ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ?",
            (arg, limit))
    return [str(r[0]) for r in rows]


def search(db: Database, text: str, limit: int = DEFAULT_LIMIT, phrase: bool = False,
           best: bool = False) -> SearchResult:
    """Documents whose words match every word of ``text`` (``phrase``: in that order, side by
    side), newest first (``best``: best match first), each with a snippet of its first hit."""
    keys = query_keys(text)
    if not keys:
        raise QueryError("the search has no words in it", where=repr(text[:40]),
                         todo="give at least one word to look for")
    if limit < 1:
        raise QueryError(f"the limit must be at least 1, not {limit}")
    total = _total(db, *_match(db, keys, phrase))
    ids = _best(db, keys, phrase, limit) if best else _newest(db, keys, phrase, limit, total)
    docs = _documents(db, ids)
    hits = []
    for doc_id in ids:
        title, published, body = docs.get(doc_id, (None, None, ""))
        start, end = first_hit(body, keys)
        hits.append(SearchHit(doc_id, title, published, snippet(body, start, end), start, end))
    return SearchResult(text, keys, phrase, best, total, hits)


def _documents(db: Database, ids: list[str]) -> dict[str, tuple[str | None, str | None, str]]:
    """Title, publication date and text of each document."""
    out: dict[str, tuple[str | None, str | None, str]] = {}
    for part in chunks(ids):
        rows = db.query("SELECT id, title, published, text FROM documents "
                        f"WHERE id IN ({marks(len(part))})", part)
        out.update((str(r[0]), (r[1], r[2], str(r[3]))) for r in rows)
    return out


_TRAILING_MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u0640"


@lru_cache(maxsize=1)
def _spellings() -> dict[str, frozenset[str]]:
    """For each folded letter, the letters that fold to it (ه: ه and ة; ا: ا، أ، إ، آ)."""
    out: dict[str, set[str]] = {}
    for ch in map(chr, [*range(0x0621, 0x064B), 0x0671]):
        out.setdefault(match_key(ch) or ch, set()).add(ch)
    return {k: frozenset(v | {k}) for k, v in out.items()}


def first_hit(text: str, keys: list[str]) -> tuple[int, int]:
    """The span of the first word of ``text`` whose key is one of ``keys``; (0, 0) if none."""
    wanted = set(keys)
    # A word's key is a tail of its folded form, so its last letter folds to the key's last
    # letter: test that before the clitic analysis, which costs far more.
    spell = _spellings()
    ends = frozenset().union(*(spell.get(k[-1], frozenset({k[-1]})) for k in wanted))

    def hit(m: re.Match[str]) -> bool:
        word = m.group().rstrip(_TRAILING_MARKS)
        return bool(word) and word[-1].lower() in ends and word_key(m.group()) in wanted

    spelled = _spelled(tuple(sorted(wanted)))
    if spelled is None:
        return next(((m.start(), m.end()) for m in _WORD.finditer(text) if hit(m)), (0, 0))
    # Only the words holding a key's letters can have that key: the pattern finds them at C
    # speed, and only those words are analysed (reading every word of every hit's text was
    # most of a search's time).
    at = 0
    while (found := spelled.search(text, at)) is not None:
        word = _word_at(text, found.start())
        if word is None:
            return 0, 0  # cannot happen: the letters found are a word's
        if hit(word):
            return word.start(), word.end()
        at = word.end()
    return 0, 0


#: What match_key deletes inside a word (diacritics, Quranic marks, tatweel).
_DELETED = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"
_ARABIC_RANGES = "\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF"  # as _WORD's
_SEPARATOR = re.compile(f"[^{_ARABIC_RANGES}\\w]|_")


@lru_cache(maxsize=256)
def _spelled(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern that every word whose key is one of ``keys`` ends with: the key's letters,
    each in any spelling that folds to it, with what folding deletes between them (match_key
    maps letters one to one or deletes them). None where a key is not all Arabic letters."""
    spell = _spellings()
    parts = []
    for key in keys:
        if not key or not all("\u0621" <= ch <= "\u064a" and ch != "\u0640" for ch in key):
            return None
        letters = ("[" + re.escape("".join(sorted(spell.get(ch, {ch})))) + "]" for ch in key)
        parts.append(_DELETED.join(letters))
    # A key is the folded tail of its word: after its last letter only what folding deletes,
    # then the end of the word (a character no Arabic word holds).
    return re.compile(f"(?:{'|'.join(parts)}){_DELETED}(?![{_ARABIC_RANGES}])")


def _word_at(text: str, offset: int) -> re.Match[str] | None:
    """The word (as _WORD cuts the whole text) holding the character at ``offset``."""
    # Words never hold a separator, so cutting from the one before the offset cuts as
    # cutting from the text's start does.
    start = offset
    while start > 0 and not _SEPARATOR.match(text, start - 1):
        start -= 1
    for m in _WORD.finditer(text, start):
        if m.end() > offset:
            return m if m.start() <= offset else None
    return None


def snippet(text: str, start: int, end: int, width: int = _SNIPPET) -> str:
    """The text around a span, cut at spaces, with ``…`` where it was cut."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    out = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + out + ("…" if hi < len(text) else "")
