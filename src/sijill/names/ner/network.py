"""PyTorch BiLSTM-CRF used for training; exports numpy weights for inference."""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import nn

from sijill.names.ner.features import N_GAZ, PREFIXES, SHAPES


class BiLstmCrf(nn.Module):
    """Word vectors + char CNN + gazetteer/shape features -> BiLSTM -> CRF."""

    def __init__(self, vectors: np.ndarray, n_words: int, n_chars: int, n_tags: int,
                 cfg: dict[str, Any]) -> None:
        """Build the layers; vectors are frozen pretrained embeddings."""
        super().__init__()
        self.cfg = cfg
        self.emb = nn.Embedding.from_pretrained(  # type: ignore[no-untyped-call]
            torch.tensor(vectors, dtype=torch.float32),
                                                freeze=True, padding_idx=0)
        self.word = nn.Embedding(n_words, cfg["word_dim"], padding_idx=0)
        self.char = nn.Embedding(n_chars, cfg["char_dim"], padding_idx=0)
        self.conv = nn.Conv1d(cfg["char_dim"], cfg["char_filters"], 3, padding=1)
        self.shape = nn.Embedding(len(SHAPES), 8)
        self.prefix = nn.Embedding(len(PREFIXES), 8)
        d_in = 2 * vectors.shape[1] + cfg["word_dim"] + cfg["char_filters"] + 16 + N_GAZ
        self.drop = nn.Dropout(cfg["dropout"])
        self.lstm = nn.LSTM(d_in, cfg["hidden"], batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * cfg["hidden"], n_tags)
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def encode(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        """Compute B x T x 2H BiLSTM states (before the output dropout)."""
        bsz, t, nc = b["chars"].shape
        ch = self.char(b["chars"].view(bsz * t, nc)).transpose(1, 2)
        conv = self.conv(ch)
        conv = conv.masked_fill((b["chars"].view(bsz * t, 1, nc) == 0), -1e4)
        cvec = torch.tanh(conv.max(dim=2).values).view(bsz, t, -1)
        word = b["word"]
        if self.training and self.cfg["word_dropout"] > 0:
            keep = torch.rand(word.shape, device=word.device) >= self.cfg["word_dropout"]
            word = torch.where(keep | (word == 0), word, torch.ones_like(word))
        x = torch.cat([self.emb(b["emb"]), self.emb(b["stem"]), self.word(word), cvec,
                       self.shape(b["shape"]), self.prefix(b["prefix"]), b["gaz"]], dim=-1)
        x = self.drop(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, b["lengths"].cpu(), batch_first=True,
                                                   enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return h

    def emissions(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        """Compute B x T x K emission scores."""
        out: torch.Tensor = self.out(self.drop(self.encode(b)))
        return out

    def load_encoder(self, pre: dict[str, np.ndarray], word_rows: np.ndarray,
                     char_rows: np.ndarray) -> None:
        """Initialise the input layers and BiLSTM from pretrained (LM) encoder weights.

        pre uses export()'s names; word_rows/char_rows give, for each row of this model's
        word/char table, the pretrained row to copy (-1 keeps the random initialisation).
        """
        def t(name: str) -> torch.Tensor:
            return torch.from_numpy(np.asarray(pre[name], dtype=np.float32))

        with torch.no_grad():
            for table, src, rows in ((self.word.weight, t("word"), word_rows),
                                     (self.char.weight, t("char"), char_rows)):
                hit = np.nonzero(rows >= 0)[0]
                table[torch.from_numpy(hit)] = src[torch.from_numpy(rows[hit])]
            self.conv.weight.copy_(t("conv_w"))
            conv_bias = self.conv.bias
            assert conv_bias is not None  # Conv1d is built with a bias
            conv_bias.copy_(t("conv_b"))
            self.shape.weight.copy_(t("shape"))
            self.prefix.weight.copy_(t("prefix"))
            for d, sfx in (("f", ""), ("b", "_reverse")):
                getattr(self.lstm, f"weight_ih_l0{sfx}").copy_(t(f"{d}_wih"))
                getattr(self.lstm, f"weight_hh_l0{sfx}").copy_(t(f"{d}_whh"))
                getattr(self.lstm, f"bias_ih_l0{sfx}").copy_(t(f"{d}_b"))
                getattr(self.lstm, f"bias_hh_l0{sfx}").zero_()

    def load_weights(self, weights: dict[str, np.ndarray]) -> None:
        """Set every trainable layer from export()'s arrays (e.g. a shipped model's member),
        to fine-tune it; the tables must have this network's sizes."""
        rows = np.arange(weights["word"].shape[0])
        self.load_encoder(weights, rows, np.arange(weights["char"].shape[0]))
        with torch.no_grad():
            for param, name in ((self.out.weight, "out_w"), (self.out.bias, "out_b"),
                                (self.trans, "trans"), (self.start, "start"), (self.end, "end")):
                param.copy_(torch.from_numpy(np.asarray(weights[name], dtype=np.float32)))

    def nll(self, em: torch.Tensor, tags: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Mean CRF negative log-likelihood of gold tags."""
        t = em.shape[1]
        lengths = lengths.to(em.device)
        mask = torch.arange(t, device=em.device)[None, :] < lengths[:, None]
        # gold path score
        score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, t):
            s = self.trans[tags[:, i - 1], tags[:, i]] + em[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
            score = score + s * mask[:, i]
        last = tags.gather(1, (lengths - 1)[:, None]).squeeze(1)
        score = score + self.end[last]
        # partition function
        alpha = self.start[None, :] + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, i, None, :], dim=1)
            alpha = torch.where(mask[:, i, None], nxt, alpha)
        logz = torch.logsumexp(alpha + self.end[None], dim=1)
        return (logz - score).mean()

    def export(self, encoder_only: bool = False) -> dict[str, np.ndarray]:
        """Return the trainable weights as float32 numpy arrays for the numpy tagger."""
        sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in self.state_dict().items()}
        enc = {
            "word": sd["word.weight"], "char": sd["char.weight"],
            "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
            "shape": sd["shape.weight"], "prefix": sd["prefix.weight"],
            "f_wih": sd["lstm.weight_ih_l0"], "f_whh": sd["lstm.weight_hh_l0"],
            "f_b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
            "b_wih": sd["lstm.weight_ih_l0_reverse"], "b_whh": sd["lstm.weight_hh_l0_reverse"],
            "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        }
        if encoder_only:
            return enc
        return dict(enc, out_w=sd["out.weight"], out_b=sd["out.bias"], trans=sd["trans"],
                    start=sd["start"], end=sd["end"])
