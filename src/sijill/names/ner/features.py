"""Token feature extraction shared by training (torch) and inference (numpy)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from sijill.names.ner.normalize import normalize, strip_clitics

PAD, UNK = 0, 1
MAX_CHARS = 20
SHAPES = ("pad", "arabic", "latin_lower", "latin_cap", "digit", "punct", "mixed", "other")
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
            "وبال", "وكال", "وفال")
GAZ_NAMES = ("given", "surname", "foreign", "place")
N_GAZ = 2 * len(GAZ_NAMES)
_PREFIX_IDS = {p: i for i, p in enumerate(PREFIXES)}
#: A token wholly in the Arabic blocks, the shape of most tokens, found in one C call.
_ARABIC_ONLY = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufefc]+")
_ARABIC = SHAPES.index("arabic")
_NO_GAZ = (0.0,) * len(GAZ_NAMES)


def shape_of(token: str) -> int:
    """Return an index into SHAPES describing the token's script and case."""
    if _ARABIC_ONLY.fullmatch(token):
        return _ARABIC
    kinds = set()
    for ch in token:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            kinds.add("ar")
        elif ch.isdigit():
            kinds.add("d")
        elif ch.isalpha() and ch.isascii():
            kinds.add("U" if ch.isupper() else "l")
        elif unicodedata.category(ch).startswith(("P", "S")):
            kinds.add("p")
        else:
            kinds.add("o")
    if not kinds:
        return SHAPES.index("other")
    if kinds == {"ar"}:
        return SHAPES.index("arabic")
    if kinds <= {"l", "U"}:
        return SHAPES.index("latin_cap" if token[:1].isupper() else "latin_lower")
    if kinds == {"d"} or kinds == {"d", "p"}:
        return SHAPES.index("digit")
    if kinds == {"p"}:
        return SHAPES.index("punct")
    if len(kinds) > 1:
        return SHAPES.index("mixed")
    return SHAPES.index("other")


@dataclass
class FeatureSpace:
    """Vocabularies and gazetteers mapping tokens to model input ids."""

    emb_words: dict[str, int]
    train_words: dict[str, int]
    chars: dict[str, int]
    gazetteers: dict[str, dict[str, float]] = field(default_factory=dict)
    _cache: dict[str, tuple[int, int, int, int, int, tuple[float, ...]]] = field(
        default_factory=dict, repr=False
    )
    _char_cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    #: ``_merge_gazetteers``, made at the first new token (empty until then).
    _gaz_rows: dict[str, tuple[float, ...]] = field(default_factory=dict, repr=False)

    def token_ids(self, token: str) -> tuple[int, int, int, int, int, tuple[float, ...]]:
        """Return (emb id, stem emb id, train-word id, shape id, prefix id, gazetteer vector)."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        norm = normalize(token)
        stem = strip_clitics(norm)
        e = self.emb_words.get(norm, self.emb_words.get(stem, UNK))
        s = self.emb_words.get(stem, e)
        w = self.train_words.get(norm, UNK)
        p = _PREFIX_IDS.get(norm[: len(norm) - len(stem)], 0)  # the clitics stripped: prefix_of
        rows = self._gaz_rows or self._merge_gazetteers()
        at_norm = rows.get(norm, _NO_GAZ)
        at_stem = rows.get(stem, _NO_GAZ) if stem != norm else _NO_GAZ
        # (norm, stem) per table in GAZ_NAMES order, as the model was trained on them.
        gaz = tuple(v for pair in zip(at_norm, at_stem) for v in pair)
        out = (e, s, w, shape_of(token), p, gaz)
        if len(self._cache) < 500_000:
            self._cache[token] = out
        return out

    def _merge_gazetteers(self) -> dict[str, tuple[float, ...]]:
        """Each gazetteer word with its score in every table of GAZ_NAMES (0.0 where absent):
        a new token is looked up twice, not eight times."""
        tables = [self.gazetteers.get(name, {}) for name in GAZ_NAMES]
        words = {w for table in tables for w in table}
        self._gaz_rows = {w: tuple(table.get(w, 0.0) for table in tables) for w in words}
        return self._gaz_rows

    def char_ids(self, token: str) -> list[int]:
        """Return char ids of the normalised token (first/last MAX_CHARS/2 chars if long)."""
        norm = normalize(token) or token[:1]
        if len(norm) > MAX_CHARS:
            norm = norm[: MAX_CHARS // 2] + norm[-MAX_CHARS // 2:]
        return list(map(self.chars.get, norm, repeat(UNK, len(norm)))) or [UNK]

    def char_row(self, token: str) -> tuple[int, ...]:
        """``char_ids`` padded with zeros to MAX_CHARS, cached like ``token_ids``."""
        hit = self._char_cache.get(token)
        if hit is None:
            c = self.char_ids(token)
            hit = tuple(c) + (0,) * (MAX_CHARS - len(c))
            if len(self._char_cache) < 500_000:
                self._char_cache[token] = hit
        return hit

    def encode(self, sentences: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
        """Encode a batch into padded int/float arrays (B x T [x ...]) plus lengths."""
        b = len(sentences)
        t = max((len(s) for s in sentences), default=0) or 1
        ids = np.zeros((5, b, t), dtype=np.int64)
        gaz = np.zeros((b, t, N_GAZ), dtype=np.float32)
        chars = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
        for i, sent in enumerate(sentences):
            if not sent:
                continue
            # One array conversion per sentence, not one numpy assignment per token.
            rows = [self.token_ids(tok) for tok in sent]
            n = len(rows)
            ids[:, i, :n] = np.array([r[:5] for r in rows], dtype=np.int64).T
            gaz[i, :n] = np.array([r[5] for r in rows], dtype=np.float32)
            chars[i, :n] = np.array([self.char_row(tok) for tok in sent], dtype=np.int64)
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        return {"emb": ids[0], "stem": ids[1], "word": ids[2], "shape": ids[3], "prefix": ids[4],
                "gaz": gaz, "chars": chars, "lengths": lengths}


def count_bucket(count: float, top: float) -> float:
    """Squash a frequency count into 0..1 on a log scale relative to top."""
    if count <= 0:
        return 0.0
    return min(1.0, 0.25 + 0.75 * math.log1p(count) / math.log1p(max(top, 1.0)))


def build_gazetteer(counts: Mapping[str, float], min_len: int = 3) -> dict[str, float]:
    """Normalise gazetteer keys and squash their counts to 0..1 scores."""
    out: dict[str, float] = {}
    top = max(counts.values(), default=1.0)
    for key, cnt in counts.items():
        norm = normalize(key)
        if len(norm) >= min_len:
            out[norm] = max(out.get(norm, 0.0), count_bucket(cnt, top))
    return out
