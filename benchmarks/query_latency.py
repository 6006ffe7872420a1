"""Query latency on an existing register: person pages, organisation pages, full-text search.

    .venv/bin/python benchmarks/query_latency.py --db PATH [--queries 100] [--seed 7]

Queries are drawn from the register itself with a fixed seed: person and organisation names
evenly from each band of how many documents name them (1, 2-3, 4-7, 8-15, ...), so rarely and
much-named actors both count, and search terms of one to three words from random documents.
Each query goes through the library call a command makes (``sijill person NAME``, ``sijill org
NAME``, ``sijill search TEXT``); a name that is ambiguous is then asked for by its id, and both
calls are timed together. Prints the median, 95th percentile and slowest query of each kind.
Opening the register applies any migration it lacks first (not timed).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sijill.register.db import Database
from sijill.register.queries import AmbiguousName, org_page, person_page
from sijill.register.search import search

_WORD = re.compile(r"[\u0621-\u064a]{3,}")


def names_by_band(db: Database, etype: str, n: int, rng: random.Random) -> list[tuple[str, int]]:
    """n canonical names of a type, drawn evenly from bands of document counts."""
    rows = db.query(
        "SELECT ce.name, COUNT(*) FROM canonical_entities ce JOIN entity_canonical ec "
        "ON ec.canonical_id = ce.id WHERE ce.type = ? GROUP BY ce.id, ce.name ORDER BY ce.id",
        (etype,))
    bands: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for name, count in rows:
        bands[int(count).bit_length()].append((str(name), int(count)))
    order = sorted(bands)
    picked: list[tuple[str, int]] = []
    while len(picked) < n and any(bands.values()):
        for band in order:
            if bands[band] and len(picked) < n:
                picked.append(bands[band].pop(rng.randrange(len(bands[band]))))
    return picked


def search_terms(db: Database, n: int, rng: random.Random) -> list[str]:
    """n queries of one to three consecutive words from random documents."""
    ids = [str(r[0]) for r in db.query("SELECT id FROM documents ORDER BY id")]
    terms: list[str] = []
    while ids and len(terms) < n:
        text = str(db.scalar("SELECT text FROM documents WHERE id = ?", (rng.choice(ids),)))
        words = _WORD.findall(text)
        if words:
            i = rng.randrange(len(words))
            terms.append(" ".join(words[i : i + rng.choice((1, 1, 2, 3))]))
    return terms


def search_time(db: Database, text: str) -> float:
    """Milliseconds for one search (20 hits, as `sijill search` lists)."""
    start = time.perf_counter()
    search(db, text)
    return (time.perf_counter() - start) * 1000


def page_time(page: Callable[..., Any], db: Database, name: str) -> float:
    """Milliseconds for a page by name; an ambiguous name is then asked for by its id."""
    start = time.perf_counter()
    try:
        page(db, name)
    except AmbiguousName as exc:
        page(db, exc.candidates[0].id)
    return (time.perf_counter() - start) * 1000


def report(kind: str, times: list[float], labels: list[str]) -> None:
    """One line of figures for a kind of query."""
    if not times:
        print(f"{kind:<12} no queries (nothing of this kind in the register)")
        return
    p95 = statistics.quantiles(times, n=20, method="inclusive")[18] if len(times) > 1 else times[0]
    worst = max(range(len(times)), key=times.__getitem__)
    print(f"{kind:<12} {len(times):>4} queries  median {statistics.median(times):7.1f} ms  "
          f"p95 {p95:7.1f} ms  max {times[worst]:7.1f} ms  (slowest: {labels[worst]})")


def main() -> None:
    """Draw the queries, time them, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an existing register (path or URL)")
    parser.add_argument("--queries", type=int, default=100, help="queries of each kind")
    parser.add_argument("--seed", type=int, default=7, help="seed of the draw")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    db = Database(args.db)
    docs = db.scalar("SELECT COUNT(*) FROM documents")
    canon = db.scalar("SELECT COUNT(*) FROM canonical_entities")
    print(f"register: {args.db} ({db.dialect}), {docs} documents, {canon} canonical entities")
    people = names_by_band(db, "PERSON", args.queries, rng)
    orgs = names_by_band(db, "ORG", args.queries, rng)
    terms = search_terms(db, args.queries, rng)
    for name, _ in people[:3]:  # warm up: module imports, data files, caches
        page_time(person_page, db, name)
    report("person page", [page_time(person_page, db, n) for n, _ in people],
           [f"{n} ({c} docs)" for n, c in people])
    report("org page", [page_time(org_page, db, n) for n, _ in orgs],
           [f"{n} ({c} docs)" for n, c in orgs])
    report("search", [search_time(db, t) for t in terms], terms)
    db.close()


if __name__ == "__main__":
    main()
