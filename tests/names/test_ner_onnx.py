"""The NER tagger's onnxruntime BiLSTM against its numpy recurrence, and the batched Viterbi."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np
import pytest

from sijill.names.ner import onnx_lstm
from sijill.names.ner.tagger import NerTagger, _batches, _padding_split, _runs

_SENTENCES = [
    ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "الحرب", "لن", "تطول", "."],
    ["وأعلنت", "الأمم", "المتحدة", "أمس", "أنها", "سترسل", "مساعدات", "إلى", "العراق", "."],
    ["التقى", "عادل", "الجبير", "نظيره", "سيرغي", "لافروف"],
    ["ب"],
    [],
    ["زار", "محمد", "بن", "سلمان", "مدينة", "الرياض", "يوم", "الأحد", "."] * 9,
]


@pytest.fixture(scope="module")
def onnx_tagger() -> NerTagger:
    tagger = NerTagger.load()
    if tagger.runtime != "onnxruntime":
        pytest.skip("onnxruntime does not load here")
    return tagger


@pytest.fixture(scope="module")
def numpy_tagger() -> NerTagger:
    return NerTagger.load(runtime="numpy")


def test_onnx_emissions_are_the_numpy_recurrence(onnx_tagger: NerTagger,
                                                 numpy_tagger: NerTagger) -> None:
    """Same scores for a ragged batch (gate order, reverse direction per sentence length and
    the split into runs all right), to float rounding."""
    got = onnx_tagger.emissions(_SENTENCES)
    want = numpy_tagger.emissions(_SENTENCES)
    assert got.shape == want.shape
    for b, sent in enumerate(_SENTENCES):
        assert np.allclose(got[b, :len(sent)], want[b, :len(sent)], atol=1e-4), b
    assert onnx_tagger.tag(_SENTENCES) == numpy_tagger.tag(_SENTENCES)


def test_a_sentence_scores_the_same_alone_and_in_company(onnx_tagger: NerTagger) -> None:
    """A sentence's tags do not depend on the other sentences run beside it."""
    alone = [onnx_tagger.tag([s])[0] for s in _SENTENCES]
    assert onnx_tagger.tag(_SENTENCES) == alone
    assert onnx_tagger.tag(_SENTENCES[::-1]) == alone[::-1]


def test_numpy_fallback_when_onnxruntime_cannot_load(monkeypatch: pytest.MonkeyPatch,
                                                     numpy_tagger: NerTagger) -> None:
    """A session that fails to build leaves a working numpy tagger."""
    def broken(p: dict[str, np.ndarray]) -> onnx_lstm.OnnxBiLstm:
        raise RuntimeError("no onnxruntime here")

    monkeypatch.setattr(onnx_lstm, "OnnxBiLstm", broken)
    tagger = NerTagger.load()
    assert tagger.runtime == "numpy"
    assert tagger.tag(_SENTENCES) == numpy_tagger.tag(_SENTENCES)


def test_unknown_runtime_is_refused() -> None:
    with pytest.raises(ValueError, match="runtime"):
        NerTagger.load(runtime="gpu")


def test_runs_cover_each_row_once_and_bound_padding() -> None:
    """Rows are split into runs of similar lengths: every row once, far less padding than
    one run, and equal lengths never split."""
    lengths = np.array([5, 120, 7, 6, 118, 30, 5, 1, 200, 6])
    runs = _runs(lengths)
    assert sorted(np.concatenate(runs).tolist()) == list(range(len(lengths)))
    padded = sum(len(r) * int(lengths[r].max()) for r in runs)
    assert padded < len(lengths) * 200 / 3
    assert len(_runs(np.full(50, 40))) == 1
    assert _batches([], _padding_split) == []


def _best_path(em: np.ndarray, trans: np.ndarray, start: np.ndarray,
               end: np.ndarray) -> list[int]:
    """The highest-scoring tag sequence by trying them all."""
    t, k = em.shape

    def score(path: Iterable[int]) -> float:
        path = tuple(path)
        s = start[path[0]] + em[0, path[0]] + end[path[-1]]
        return float(s + sum(trans[a, b] + em[i + 1, b]
                             for i, (a, b) in enumerate(itertools.pairwise(path))))

    return list(max(itertools.product(range(k), repeat=t), key=score))


def test_viterbi_finds_the_best_constrained_path(numpy_tagger: NerTagger) -> None:
    """Each sentence of a ragged batch decodes to the best path of its own length."""
    trans, start, end = numpy_tagger._crf()
    rng = np.random.default_rng(3)
    lengths = np.array([2, 4, 1, 3, 4])
    em = (rng.normal(size=(len(lengths), 4, len(numpy_tagger.tags))) * 4).astype(np.float32)
    paths = numpy_tagger._viterbi(em, lengths)
    for b, n in enumerate(lengths):
        assert paths[b] == _best_path(em[b, :n].astype(np.float64), trans, start, end), b
    assert numpy_tagger._viterbi(em[:0], lengths[:0]) == []
