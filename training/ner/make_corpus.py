"""Write SaudiNewsNet (+ ANERcorp train) as normalised, tokenised text for embedding training."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from sijill.names.ner.normalize import normalize, tokenize


def main(data_dir: Path, out: Path) -> None:
    """Write one normalised article per line."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for zp in sorted((data_dir / "saudinewsnet").glob("*.zip")):
            with zipfile.ZipFile(zp) as z:
                for name in z.namelist():
                    for art in json.loads(z.read(name)):
                        text = (art.get("title") or "") + " . " + (art.get("content") or "")
                        toks = [normalize(t) for t in tokenize(text)]
                        n += len(toks)
                        fh.write(" ".join(toks) + "\n")
        sent: list[str] = []
        for line in (data_dir / "anercorp" / "train.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                if sent:
                    fh.write(" ".join(sent) + "\n")
                    n += len(sent)
                sent = []
            else:
                sent.append(normalize(parts[0]))
        if sent:
            fh.write(" ".join(sent) + "\n")
    print("tokens", n)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
