"""How storing and resolving scale with the size of the register, now and at an earlier commit.

Extraction is left out: the records (the output of `sijill extract`, default: the first
``--limit`` SaudiNewsNet articles, extracted once here) are stored into fresh SQLite registers
of growing size (``--copies 1,3,6``: the records stored that many times, each copy under
its own document ids, so later copies' entities join the earlier ones' as a growing archive's
do) and resolved. For each size it prints CPU milliseconds per document for storing and for
resolving, MB written per document and peak memory, for this checkout and, with ``--base``,
for an earlier commit in the same run; both must stay flat as the register grows. It also
checks that both code bases leave the same register (row hashes, timestamps left out).

usage: python benchmarks/register_scaling.py [--records FILE.jsonl] [--limit N]
                                             [--copies 1,3,6] [--base COMMIT]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"

#: Runs in its own process (with one code base on its path): store and resolve one size.
_CHILD = r"""
import copy, json, resource, sys, time
from pathlib import Path
from sijill.register.db import Database
from sijill.register.store import store_record
from sijill.register.resolve import resolve_pending
from sijill.register.ingest import table_digests, TIMESTAMP_COLUMNS
import sijill.register.ingest as ingest_module

records_path, copies, db_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = [json.loads(line) for line in open(records_path, encoding="utf-8")]

def records():
    for n in range(copies):
        for rec in base:
            if n:
                rec = copy.deepcopy(rec)
                rec["id"] = f"{rec['id']}~{n}"
            yield rec

def written():
    try:
        fields = dict(l.split(": ", 1) for l in Path("/proc/self/io").read_text().splitlines())
    except OSError:
        return 0
    return int(fields["write_bytes"])

def store_all(db):
    writer = getattr(ingest_module, "_BatchWriter", None)
    if writer is None:  # code from before batched writes: one transaction per document
        for rec in records():
            store_record(db, rec, version="v", digest=rec["id"])
        return
    from sijill.doc import OffsetMap
    from sijill.read.article import Article
    import inspect
    args = [db, "v", ingest_module._Tally(None, None)]
    if "failed" in inspect.signature(writer).parameters:  # code that records failures
        args.append(set())
    batch = writer(*args)
    for rec in records():
        batch.add(ingest_module.Job(Article(rec["id"], rec["text"]), rec["id"], False),
                  ingest_module.Extracted(rec, OffsetMap.identity(len(rec["text"]))))
    batch.flush()

# load the resolver's data files (gazetteer, cues, patterns) outside the timing
from sijill.register.resolution.country import document_country
from sijill.register.resolution.profiles import entity_keys
entity_keys("ORG", "وزارة الصحة السعودية", ("الوزارة",), None)
entity_keys("PERSON", "محمد بن سلمان", (), None)
document_country("قال وزير الخارجية السعودي في الرياض", None)
with Database(db_path) as db:
    w0, t0 = written(), time.process_time()
    store_all(db)
    w1, t1 = written(), time.process_time()
    resolve_pending(db)
    w2, t2 = written(), time.process_time()
    digests = table_digests(db, TIMESTAMP_COLUMNS)
digests.pop("schema_migrations", None)
print(json.dumps({"docs": len(base) * copies, "store": t1 - t0, "resolve": t2 - t1,
                  "store_mb": (w1 - w0) / 2**20, "resolve_mb": (w2 - w1) / 2**20,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "digests": digests}))
"""


#: Extracts the first N SaudiNewsNet articles to a records file (this checkout's code).
_EXTRACT = r"""
import itertools, sys
from pathlib import Path
from sijill.extract import process
from sijill.read import read_inputs
from sijill.record import dumps
corpus, limit, out = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
items = read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))])
with open(out, "w", encoding="utf-8") as f:
    for rec in process(itertools.islice(items, limit)):
        f.write(dumps(rec) + "\n")
"""


def _extract(limit: int, out: Path) -> None:
    """The records of the first ``limit`` SaudiNewsNet articles, written to ``out``."""
    print(f"extracting {limit} articles once ...", flush=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-c", _EXTRACT, str(DEFAULT_CORPUS), str(limit), str(out)],
                   env=env, check=True)


def _measure(src: Path, records: Path, copies: int, tmp: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(src))
    db = tmp / f"scale-{copies}-{abs(hash(str(src)))}.db"
    done = subprocess.run([sys.executable, "-c", _CHILD, str(records), str(copies), str(db)],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the measurement failed with {src}:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    for path in tmp.glob(f"{db.name}*"):
        path.unlink()
    return result


def _line(name: str, m: dict[str, object]) -> str:
    docs = float(str(m["docs"]))
    per = {k: float(str(m[k])) * 1000 / docs for k in ("store", "resolve")}
    mb = {k: float(str(m[k])) * 1024 / docs for k in ("store_mb", "resolve_mb")}
    return (f"  {name:<5} {int(docs):>6} documents: store {per['store']:6.2f} ms/doc "
            f"({mb['store_mb']:5.0f} KB written/doc), resolve {per['resolve']:6.2f} ms/doc "
            f"({mb['resolve_mb']:4.0f} KB/doc); peak {float(str(m['peak_mb'])):.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, help="records from `sijill extract` (JSONL)")
    parser.add_argument("--limit", type=int, default=1000,
                        help="articles to extract when no --records is given")
    parser.add_argument("--copies", default="1,3,6", help="register sizes, in copies")
    parser.add_argument("--base", metavar="COMMIT", help="an earlier commit to measure too")
    args = parser.parse_args()
    sizes = [int(c) for c in args.copies.split(",")]
    with tempfile.TemporaryDirectory() as work:
        tmp = Path(work)
        records = args.records or tmp / "records.jsonl"
        if args.records is None:
            _extract(args.limit, records)
        trees = {"now": ROOT / "src"}
        if args.base:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach",
                            str(tmp / "base"), args.base], check=True, capture_output=True)
            trees = {"base": tmp / "base" / "src", **trees}
        same = True
        try:
            for copies in sizes:
                print(f"{copies} cop{'y' if copies == 1 else 'ies'}:", flush=True)
                found = {name: _measure(src, records, copies, tmp) for name, src in trees.items()}
                for name, m in found.items():
                    print(_line(name, m), flush=True)
                if len(found) == 2 and found["base"]["digests"] != found["now"]["digests"]:
                    same = False
                    print("  the two code bases left different registers", flush=True)
        finally:
            if args.base:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(tmp / "base")], check=False, capture_output=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
