"""The country an outlet writes from, learned from its own documents.

A domestic story often names no country at all (``وافق مجلس الشورى على ...``): its bare
state bodies belong to the country of the outlet that printed it. An outlet's domain says so
when it is a country's (``.sa``, ``.com.iq``); most are not (``.com``), so the country is
read from the outlet's documents instead: the stories of a sample of them that are clearly
about one country (``country.text_country``) vote, and the outlet has a country when one
leads clearly. A pan-Arab paper whose stories spread over many countries has none.

The result is kept per outlet with the number of documents it was worked out from, so it is
worked out again only when the outlet's documents change; when an outlet's country changes,
the organisations of its documents are queued to be resolved again, so the register stays a
function of the stored documents whatever order they came in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sijill.register.db import Database
from sijill.register.resolution.country import text_country
from sijill.register.resolution.sql import chunks, insert_rows, marks

#: Documents of an outlet read to learn its country (the first in id order).
SAMPLE = 300
#: Least number of the sample's stories that must be about one country for any to count.
MIN_STORIES = 10
#: The leading country needs this many times the runner-up's stories ...
LEAD = 2.0
#: ... and this share of all the stories that are about one country.
SHARE = 1 / 3


def outlet_lead(countries: Iterable[str | None]) -> str | None:
    """The country a sample of an outlet's stories leads to (each story's country, or None
    for a story about no one country), or None when none leads clearly."""
    counts = Counter(c for c in countries if c)
    total = sum(counts.values())
    ranked = counts.most_common(2)
    if total < MIN_STORIES or not ranked:
        return None
    top, votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if votes < LEAD * runner_up or votes < SHARE * total:
        return None
    return top


def outlet_countries(db: Database) -> dict[str, str]:
    """Every outlet's stored country (outlets with none are left out)."""
    return {str(s): str(c) for s, c in db.query(
        "SELECT source, country FROM outlet_countries WHERE country <> ''")}


def refresh_outlets(db: Database) -> set[str]:
    """Work out again the country of every outlet whose documents changed; the outlets whose
    country changed (their organisations are queued to be resolved again)."""
    stored = {str(s): (int(n), str(c)) for s, n, c in db.query(
        "SELECT source, documents, country FROM outlet_countries")}
    changed: set[str] = set()
    for source, count in list(db.query(
            "SELECT source, COUNT(*) FROM documents WHERE source IS NOT NULL AND source <> '' "
            "GROUP BY source")):
        source, count = str(source), int(count)
        before = stored.pop(source, None)
        if before is not None and before[0] == count:
            continue
        texts = db.query("SELECT text FROM documents WHERE source = ? ORDER BY id LIMIT ?",
                         (source, SAMPLE))
        country = outlet_lead(text_country(str(t)) for (t,) in texts) or ""
        db.execute("DELETE FROM outlet_countries WHERE source = ?", (source,))
        insert_rows(db, "INSERT INTO outlet_countries (source, documents, country)",
                    [(source, count, country)])
        if country != (before[1] if before else ""):
            changed.add(source)
    for source, (_, country) in stored.items():  # an outlet whose documents are all gone
        db.execute("DELETE FROM outlet_countries WHERE source = ?", (source,))
        if country:
            changed.add(source)
    _requeue(db, changed)
    return changed


def _requeue(db: Database, sources: set[str]) -> None:
    """Queue again, with their keys forgotten, the organisations of these outlets' documents
    that were resolved already: the country of their stories may have changed."""
    for source in sorted(sources):
        ids = [str(r[0]) for r in db.query(
            "SELECT e.id FROM entities e JOIN documents d ON d.id = e.doc_id "
            "WHERE d.source = ? AND e.type = 'ORG' AND EXISTS "
            "(SELECT 1 FROM resolution_keys k WHERE k.entity_id = e.id)", (source,))]
        for part in chunks(ids):
            db.execute(f"DELETE FROM resolution_keys WHERE entity_id IN ({marks(len(part))})",
                       part)
        insert_rows(db, "INSERT INTO resolution_queue (entity_id, canonical_id)",
                    [(i, "") for i in ids], "ON CONFLICT DO NOTHING")

