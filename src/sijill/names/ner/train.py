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

#: The recipe chosen on the contiguous dev split (s128w in training/ner/NOTES.md; the shipped
#: model predates it, see MODEL_CARD.md). The network's initialisation and batch order use the
#: seed init_seed, by default seed + INIT_SEED_OFFSET (13 -> 113). "max_seconds" (optional)
#: stops training after the epoch that passes it; "encoder_lr" sets the learning rate of a
#: pretrained encoder's layers; "save_epochs" also writes each epoch's model (OUT.eN.npz).
DEFAULT_CONFIG: dict[str, Any] = {
    "word_dim": 50, "char_dim": 32, "char_filters": 64, "hidden": 128, "dropout": 0.5,
    "word_dropout": 0.1, "lr": 2e-3, "batch": 16, "epochs": 21, "patience": 5, "min_freq": 2,
    "consistency": True,
}
INIT_SEED_OFFSET = 100


ANER_TYPES = frozenset({"PERS", "LOC", "ORG", "MISC"})


def split_dev(sents: Sequence[Sentence], fraction: float, seed: int,
              mode: str = "tail") -> tuple[list[Sentence], list[Sentence]]:
    """Split off a fraction of sentences as the dev set.

    mode "tail" (default) holds out the last, contiguous fraction of the sentences, so dev
    shares no article with train; "random" holds out a seeded random fraction (shares
    articles with train and overstates unseen-data accuracy).
    """
    n_dev = round(len(sents) * fraction)
    if mode == "tail":
        cut = len(sents) - n_dev
        return list(sents[:cut]), list(sents[cut:])
    if mode != "random":
        raise ValueError(f"unknown dev split mode {mode!r}")
    idx = list(range(len(sents)))
    random.Random(seed).shuffle(idx)
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


def is_foreign_scheme(sents: Sequence[Sentence]) -> bool:
    """True if a file uses entity types beyond ANERcorp's four (e.g. Wojood's GPE/NORP)."""
    return any(t != "O" and t[2:] not in ANER_TYPES for _, tags in sents for t in tags)


def build_vocab(train_s: Sequence[Sentence], min_freq: int) -> tuple[list[str], list[str]]:
    """Return the trainable word vocabulary (freq >= min_freq) and char vocabulary (freq >= 2)."""
    wc = Counter(normalize(t) for toks, _ in train_s for t in toks)
    cc = Counter(ch for w, n in wc.items() for ch in w for _ in range(n))
    train_words = ["<pad>", "<unk>"] + sorted(w for w, n in wc.items() if n >= min_freq)
    chars = ["<pad>", "<unk>"] + sorted(c for c, n in cc.items() if n >= 2)
    return train_words, chars


def load_training_data(train_files: Sequence[Path], extra_files: Sequence[Path] = (),
                       dev_fraction: float = 0.1, seed: int = 13,
                       dev_split: str = "tail") -> tuple[list[Sentence], list[Sentence]]:
    """Read training files and split dev; returns (train sentences chunked, dev sentences).

    Files whose tags use other entity types than PERS/LOC/ORG/MISC (Wojood) are mapped with
    WOJOOD_TYPE_MAP (GPE -> LOC, unmapped types -> O) and used for training only, as are
    extra_files (e.g. silver data; mapped the same way if they use Wojood's types).
    """
    from sijill.names.ner.conll import WOJOOD_TYPE_MAP

    sents: list[Sentence] = []
    extra: list[Sentence] = []
    for f in train_files:
        part = read_conll(f)
        if is_foreign_scheme(part):
            extra.extend(read_conll(f, WOJOOD_TYPE_MAP))
        else:
            sents.extend(part)
    for f in extra_files:
        part = read_conll(f)
        extra.extend(read_conll(f, WOJOOD_TYPE_MAP) if is_foreign_scheme(part) else part)
    train_s, dev_s = (split_dev(sents, dev_fraction, seed, dev_split) if dev_fraction > 0
                      else (sents, []))
    return chunk(train_s + extra), dev_s


def _shipped_encoder(hidden: int) -> dict[str, Any] | None:
    """The pretrained (language-model) encoder stored in the shipped model, if it fits."""
    base = NerTagger.load()
    pre = base.pretrained()
    if pre is None or pre["arrays"]["f_whh"].shape[1] != hidden:
        return None
    return pre


def load_encoder(path: Path) -> dict[str, Any]:
    """Load a pretrained encoder file written by training/ner/pretrain_lm.py."""
    import json

    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k].astype(np.float32) for k in data.files if k != "meta"}
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
    return {"arrays": arrays, "words": meta["words"], "chars": meta["chars"]}


DOC_SIZE = 20


def tag_blocks(model: NerTagger, sentences: Sequence[Sequence[str]], doc_size: int = DOC_SIZE,
               consistency: bool | None = None) -> list[list[str]]:
    """Tag sentences as pseudo-documents of doc_size consecutive sentences (CoNLL files
    such as ANERcorp mark no document boundaries; the pipeline tags one document per call)."""
    out: list[list[str]] = []
    for i in range(0, len(sentences), doc_size):
        out.extend(model.tag(sentences[i:i + doc_size], consistency=consistency))
    return out


def evaluate(model: NerTagger, conll_path: str | Path | Sequence[Sentence],
             doc_size: int = DOC_SIZE, consistency: bool | None = None) -> str:
    """Tag a CoNLL file (or sentences) and return the entity-level report table.

    Sentences are tagged in pseudo-documents of doc_size consecutive sentences, which only
    matters for a model with document-level label consistency (see NerTagger.tag).
    """
    sents = read_conll(conll_path) if isinstance(conll_path, (str, Path)) else conll_path
    pred = tag_blocks(model, [t for t, _ in sents], doc_size, consistency)
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
    log: Callable[[str], None] = print, dev_split: str = "tail",
    encoder: Path | str | None = "auto", device: str = "cpu",
    init_model: Path | str | None = None, dev_files: Sequence[Path] = (),
) -> dict[str, Any]:
    """Train a tagger (ensemble of n_models seeds), pick epochs on dev, write out_path.

    The dev set is the last dev_fraction of the (non-Wojood) sentences (dev_split="tail") or
    a seeded random sample ("random"). Files with Wojood tags, and extra_files, are mapped
    (GPE -> LOC) and used for training only. encoder: a pretrained language-model encoder
    (training/ner/pretrain_lm.py) to start from; "auto" uses the one stored in the shipped
    model when representations is None and the hidden size matches; None starts from
    scratch. init_model: a model file to fine-tune (its weights, vocabularies, tags and
    representations; encoder and representations are then ignored); its start is scored as
    epoch 0. dev_files: CoNLL files added to the dev set (e.g. held-out news articles).
    Returns a dict with dev scores and timings.
    """
    import torch

    from sijill.names.ner.network import BiLstmCrf

    cfg = dict(DEFAULT_CONFIG, **(config or {}))
    torch.set_num_threads(1)
    train_s, dev_s = load_training_data(train_files, extra_files, dev_fraction, seed, dev_split)
    for f in dev_files:
        dev_s.extend(read_conll(f))
    start: NerTagger | None = None
    pre: dict[str, Any] | None = None
    if init_model is not None:
        start = NerTagger.load(init_model, runtime="numpy")
        cfg = dict(start.meta["config"], **(config or {}))
        emb_words, vectors, gaz = (start.meta["emb_words"], start.vectors.astype(np.float32),
                                   start.meta["gazetteers"])
        train_words, chars, tags = (start.meta["train_words"], start.meta["chars"],
                                    start.meta["tags"])
    else:
        emb_words, vectors, gaz = _representations(representations)
        if encoder == "auto":
            pre = _shipped_encoder(cfg["hidden"]) if representations is None else None
        elif encoder is not None:
            pre = load_encoder(Path(encoder))
        train_words, chars = build_vocab(train_s, cfg["min_freq"])
        tags = ["O"] + sorted({t for _, ts in train_s for t in ts} - {"O"})
    tag_ix = {t: i for i, t in enumerate(tags)}
    meta: dict[str, Any] = {"tags": tags, "emb_words": emb_words, "train_words": train_words,
                            "chars": chars, "gazetteers": gaz, "config": cfg, "seed": seed,
                            "dev_split": dev_split if dev_s else "none",
                            "consistency": bool(cfg["consistency"])}
    extra_arrays: dict[str, np.ndarray] = {}
    if pre is not None:
        meta["pretrained"] = {"words": pre["words"], "chars": pre["chars"]}
        extra_arrays = {f"pre/{k}": v for k, v in pre["arrays"].items()}
    fs = FeatureSpace({w: i for i, w in enumerate(emb_words)},
                      {w: i for i, w in enumerate(train_words)},
                      {c: i for i, c in enumerate(chars)}, gaz)
    members: list[dict[str, np.ndarray]] = []
    result: dict[str, Any] = {"n_train": len(train_s), "n_dev": len(dev_s), "members": [],
                              "pretrained": pre is not None}
    t0 = time.time()
    dev_tokens = [t for t, _ in dev_s]
    for m in range(n_models):
        init = int(cfg.get("init_seed", seed + INIT_SEED_OFFSET)) + m
        rng = random.Random(init)
        torch.manual_seed(init)
        net = BiLstmCrf(vectors, len(train_words), len(chars), len(tags), cfg)
        if start is not None:
            net.load_weights(start.models[m % len(start.models)])
        elif pre is not None:
            wmap = {w: i for i, w in enumerate(pre["words"])}
            cmap = {c: i for i, c in enumerate(pre["chars"])}
            net.load_encoder(pre["arrays"], np.array([wmap.get(w, -1) for w in train_words]),
                             np.array([cmap.get(c, -1) for c in chars]))
        net.to(device)
        enc_lr = cfg.get("encoder_lr", cfg["lr"]) if pre is not None else cfg["lr"]
        head = {id(p) for p in (net.out.weight, net.out.bias, net.trans, net.start, net.end)}
        groups = [{"params": [p for p in net.parameters() if p.requires_grad and id(p) in head],
                   "lr": cfg["lr"]},
                  {"params": [p for p in net.parameters() if p.requires_grad and id(p) not in head],
                   "lr": enc_lr}]
        opt = torch.optim.Adam(groups, lr=cfg["lr"])
        best: tuple[float, int, dict[str, np.ndarray]] = (-1.0, 0, net.export())
        if start is not None and dev_s:
            f1 = _dev_f1(vectors, best[2], meta, dev_s)
            log(f"model {m} epoch 0 dev_f1 {100 * f1:.2f}")
            best = (f1, 0, best[2])
        for epoch in range(1, cfg["epochs"] + 1):
            net.train()
            te, tot = time.time(), 0.0
            for batch in _batches(train_s, cfg["batch"], rng):
                enc = {k: torch.from_numpy(v).to(device)
                       for k, v in fs.encode([b[0] for b in batch]).items()}
                gold = torch.zeros(enc["emb"].shape, dtype=torch.long)
                for i, (_, ts) in enumerate(batch):
                    gold[i, : len(ts)] = torch.tensor([tag_ix.get(t, 0) for t in ts])
                loss = net.nll(net.emissions(enc), gold.to(device), enc["lengths"])
                opt.zero_grad()
                loss.backward()  # type: ignore[no-untyped-call]
                torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
                opt.step()
                tot += float(loss.detach())
            net.eval()
            weights = net.export()
            f1 = _dev_f1(vectors, weights, meta, dev_s) if dev_s else -1.0
            log(f"model {m} epoch {epoch} loss {tot:.1f} dev_f1 {100 * f1:.2f} "
                f"({time.time() - te:.0f}s)")
            if cfg.get("save_epochs"):  # every epoch's model beside out_path, to compare later
                NerTagger(_arrays(vectors, [weights]), dict(meta, n_models=1)).save(
                    Path(out_path).with_suffix(f".e{epoch}.npz"))
            if f1 > best[0] or not dev_s:
                best = (f1, epoch, weights)
            elif epoch - best[1] >= cfg["patience"]:
                break
            if cfg.get("max_seconds") and time.time() - t0 > cfg["max_seconds"]:
                break
        members.append(best[2])
        result["members"].append({"dev_f1": best[0], "epoch": best[1]})
    arrays = _arrays(vectors, members)
    arrays.update(extra_arrays)
    tagger = NerTagger(arrays, dict(meta, n_models=len(members)))
    tagger.save(out_path)
    result["train_seconds"] = time.time() - t0
    if dev_s:
        final = NerTagger.load(out_path)
        for key, cons in (("dev_f1_plain", False), ("dev_f1", None)):
            pred = tag_blocks(final, dev_tokens, consistency=cons)
            result[key] = entity_scores([g for _, g in dev_s], pred)["micro"].f1
        result["dev_report"] = format_report(entity_scores([g for _, g in dev_s], pred))
        log(result["dev_report"])
    return result


def _dev_f1(vectors: np.ndarray, weights: dict[str, np.ndarray], meta: dict[str, Any],
            dev_s: Sequence[Sentence]) -> float:
    """Micro F1 of one member's weights on the dev sentences (no label consistency)."""
    tagger = NerTagger(_arrays(vectors, [weights]), dict(meta, n_models=1), runtime="numpy")
    pred = tagger.tag([t for t, _ in dev_s], consistency=False)
    return float(entity_scores([g for _, g in dev_s], pred)["micro"].f1)


def _arrays(vectors: np.ndarray, members: Sequence[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Assemble the model-file array dict from vectors and member weights."""
    out = {"vectors": vectors}
    for m, w in enumerate(members):
        out.update({f"m{m}/{k}": v for k, v in w.items()})
    return out
