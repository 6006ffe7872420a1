"""Cross-document resolution alone: CPU time, peak memory and the groups it makes, against a
base commit in the same run, on registers of the first N documents of a full register.

Extraction is the slow part of an ingest and resolution does not depend on how the records
were made, so this benchmark skips it: it copies the first N documents of a stored register
(``--from``, opened read-only; default ``/work/big/full.db``) with their entities, claims,
positions and relations into a fresh register, whose triggers queue every entity, and then
resolves the queue once with the code of ``--base`` and once with this checkout, each in its
own process on its own copy. It prints, per size, CPU seconds (user+system), wall seconds and
peak resident memory of each, and whether the two registers came out the same: the canonical
groups (entity_canonical joined to canonical names) and every resolution table, timestamps
left out. It exits 1 when they differ.

usage: python benchmarks/resolve_scaling.py [--from DB] [--sizes 1000,3000] [--base COMMIT]
                                            [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FROM = Path("/work/big/full.db")
#: Tables copied for the documents chosen, in an order their foreign keys allow.
COPIED = ("documents", "entities", "claims", "positions", "relations")
#: Tables that resolution writes, compared between the two runs.
RESOLUTION_TABLES = ("canonical_entities", "entity_canonical", "resolution_decisions",
                     "resolution_keys", "resolution_queue")

# Run in a child process with PYTHONPATH set to the code measured: resolve, then report.
_CHILD = """
import json, resource, sys, time
from sijill.register.db import Database
from sijill.register.resolve import resolve_pending
cpu, wall = time.process_time(), time.perf_counter()
with Database(sys.argv[1]) as db:
    stats = resolve_pending(db)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"cpu": cpu, "wall": wall, "peak_mb": peak, "changed": stats.changed}))
"""


def build(source: Path, target: Path, limit: int, schema_src: Path) -> int:
    """A fresh register at ``target`` holding the first ``limit`` documents of ``source``
    (in the order they were stored), every entity queued; the number of entities. The
    schema is the one of the code under ``schema_src`` (the base's: a newer checkout
    migrates it forward when it opens it, an older one could not open a newer schema)."""
    env = dict(os.environ, PYTHONPATH=str(schema_src))
    make = "import sys; from sijill.register.db import Database; Database(sys.argv[1]).close()"
    subprocess.run([sys.executable, "-c", make, str(target)], env=env, check=True)
    con = sqlite3.connect(target)
    con.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
    con.execute("CREATE TEMP TABLE chosen AS SELECT id FROM src.documents ORDER BY rowid "
                "LIMIT ?", (limit,))
    for table in COPIED:
        columns = ", ".join(f'"{r[1]}"' for r in con.execute(f"PRAGMA main.table_info({table})"))
        con.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM src.{table} "
                    f"WHERE {'id' if table == 'documents' else 'doc_id'} IN "
                    "(SELECT id FROM chosen)")
    con.commit()
    count = int(con.execute("SELECT COUNT(*) FROM entities").fetchone()[0])
    con.close()
    return count


def resolve_with(src: Path, db: Path) -> dict[str, float]:
    """Resolve the register at ``db`` with the code under ``src`` in a child process."""
    env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(db)], env=env, check=True,
                          capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def canonical_groups(db: Path) -> list[tuple[str, ...]]:
    """Each canonical entity with its name, key, Latin spelling and sorted members."""
    con = sqlite3.connect(db)
    members: dict[str, list[str]] = {}
    for entity, canonical in con.execute("SELECT entity_id, canonical_id FROM entity_canonical"):
        members.setdefault(canonical, []).append(entity)
    out = sorted((str(cid), str(etype), str(name), str(key), str(latin or ""),
                  *sorted(members.get(cid, [])))
                 for cid, etype, name, key, latin in con.execute(
                     "SELECT id, type, name, name_key, latin FROM canonical_entities"))
    con.close()
    return out


def table_rows(db: Path, table: str) -> list[tuple[object, ...]]:
    """Every row of a table, timestamps left out, sorted."""
    con = sqlite3.connect(db)
    columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
               if r[1] not in {"decided_at"}]
    rows = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {table}"), key=repr)
    con.close()
    return rows


def same_register(a: Path, b: Path) -> list[str]:
    """What differs between two resolved registers (nothing: an empty list)."""
    problems = []
    ga, gb = canonical_groups(a), canonical_groups(b)
    if ga != gb:
        problems.append(f"canonical groups differ: {len(set(ga) - set(gb))} only in base, "
                        f"{len(set(gb) - set(ga))} only in this checkout")
    for table in RESOLUTION_TABLES:
        if table_rows(a, table) != table_rows(b, table):
            problems.append(f"{table} differs")
    return problems


def _line(name: str, r: dict[str, float], docs: int) -> str:
    return (f"  {name:<5} resolve CPU {r['cpu']:7.1f} s ({r['cpu'] * 1000 / docs:5.1f} ms/document)"
            f", wall {r['wall']:7.1f} s, peak {r['peak_mb']:6.0f} MB, rows changed "
            f"{int(r['changed'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, default=DEFAULT_FROM,
                        help="the stored register to take documents from (read only)")
    parser.add_argument("--sizes", default="1000,3000", help="comma-separated document counts")
    parser.add_argument("--base", default="e76f08d", help="the commit to compare with")
    parser.add_argument("--keep", type=Path, help="keep the registers made in this folder")
    args = parser.parse_args()
    if not args.source.exists():
        parser.error(f"{args.source} does not exist; give a register made by `sijill ingest`")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree),
                        args.base], check=True, capture_output=True)
        try:
            for size in (int(s) for s in args.sizes.split(",")):
                failed |= _compare(args.source, folder, size, tree / "src", args.base)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tree)], check=False, capture_output=True)
    return 1 if failed else 0


def _compare(source: Path, folder: Path, size: int, base_src: Path, base: str) -> bool:
    """Resolve one size with both codes; whether the registers differ."""
    fresh = folder / f"fresh_{size}.db"
    for path in folder.glob(f"*_{size}.db*"):
        path.unlink()
    entities = build(source, fresh, size, base_src)
    base_db, now_db = folder / f"base_{size}.db", folder / f"now_{size}.db"
    shutil.copy(fresh, base_db)
    shutil.copy(fresh, now_db)
    print(f"{size} documents, {entities} entities", flush=True)
    rb = resolve_with(base_src, base_db)
    print(_line("base", rb, size) + f" ({base})", flush=True)
    rn = resolve_with(ROOT / "src", now_db)
    print(_line("now", rn, size), flush=True)
    problems = same_register(base_db, now_db)
    print(f"  CPU now/base {rn['cpu'] / max(rb['cpu'], 1e-9):.2f}; registers "
          + ("the same" if not problems else "DIFFER: " + "; ".join(problems)), flush=True)
    return bool(problems)


if __name__ == "__main__":
    sys.exit(main())
