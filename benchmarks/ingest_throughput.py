"""Throughput, size and peak memory of `sijill ingest` on SaudiNewsNet, then a second ingest.

The first ingest goes into a fresh SQLite register and prints documents/s, the database's
size and peak memory (this process and its largest worker). The second ingest of the same
input must run no pipeline: it prints its time, the ratio first/second (must be >= 10) and
the number of rows it changed (must be 0, timestamps included), and exits 1 otherwise.

usage: python benchmarks/ingest_throughput.py [CORPUS_DIR] [--limit N] [--workers N] [--db PATH]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sijill.read import Article, Problem, read_inputs
from sijill.register.db import Database
from sijill.register.ingest import IngestStats, ingest, row_hashes, tables

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
MIN_RATIO = 10.0


def _articles(corpus: Path, limit: int) -> Iterable[Article | Problem]:
    items = read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))])
    return itertools.islice(items, limit) if limit else items


def _run(db_path: Path, corpus: Path, limit: int, workers: int) -> IngestStats:
    problems: list[Problem] = []
    with Database(str(db_path)) as db:
        stats = ingest(db, _articles(corpus, limit), workers=workers, on_problem=problems.append)
    for problem in problems[:5]:
        print(f"  skipped {problem}", file=sys.stderr)
    return stats


def _rows(db_path: Path) -> dict[str, Counter[bytes]]:
    """Every row's hash, by table: timestamps included, so any write shows."""
    with Database(str(db_path)) as db:
        return {t: Counter(row_hashes(db, t)) for t in tables(db)}


def _changed(before: dict[str, Counter[bytes]], after: dict[str, Counter[bytes]]) -> int:
    """Rows added plus rows removed (a row rewritten counts twice)."""
    total = 0
    for table in set(before) | set(after):
        b, a = before.get(table, Counter()), after.get(table, Counter())
        total += sum((a - b).values()) + sum((b - a).values())
    return total


def _size_mb(db_path: Path) -> float:
    files = [db_path, Path(f"{db_path}-wal")]
    return sum(p.stat().st_size for p in files if p.exists()) / 2**20


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished worker (MB)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0: all)")
    parser.add_argument("--workers", type=int, default=1, help="pipeline processes")
    parser.add_argument("--db", type=Path,
                        help="the new register to write and keep (default: a temporary one)")
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        parser.error(f"{args.db} exists; give a new path (the first ingest needs a fresh one)")
    with tempfile.TemporaryDirectory() as tmp:
        return _measure(args.db or Path(tmp) / "register.db", args)


def _measure(db_path: Path, args: argparse.Namespace) -> int:
    first = _run(db_path, args.corpus, args.limit, args.workers)
    own, worker = _peak_mb()
    size = _size_mb(db_path)
    workers = f", {worker:.0f} MB (largest worker)" if args.workers > 1 else ""
    print(f"first ingest:  {first.summary()}")
    print(f"  {first.read / first.seconds:.1f} documents/s with {args.workers} worker(s); "
          f"database {size:.1f} MB ({size * 1024 / max(first.new, 1):.1f} KB/document); "
          f"peak memory {own:.0f} MB (main){workers}")
    before = _rows(db_path)
    second = _run(db_path, args.corpus, args.limit, args.workers)
    changed = _changed(before, _rows(db_path))
    ratio = first.seconds / second.seconds
    print(f"second ingest: {second.summary()}")
    print(f"  first/second {ratio:.1f}x (needs >= {MIN_RATIO:.0f}); rows changed {changed} "
          "(needs 0)")
    return 0 if ratio >= MIN_RATIO and changed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
