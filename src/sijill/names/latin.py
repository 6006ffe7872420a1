"""Latin spellings of Arabic person names, from arabic-name-romanizer (MIT code, CC0 name
tables): a dictionary of attested spellings first, its own model for unseen name parts."""

from __future__ import annotations

import logging
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

if TYPE_CHECKING:
    from arabic_name_romanizer.lookup import NameIndex

log = logging.getLogger(__name__)


@lru_cache(maxsize=65536)
def latin(name: str, country: str = "SY") -> str | None:
    """The usual Latin spelling of an Arabic person name (``هادي البحرة`` -> ``Hadi al-Bahra``),
    or None when the name has no Arabic or the romanizer cannot spell it."""
    return latin_many([name], country)[0]


def latin_many(names: list[str], country: str = "SY") -> list[str | None]:
    """``latin`` of each name, spelled in one call of the romanizer: its model decodes the
    unseen name parts of all of them as one batch, several times faster than one by one."""
    chunked = [_name_chunks(name) for name in names]
    todo = sorted({c for chunks in chunked if chunks for c in chunks if c not in _SPELLED})
    fresh = dict(zip(todo, _spell_many(todo, country), strict=True)) if todo else {}
    if len(_SPELLED) + len(fresh) > _SPELLED_MAX:
        _SPELLED.clear()
    _SPELLED.update(fresh)
    out: list[str | None] = []
    for chunks in chunked:
        parts = [fresh[c] if c in fresh else _SPELLED.get(c) for c in chunks] if chunks else [None]
        out.append(None if any(p is None for p in parts) else " ".join(p for p in parts if p) or None)
    return out


#: Spellings of name chunks already asked for (a process sees the same names again and again).
_SPELLED: dict[str, str | None] = {}
_SPELLED_MAX = 65536


def _name_chunks(name: str) -> list[str] | None:
    if not any("\u0600" <= ch <= "\u06ff" for ch in name):
        return None
    words = name.split()
    if len(words) > _MAX_WORDS:
        return None  # a run of words, not a name
    # The romanizer ranks every combination of its candidates per word, which grows
    # exponentially with the number of words: spell long names a few words at a time.
    return _chunks(words)


#: Names longer than this are not spelled; the romanizer spells this many words at a time.
_MAX_WORDS = 10
_CHUNK = 4
#: Words that bind to the next one (بن عبد العزيز): a chunk never ends on them.
_BINDING = frozenset(("بن", "بنت", "ابن", "أبو", "ابو", "أبي", "عبد", "آل", "ال"))


def _chunks(words: list[str]) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    for w in words:
        cur.append(w)
        if len(cur) >= _CHUNK and w not in _BINDING:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


@lru_cache(maxsize=1)
def _romanizer() -> Any:
    """The romanizer with its ONNX models on one thread: its default of two threads spins a
    second core for a few milliseconds per decoding step (more CPU time, no faster on a busy
    machine), and the pipeline's parallelism is one document per worker process."""
    from arabic_name_romanizer.api import Transliterator, default_resources_dir
    from arabic_name_romanizer.inference import OnnxModel

    res = default_resources_dir()

    def one_thread(folder: Path) -> Any:
        files = ("encoder.onnx", "decoder.onnx", "vocab.json", "meta.json")
        return OnnxModel(folder, intra_op_threads=1) if all((folder / f).exists() for f in files) else None

    main = _PartsDecoder.wrap(one_thread(res))
    spell = Transliterator(model=main, persian_model=_PartsDecoder.wrap(one_thread(res / "persian")) or main,
                           auto_load_model=main is None)
    if spell.index is not None:
        # The proxy answers the index's two lookups and hands it everything else.
        spell.index = cast("NameIndex", _RememberedIndex(spell.index))
    return spell


#: Dictionary answers kept per kind of lookup (a whole name, a name part).
_LOOKUPS_MAX = 65536


class _RememberedIndex:
    """The romanizer's dictionary of attested spellings (a read-only SQLite file), its answers
    kept: a name part (محمد، عبد الله) is looked up again in name after name and document after
    document, and the romanizer asks for a whole name twice per call. An answer depends on the
    key alone, so a kept one is the one SQLite would give."""

    def __init__(self, index: Any) -> None:
        self._index = index
        self._full: dict[tuple[str, str | None, str], list[Any]] = {}
        self._units: dict[tuple[str, str | None, str | None, str], list[Any]] = {}

    def lookup_full(self, key: str, country: str | None = None, script: str = "arabic") -> list[Any]:
        asked = (key, country, script)
        hit = self._full.get(asked)
        if hit is None:
            if len(self._full) >= _LOOKUPS_MAX:
                self._full.clear()
            hit = self._full[asked] = self._index.lookup_full(key, country, script)
        return list(hit)  # a copy: the caller's to change

    def lookup_unit(self, key: str, country: str | None = None, role: str | None = None,
                    script: str = "arabic") -> list[Any]:
        asked = (key, country, role, script)
        hit = self._units.get(asked)
        if hit is None:
            if len(self._units) >= _LOOKUPS_MAX:
                self._units.clear()
            hit = self._units[asked] = self._index.lookup_unit(key, country, role, script)
        return list(hit)

    def __getattr__(self, name: str) -> Any:
        # Everything else (stats, close, conn) is the index's own.
        return getattr(self._index, name)


#: Name parts whose beam-search results are kept (least recently used dropped first).
_DECODED_MAX = 32768


class _PartsDecoder:
    """The romanizer's model, decoding every unseen name part of a call in one batch, each
    part's source encoded without padding.

    Its encoder reads the padding of a batch (the same part came out ``Kakouh`` alone and
    ``Kakou`` beside longer parts), so the parts of each length are encoded apart
    (``_UnpaddedEncoder``); its decoder masks the padding, so it then steps all the parts
    together. Most documents bring one or two unseen parts of different lengths, and a decoder
    step costs nearly as much for one part as for twenty (its weights are read once a step):
    one batch decodes a document's parts in about a third of the time the batches of one
    length took. A part's spelling does not depend on the parts beside it (its beam scores do,
    in the last digits, as they did within one length).
    """

    def __init__(self, model: Any) -> None:
        self._model = model
        backend = getattr(model, "backend", None)
        self._unpadded = _UnpaddedEncoder.fits(backend)
        if self._unpadded:
            model.backend = _UnpaddedEncoder(backend)
        #: Beam-search results per (unit, country, k, role), kept across documents: a name part
        #: the dictionary lacks comes again in other names (``لافروف`` after ``سيرغي لافروف``).
        self._decoded: OrderedDict[tuple[str, str | None, int, str | None], Any] = OrderedDict()

    @classmethod
    def wrap(cls, model: Any) -> Any:
        return cls(model) if model is not None else None

    def transliterate_units(self, units: list[str], country: str | None, k: int,
                            roles: list[str] | None = None) -> list[Any]:
        keys = [(unit, country, k, roles[i] if roles is not None else None)
                for i, unit in enumerate(units)]
        out: list[Any] = [None] * len(units)
        todo = []
        for i, key in enumerate(keys):
            if key in self._decoded:
                self._decoded.move_to_end(key)
                out[i] = list(self._decoded[key])  # a copy: the caller's to change
            else:
                todo.append(i)
        if todo:
            fresh = self._decode([units[i] for i in todo], country, k,
                                 None if roles is None else [roles[i] for i in todo])
            for i, hyp in zip(todo, fresh, strict=True):
                out[i] = hyp
                self._decoded[keys[i]] = list(hyp)
            while len(self._decoded) > _DECODED_MAX:
                self._decoded.popitem(last=False)
        return out

    def _decode(self, units: list[str], country: str | None, k: int,
                roles: list[str] | None) -> list[Any]:
        """The model's results for ``units``: in one batch, or in batches of one length where
        the encoder cannot be run unpadded (another version of the romanizer)."""
        if self._unpadded:
            return list(self._decode_group(units, country, k, roles))
        by_length: dict[int, list[int]] = {}
        for i, unit in enumerate(units):
            by_length.setdefault(len(unit), []).append(i)
        out: list[Any] = [None] * len(units)
        for positions in by_length.values():
            hyps = self._decode_group([units[i] for i in positions], country, k,
                                      None if roles is None else [roles[i] for i in positions])
            for i, hyp in zip(positions, hyps, strict=True):
                out[i] = hyp
        return out

    def _decode_group(self, units: list[str], country: str | None, k: int,
                      roles: list[str] | None) -> Any:
        if roles is None:
            return self._model.transliterate_units(units, country, k)
        return self._model.transliterate_units(units, country, k, roles=roles)

    def __getattr__(self, name: str) -> Any:
        # Everything else (uses_roles, metadata, backend) is the model's own.
        return getattr(self._model, name)


#: The romanizer's encoder states, and those that hold a row per source position with the value
#: their padding takes.
_STATES = ("memory", "src_mask", "hidden")
_PER_POSITION: dict[str, float | bool] = {"memory": 0.0, "src_mask": True}


class _UnpaddedEncoder:
    """The romanizer's ONNX backend with its encoder run on each source length apart, so no
    source is encoded beside padding; the results are then padded as the decoder expects
    (memory zeros, the mask set at the padding). Everything else is the backend's own."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    @classmethod
    def fits(cls, backend: Any) -> bool:
        """Whether ``backend`` has the encoder states this wrapper knows how to pad."""
        return tuple(getattr(backend, "state_names", ())) == _STATES and \
            hasattr(backend, "encode") and hasattr(backend, "step")

    def encode(self, src: np.ndarray, src_mask: np.ndarray) -> dict[str, np.ndarray]:
        lengths = (~src_mask.astype(bool)).sum(axis=1).tolist()  # padding only at the end
        by_length: dict[int, list[int]] = {}
        for row, n in enumerate(lengths):
            by_length.setdefault(n, []).append(row)
        if len(by_length) == 1:
            result: dict[str, np.ndarray] = self._backend.encode(src, src_mask)
            return result
        out: dict[str, np.ndarray] = {}
        for n, rows in by_length.items():
            state = self._backend.encode(src[rows, :n], src_mask[rows, :n])
            for name, value in state.items():
                if name not in out:
                    shape = (len(src), *value.shape[1:])
                    if name in _PER_POSITION:
                        shape = (len(src), src.shape[1], *value.shape[2:])
                    out[name] = np.full(shape, _PER_POSITION.get(name, 0), dtype=value.dtype)
                if name in _PER_POSITION:
                    out[name][rows, :n] = value
                else:
                    out[name][rows] = value
        return out

    def __getattr__(self, name: str) -> Any:
        # step, the sessions, state names: the backend's own.
        return getattr(self._backend, name)


def _spell_many(chunks: list[str], country: str) -> list[str | None]:
    try:
        spelled = list(_romanizer().transliterate_many(chunks, country=country))
    except Exception as exc:  # noqa: BLE001 - a spelling is a nicety; never fail a document on it
        log.debug("no Latin spelling for %d names: %s", len(chunks), exc)
        return [None] * len(chunks)
    return [(s or None) if isinstance(s, str) else None for s in spelled]
