"""CPU time of each pipeline stage now against an earlier commit, in one run.

Checks the earlier commit out into a temporary git worktree, then runs the default pipeline
over the same SaudiNewsNet articles with each code base in its own process on one thread, and
prints each stage's CPU time per article (``time.process_time`` around the stage) for the base
and now, with their ratio: which stage a change made cheaper, and which is the next to look at.
Both runs use this checkout's Python environment; only the ``sijill`` package differs.

usage: python benchmarks/stages_vs_commit.py [--base COMMIT] [--limit N] [--every K]
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

#: Runs inside the measured process: read the articles, wrap each stage with a CPU timer.
_CHILD = r"""
import json, sys, time
from pathlib import Path
from sijill.read import read_inputs
from sijill.read.article import Article
from sijill.extract import process
from sijill.pipeline import Pipeline
from sijill.record import dumps
corpus, limit, every = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
arts = []
items = (x for x in read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))]) if isinstance(x, Article))
for n, item in enumerate(items):
    if n % every == 0:
        arts.append(item)
        if len(arts) == limit:
            break
pipe = Pipeline()
for rec in process(arts[:1], pipe):  # load the model and data outside the timing
    dumps(rec)
cpu = {}
def timed(fn, name):
    def run(doc):
        start = time.process_time()
        out = fn(doc)
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - start
        return out
    return run
for st in pipe.stages:
    object.__setattr__(st, "fn", timed(st.fn, st.name))
start = time.process_time()
for rec in process(arts, pipe):
    dumps(rec)
cpu["all"] = time.process_time() - start
print(json.dumps({"docs": len(arts), "cpu": cpu}))
"""


def _measure(src: Path, corpus: Path, limit: int, every: int) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(limit), str(every)],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"stages_vs_commit: the run with {src} failed:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="3a68ae7", help="the earlier commit (default: before "
                        "the claims, dates and gazetteer speed-ups)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--every", type=int, default=31,
                        help="take every K-th article, so the sample spans the corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.base],
                       check=True, capture_output=True)
        try:
            base = _measure(tree / "src", args.corpus, args.limit, args.every)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)
    now = _measure(ROOT / "src", args.corpus, args.limit, args.every)
    docs = int(str(now["docs"]))
    b_cpu, n_cpu = base["cpu"], now["cpu"]
    assert isinstance(b_cpu, dict) and isinstance(n_cpu, dict)
    print(f"{docs} SaudiNewsNet articles (one in {args.every}), one thread; CPU ms per article")
    print(f"{'stage':<12} {'base ' + args.base:>14} {'now':>10} {'base/now':>9}")
    for name in n_cpu:
        b, n = 1000 * b_cpu.get(name, 0.0) / docs, 1000 * n_cpu[name] / docs
        ratio = f"{b / n:.2f}x" if n else "-"
        print(f"{name:<12} {b:>14.2f} {n:>10.2f} {ratio:>9}")


if __name__ == "__main__":
    main()
