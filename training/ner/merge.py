"""Merge single-member model files (same vocabularies) into one ensemble file."""

from __future__ import annotations

import sys
from pathlib import Path

from sijill.names.ner.tagger import NerTagger


def main() -> None:
    """python merge.py OUT.npz IN1.npz IN2.npz ..."""
    out, ins = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    first = NerTagger.load(ins[0])
    for p in ins[1:]:
        other = NerTagger.load(p)
        assert other.meta["train_words"] == first.meta["train_words"]
        assert other.meta["chars"] == first.meta["chars"] and other.tags == first.tags
        first.models.extend(other.models)
    first.save(out)


if __name__ == "__main__":
    main()
