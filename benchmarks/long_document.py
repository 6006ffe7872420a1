"""Time per word of `sijill extract` on ordinary articles against very long unpunctuated ones.

An archive holds scanned reports, forum dumps and books beside news: one long document with
no punctuation must cost no more per word than news does (target: at most 3x). The long
documents are built at run time from SaudiNewsNet words with every punctuation mark and line
break removed. Each measurement runs in its own process on one thread (CPU time, and its own
peak memory), the ordinary articles first, in the same run.

usage: python benchmarks/long_document.py [--corpus DIR] [--limit N] [--words 100000,1500000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"

#: Runs inside the measured process: build the input first, then time the pipeline alone.
_CHILD = r"""
import json, re, resource, sys, time
from dataclasses import replace
from pathlib import Path
from sijill.extract import process
from sijill.pipeline import Pipeline
from sijill.read import read_inputs
from sijill.read.article import Article
from sijill.record import dumps

corpus, limit, words = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
arts = []
vocab = []
for item in read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))]):
    if isinstance(item, Article):
        arts.append(item)
        if words:
            vocab.extend(re.findall(r"\w+", item.text))
        if (not words and len(arts) == limit) or (words and len(vocab) >= min(words, 2_000_000)):
            break
pipe = Pipeline()
for rec in process(arts[:1], pipe):  # load the model and data outside the timing
    dumps(rec)
if words:
    # Repeat the corpus words when more are asked for than were read.
    text = " ".join(vocab[i % len(vocab)] for i in range(words))
    arts = [replace(arts[0], id="long", text=text)]
    vocab = []
count = sum(len(re.findall(r"\w+", a.text)) for a in arts)
start = time.process_time()
for rec in process(arts, pipe):
    dumps(rec)
took = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"docs": len(arts), "words": count, "seconds": took, "peak_mb": peak}))
"""


def _measure(corpus: Path, limit: int, words: int, timeout: float) -> dict[str, float] | None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(limit), str(words)],
                              env=env, capture_output=True, text=True, check=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        sys.exit(f"the measuring process failed:\n{exc.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200, help="ordinary articles to measure")
    parser.add_argument("--words", default="100000,1500000",
                        help="comma-separated sizes of the unpunctuated documents, in words")
    parser.add_argument("--timeout", type=float, default=3600, help="give up on one size after S s")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder {args.corpus} not found; give the SaudiNewsNet folder with --corpus")
    base = _measure(args.corpus, args.limit, 0, args.timeout)
    if base is None:
        sys.exit("the ordinary articles took longer than --timeout; give a smaller --limit")
    per_word = base["seconds"] / base["words"]
    print(f"ordinary articles: {base['docs']:.0f} articles, {base['words']:,.0f} words, "
          f"{base['seconds']:.1f} s CPU = {per_word * 1e6:.0f} us/word, peak {base['peak_mb']:.0f} MB")
    for size in (int(w) for w in args.words.split(",") if w.strip()):
        run = _measure(args.corpus, args.limit, size, args.timeout)
        if run is None:
            print(f"unpunctuated {size:>9,} words: did not finish in {args.timeout:.0f} s")
            continue
        long_word = run["seconds"] / run["words"]
        print(f"unpunctuated {run['words']:>9,.0f} words: {run['seconds']:.1f} s CPU = "
              f"{long_word * 1e6:.0f} us/word, {long_word / per_word:.2f}x ordinary (target <= 3), "
              f"peak {run['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
