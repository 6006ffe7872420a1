"""Train the BiLSTM-CRF tagger from CoNLL files and evaluate it."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sijill.names.ner.conll import Sentence, read_conll
from sijill.names.ner.features import FeatureSpace
from sijill.names.ner.metrics import entity_scores, format_report
from sijill.names.ner.normalize import normalize
from sijill.names.ner.resources import load_representations
from sijill.names.ner.tagger import MAX_LEN, NerTagger

DEFAULT_CONFIG: dict[str, Any] = {
    "word_dim": 50, "char_dim": 32, "char_filters": 64, "hidden": 128, "dropout": 0.5,
    "word_dropout": 0.1, "lr": 2e-3, "batch": 16, "epochs": 25, "patience": 6, "min_freq": 2,
}


def split_dev(sents: Sequence[Sentence], fraction: float, seed: int) -> tuple[list[Sentence], list[Sentence]]:
    """Split off a seeded random fraction of sentences as the dev set."""
    idx = list(range(len(sents)))
    random.Random(seed).shuffle(idx)
    n_dev = round(len(sents) * fraction)
    dev_ids = set(idx[:n_dev])
    train = [s for i, s in enumerate(sents) if i not in dev_ids]
    dev = [s for i, s in enumerate(sents) if i in dev_ids]
    return train, dev


def chunk(sents: Sequence[Sentence], size: int = MAX_LEN) -> list[Sentence]:
    """Cut sentences longer than size tokens into pieces."""
    out: list[Sentence] = []
    for toks, tags in sents:
        for i in range(0, len(toks), size):
            out.append((toks[i:i + size], tags[i:i + size]))
    return out


def _representations(path: Path | None) -> tuple[list[str], np.ndarray, dict[str, dict[str, float]]]:
    """Load representations from a file, or take them from the shipped default model."""
    if path is not None:
        words, vecs, gaz = load_representations(path)
        pad = np.zeros((2, vecs.shape[1]), dtype=np.float32)
        return ["<pad>", "<unk>"] + words, np.concatenate([pad, vecs]), gaz
    base = NerTagger.load()
    return base.meta["emb_words"], base.vectors.astype(np.float32), base.meta["gazetteers"]


def evaluate(model: NerTagger, conll_path: str | Path | Sequence[Sentence]) -> str:
    """Tag a CoNLL file (or sentences) and return the entity-level report table."""
    sents = read_conll(conll_path) if isinstance(conll_path, (str, Path)) else conll_path
    pred = model.tag([t for t, _ in sents])
    return format_report(entity_scores([g for _, g in sents], pred))


def _batches(sents: list[Sentence], size: int, rng: random.Random) -> list[list[Sentence]]:
    """Shuffle, then group similar lengths into batches (pools of 20 batches)."""
    order = sents[:]
    rng.shuffle(order)
    out: list[list[Sentence]] = []
    pool = size * 20
    for i in range(0, len(order), pool):
        block = sorted(order[i:i + pool], key=lambda s: len(s[0]))
        out.extend(block[j:j + size] for j in range(0, len(block), size))
    rng.shuffle(out)
    return out


def train(
    train_files: Sequence[Path], out_path: Path, dev_fraction: float = 0.1, seed: int = 13,
    representations: Path | None = None, extra_files: Sequence[Path] = (),
    config: dict[str, Any] | None = None, n_models: int = 1,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train a tagger (ensemble of n_models seeds), pick epochs on dev, write out_path.

    extra_files are added to training only (e.g. Wojood mapped with WOJOOD_TYPE_MAP ids).
    Returns a dict with dev scores and timings.
    """
    import torch

    from sijill.names.ner.network import BiLstmCrf

    cfg = dict(DEFAULT_CONFIG, **(config or {}))
    torch.set_num_threads(1)
    sents = [s for f in train_files for s in read_conll(f)]
    train_s, dev_s = split_dev(sents, dev_fraction, seed) if dev_fraction > 0 else (sents, [])
    extra: list[Sentence] = []
    for f in extra_files:
        from sijill.names.ner.conll import WOJOOD_TYPE_MAP
        extra.extend(read_conll(f, WOJOOD_TYPE_MAP))
    train_s = chunk(train_s + extra)
    emb_words, vectors, gaz = _representations(representations)
    wc = Counter(normalize(t) for toks, _ in train_s for t in toks)
    cc = Counter(ch for w, n in wc.items() for ch in w for _ in range(n))
    train_words = ["<pad>", "<unk>"] + sorted(w for w, n in wc.items() if n >= cfg["min_freq"])
    chars = ["<pad>", "<unk>"] + sorted(c for c, n in cc.items() if n >= 2)
    tags = ["O"] + sorted({t for _, ts in train_s for t in ts} - {"O"})
    tag_ix = {t: i for i, t in enumerate(tags)}
    meta: dict[str, Any] = {"tags": tags, "emb_words": emb_words, "train_words": train_words,
                            "chars": chars, "gazetteers": gaz, "config": cfg, "seed": seed}
    fs = FeatureSpace({w: i for i, w in enumerate(emb_words)},
                      {w: i for i, w in enumerate(train_words)},
                      {c: i for i, c in enumerate(chars)}, gaz)
    members: list[dict[str, np.ndarray]] = []
    result: dict[str, Any] = {"n_train": len(train_s), "n_dev": len(dev_s), "members": []}
    t0 = time.time()
    for m in range(n_models):
        init = int(cfg.get("init_seed", seed)) + m
        rng = random.Random(init)
        torch.manual_seed(init)
        net = BiLstmCrf(vectors, len(train_words), len(chars), len(tags), cfg)
        opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=cfg["lr"])
        best: tuple[float, int, dict[str, np.ndarray]] = (-1.0, 0, net.export())
        for epoch in range(1, cfg["epochs"] + 1):
            net.train()
            te, tot = time.time(), 0.0
            for batch in _batches(train_s, cfg["batch"], rng):
                enc = {k: torch.from_numpy(v) for k, v in fs.encode([b[0] for b in batch]).items()}
                gold = torch.zeros(enc["emb"].shape, dtype=torch.long)
                for i, (_, ts) in enumerate(batch):
                    gold[i, : len(ts)] = torch.tensor([tag_ix.get(t, 0) for t in ts])
                loss = net.nll(net.emissions(enc), gold, enc["lengths"])
                opt.zero_grad()
                loss.backward()  # type: ignore[no-untyped-call]
                torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
                opt.step()
                tot += float(loss.detach())
            net.eval()
            weights = net.export()
            f1 = -1.0
            if dev_s:
                tagger = NerTagger(_arrays(vectors, [weights]), dict(meta, n_models=1))
                pred = tagger.tag([t for t, _ in dev_s])
                f1 = entity_scores([g for _, g in dev_s], pred)["micro"].f1
            log(f"model {m} epoch {epoch} loss {tot:.1f} dev_f1 {100 * f1:.2f} "
                f"({time.time() - te:.0f}s)")
            if f1 > best[0] or not dev_s:
                best = (f1, epoch, weights)
            elif epoch - best[1] >= cfg["patience"]:
                break
        members.append(best[2])
        result["members"].append({"dev_f1": best[0], "epoch": best[1]})
    tagger = NerTagger(_arrays(vectors, members), dict(meta, n_models=len(members)))
    tagger.save(out_path)
    result["train_seconds"] = time.time() - t0
    if dev_s:
        final = NerTagger.load(out_path)
        pred = final.tag([t for t, _ in dev_s])
        result["dev_report"] = format_report(entity_scores([g for _, g in dev_s], pred))
        log(result["dev_report"])
    return result


def _arrays(vectors: np.ndarray, members: Sequence[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Assemble the model-file array dict from vectors and member weights."""
    out = {"vectors": vectors}
    for m, w in enumerate(members):
        out.update({f"m{m}/{k}": v for k, v in w.items()})
    return out
