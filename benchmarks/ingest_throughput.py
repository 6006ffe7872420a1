"""Throughput, size and peak memory of `sijill ingest` on SaudiNewsNet, then a second ingest.

The first ingest goes into a fresh SQLite register and prints documents/s, where its time
went (reading and extracting, storing, resolving: wall seconds of the main process), the
main process's CPU seconds, the bytes it wrote to disk (the database, its WAL and
checkpoints), the rows it stored, the database's size and peak memory (this process and its
largest worker). The second ingest of the same input must run no pipeline: it prints its
time, the ratio first/second (must be >= 10) and the number of rows it changed (must be 0,
timestamps included), and exits 1 otherwise. It ends with the first ingest's figures projected
to the whole SaudiNewsNet corpus (31,030 articles, linearly from the per-document times).
With ``--base COMMIT`` the same measurement runs first with that commit's code, then with this
checkout's, each in its own process (so neither's peak memory counts in the other's), and both
figures come from one run.

usage: python benchmarks/ingest_throughput.py [CORPUS_DIR] [--limit N] [--workers N] [--db PATH]
                                              [--base COMMIT]
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sijill.read import Article, Problem, read_inputs
from sijill.register import ingest as ingest_module
from sijill.register.db import Database
from sijill.register.ingest import IngestStats, ingest, row_hashes, tables

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"
MIN_RATIO = 10.0
#: Articles in the whole SaudiNewsNet corpus, and the end-to-end target for them (seconds).
FULL_CORPUS, FULL_TARGET_S = 31_030, 900.0
#: Store and resolve seconds of the first ingest, where the code measured does not count them.
_OUTSIDE_TIMES: dict[str, float] = {}


def _articles(corpus: Path, limit: int) -> Iterable[Article | Problem]:
    items = read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))])
    return itertools.islice(items, limit) if limit else items


def _run(db_path: Path, corpus: Path, limit: int, workers: int) -> IngestStats:
    problems: list[Problem] = []
    with Database(str(db_path)) as db, _timed_if_older() as timed, _cpu_clocked():
        stats = ingest(db, _articles(corpus, limit), workers=workers, on_problem=problems.append)
    if timed:  # an earlier commit (--base): its store and resolve times, taken from outside
        _OUTSIDE_TIMES.update(timed)
    for problem in problems[:5]:
        print(f"  skipped {problem}", file=sys.stderr)
    return stats


#: CPU seconds of the main process in storing and in resolving, of the last ingest measured:
#: on a loaded machine the wall-clock breakdown mostly shows the other processes.
_CPU: dict[str, float] = {}


@contextmanager
def _cpu_clocked() -> Iterator[None]:
    """Count the main process's CPU time in ``store_record`` and ``resolve_pending``."""
    names = {"store": "store_record", "resolve": "resolve_pending"}
    real = {name: getattr(ingest_module, f) for name, f in names.items()}
    _CPU.update(store=0.0, resolve=0.0)

    def clocked(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return real[name](*args, **kwargs)
            finally:
                _CPU[name] += time.process_time() - started
        return call

    for name, function in names.items():
        setattr(ingest_module, function, clocked(name))
    try:
        yield
    finally:
        for name, function in names.items():
            setattr(ingest_module, function, real[name])


@contextmanager
def _timed_if_older() -> Iterator[dict[str, float]]:
    """For code whose IngestStats has no breakdown, time its store and resolve calls."""
    timed: dict[str, float] = {}
    if hasattr(IngestStats(), "store_seconds") or _OUTSIDE_TIMES:
        yield timed
        return
    names = {"store": "store_record", "resolve": "resolve_pending"}
    real = {name: getattr(ingest_module, f) for name, f in names.items()}

    def clocked(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return real[name](*args, **kwargs)
            finally:
                timed[name] = timed.get(name, 0.0) + time.perf_counter() - started
        return call

    timed.update(store=0.0, resolve=0.0)
    for name, function in names.items():
        setattr(ingest_module, function, clocked(name))
    try:
        yield timed
    finally:
        for name, function in names.items():
            setattr(ingest_module, function, real[name])


def _written_mb() -> float:
    """Bytes this process has caused to be written to disk so far (MB); 0 without /proc."""
    try:
        lines = Path("/proc/self/io").read_text().splitlines()
    except OSError:
        return 0.0
    fields = dict(line.split(": ", 1) for line in lines)
    return int(fields.get("write_bytes", "0")) / 2**20


def _cpu_s() -> float:
    """User and system CPU seconds of this process so far (workers not included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _breakdown(stats: IngestStats, cpu: float, written: float, rows: int) -> str:
    # the same script measures an earlier commit (--base) whose stats lack them
    store = float(getattr(stats, "store_seconds", _OUTSIDE_TIMES.get("store", 0.0)))
    resolve = float(getattr(stats, "resolve_seconds", _OUTSIDE_TIMES.get("resolve", 0.0)))
    docs = max(stats.new + stats.replaced, 1)
    return (f"  time: read+extract {stats.seconds - store - resolve:.1f} s, store {store:.1f} s "
            f"({store * 1000 / docs:.1f} ms/document), resolve {resolve:.1f} s "
            f"({resolve * 1000 / docs:.1f} ms/document); main process CPU {cpu:.1f} s; "
            f"written {written:.0f} MB ({written * 1024 / docs:.0f} KB/document); "
            f"{rows} rows stored\n  main process CPU: store {_CPU.get('store', 0.0):.1f} s "
            f"({_CPU.get('store', 0.0) * 1000 / docs:.1f} ms/document), resolve "
            f"{_CPU.get('resolve', 0.0):.1f} s ({_CPU.get('resolve', 0.0) * 1000 / docs:.1f} "
            "ms/document)")


def _projection(stats: IngestStats) -> str:
    """The first ingest's times scaled to the whole corpus, per document read."""
    store = float(getattr(stats, "store_seconds", _OUTSIDE_TIMES.get("store", 0.0)))
    resolve = float(getattr(stats, "resolve_seconds", _OUTSIDE_TIMES.get("resolve", 0.0)))
    scale = FULL_CORPUS / max(stats.read, 1)
    extract = stats.seconds - store - resolve
    total = stats.seconds * scale
    return (f"  projected to {FULL_CORPUS:,} articles (linear in documents): read+extract "
            f"{extract * scale:.0f} s, store {store * scale:.0f} s, resolve "
            f"{resolve * scale:.0f} s, total {total:.0f} s (target {FULL_TARGET_S:.0f} s)")


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
    parser.add_argument("--base", metavar="COMMIT",
                        help="measure this earlier commit first, in its own process")
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        parser.error(f"{args.db} exists; give a new path (the first ingest needs a fresh one)")
    if args.base:
        _measure_commit(args)
        print("== now (this checkout)", flush=True)
        return _measure_here(args)
    with tempfile.TemporaryDirectory() as tmp:
        return _measure(args.db or Path(tmp) / "register.db", args)


def _measure_commit(args: argparse.Namespace) -> None:
    """Run this benchmark with the code of ``args.base`` (a temporary git worktree)."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree),
                        args.base], check=True, capture_output=True)
        try:
            print(f"== base {args.base}", flush=True)
            env = dict(os.environ, PYTHONPATH=str(tree / "src"))
            subprocess.run([sys.executable, __file__, str(args.corpus), "--limit",
                            str(args.limit), "--workers", str(args.workers)], env=env,
                           check=False)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tree)], check=False, capture_output=True)


def _measure_here(args: argparse.Namespace) -> int:
    """Run this benchmark with this checkout's code in a process of its own."""
    command = [sys.executable, __file__, str(args.corpus), "--limit", str(args.limit),
               "--workers", str(args.workers)]
    if args.db is not None:
        command += ["--db", str(args.db)]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(command, env=env, check=False).returncode


def _measure(db_path: Path, args: argparse.Namespace) -> int:
    cpu, written = _cpu_s(), _written_mb()
    first = _run(db_path, args.corpus, args.limit, args.workers)
    cpu, written = _cpu_s() - cpu, _written_mb() - written
    own, worker = _peak_mb()
    size = _size_mb(db_path)
    workers = f", {worker:.0f} MB (largest worker)" if args.workers > 1 else ""
    before = _rows(db_path)
    print(f"first ingest:  {first.summary()}")
    print(f"  {first.read / first.seconds:.1f} documents/s with {args.workers} worker(s); "
          f"database {size:.1f} MB ({size * 1024 / max(first.new, 1):.1f} KB/document); "
          f"peak memory {own:.0f} MB (main){workers}")
    print(_breakdown(first, cpu, written, sum(sum(c.values()) for c in before.values())))
    print(_projection(first))
    second = _run(db_path, args.corpus, args.limit, args.workers)
    changed = _changed(before, _rows(db_path))
    ratio = first.seconds / second.seconds
    print(f"second ingest: {second.summary()}")
    print(f"  first/second {ratio:.1f}x (needs >= {MIN_RATIO:.0f}); rows changed {changed} "
          "(needs 0)")
    return 0 if ratio >= MIN_RATIO and changed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
