"""Evaluate a model on dev and test, and measure load time and one-core tagging speed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from sijill.names.ner.conll import read_conll
from sijill.names.ner.metrics import entity_scores, format_report
from sijill.names.ner.tagger import NerTagger
from sijill.names.ner.train import split_dev

DATA = Path("/work/shared/data/anercorp")


def main() -> None:
    """Print dev/test reports, load time, tokens/s."""
    path = Path(sys.argv[1])
    t = time.perf_counter()
    model = NerTagger.load(path)
    print(f"load_seconds {time.perf_counter() - t:.2f}  size_mb {path.stat().st_size / 1e6:.1f}")
    _, dev = split_dev(read_conll(DATA / "train.txt"), 0.1, 13)
    print("DEV\n" + format_report(entity_scores([g for _, g in dev],
                                                 model.tag([s for s, _ in dev]))))
    if "--test" in sys.argv:
        test = read_conll(DATA / "test.txt")
        sents = [s for s, _ in test]
        model = NerTagger.load(path)  # cold feature cache for the speed figure
        t = time.perf_counter()
        pred = model.tag(sents)
        dt = time.perf_counter() - t
        n = sum(len(s) for s in sents)
        print(f"TEST ({n} tokens, {n / dt:.0f} tok/s cold cache, one thread)")
        print(format_report(entity_scores([g for _, g in test], pred)))


if __name__ == "__main__":
    main()
