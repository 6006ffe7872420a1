"""Interpolate the weights of a model and a fine-tuned copy of it (WiSE-FT style).

    python training/ner/interpolate.py BASE.npz TUNED.npz ALPHA OUT.npz

OUT = (1 - ALPHA) * BASE + ALPHA * TUNED for every trainable array of member 0; the vectors,
vocabularies and gazetteers (which fine-tuning with train(init_model=BASE) keeps) come from
TUNED. A fine-tuned model stays in its start's basin, so the mix keeps most of the start's
accuracy on its own data (ANERcorp) while keeping part of the gain on the new data (news);
it tags at a single model's speed.
"""

from __future__ import annotations

import sys

import numpy as np

from sijill.names.ner.tagger import NerTagger


def interpolate(base: NerTagger, tuned: NerTagger, alpha: float) -> NerTagger:
    """The tuned model with its member-0 weights moved back toward base's."""
    if base.meta["train_words"] != tuned.meta["train_words"] or base.meta["tags"] != tuned.meta["tags"]:
        raise ValueError("the models do not share vocabularies: fine-tune one from the other")
    arrays: dict[str, np.ndarray] = {"vectors": tuned.vectors}
    for k, v in tuned.models[0].items():
        if k not in ("conv_mat", "wih", "bias"):
            arrays[f"m0/{k}"] = (1 - alpha) * base.models[0][k] + alpha * v
    meta = dict(tuned.meta, n_models=1, interpolated={"alpha": alpha})
    return NerTagger(arrays, meta, runtime="numpy")


def main() -> None:
    """Write the interpolated model."""
    base, tuned, alpha, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    interpolate(NerTagger.load(base, "numpy"), NerTagger.load(tuned, "numpy"), alpha).save(out)


if __name__ == "__main__":
    main()
