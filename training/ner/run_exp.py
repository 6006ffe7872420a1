"""Run one training experiment: python run_exp.py NAME REPR.npz OUT.npz '{json config}' [n_models] [extra]."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sijill.names.ner.train import train

DATA = Path("/work/shared/data")


def main() -> None:
    """Train on ANERcorp train.txt (seeded 10% dev) and print the dev report."""
    name, rep, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    cfg = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
    n_models = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    extra = [DATA / "wojood-sample" / "train.txt"] if len(sys.argv) > 6 and sys.argv[6] == "wojood" else []
    res = train([DATA / "anercorp" / "train.txt"], out, dev_fraction=0.1, seed=13,
                representations=rep, config=cfg, n_models=n_models, extra_files=extra,
                log=lambda s: print(s, flush=True))
    print("RESULT", name, json.dumps({k: v for k, v in res.items() if k != "dev_report"}))


if __name__ == "__main__":
    main()
