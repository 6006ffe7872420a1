"""Smoke test for retraining on user CoNLL files (needs torch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sijill.names.ner.conll import write_conll

pytest.importorskip("torch")


def test_train_tiny(tmp_path: Path) -> None:
    """train() runs on a tiny file with the shipped representations and writes a model."""
    from sijill.names.ner.tagger import NerTagger
    from sijill.names.ner.train import evaluate, train

    sents = [
        (["زار", "سمير", "حداد", "مدينة", "حلب", "."], ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]),
        (["وقالت", "شركة", "النور", "للتجارة", "إن", "الأرباح", "زادت"],
         ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]),
    ] * 5
    data = tmp_path / "tiny.txt"
    write_conll(data, sents)
    out = tmp_path / "m.npz"
    res = train([data], out, dev_fraction=0.2, seed=1, config={"epochs": 2, "hidden": 16})
    assert out.exists() and res["n_dev"] == 2
    model = NerTagger.load(out)
    assert len(model.tag([["زار", "حلب"]])[0]) == 2
    assert evaluate(model, data).splitlines()[-1].startswith("F1 ")
