"""Throughput and peak memory of `sijill extract` (every stage, one thread) on SaudiNewsNet.

Prints, from one run: the floor (read the zips and regex-tokenise every article), then the
full extraction (every stage of the default pipeline and the JSON record), each in its own
process on one thread (numpy and onnxruntime included) so each peak memory is its own:
articles/s and tokens/s by the clock and by CPU time, and their ratio to the floor. The
target of issue 15 is 60 articles/s on one core.

usage: python benchmarks/extract_throughput.py [CORPUS_DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
_WORD = re.compile(r"\w+|[^\w\s]")


def _inputs(corpus: Path) -> list[str]:
    return [str(p) for p in sorted(corpus.glob("*.zip"))]


def floor(corpus: Path, limit: int) -> dict[str, float]:
    """Read and tokenise only."""
    from sijill.read import read_inputs
    from sijill.read.article import Article

    start, cpu = time.perf_counter(), time.process_time()
    docs = tokens = 0
    for item in read_inputs(_inputs(corpus)):
        if isinstance(item, Article):
            tokens += len(_WORD.findall(item.text))
            docs += 1
            if docs == limit:
                break
    return {"docs": docs, "tokens": tokens, "seconds": time.perf_counter() - start,
            "cpu": time.process_time() - cpu}


def full(corpus: Path, limit: int) -> dict[str, float]:
    """The whole extraction to JSON lines (written nowhere), the model loaded beforehand."""
    from sijill.extract import extract
    from sijill.names.stages import tagger
    from sijill.pipeline import Pipeline
    from sijill.record import dumps

    pipeline = Pipeline()
    tagger()  # the NER model loads once per process, not per article: keep it out of the rate
    start, cpu = time.perf_counter(), time.process_time()
    docs = tokens = entities = chars = 0
    for record in extract(_inputs(corpus), pipeline=pipeline):
        chars += len(dumps(record))
        tokens += len(_WORD.findall(str(record["text"])))
        entities += len(record["entities"])
        docs += 1
        if docs == limit:
            break
    return {"docs": docs, "tokens": tokens, "entities": entities,
            "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu}


def _child(kind: str, corpus: Path, limit: int) -> dict[str, float]:
    one_thread = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run(
        [sys.executable, __file__, str(corpus), "--limit", str(limit), "--child", kind],
        capture_output=True, text=True, check=True, env=one_thread,
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0: all)")
    parser.add_argument("--child", choices=["floor", "full"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = (floor if args.child == "floor" else full)(args.corpus, args.limit)
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder {args.corpus} not found; give the SaudiNewsNet folder as argument")
    base = _child("floor", args.corpus, args.limit)
    run = _child("full", args.corpus, args.limit)
    for name, m in (("floor (read + regex tokens)", base), ("sijill extract, every stage", run)):
        print(f"{name}: {m['docs']:.0f} articles in {m['seconds']:.1f} s "
              f"({m['cpu']:.1f} s CPU, one thread) = {m['docs'] / m['seconds']:,.1f} articles/s, "
              f"{m['tokens'] / m['seconds']:,.0f} tokens/s; by CPU time "
              f"{m['docs'] / m['cpu']:,.1f} articles/s, {m['tokens'] / m['cpu']:,.0f} tokens/s; "
              f"peak {m['peak_mb']:.0f} MB")
    print(f"extract / floor speed ratio (CPU time): {(base['cpu'] / base['docs']) / (run['cpu'] / run['docs']):.4f}"
          f"; target 60 articles/s on one core: {run['docs'] / run['cpu']:.1f}")

if __name__ == "__main__":
    main()
