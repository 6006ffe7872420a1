"""Throughput and peak memory of `sijill extract` (up to dates) on SaudiNewsNet.

Prints, from one run: the floor (read the zips and regex-tokenise every article), then the
full extraction (clean, tokens, sentences, dates, JSON record), each in its own process so
each peak memory is its own, and their ratio.

usage: python benchmarks/extract_throughput.py [CORPUS_DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
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

    start = time.perf_counter()
    docs = tokens = 0
    for item in read_inputs(_inputs(corpus)):
        if isinstance(item, Article):
            tokens += len(_WORD.findall(item.text))
            docs += 1
            if docs == limit:
                break
    return {"docs": docs, "tokens": tokens, "seconds": time.perf_counter() - start}


def full(corpus: Path, limit: int) -> dict[str, float]:
    """The whole extraction to JSON lines (written nowhere)."""
    from sijill.extract import extract
    from sijill.pipeline import Pipeline
    from sijill.record import dumps

    start = time.perf_counter()
    docs = dates = chars = 0
    for record in extract(_inputs(corpus), pipeline=Pipeline(("tokens", "sentences", "dates"))):
        chars += len(dumps(record))
        dates += len(record["entities"])
        docs += 1
        if docs == limit:
            break
    return {"docs": docs, "dates": dates, "seconds": time.perf_counter() - start}


def _child(kind: str, corpus: Path, limit: int) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, str(corpus), "--limit", str(limit), "--child", kind],
        capture_output=True, text=True, check=True,
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
    base_rate = base["docs"] / base["seconds"]
    rate = run["docs"] / run["seconds"]
    print(f"floor (read + regex tokens): {base['docs']:.0f} articles in {base['seconds']:.1f} s "
          f"= {base_rate:,.0f} articles/s ({base['tokens'] / base['seconds']:,.0f} tokens/s), "
          f"peak {base['peak_mb']:.0f} MB")
    print(f"sijill extract (to dates):   {run['docs']:.0f} articles in {run['seconds']:.1f} s "
          f"= {rate:,.0f} articles/s, {run['dates']:.0f} date entities, "
          f"peak {run['peak_mb']:.0f} MB")
    print(f"extract / floor speed ratio: {rate / base_rate:.3f}")


if __name__ == "__main__":
    main()
