"""Evaluate a model on the contiguous dev split (and test with --test); load time and speed.

    python training/ner/final_eval.py MODEL.npz [--test] [--data DIR]

Both with and without document-level label consistency (pseudo-documents of 20 sentences).
"""

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
from sijill.names.ner.train import split_dev, tag_blocks


def main() -> None:
    """Print dev (and test) reports, load time, tokens/s."""
    path = Path(sys.argv[1])
    data = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else Path(
        "/work/shared/data")
    t = time.perf_counter()
    model = NerTagger.load(path)
    print(f"load_seconds {time.perf_counter() - t:.2f}  size_mb {path.stat().st_size / 1e6:.1f}")
    sets = [("DEV", split_dev(read_conll(data / "anercorp" / "train.txt"), 0.1, 13)[1])]
    if "--test" in sys.argv:
        sets.append(("TEST", read_conll(data / "anercorp" / "test.txt")))
    for name, sents in sets:
        toks = [s for s, _ in sents]
        for cons in (False, True):
            pred = tag_blocks(model, toks, consistency=cons)
            label = "with consistency" if cons else "plain"
            print(f"{name} {label}\n" + format_report(entity_scores([g for _, g in sents], pred)))
    if "--test" in sys.argv:
        sents = [s for s, _ in sets[-1][1]]
        model = NerTagger.load(path)  # cold feature cache for the speed figure
        t = time.perf_counter()
        model.tag(sents)
        dt = time.perf_counter() - t
        n = sum(len(s) for s in sents)
        print(f"speed: {n} test tokens in one call, {n / dt:.0f} tok/s (cold cache, one thread)")


if __name__ == "__main__":
    main()
