"""Inference for the BiLSTM-CRF named-entity tagger: onnxruntime for the BiLSTM when it loads
(``onnx_lstm``), numpy for everything else and as the fallback."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from sijill.names.ner.features import MAX_CHARS, FeatureSpace
from sijill.names.ner.onnx_lstm import OnnxBiLstm, load_sessions

DEFAULT_MODEL = "ner-ar.npz"
MAX_LEN = 200
BATCH_TOKENS = 8192


def _bilstm(rows: np.ndarray, ids: np.ndarray, lengths: np.ndarray, whh_f: np.ndarray,
            whh_b: np.ndarray) -> np.ndarray:
    """Run both LSTM directions over B x T tokens, ``ids`` into pre-projected U x 8H ``rows``
    (gate order i,f,g,o); positions past a sentence's length hold no meaning.

    This is pretty unwound because it runs once per token position: the two directions are
    stacked on a leading axis so each step is one batched matmul and a dozen array calls,
    not two dozen (numpy's per-call cost dominates at these sizes). Sentences run longest
    first and step k reads each one's word k forwards and its word L-1-k backwards, so the
    sentences still running at step k are the first ones and a step computes nothing for
    padding (a batch of a document's sentences is half padding)."""
    bsz, t = ids.shape
    hid = whh_f.shape[1]
    order = np.argsort(-lengths, kind="stable")
    lens = lengths[order]
    sid = ids[order]
    steps = np.arange(t)
    back = np.maximum(lens[None, :] - 1 - steps[:, None], 0)  # T x B: word read backwards
    running = (lens[None, :] > steps[:, None]).sum(axis=1).tolist()
    # T x 2 x B x 4H: step k reads one block, gathered straight from the rows.
    xs = np.empty((t, 2, bsz, 4 * hid), dtype=np.float32)
    xs[:, 0] = rows[:, : 4 * hid][sid.T]
    xs[:, 1] = rows[:, 4 * hid:][sid[np.arange(bsz)[None, :], back]]
    w = np.stack([whh_f.T, whh_b.T]).astype(np.float32)
    scale = np.full(4 * hid, 0.5, dtype=np.float32)
    scale[2 * hid:3 * hid] = 1.0
    h = np.zeros((2, bsz, hid), dtype=np.float32)
    c = np.zeros((2, bsz, hid), dtype=np.float32)
    outs = np.zeros((t, 2, bsz, hid), dtype=np.float32)
    # Work arrays made once: a fresh array per operation and step cost as much as the arithmetic.
    g_all = np.empty((2, bsz, 4 * hid), dtype=np.float32)
    gates_all = np.empty_like(g_all)
    tmp_all = np.empty_like(c)
    for k in range(t):
        n = running[k]
        if n == 0:
            break
        g, gates, tmp, cn = g_all[:, :n], gates_all[:, :n], tmp_all[:, :n], c[:, :n]
        np.matmul(h[:, :n], w, out=g)
        g += xs[k, :, :n]
        g *= scale
        np.tanh(g, out=g)
        np.multiply(g, 0.5, out=gates)  # sigmoid of the i, f, o pre-activations (tanh trick)
        gates += 0.5
        cn *= gates[:, :, hid:2 * hid]
        np.multiply(gates[:, :, :hid], g[:, :, 2 * hid:3 * hid], out=tmp)
        cn += tmp
        np.tanh(cn, out=tmp)
        h = outs[k]  # the step's output is written in place and read by the next step
        np.multiply(gates[:, :, 3 * hid:], tmp, out=h[:, :n])
    out = np.empty((bsz, t, 2 * hid), dtype=np.float32)
    out[order, :, :hid] = outs[:, 0].transpose(1, 0, 2)
    out[order, :, hid:] = outs[back, 1, np.arange(bsz)[None, :]].transpose(1, 0, 2)
    return out


#: Rows a projection product takes at a time: up to 4 rows, this BLAS rounds a row the same
#: wherever it stands in the block and whatever the others hold (more rows: not so).
_ROW_BLOCK = 4


class _TokenRows:
    """Tokens' LSTM input projections, kept across documents: most words of a document were
    seen before, and their features, char CNN and projection are a third of the tagger's work.
    Bounded: past ``capacity`` rows the store keeps the half its documents used last (a
    store started afresh cost the next few hundred documents a quarter more tagging time)."""

    def __init__(self, width: int, capacity: int = 32_768) -> None:
        self.width = width
        self.capacity = capacity
        #: token -> row, least recently used first (``gather`` moves its tokens to the end)
        self.slot: dict[str, int] = {}
        self.rows = np.empty((1024, width), dtype=np.float32)

    def gather(self, tokens: list[str]) -> np.ndarray:
        """The rows of tokens that are all stored, now the most recently used."""
        slot = self.slot
        at = [slot.pop(w) for w in tokens]
        slot.update(zip(tokens, at))
        result: np.ndarray = self.rows[at]
        return result

    def add(self, tokens: list[str], rows: np.ndarray) -> None:
        """Store new tokens' rows (none when they alone would not fit)."""
        if len(tokens) > self.capacity:
            return
        if len(self.slot) + len(tokens) > self.capacity:
            self._keep_recent(min(self.capacity // 2, self.capacity - len(tokens)))
        first = len(self.slot)
        need = first + len(tokens)
        if need > len(self.rows):
            grown = np.empty((min(self.capacity, max(need, 2 * len(self.rows))), self.width),
                             dtype=np.float32)
            grown[:first] = self.rows[:first]
            self.rows = grown
        self.rows[first:need] = rows
        for i, w in enumerate(tokens):
            self.slot[w] = first + i

    def _keep_recent(self, count: int) -> None:
        """Keep only the ``count`` most recently used tokens, their rows moved to the front."""
        recent = list(self.slot.items())[len(self.slot) - count:] if count > 0 else []
        if recent:
            self.rows[:count] = self.rows[[i for _, i in recent]]  # the index copies first
        self.slot = {w: j for j, (w, _) in enumerate(recent)}


def _allowed(tags: list[str]) -> np.ndarray:
    """Return a K x K 0/-inf matrix forbidding O->I-X and B/I-X->I-Y transitions."""
    k = len(tags)
    m = np.zeros((k, k), dtype=np.float32)
    for j, tj in enumerate(tags):
        if tj.startswith("I-"):
            for i, ti in enumerate(tags):
                if ti[2:] != tj[2:] or ti == "O":
                    m[i, j] = -1e4
    return m


def _spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) of the entities in an IOB2 tag sequence."""
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(tags):
        if t.startswith("B-") or (t.startswith("I-") and (i == 0 or tags[i - 1][2:] != t[2:])):
            out.append((t[2:], i, i + 1))
        elif t.startswith("I-") and out and out[-1][2] == i:
            out[-1] = (out[-1][0], out[-1][1], i + 1)
    return out


def propagate_labels(sentences: Sequence[Sequence[str]], tags: list[list[str]],
                     max_tokens: int = 3) -> list[list[str]]:
    """Document-level label consistency.

    Every name (up to max_tokens tokens; single tokens of 3+ characters) that the document
    tags with exactly one type is also tagged at its other exact occurrences that are wholly
    untagged (longest names first); other tags are left as they are.
    """
    types: dict[tuple[str, ...], set[str]] = {}
    for sent, tg in zip(sentences, tags, strict=True):
        for ty, a, b in _spans(tg):
            if b - a <= max_tokens:
                types.setdefault(tuple(str(x) for x in sent[a:b]), set()).add(ty)
    names = {k: next(iter(v)) for k, v in types.items()
             if len(v) == 1 and (len(k) > 1 or len(k[0]) >= 3)}
    if not names:
        return tags
    out: list[list[str]] = []
    for sent, tg in zip(sentences, tags, strict=True):
        toks = [str(x) for x in sent]
        new = list(tg)
        for n in range(max_tokens, 0, -1):
            for i in range(len(toks) - n + 1):
                label = names.get(tuple(toks[i:i + n]))
                if (label is not None and all(x == "O" for x in new[i:i + n])
                        and (i + n == len(new) or not new[i + n].startswith("I-"))):
                    new[i:i + n] = ["B-" + label] + ["I-" + label] * (n - 1)
        out.append(new)
    return out


class NerTagger:
    """Arabic NER tagger (PERS/LOC/ORG/MISC, IOB2) backed by numpy arrays, its BiLSTM run by
    onnxruntime where it loads."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any],
                 runtime: str = "auto") -> None:
        """Build from arrays and metadata as stored in the model file. ``runtime``: "auto"
        runs the BiLSTM with onnxruntime, or numpy when that cannot load; "numpy" always
        numpy (the reference the ONNX path is checked against)."""
        if runtime not in ("auto", "numpy"):
            raise ValueError(f"NER runtime {runtime!r}: use 'auto' or 'numpy'")
        self.meta = meta
        self.tags: list[str] = meta["tags"]
        self.features = FeatureSpace(
            emb_words={w: i for i, w in enumerate(meta["emb_words"])},
            train_words={w: i for i, w in enumerate(meta["train_words"])},
            chars={c: i for i, c in enumerate(meta["chars"])},
            gazetteers=meta["gazetteers"],
        )
        self.vectors = arrays["vectors"]
        # pretrained (language-model) encoder kept for retraining; unused at inference
        self.extra = {k: v for k, v in arrays.items() if k.startswith("pre/")}
        self.models: list[dict[str, np.ndarray]] = []
        for m in range(int(meta.get("n_models", 1))):
            p = {k.split("/", 1)[1]: v.astype(np.float32) for k, v in arrays.items()
                 if k.startswith(f"m{m}/")}
            cw = p["conv_w"]  # F x dc x k -> (k*dc) x F
            p["conv_mat"] = np.ascontiguousarray(cw.transpose(2, 1, 0).reshape(-1, cw.shape[0]))
            p["wih"] = np.ascontiguousarray(np.concatenate([p["f_wih"], p["b_wih"]]).T)
            p["bias"] = np.concatenate([p["f_b"], p["b_b"]])
            self.models.append(p)
        self._rows: list[_TokenRows] = []
        self._feats: list[_TokenRows] = []
        self._sessions: list[OnnxBiLstm] | None = (
            load_sessions(self.models) if runtime == "auto" else None)
        self.constraint = _allowed(self.tags)
        self._crf_scores: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.o_bias = float(meta.get("o_bias", 0.0))

    def pretrained(self) -> dict[str, Any] | None:
        """The language-model-pretrained encoder stored with this model (None if absent)."""
        if not self.extra or "pretrained" not in self.meta:
            return None
        return {"arrays": {k[4:]: v.astype(np.float32) for k, v in self.extra.items()},
                "words": self.meta["pretrained"]["words"],
                "chars": self.meta["pretrained"]["chars"]}

    @classmethod
    def load(cls, path: str | Path | None = None, runtime: str = "auto") -> NerTagger:
        """Load a model file; None loads the default model shipped in sijill/names/models/.
        ``runtime`` as for the constructor."""
        if path is None:
            ref = resources.files("sijill.names").joinpath("models", DEFAULT_MODEL)
            with resources.as_file(ref) as real:
                return cls.load(real, runtime)
        with np.load(Path(path), allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files if k != "meta"}
            meta = json.loads(data["meta"].tobytes().decode("utf-8"))
        return cls(arrays, meta, runtime)

    @property
    def runtime(self) -> str:
        """What runs the BiLSTM: "onnxruntime" or "numpy"."""
        return "numpy" if self._sessions is None else "onnxruntime"

    def save(self, path: str | Path) -> None:
        """Save this tagger as a single compressed .npz file."""
        arrays: dict[str, np.ndarray] = {"vectors": self.vectors.astype(np.float16)}
        for m, p in enumerate(self.models):
            for k, v in p.items():
                if k not in ("conv_mat", "wih", "bias"):
                    arrays[f"m{m}/{k}"] = v.astype(np.float16)
        arrays.update({k: v.astype(np.float16) for k, v in self.extra.items()})
        meta = dict(self.meta, n_models=len(self.models), o_bias=self.o_bias)
        raw = json.dumps(meta, ensure_ascii=False).encode("utf-8")
        arrays["meta"] = np.frombuffer(raw, dtype=np.uint8)
        np.savez_compressed(Path(path), **arrays)  # type: ignore[arg-type]

    def _char_vectors(self, p: dict[str, np.ndarray], chars: np.ndarray) -> np.ndarray:
        """Char-CNN max-pooled vectors for N x MAX_CHARS char ids."""
        e = p["char"][chars]
        n, _, dc = e.shape
        pad = np.zeros((n, 1, dc), dtype=np.float32)
        ep = np.concatenate([pad, e, pad], axis=1)
        win = np.concatenate([ep[:, 0:MAX_CHARS], ep[:, 1:MAX_CHARS + 1],
                              ep[:, 2:MAX_CHARS + 2]], axis=2)
        conv = win @ p["conv_mat"] + p["conv_b"]
        conv = np.where((chars == 0)[:, :, None], -1e4, conv)
        result: np.ndarray = np.tanh(conv.max(axis=1))
        return result

    def _inputs(self, p: dict[str, np.ndarray], tokens: Sequence[str]) -> np.ndarray:
        """Per-token LSTM inputs (word vectors, char CNN, embeddings, gazetteers): N x D."""
        enc = self.features.encode([tokens])
        cvec = self._char_vectors(p, enc["chars"][0])
        x: np.ndarray = np.concatenate(
            [self.vectors[enc["emb"][0]], self.vectors[enc["stem"][0]], p["word"][enc["word"][0]],
             cvec, p["shape"][enc["shape"][0]], p["prefix"][enc["prefix"][0]], enc["gaz"][0]],
            axis=-1, dtype=np.float32)
        return x

    def _projections(self, p: dict[str, np.ndarray], tokens: Sequence[str]) -> np.ndarray:
        """Per-token LSTM input projections (both directions) for unique tokens: N x 8H.

        Each token's row is computed alone (the char CNN per token, the projection in blocks
        of ``_ROW_BLOCK`` rows): a BLAS product's rounding depends on how many rows it is
        given, so a token's row, and with it a document's tags, never depends on the other
        tokens of the call or on what the process saw before (see ``_TokenRows``)."""
        x = self._inputs(p, tokens)
        n = len(tokens)
        blocks = np.zeros((-(-n // _ROW_BLOCK) * _ROW_BLOCK, x.shape[1]), dtype=np.float32)
        blocks[:n] = x
        out = np.matmul(blocks.reshape(-1, _ROW_BLOCK, x.shape[1]), p["wih"])
        result: np.ndarray = out.reshape(-1, out.shape[2])[:n] + p["bias"]
        return result

    def _token_rows(self, m: int, p: dict[str, np.ndarray], uniq: list[str]) -> np.ndarray:
        """``_projections`` of ``uniq`` for ensemble member ``m``, remembered across calls."""
        while len(self._rows) <= m:
            self._rows.append(_TokenRows(p["wih"].shape[1]))
        return self._remembered(self._rows[m], uniq, lambda ws: self._projections(p, ws))

    def _token_feats(self, m: int, p: dict[str, np.ndarray], uniq: list[str]) -> np.ndarray:
        """``_inputs`` of ``uniq`` for ensemble member ``m``, remembered across calls (each
        token's row is computed from that token alone, so exactly as a fresh tagger would)."""
        while len(self._feats) <= m:
            self._feats.append(_TokenRows(p["wih"].shape[0]))
        return self._remembered(self._feats[m], uniq, lambda ws: self._inputs(p, ws))

    @staticmethod
    def _remembered(store: _TokenRows, uniq: list[str],
                    compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """The rows of ``uniq``: from ``store``, the missing ones computed and stored."""
        missing = [w for w in uniq if w not in store.slot]
        if not missing:
            return store.gather(uniq)
        fresh = compute(missing)
        at = {w: i for i, w in enumerate(missing)}
        rows = np.empty((len(uniq), fresh.shape[1]), dtype=np.float32)
        known = [i for i, w in enumerate(uniq) if w not in at]
        if known:
            rows[known] = store.gather([uniq[i] for i in known])
        rows[[i for i, w in enumerate(uniq) if w in at]] = fresh[[at[w] for w in uniq if w in at]]
        store.add(missing, fresh)
        return rows

    def emissions(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Return B x T x K emission scores averaged over ensemble members."""
        bsz = len(sentences)
        t = max((len(s) for s in sentences), default=0) or 1
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        ids = np.zeros((bsz, t), dtype=np.int64)
        # One array for all the words (row-major, as the mask below orders them), not one
        # numpy assignment per sentence.
        words = [w for sent in sentences for w in sent]
        vocab = {w: i for i, w in enumerate(dict.fromkeys(words))}  # in order of first use
        ids[np.arange(t)[None, :] < lengths[:, None]] = list(map(vocab.__getitem__, words))
        uniq = list(vocab) or [""]
        total = np.zeros((bsz, t, len(self.tags)), dtype=np.float32)
        for m, p in enumerate(self.models):
            if self._sessions is not None:
                feats = self._token_feats(m, p, uniq)
                for rows in _runs(lengths):
                    # An empty sentence runs as one padding token (the operator wants >= 1).
                    run_lengths = np.maximum(lengths[rows], 1)
                    width = int(run_lengths.max())
                    total[rows, :width] += self._sessions[m].emissions(
                        feats, ids[rows, :width], run_lengths)
                continue
            h = _bilstm(self._token_rows(m, p, uniq), ids, lengths, p["f_whh"], p["b_whh"])
            total += h @ p["out_w"].T + p["out_b"]
        total /= len(self.models)
        if self.o_bias and "O" in self.tags:
            total[:, :, self.tags.index("O")] -= self.o_bias
        return total

    def _crf(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The ensemble's mean transition, start and end scores, constraints applied."""
        if self._crf_scores is None:
            trans = np.mean([p["trans"] for p in self.models], axis=0) + self.constraint
            start = np.mean([p["start"] for p in self.models], axis=0)
            end = np.mean([p["end"] for p in self.models], axis=0)
            start = start + np.array([-1e4 if tg.startswith("I-") else 0.0 for tg in self.tags])
            self._crf_scores = (trans, start, end)
        return self._crf_scores

    def _viterbi(self, em: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Batched constrained Viterbi decoding.

        Sentences run longest first, so those still running at step i are the first
        ``running[i]`` rows: a step touches no finished sentence (no masks), and the paths
        are traced back for the whole batch at once, a few array calls per step."""
        trans, start, end = self._crf()
        bsz, t, k = em.shape
        if bsz == 0:
            return []
        order = np.argsort(-lengths, kind="stable")
        lens = lengths[order]
        e = em[order]
        running = (lens[None, :] > np.arange(t)[:, None]).sum(axis=1).tolist()
        score = start[None] + e[:, 0]
        back = np.zeros((t, bsz, k), dtype=np.int64)
        # Work arrays made once and written in place (out=): the same sums, in the dtypes numpy
        # would choose, without an allocation per step and operation.
        cand_all = np.empty((bsz, k, k), dtype=np.result_type(score, trans))
        best_all = np.empty((bsz, k), dtype=cand_all.dtype)
        for i in range(1, t):
            n = running[i]
            if n == 0:
                break
            cand, best = cand_all[:n], best_all[:n]
            np.add(score[:n, :, None], trans, out=cand)
            cand.argmax(axis=1, out=back[i, :n])
            cand.max(axis=1, out=best)
            np.add(best, e[:n, i], out=score[:n])
        cur = (score + end[None]).argmax(axis=1)
        path = np.zeros((bsz, t), dtype=np.int64)
        rows = np.arange(bsz)
        for i in range(t - 1, -1, -1):
            n = running[i]
            path[:n, i] = cur[:n]
            if i:
                cur[:n] = back[i, rows[:n], cur[:n]]
        paths: list[list[int]] = [[]] * bsz
        for b, (row, n) in enumerate(zip(path.tolist(), lens.tolist(), strict=True)):
            paths[int(order[b])] = row[:n]
        return paths

    def tag(self, sentences: Sequence[Sequence[str]],
            consistency: bool | None = None) -> list[list[str]]:
        """Return IOB2 tags (PERS/LOC/ORG/MISC) for each sentence of tokens.

        The sentences of one call are treated as one document: with consistency (default:
        the model's setting, meta "consistency"), a name tagged somewhere in the document
        with a single type is also tagged at its other exact, untagged occurrences.
        """
        out = self._tag(sentences)
        if consistency is None:
            consistency = bool(self.meta.get("consistency", False))
        return propagate_labels(sentences, out) if consistency else out

    def _tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag each sentence independently."""
        pieces: list[tuple[int, int, list[str]]] = []
        for si, sent in enumerate(sentences):
            toks = [str(x) for x in sent]
            for start in range(0, len(toks), MAX_LEN):
                pieces.append((si, start, toks[start:start + MAX_LEN]))
        out: list[list[str]] = [["O"] * len(s) for s in sentences]
        # Empty pieces have no tags to find.
        order = sorted((i for i, piece in enumerate(pieces) if piece[2]),
                       key=lambda i: len(pieces[i][2]))
        for batch in _batches([len(pieces[o][2]) for o in order], _area_split):
            chosen = [pieces[order[o]] for o in batch]
            lengths = np.array([len(b[2]) for b in chosen])
            em = self.emissions([b[2] for b in chosen])
            for (si, start, toks), path in zip(chosen, self._viterbi(em, lengths), strict=True):
                out[si][start:start + len(toks)] = [self.tags[k] for k in path]
        return out


def _area_split(count: int, width: int, length: int) -> bool:
    """Whether a batch of ``count`` sentences up to ``width`` long takes no sentence of
    ``length`` more: past ``BATCH_TOKENS`` padded tokens (the numpy recurrence skips the
    padding, so only memory bounds its batches)."""
    del width
    return (count + 1) * length > BATCH_TOKENS


#: onnxruntime's LSTM computes every padded position (about 15 us a token on one core here),
#: and a run costs about as much as this many tokens, plus half a token per time step.
_RUN_COST_TOKENS = 8


def _padding_split(count: int, width: int, length: int) -> bool:
    """Whether a new run is cheaper than widening this one to ``length`` for the
    onnxruntime LSTM, which computes every padded position."""
    return count * (length - width) > _RUN_COST_TOKENS + length // 2


def _runs(lengths: np.ndarray) -> list[np.ndarray]:
    """Rows of a batch grouped into onnxruntime runs of similar lengths."""
    order = np.argsort(lengths, kind="stable")
    return [order[r.start:r.stop] for r in _batches(lengths[order].tolist(), _padding_split)]


def _batches(lengths: list[int], split: Callable[[int, int, int], bool]) -> list[range]:
    """Consecutive runs of ``lengths`` (ascending) that make a batch each: a run ends where
    ``split(count, width, next length)`` says so (greedy, linear in the number of pieces)."""
    out: list[range] = []
    first = 0
    for j in range(1, len(lengths) + 1):
        if j == len(lengths) or split(j - first, lengths[j - 1], lengths[j]):
            out.append(range(first, j))
            first = j
    return out
