"""Pretrain the tagger's encoder as a bidirectional word language model on unlabeled text.

The encoder is exactly the tagger's input layers + BiLSTM (sijill.names.ner.network.BiLstmCrf):
the forward LSTM half predicts the next word, the backward half the previous word. Two losses:
"cos" (default; cheap enough for one CPU core): cosine distance between a linear map of the
state and the next/previous word's frozen fastText vector (words without a vector skipped);
"softmax": full softmax over the most frequent normalised forms (+ boundary, <unk>; for a GPU). The result is
an encoder file that `train(..., encoder=PATH)` fine-tunes for NER, so inference cost does not
change. Needs torch. Training stops after --minutes (time budget, cosine learning-rate decay),
so the result depends on the machine's speed; the shipped encoder is stored in the model.

    python training/ner/pretrain_lm.py --corpus DATA/saudinewsnet \\
        --conll DATA/anercorp/train.txt DATA/wojood-sample/train.txt -o encoder.npz
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from sijill.names.ner.features import MAX_CHARS, N_GAZ, FeatureSpace
from sijill.names.ner.network import BiLstmCrf
from sijill.names.ner.normalize import normalize, tokenize
from sijill.names.ner.resources import iter_corpus_texts
from sijill.names.ner.train import DEFAULT_CONFIG, _representations, build_vocab, load_training_data

END = {".", "!", "?", "\u061f"}


def corpus_segments(corpus: Path, max_len: int, limit: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Tokenise the corpus into sentence-like segments; returns (types, token type ids, offsets)."""
    types: dict[str, int] = {}
    flat: list[int] = []
    offsets = [0]
    for n, text in enumerate(iter_corpus_texts(corpus)):
        if limit and n >= limit:
            break
        cur = 0
        for tok in tokenize(text):
            flat.append(types.setdefault(tok, len(types)))
            cur += 1
            if tok in END or cur >= max_len:
                if cur >= 3:
                    offsets.append(len(flat))
                else:
                    del flat[len(flat) - cur:]
                cur = 0
        if cur >= 3:
            offsets.append(len(flat))
        elif cur:
            del flat[len(flat) - cur:]
    return list(types), np.array(flat, dtype=np.int64), np.array(offsets, dtype=np.int64)


def type_tables(types: list[str], fs: FeatureSpace) -> dict[str, np.ndarray]:
    """Per-type model inputs (ids, gazetteer scores, chars)."""
    n = len(types)
    ids = np.zeros((n, 5), dtype=np.int64)
    gaz = np.zeros((n, N_GAZ), dtype=np.float32)
    chars = np.zeros((n, MAX_CHARS), dtype=np.int64)
    for i, tok in enumerate(types):
        e, s, w, sh, p, g = fs.token_ids(tok)
        ids[i] = (e, s, w, sh, p)
        gaz[i] = g
        c = fs.char_ids(tok)
        chars[i, : len(c)] = c
    fs._cache.clear()
    return {"ids": ids, "gaz": gaz, "chars": chars}


def make_batches(offsets: np.ndarray, max_tokens: int, rng: random.Random) -> list[np.ndarray]:
    """Group segments of similar length into batches of about max_tokens (padded) tokens."""
    lens = np.diff(offsets)
    order = list(range(len(lens)))
    rng.shuffle(order)
    out: list[np.ndarray] = []
    pool = 200_000
    for i in range(0, len(order), pool):
        block = sorted(order[i:i + pool], key=lambda k: lens[k])
        j = 0
        while j < len(block):
            k = j
            while k < len(block) and (k - j + 1) * int(lens[block[k]]) <= max_tokens:
                k += 1
            k = max(k, j + 1)
            out.append(np.array(block[j:k]))
            j = k
    return out


def main() -> None:
    """Pretrain and write the encoder file."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--conll", type=Path, nargs="+", required=True,
                    help="NER training files (vocabularies are built as train() builds them)")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--hidden", type=int, default=DEFAULT_CONFIG["hidden"])
    ap.add_argument("--loss", choices=("cos", "softmax"), default="cos")
    ap.add_argument("--vocab", type=int, default=40_000, help="softmax output vocabulary size")
    ap.add_argument("--minutes", type=float, default=4.0, help="training time budget")
    ap.add_argument("--max-epochs", type=int, default=20)
    ap.add_argument("--batch-tokens", type=int, default=8192)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N texts (testing)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--log-every", type=int, default=200)
    ap.add_argument("--eval-every-epoch", action="store_true")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    dev = torch.device(args.device)
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True

    t0 = time.time()
    train_s, _ = load_training_data(args.conll, dev_fraction=0.1, seed=13)
    cfg = dict(DEFAULT_CONFIG, hidden=args.hidden, dropout=args.dropout)
    train_words, chars = build_vocab(train_s, cfg["min_freq"])
    emb_words, vectors, gaz = _representations(None)
    fs = FeatureSpace({w: i for i, w in enumerate(emb_words)},
                      {w: i for i, w in enumerate(train_words)},
                      {c: i for i, c in enumerate(chars)}, gaz)
    types, flat, offsets = corpus_segments(args.corpus, 64, args.limit)
    print(f"{len(flat)} tokens, {len(offsets) - 1} segments, {len(types)} types "
          f"({time.time() - t0:.0f}s)", flush=True)
    tab = type_tables(types, fs)
    counts = np.bincount(flat, minlength=len(types))
    form_count: Counter[str] = Counter()
    norms = [normalize(t) for t in types]
    for nm, c in zip(norms, counts, strict=True):
        form_count[nm] += int(c)
    top = {w: i + 2 for i, (w, _) in enumerate(form_count.most_common(args.vocab))}
    target = np.array([top.get(nm, 0) for nm in norms], dtype=np.int64)  # 0 unk, 1 boundary
    n_out = len(top) + 2 if args.loss == "softmax" else vectors.shape[1]
    print(f"tables ready ({time.time() - t0:.0f}s); LM vocab {n_out}", flush=True)

    # hold out 1% of segments for perplexity
    n_seg = len(offsets) - 1
    held = set(rng.sample(range(n_seg), max(1, n_seg // 500)))
    keep = np.array([i for i in range(n_seg) if i not in held])
    held_ix = np.array(sorted(held))

    g = {k: torch.from_numpy(v).to(dev) for k, v in tab.items()}
    g_target = torch.from_numpy(target if args.loss == "softmax" else tab["ids"][:, 0]).to(dev)
    g_vec = torch.from_numpy(vectors).to(dev)
    g_flat = torch.from_numpy(flat).to(dev)
    starts, lens = offsets[:-1], np.diff(offsets)

    net = BiLstmCrf(vectors, len(train_words), len(chars), 1, cfg).to(dev)
    hid = args.hidden
    head_f = nn.Linear(hid, n_out).to(dev)
    head_b = nn.Linear(hid, n_out).to(dev)
    params = [p for p in net.parameters() if p.requires_grad and p is not net.emb.weight]
    params += list(head_f.parameters()) + list(head_b.parameters())
    opt = torch.optim.Adam(params, lr=args.lr)

    def batch_inputs(segs: np.ndarray) -> tuple[dict[str, torch.Tensor], torch.Tensor, torch.Tensor]:
        bl = lens[segs]
        t = int(bl.max())
        pos = np.arange(t)[None, :]
        valid = pos < bl[:, None]
        idx = np.where(valid, starts[segs][:, None] + pos, 0)
        tid = g_flat[torch.from_numpy(idx).to(dev)]
        vmask = torch.from_numpy(valid).to(dev)
        ids = g["ids"][tid]
        b = {"emb": ids[..., 0], "stem": ids[..., 1], "word": ids[..., 2] * vmask,
             "shape": ids[..., 3], "prefix": ids[..., 4], "gaz": g["gaz"][tid],
             "chars": g["chars"][tid] * vmask[..., None], "lengths": torch.from_numpy(bl)}
        tg = g_target[tid]
        if args.loss == "cos":
            vmask = vmask & (tg > 1)  # words without a vector are not predicted
        tg = torch.where(vmask, tg, torch.full_like(tid, -100))
        lengths = torch.from_numpy(bl).to(dev)
        ar = torch.arange(t, device=dev)[None, :]
        nxt = torch.cat([tg[:, 1:], torch.full_like(tg[:, :1], -100)], dim=1)
        bound = -100 if args.loss == "cos" else 1
        nxt = torch.where(ar == lengths[:, None] - 1, torch.full_like(nxt, bound), nxt)
        prv = torch.cat([torch.full_like(tg[:, :1], bound), tg[:, :-1]], dim=1)
        prv = torch.where(ar < lengths[:, None], prv, torch.full_like(prv, -100))
        return b, nxt, prv

    def loss_of(segs: np.ndarray) -> tuple[torch.Tensor, int]:
        b, nxt, prv = batch_inputs(segs)
        h = net.encode(b)
        hf, hb = net.drop(h[..., :hid]), net.drop(h[..., hid:])
        if args.loss == "cos":
            tot = h.new_zeros(())
            n = 0
            for head, tgt, hs in ((head_f, nxt, hf), (head_b, prv, hb)):
                m = tgt >= 0
                pred = head(hs[m])
                tot = tot + (1 - F.cosine_similarity(pred, g_vec[tgt[m]], dim=-1)).sum()
                n += int(m.sum())
            return tot / max(n, 1), n // 2
        with torch.autocast(device_type=dev.type, dtype=torch.bfloat16, enabled=dev.type == "cuda"):
            lf = F.cross_entropy(head_f(hf).flatten(0, 1).float(), nxt.flatten(), reduction="sum")
            lb = F.cross_entropy(head_b(hb).flatten(0, 1).float(), prv.flatten(), reduction="sum")
        n = int((nxt >= 0).sum())
        return (lf + lb) / (2 * n), n

    budget = args.minutes * 60
    t_train = time.time()
    step = 0
    for epoch in range(1, args.max_epochs + 1):
        net.train()
        batches = make_batches(np.concatenate([[0], np.cumsum(lens[keep])]), args.batch_tokens, rng)
        tot, ntok = 0.0, 0
        for bi in batches:
            frac = (time.time() - t_train) / budget
            if frac >= 1:
                break
            lr = args.lr * min(1.0, (step + 1) / 200) * 0.5 * (1 + math.cos(math.pi * frac))
            for pg in opt.param_groups:
                pg["lr"] = lr
            loss, n = loss_of(keep[bi])
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            torch.nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            step += 1
            tot += float(loss.detach()) * n
            ntok += n
            if step % args.log_every == 0:
                print(f"step {step} epoch {epoch} loss {tot / max(ntok, 1):.3f} lr {lr:.2e} "
                      f"({time.time() - t_train:.0f}s)", flush=True)
        if not args.eval_every_epoch and time.time() - t_train < budget and epoch < args.max_epochs:
            print(f"epoch {epoch} train {tot / max(ntok, 1):.3f}", flush=True)
            continue
        net.eval()
        with torch.no_grad():
            hl, hn = 0.0, 0
            for bi in make_batches(np.concatenate([[0], np.cumsum(lens[held_ix])]),
                                   args.batch_tokens, random.Random(0)):
                loss, n = loss_of(held_ix[bi])
                hl += float(loss) * n
                hn += n
        print(f"epoch {epoch} train {tot / max(ntok, 1):.3f} held-out loss {hl / max(hn, 1):.3f} "
              f"ppl {math.exp(hl / max(hn, 1)):.1f} ({time.time() - t_train:.0f}s)", flush=True)
        if time.time() - t_train >= budget:
            break
    arrays = {k: v.astype(np.float16) for k, v in net.export(encoder_only=True).items()}
    meta = {"words": train_words, "chars": chars, "hidden": hid, "lm_vocab": n_out,
            "steps": step, "held_out_loss": hl / max(hn, 1), "args": {
                k: str(v) for k, v in vars(args).items()}}
    arrays["meta"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"),
                                   dtype=np.uint8)
    np.savez_compressed(args.output, **arrays)  # type: ignore[arg-type]
    print(f"wrote {args.output} ({time.time() - t0:.0f}s total)", flush=True)


if __name__ == "__main__":
    main()
