"""Train or fine-tune the tagger with annotated news articles added (issue 14).

    python training/ner/run_news.py NAME OUT.npz NEWS.conll K '{json config}'
        [--init MODEL.npz] [--news-dev NEWS_DEV.conll] [--data DIR] [--dev-split random|tail]

NEWS.conll (training/ner/news_conll.py) is added K times to ANERcorp train.txt (minus its dev
split) and the Wojood sample; NEWS_DEV.conll (held-out articles) is added to the dev set that
picks the epoch. --init fine-tunes an existing model (e.g. the shipped one, which used the
seeded random split: pass --dev-split random so its dev sentences stay unseen).
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
    ap.add_argument("news", type=Path)
    ap.add_argument("k", type=int)
    ap.add_argument("config", nargs="?", default="{}")
    ap.add_argument("--init", type=Path)
    ap.add_argument("--news-dev", type=Path, nargs="*", default=[])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--dev-split", default="random")
    a = ap.parse_args()
    files = [a.data / "anercorp" / "train.txt", a.data / "wojood-sample" / "train.txt"]
    res = train(files, a.out, dev_fraction=0.1, seed=13, config=json.loads(a.config),
                log=lambda s: print(s, flush=True), dev_split=a.dev_split, encoder=None,
                extra_files=[a.news] * a.k, init_model=a.init, dev_files=a.news_dev)
    print("RESULT", a.name, json.dumps({k: v for k, v in res.items() if k != "dev_report"}),
          flush=True)


if __name__ == "__main__":
    main()
