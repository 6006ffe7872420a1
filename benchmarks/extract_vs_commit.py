"""Speed of the whole `sijill extract` pipeline now against an earlier commit, in one run.

Checks the earlier commit out into a temporary git worktree, then extracts the same
SaudiNewsNet articles with each code base in its own process on one thread (alternating, each
measured ``--rounds`` times, the round with the least CPU time kept), and prints articles/s,
tokens/s and the ratio now/base, by the clock and by CPU time (which a machine busy with other
work disturbs far less).
Both runs use this checkout's Python environment; only the ``sijill`` package differs.

usage: python benchmarks/extract_vs_commit.py [--base COMMIT] [--limit N] [--rounds R]
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

#: Runs inside the measured process: read the articles first, then time the pipeline alone.
_CHILD = r"""
import json, re, sys, time
from pathlib import Path
from sijill.read import read_inputs
from sijill.read.article import Article
from sijill.extract import process
from sijill.pipeline import Pipeline
from sijill.record import dumps
corpus, limit = Path(sys.argv[1]), int(sys.argv[2])
arts = []
for item in read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))]):
    if isinstance(item, Article):
        arts.append(item)
        if len(arts) == limit:
            break
pipe = Pipeline()
for rec in process(arts[:1], pipe):  # load the model and data outside the timing
    dumps(rec)
tokens = sum(len(re.findall(r"\w+|[^\w\s]", a.text)) for a in arts)
start, cpu = time.perf_counter(), time.process_time()
for rec in process(arts, pipe):
    dumps(rec)
took, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({"docs": len(arts), "tokens": tokens, "seconds": took, "cpu": cpu}))
"""


def _measure(src: Path, corpus: Path, limit: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(limit)], env=env,
                          capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="1663e7b", help="the earlier commit (default: before issue 14)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.base],
                       check=True, capture_output=True)
        try:
            best: dict[str, dict[str, float]] = {}
            for _ in range(args.rounds):
                for name, src in (("base", tree / "src"), ("now", ROOT / "src")):
                    m = _measure(src, args.corpus, args.limit)
                    if name not in best or m["cpu"] < best[name]["cpu"]:
                        best[name] = m
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)
    for name in ("base", "now"):
        m = best[name]
        print(f"{name:<5} {args.base if name == 'base' else 'HEAD':<8} {m['docs']} articles "
              f"{m['seconds']:.2f} s  {m['docs'] / m['seconds']:.1f} articles/s  "
              f"{m['tokens'] / m['seconds']:.0f} tokens/s by the clock; {m['cpu']:.2f} s CPU  "
              f"{m['docs'] / m['cpu']:.1f} articles/s  {m['tokens'] / m['cpu']:.0f} tokens/s by CPU")
    print(f"speed ratio now/base {best['base']['seconds'] / best['now']['seconds']:.3f} by the clock, "
          f"{best['base']['cpu'] / best['now']['cpu']:.3f} by CPU time")


if __name__ == "__main__":
    main()
