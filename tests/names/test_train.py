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


def test_split_dev_tail_is_contiguous() -> None:
    """The default dev split is the last, contiguous block of sentences."""
    from sijill.names.ner.train import split_dev

    sents = [([f"w{i}"], ["O"]) for i in range(20)]
    train, dev = split_dev(sents, 0.1, seed=5)
    assert dev == sents[18:] and train == sents[:18]
    train_r, dev_r = split_dev(sents, 0.1, seed=5, mode="random")
    assert len(dev_r) == 2 and sorted(map(str, train_r + dev_r)) == sorted(map(str, sents))


def test_wojood_scheme_file_is_training_only(tmp_path: Path) -> None:
    """A file with Wojood types is mapped (GPE -> LOC, others -> O) and kept out of dev."""
    from sijill.names.ner.train import load_training_data

    aner = tmp_path / "a.txt"
    woj = tmp_path / "w.txt"
    write_conll(aner, [(["زار", "حلب"], ["O", "B-LOC"])] * 10)
    write_conll(woj, [(["في", "مصر", "اليوم"], ["O", "B-GPE", "B-DATE"])] * 3)
    train, dev = load_training_data([aner, woj], dev_fraction=0.2)
    assert len(dev) == 2 and all(t == ["O", "B-LOC"] for _, t in dev)
    assert (["في", "مصر", "اليوم"], ["O", "B-LOC", "O"]) in train and len(train) == 11


def test_train_from_pretrained_encoder(tmp_path: Path) -> None:
    """train() starts from an encoder file and stores it in the model for retraining."""
    import json

    import numpy as np

    from sijill.names.ner.network import BiLstmCrf
    from sijill.names.ner.tagger import NerTagger
    from sijill.names.ner.train import DEFAULT_CONFIG, train

    sents = [(["زار", "سمير", "حداد", "مدينة", "حلب", "."],
              ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"])] * 6
    data = tmp_path / "tiny.txt"
    write_conll(data, sents)
    cfg = dict(DEFAULT_CONFIG, hidden=8)
    words, chars = ["<pad>", "<unk>", "زار", "حلب"], ["<pad>", "<unk>", "ز", "ا", "ر"]
    net = BiLstmCrf(np.zeros((3, 100), dtype=np.float32), len(words), len(chars), 1, cfg)
    enc = {k: v.astype(np.float16) for k, v in net.export(encoder_only=True).items()}
    meta = json.dumps({"words": words, "chars": chars}).encode("utf-8")
    np.savez_compressed(tmp_path / "enc.npz", meta=np.frombuffer(meta, dtype=np.uint8), **enc)
    out = tmp_path / "m.npz"
    res = train([data], out, dev_fraction=0.2, config={"epochs": 1, "hidden": 8},
                encoder=tmp_path / "enc.npz")
    assert res["pretrained"]
    model = NerTagger.load(out)
    pre = model.pretrained()
    assert pre is not None and pre["words"] == words
    assert np.allclose(pre["arrays"]["f_whh"], enc["f_whh"].astype(np.float32))
    assert len(model.tag([["زار", "حلب"]])[0]) == 2
