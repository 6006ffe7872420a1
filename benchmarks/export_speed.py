"""Time, rows per second and peak memory of `sijill export` in each format, on a full-size
register and on a small register of its first documents, measured in the same run, so that
"constant memory" shows as the same peak at both sizes.

``--db`` names the register to measure (e.g. a copy of the register of all 31,030
SaudiNewsNet articles); ``--small N`` (default 1000) also measures a scratch register made of
its first N documents (their entities, claims and the canonical entities these resolve to).
Without ``--db``, the first ``--limit`` articles are ingested into a scratch register; with
``--copies K...`` the measured register is also copied K times over (every id suffixed per
copy, so each copy brings new documents, claims and actors: more actors than real news would
give, so the figures err high) and measured per K, and each figure is projected to 31,030
documents from its growth between the last two sizes.

Each export runs in its own child process; the benchmark prints its CPU seconds (user+sys of
the child, the figure to trust on a shared machine), wall seconds, the rows it wrote (records,
FtM entities, nodes and edges, CSV rows) per CPU second, and its peak resident memory
(ru_maxrss of the child; tracemalloc would slow the run it measures several times over),
beside two baselines measured in the same run: a child that only opens the register
(interpreter, imports, connection) and ``jsonl``, the format that existed first.

usage: python benchmarks/export_speed.py [CORPUS_DIR] [--db PATH] [--small N] [--limit N]
                                         [--copies K...] [--scratch DIR] [--formats FORMAT...]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sijill.read import read_inputs
from sijill.register.db import Database
from sijill.register.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"
FULL = 31_030
FORMATS = ("open", "jsonl", "ftm", "graphml", "gexf", "csv")


def _child(fmt: str, db_url: str, out: Path) -> None:
    """Run one export in this process (the child); the rows it wrote go to ``out.rows``."""
    rows = 0
    with Database(db_url) as db:
        if fmt == "open":
            db.scalar("SELECT COUNT(*) FROM documents")
        elif fmt == "jsonl":
            from sijill.export import FORMATS as PLAIN

            with out.open("w", encoding="utf-8") as f:
                rows = PLAIN["jsonl"](db, f)
        elif fmt == "csv":
            from sijill.export.csv import write_csv

            rows = write_csv(db, out)
        else:
            from sijill.export import write_stream
            from sijill.export.filters import ExportFilter

            with out.open("w", encoding="utf-8") as f:
                rows = write_stream(fmt, db, f, ExportFilter())
    Path(f"{out}.rows").write_text(str(rows))


def _measure(fmt: str, db_url: str, scratch: Path) -> dict[str, float]:
    """One export in a child process: CPU and wall seconds, rows written, peak RSS (MB),
    output size (MB)."""
    out = scratch / f"export.{fmt}"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", fmt, "--db", db_url,
                             "--out", str(out)])
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"export {fmt} failed (status {status})")
    size = sum(p.stat().st_size for p in out.iterdir()) if out.is_dir() else \
        (out.stat().st_size if out.exists() else 0)
    rows_file = Path(f"{out}.rows")
    rows = int(rows_file.read_text())
    rows_file.unlink()
    if out.is_dir():
        shutil.rmtree(out)
    elif out.exists():
        out.unlink()
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall, "rows": rows,
            "rss": usage.ru_maxrss / 1024, "mb": size / 2**20}


def _counts(db_url: str) -> dict[str, int]:
    with Database(db_url) as db:
        return {"documents": int(db.scalar("SELECT COUNT(*) FROM documents")),
                "entities": int(db.scalar("SELECT COUNT(*) FROM canonical_entities")),
                "claims": int(db.scalar("SELECT COUNT(*) FROM claims"))}


def _grow(db_url: str, corpus: Path, start: int, stop: int) -> None:
    items = read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))])
    with Database(db_url) as db:
        ingest(db, itertools.islice(items, start, stop), workers=1)


#: How each table is copied: its columns, with ``P(col)`` for an id that starts with its
#: document's id (it gets the copy's suffix after the document part) and ``S(col)`` for an
#: id that takes the suffix at its end.
_COPIED = {
    "documents": "S(id), content_hash, version, published, title, url, source, origin, raw, "
                 "text, offsets, record, ingested_at",
    "entities": "P(id), S(doc_id), local_id, type, name, name_key, latin, aliases, value",
    "mentions": "P(entity_id), S(doc_id), start_at, end_at",
    "claims": "P(id), S(doc_id), kind, seq, data, evidence_start, evidence_end, sentence, "
              "said_on, confidence, version",
    "positions": "P(claim_id), S(doc_id), P(person), P(org), role, status, start_date, "
                 "end_date",
    "events": "P(claim_id), S(doc_id), type, event_date, P(location)",
    "quotes": "P(claim_id), S(doc_id), P(speaker), P(addressee), quote",
    "relations": "P(claim_id), S(doc_id), type, P(child), P(parent)",
    "canonical_entities": "S(id), type, name, name_key, latin",
}


def _copy(source: str, target: Path, copies: int) -> None:
    """The register ``copies`` times over (SQLite): every id suffixed ``~k`` per copy."""
    import re

    with Database(source) as db:  # fold the WAL in, so one file holds the register
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TRIGGER IF EXISTS resolution_queue_new")
    # Each copy reads the untouched source, not the growing target: linear in the copies.
    conn.execute("ATTACH DATABASE ? AS src", (source,))
    for k in range(1, copies):
        suffix = f"'~{k}'"
        conn.execute("BEGIN")
        for table, columns in _COPIED.items():
            doc = "id" if table == "documents" else "doc_id"
            cols = re.sub(r"P\((\w+)\)", rf"({doc} || {suffix} || substr(\1, length({doc}) + 1))",
                          columns)
            cols = re.sub(r"S\((\w+)\)", rf"(\1 || {suffix})", cols)
            conn.execute(f"INSERT INTO main.{table} SELECT {cols} FROM src.{table}")
        conn.execute("INSERT INTO main.event_participants SELECT c.doc_id || ?1 || "
                     "substr(p.claim_id, length(c.doc_id) + 1), c.doc_id || ?1 || "
                     "substr(p.entity_id, length(c.doc_id) + 1) FROM src.event_participants p "
                     "JOIN src.claims c ON c.id = p.claim_id", (f"~{k}",))
        conn.execute("INSERT INTO main.entity_canonical SELECT e.doc_id || ?1 || "
                     "substr(x.entity_id, length(e.doc_id) + 1), x.canonical_id || ?1 "
                     "FROM src.entity_canonical x JOIN src.entities e ON e.id = x.entity_id",
                     (f"~{k}",))
        conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.close()


#: Tables copied document by document into the small register, and the key of their rows'
#: document (or claim, or entity) that the first documents' rows are picked by.
_SUBSET = (("documents", "id IN (SELECT id FROM keep)"),
           ("entities", "doc_id IN (SELECT id FROM keep)"),
           ("mentions", "doc_id IN (SELECT id FROM keep)"),
           ("claims", "doc_id IN (SELECT id FROM keep)"),
           ("positions", "doc_id IN (SELECT id FROM keep)"),
           ("events", "doc_id IN (SELECT id FROM keep)"),
           ("event_participants", "claim_id IN (SELECT id FROM main.claims)"),
           ("quotes", "doc_id IN (SELECT id FROM keep)"),
           ("relations", "doc_id IN (SELECT id FROM keep)"),
           ("entity_canonical", "entity_id IN (SELECT id FROM main.entities)"),
           ("canonical_entities", "id IN (SELECT canonical_id FROM main.entity_canonical)"),
           ("seeds", "id IN (SELECT id FROM main.canonical_entities)"))


def _subset(source: str, target: Path, documents: int) -> None:
    """A fresh register (SQLite) of the first ``documents`` documents of ``source``, in id
    order, with what they state and the canonical entities these resolve to."""
    with Database(str(target)) as db:  # creates the register: every migration
        db.execute("DROP TRIGGER IF EXISTS resolution_queue_new")
    conn = sqlite3.connect(f"file:{target}", uri=True, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE keep AS SELECT id FROM src.documents ORDER BY id LIMIT ?",
                 (documents,))
    for table, where in _SUBSET:
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table} WHERE {where}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.close()


def _report(label: str, counts: dict[str, int], figures: dict[str, dict[str, float]]) -> None:
    print(f"\n{label}: {counts['documents']} documents, {counts['entities']} canonical "
          f"entities, {counts['claims']} claims")
    print(f"{'format':8} {'cpu s':>7} {'wall s':>7} {'rows':>9} {'rows/cpu s':>11} "
          f"{'rss MB':>7} {'out MB':>7} {'cpu ms/doc':>11}")
    for fmt, f in figures.items():
        rate = f["rows"] / f["cpu"] if f["cpu"] > 0 else 0.0
        print(f"{fmt:8} {f['cpu']:7.2f} {f['wall']:7.2f} {int(f['rows']):9d} {rate:11.0f} "
              f"{f['rss']:7.1f} {f['mb']:7.1f} {1000 * f['cpu'] / max(1, counts['documents']):11.3f}")


def _compare(small: tuple[dict[str, int], dict[str, dict[str, float]]],
             large: tuple[dict[str, int], dict[str, dict[str, float]]]) -> None:
    """Each format's CPU and peak memory at the smallest and the largest size side by side:
    a streamed export's peak stays where it was while the register grows."""
    (c1, f1), (c2, f2) = small, large
    print(f"\nsmallest ({c1['documents']} documents) against largest ({c2['documents']} "
          f"documents, {c2['documents'] / max(1, c1['documents']):.0f}x)")
    print(f"{'format':8} {'cpu s':>8} {'cpu s':>8} {'rss MB':>8} {'rss MB':>8} "
          f"{'rss ratio':>10} {'< 60 s cpu':>11}")
    for fmt in f2:
        a, b = f1[fmt], f2[fmt]
        print(f"{fmt:8} {a['cpu']:8.1f} {b['cpu']:8.1f} {a['rss']:8.1f} {b['rss']:8.1f} "
              f"{b['rss'] / max(1.0, a['rss']):10.2f} {'yes' if b['cpu'] < 60 else 'NO':>11}")


def _project(small: tuple[dict[str, int], dict[str, dict[str, float]]],
             large: tuple[dict[str, int], dict[str, dict[str, float]]]) -> None:
    """Each figure at 31,030 documents: the larger size's, plus its growth per document
    between the two sizes times the documents still to come."""
    (c1, f1), (c2, f2) = small, large
    growth = (FULL - c2["documents"]) / max(1, c2["documents"] - c1["documents"])
    print(f"\nprojection to {FULL} articles (each figure grown as it grew from "
          f"{c1['documents']} to {c2['documents']} documents)")
    print(f"{'format':8} {'cpu s':>8} {'rss MB':>8}")
    for fmt in f2:
        cpu, rss = (f2[fmt][k] + max(0.0, f2[fmt][k] - f1[fmt][k]) * growth
                    for k in ("cpu", "rss"))
        print(f"{fmt:8} {cpu:8.1f} {rss:8.1f}")


def _sizes(args: argparse.Namespace, scratch: Path) -> Iterator[tuple[str, str]]:
    """The registers to measure, smallest first: (url, label); scratch ones are made here."""
    db_url = args.db or str(scratch / "register.db")
    have = _counts(db_url)["documents"] if Path(db_url).exists() else 0
    if not args.db and have < args.limit:
        t = time.perf_counter()
        _grow(db_url, args.corpus, have, args.limit)
        print(f"ingested articles {have}-{args.limit} in {time.perf_counter() - t:.0f} s",
              file=sys.stderr)
        have = args.limit
    if args.db and 0 < args.small < have:
        t = time.perf_counter()
        small = scratch / f"first{args.small}.db"
        _subset(db_url, small, args.small)
        print(f"made the register of the first {args.small} documents in "
              f"{time.perf_counter() - t:.0f} s", file=sys.stderr)
        yield str(small), f"first {args.small} documents"
    yield db_url, "register"
    for copies in args.copies:
        t = time.perf_counter()
        copied = scratch / f"copies{copies}.db"
        _copy(db_url, copied, copies)
        print(f"copied the register {copies} times in {time.perf_counter() - t:.0f} s",
              file=sys.stderr)
        yield str(copied), f"register x{copies}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--db", help="the register to measure (only read, except that --copies "
                                 "folds its WAL in)")
    ap.add_argument("--small", type=int, default=1000,
                    help="with --db, also measure a register of its first N documents "
                         "(default 1000; 0: no)")
    ap.add_argument("--limit", type=int, default=2000,
                    help="without --db, ingest this many articles (default 2000)")
    ap.add_argument("--copies", type=int, nargs="+", default=[],
                    help="also measure the register copied this many times over (one "
                         "measurement per number; the projection uses the last two sizes)")
    ap.add_argument("--scratch", help="folder for the scratch registers and exports")
    ap.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child, args.db, Path(args.out))
        return 0
    formats = ["open", *[f for f in args.formats if f != "open"]]
    with tempfile.TemporaryDirectory(prefix="sijill-export-", dir=args.scratch) as tmp:
        scratch = Path(tmp)
        results: list[tuple[dict[str, int], dict[str, dict[str, float]]]] = []
        for url, label in _sizes(args, scratch):
            counts = _counts(url)
            figures = {fmt: _measure(fmt, url, scratch) for fmt in formats}
            _report(label, counts, figures)
            results.append((counts, figures))
            if Path(url).is_relative_to(scratch) and url.endswith(".db") and \
                    "register.db" not in url:
                Path(url).unlink()
        if len(results) >= 2:
            _compare(results[0], results[-1])
            if results[-1][0]["documents"] < FULL:
                _project(results[-2], results[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
