"""Make silver NER data: tag unlabeled articles with a model, keep confident sentences.

    python training/ner/self_train.py MODEL.npz CORPUS_DIR OUT.conll [--articles N]
        [--min-prob 0.9] [--max-sents N] [--skip N]

A sentence is kept when it has 5-60 tokens, at least one entity, and the CRF probability of
its Viterbi path is >= --min-prob. Deterministic (numpy inference, seeded sampling). The
output holds corpus text: keep it out of the repository (e.g. under .devdata/ or /tmp).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np

from sijill.names.ner.conll import write_conll
from sijill.names.ner.normalize import tokenize
from sijill.names.ner.resources import iter_corpus_texts
from sijill.names.ner.tagger import NerTagger

END = {".", "!", "?", "\u061f"}


def sentences_of(text: str) -> list[list[str]]:
    """Split a text into sentences at end punctuation."""
    out: list[list[str]] = []
    cur: list[str] = []
    for tok in tokenize(text):
        cur.append(tok)
        if tok in END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def path_probs(model: NerTagger, sents: list[list[str]]) -> tuple[list[list[str]], np.ndarray]:
    """Viterbi tags and the CRF probability of each Viterbi path."""
    em = model.emissions(sents)
    lengths = np.array([len(s) for s in sents])
    paths = model._viterbi(em, lengths)
    trans = np.mean([p["trans"] for p in model.models], axis=0) + model.constraint
    start = np.mean([p["start"] for p in model.models], axis=0)
    start = start + np.array([-1e4 if t.startswith("I-") else 0.0 for t in model.tags])
    end = np.mean([p["end"] for p in model.models], axis=0)
    alpha = start[None] + em[:, 0]
    for i in range(1, em.shape[1]):
        a = alpha[:, :, None] + trans[None]
        m = a.max(axis=1)
        nxt = m + np.log(np.exp(a - m[:, None, :]).sum(axis=1)) + em[:, i]
        alpha = np.where((i < lengths)[:, None], nxt, alpha)
    z = alpha + end[None]
    zm = z.max(axis=1)
    logz = zm + np.log(np.exp(z - zm[:, None]).sum(axis=1))
    probs = np.zeros(len(sents))
    for b, path in enumerate(paths):
        sc = start[path[0]] + em[b, 0, path[0]] + end[path[-1]]
        for i in range(1, len(path)):
            sc += trans[path[i - 1], path[i]] + em[b, i, path[i]]
        probs[b] = np.exp(min(0.0, sc - logz[b]))
    return [[model.tags[k] for k in p] for p in paths], probs


def main() -> None:
    """Tag, filter, sample, write."""
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--skip", type=int, default=0, help="skip the first N articles")
    ap.add_argument("--min-prob", type=float, default=0.9)
    ap.add_argument("--max-sents", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    model = NerTagger.load(a.model)
    kept: list[tuple[list[str], list[str]]] = []
    pool: list[list[str]] = []
    seen = 0
    for n, text in enumerate(iter_corpus_texts(a.corpus)):
        if n < a.skip:
            continue
        if n >= a.skip + a.articles:
            break
        pool.extend(s for s in sentences_of(text) if 5 <= len(s) <= 60)
    for i in range(0, len(pool), 256):
        batch = pool[i:i + 256]
        tags, probs = path_probs(model, batch)
        for s, t, p in zip(batch, tags, probs, strict=True):
            seen += 1
            if p >= a.min_prob and any(x != "O" for x in t):
                kept.append((s, t))
    rng = random.Random(a.seed)
    if len(kept) > a.max_sents:
        kept = rng.sample(kept, a.max_sents)
    write_conll(a.out, kept)
    n_ent = sum(sum(x.startswith("B-") for x in t) for _, t in kept)
    print(f"{seen} sentences tagged, {len(kept)} kept ({n_ent} entities) -> {a.out}")


if __name__ == "__main__":
    main()
