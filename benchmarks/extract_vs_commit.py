"""Speed of the whole `sijill extract` pipeline now against an earlier commit, in one run.

Checks the earlier commit out into a temporary git worktree, then extracts the same
SaudiNewsNet articles with each code base in its own process on one thread, alternating base
and now for ``--rounds`` rounds (the round with the least CPU time of each kept), and prints:
articles/s and tokens/s by the clock and by CPU time (which a machine busy with other work
disturbs far less), the ratio now/base, each stage's CPU milliseconds per article for base and
now side by side, and the read-and-tokenise floor (reading the articles, cleaning them into
Docs and the ``tokens`` stage alone, measured in the same process) with the pipeline's ratio
to it. Both runs use this checkout's Python environment; only the ``sijill`` package differs.

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

#: Runs inside the measured process: time the read-and-tokenise floor, then the pipeline with
#: a CPU timer around each stage.
_CHILD = r"""
import json, re, sys, time
from pathlib import Path
from sijill.read import read_inputs
from sijill.read.article import Article
from sijill.extract import make_doc, process
from sijill.pipeline import Pipeline
from sijill.record import dumps
from sijill.text.tokens import tokenize
corpus, limit = Path(sys.argv[1]), int(sys.argv[2])
cpu0 = time.process_time()
arts = []
for item in read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))]):
    if isinstance(item, Article):
        arts.append(item)
        if len(arts) == limit:
            break
for a in arts:
    tokenize(make_doc(a).text)
floor = time.process_time() - cpu0
pipe = Pipeline()
for rec in process(arts[:1], pipe):  # load the model and data outside the timing
    dumps(rec)
stages = {}
def timed(fn, name):
    def run(doc):
        start = time.process_time()
        out = fn(doc)
        stages[name] = stages.get(name, 0.0) + time.process_time() - start
        return out
    return run
for st in pipe.stages:
    object.__setattr__(st, "fn", timed(st.fn, st.name))
tokens = sum(len(re.findall(r"\w+|[^\w\s]", a.text)) for a in arts)
start, cpu = time.perf_counter(), time.process_time()
for rec in process(arts, pipe):
    dumps(rec)
took, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({"docs": len(arts), "tokens": tokens, "seconds": took, "cpu": cpu,
                  "floor": floor, "stages": stages}))
"""


def _measure(src: Path, corpus: Path, limit: int) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(limit)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"extract_vs_commit: the run with {src} failed:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _num(m: dict[str, object], key: str) -> float:
    value = m[key]
    assert isinstance(value, (int, float))
    return float(value)


def _report(best: dict[str, dict[str, object]], base: str) -> None:
    for name in ("base", "now"):
        m = best[name]
        docs, tokens, secs, cpu = _num(m, "docs"), _num(m, "tokens"), _num(m, "seconds"), _num(m, "cpu")
        floor = _num(m, "floor")
        print(f"{name:<5} {base if name == 'base' else 'HEAD':<8} {docs:.0f} articles "
              f"{secs:.2f} s  {docs / secs:.1f} articles/s  {tokens / secs:.0f} tokens/s by the clock; "
              f"{cpu:.2f} s CPU  {docs / cpu:.1f} articles/s  {tokens / cpu:.0f} tokens/s by CPU; "
              f"floor (read, clean, tokens) {1000 * floor / docs:.2f} ms/article CPU, "
              f"{docs / floor:.0f} articles/s: the pipeline is {cpu / floor:.0f}x the floor")
    print(f"speed ratio now/base {_num(best['base'], 'seconds') / _num(best['now'], 'seconds'):.3f} "
          f"by the clock, {_num(best['base'], 'cpu') / _num(best['now'], 'cpu'):.3f} by CPU time")
    b_st, n_st = best["base"]["stages"], best["now"]["stages"]
    assert isinstance(b_st, dict) and isinstance(n_st, dict)
    b_docs, n_docs = _num(best["base"], "docs"), _num(best["now"], "docs")
    print(f"CPU ms per article, by stage (the kept rounds)\n{'stage':<12} {'base ' + base:>14} "
          f"{'now':>10} {'base/now':>9}")
    rows = [(k, 1000 * b_st.get(k, 0.0) / b_docs, 1000 * n_st.get(k, 0.0) / n_docs)
            for k in dict.fromkeys([*b_st, *n_st])]
    rows.append(("floor", 1000 * _num(best["base"], "floor") / b_docs,
                 1000 * _num(best["now"], "floor") / n_docs))
    rows.append(("all", 1000 * _num(best["base"], "cpu") / b_docs, 1000 * _num(best["now"], "cpu") / n_docs))
    for k, b, n in rows:
        print(f"{k:<12} {b:>14.2f} {n:>10.2f} {(f'{b / n:.2f}x' if n else '-'):>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="b62052d", help="the earlier commit (default: before "
                        "the sixth round of issue 15)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.base],
                       check=True, capture_output=True)
        try:
            best: dict[str, dict[str, object]] = {}
            for _ in range(args.rounds):
                for name, src in (("base", tree / "src"), ("now", ROOT / "src")):
                    m = _measure(src, args.corpus, args.limit)
                    if name not in best or _num(m, "cpu") < _num(best[name], "cpu"):
                        best[name] = m
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)
    _report(best, args.base)


if __name__ == "__main__":
    main()
