"""Time and peak memory of `sijill export` in each format, on a register of SaudiNewsNet
articles, then on the same register copied to a larger size, to project the full 31,030.

The register is built from the first ``--limit`` articles (or taken from ``--db``), and
measured. With ``--copies K...`` it is then copied K times over into a scratch register
(every id suffixed per copy, so each copy brings new documents, claims and actors: more
actors than real news would give, so the figures err high) and measured again, per K. Each export runs
in its own child process; the benchmark prints its CPU seconds (user+sys of the child, the
figure to trust on a shared machine), wall seconds, peak resident memory (ru_maxrss of the
child; tracemalloc would slow the run it measures several times over), beside the baselines measured in the same run: an
export that only opens the register (interpreter, imports, connection), and ``jsonl``, the
format that existed before. Per-entity figures divide the CPU seconds by the register's
canonical entities, claims and documents; the projection grows each figure of the largest
size as it grew between the last two sizes (per document), up to 31,030 documents.

usage: python benchmarks/export_speed.py [CORPUS_DIR] [--limit N] [--db PATH]
                                         [--copies K...] [--scratch DIR] [--formats FORMAT...]
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sijill.read import read_inputs
from sijill.register.db import Database
from sijill.register.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"
FULL = 31_030
FORMATS = ("open", "jsonl", "ftm", "graphml", "gexf", "csv")


def _child(fmt: str, db_url: str, out: Path) -> None:
    """Run one export in this process (the child)."""
    with Database(db_url) as db:
        if fmt == "open":
            db.scalar("SELECT COUNT(*) FROM documents")
        elif fmt == "jsonl":
            from sijill.export import FORMATS as PLAIN

            with out.open("w", encoding="utf-8") as f:
                PLAIN["jsonl"](db, f)
        elif fmt == "csv":
            from sijill.export.csv import write_csv

            write_csv(db, out)
        else:
            from sijill.export import write_stream
            from sijill.export.filters import ExportFilter

            with out.open("w", encoding="utf-8") as f:
                write_stream(fmt, db, f, ExportFilter())


def _measure(fmt: str, db_url: str, scratch: Path) -> dict[str, float]:
    """One export in a child process: CPU and wall seconds, peak RSS (MB), output size."""
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
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall,
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
    import shutil
    import sqlite3

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


def _report(label: str, counts: dict[str, int], figures: dict[str, dict[str, float]]) -> None:
    print(f"\n{label}: {counts['documents']} documents, {counts['entities']} canonical "
          f"entities, {counts['claims']} claims")
    print(f"{'format':8} {'cpu s':>7} {'wall s':>7} {'rss MB':>7} {'out MB':>7} "
          f"{'cpu ms/entity':>14} {'cpu ms/claim':>13} {'cpu ms/doc':>11}")
    for fmt, f in figures.items():
        per = {k: 1000 * f["cpu"] / max(1, counts[k]) for k in ("entities", "claims",
                                                                 "documents")}
        print(f"{fmt:8} {f['cpu']:7.2f} {f['wall']:7.2f} {f['rss']:7.1f} "
              f"{f['mb']:7.1f} {per['entities']:14.3f} {per['claims']:13.3f} "
              f"{per['documents']:11.3f}")


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--db", help="build the register here (kept), or add to it the "
                                 "articles it lacks of the first --limit")
    ap.add_argument("--copies", type=int, nargs="+", default=[],
                    help="also measure the register copied this many times over (one "
                         "measurement per number; the projection uses the last two sizes)")
    ap.add_argument("--scratch", help="folder for the scratch register and exports")
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
        db_url = args.db or str(scratch / "register.db")
        have = _counts(db_url)["documents"] if Path(db_url).exists() else 0
        if have < args.limit:
            t = time.perf_counter()
            _grow(db_url, args.corpus, have, args.limit)
            print(f"ingested articles {have}-{args.limit} in {time.perf_counter() - t:.0f} s",
                  file=sys.stderr)
        sizes = [(db_url, "register")]
        for copies in args.copies:
            t = time.perf_counter()
            copied = scratch / f"copies{copies}.db"
            _copy(db_url, copied, copies)
            print(f"copied the register {copies} times in {time.perf_counter() - t:.0f} s",
                  file=sys.stderr)
            sizes.append((str(copied), f"register x{copies}"))
        results: list[tuple[dict[str, int], dict[str, dict[str, float]]]] = []
        for url, label in sizes:
            counts = _counts(url)
            figures = {fmt: _measure(fmt, url, scratch) for fmt in formats}
            _report(label, counts, figures)
            results.append((counts, figures))
            if url != db_url:
                Path(url).unlink()
        if len(results) >= 2:
            _project(results[-2], results[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
