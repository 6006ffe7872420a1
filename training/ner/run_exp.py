"""Run one training experiment on ANERcorp train.txt (contiguous last-10% dev split).

    python training/ner/run_exp.py NAME OUT.npz '{json config}' [--wojood] [--encoder ENC.npz|none]
        [--data DIR] [--device cuda] [--dev-split tail|random] [--n-models N]

--encoder defaults to "auto" (the pretrained encoder stored in the shipped model, if any);
"none" trains from scratch.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sijill.names.ner.train import train


def main() -> None:
    """Train and print the dev report plus a RESULT json line."""
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("out", type=Path)
    ap.add_argument("config", nargs="?", default="{}")
    ap.add_argument("--wojood", action="store_true")
    ap.add_argument("--encoder", default="auto")
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dev-split", default="tail")
    ap.add_argument("--n-models", type=int, default=1)
    ap.add_argument("--silver", type=Path, nargs="*", default=[])
    a = ap.parse_args()
    files = [a.data / "anercorp" / "train.txt"]
    if a.wojood:
        files.append(a.data / "wojood-sample" / "train.txt")
    encoder = None if a.encoder == "none" else (a.encoder if a.encoder == "auto" else Path(a.encoder))
    res = train(files, a.out, dev_fraction=0.1, seed=13, config=json.loads(a.config),
                n_models=a.n_models, log=lambda s: print(s, flush=True), dev_split=a.dev_split,
                encoder=encoder, device=a.device, extra_files=a.silver)
    print("RESULT", a.name, json.dumps({k: v for k, v in res.items() if k != "dev_report"}),
          flush=True)


if __name__ == "__main__":
    main()
