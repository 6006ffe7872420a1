"""Tests for the shipped NER model (numpy inference)."""

from __future__ import annotations

import numpy as np
import pytest

from sijill.names.ner.metrics import get_spans
from sijill.names.ner.tagger import NerTagger, _allowed, _TokenRows


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    """Load the shipped default model once."""
    return NerTagger.load()


def _entities(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    """Return (type, text) pairs of tagged entities."""
    return {(t, " ".join(tokens[s:e])) for t, s, e in get_spans(tags)}


def test_person_and_city(tagger: NerTagger) -> None:
    """A well-known person and a capital city get the right types."""
    toks = ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "الحرب", "لن", "تطول", "."]
    ents = _entities(toks, tagger.tag([toks])[0])
    assert ("PERS", "جورج بوش") in ents
    assert ("LOC", "واشنطن") in ents


def test_organisation_and_country(tagger: NerTagger) -> None:
    """A country and an organisation are found."""
    toks = ["وأعلنت", "الأمم", "المتحدة", "أمس", "أنها", "سترسل", "مساعدات", "إلى", "العراق", "."]
    ents = _entities(toks, tagger.tag([toks])[0])
    assert ("LOC", "العراق") in ents
    assert any(t == "ORG" and "الأمم" in s for t, s in ents)


def test_empty_and_odd_inputs(tagger: NerTagger) -> None:
    """Empty sentences, Latin, digits, emoji and other scripts do not crash."""
    sents = [[], ["Reuters", "2024", "😀", "東京", "\u200f", ""], ["ب"]]
    out = tagger.tag(sents)
    assert [len(s) for s in out] == [0, 6, 1]
    assert tagger.tag([]) == []


def test_very_long_sentence(tagger: NerTagger) -> None:
    """A 10,000-token sentence is chunked internally and fully tagged."""
    toks = (["زار", "محمد", "بن", "سلمان", "مدينة", "الرياض", "يوم", "الأحد", "."]) * 1250
    out = tagger.tag([toks])[0]
    assert len(out) == len(toks)
    assert all(not t.startswith("I-") or out[i - 1][2:] == t[2:] for i, t in enumerate(out))


def test_tags_are_valid_iob2(tagger: NerTagger) -> None:
    """Output tags use the four types and never start with a stray I-."""
    toks = ["التقى", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "نظيره", "الروسي", "سيرغي", "لافروف", "في", "موسكو"]
    tags = tagger.tag([toks])[0]
    assert set(tags) <= {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}
    assert not tags[0].startswith("I-")


def test_constraint_matrix() -> None:
    """O->I-X and B-X->I-Y are forbidden; B-X->I-X allowed."""
    tags = ["O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"]
    m = _allowed(tags)
    assert m[0, 2] < -1 and m[3, 2] < -1 and m[1, 2] == 0 and m[2, 2] == 0
    assert np.all(m[:, 0] == 0)


def test_document_label_consistency() -> None:
    """A name tagged once in the document is tagged at its other untagged occurrences."""
    from sijill.names.ner.tagger import propagate_labels

    sents = [["قال", "سمير", "حداد", "إن", "حلب", "جميلة"], ["وأضاف", "سمير", "حداد", "في", "حلب"],
             ["زار", "حلب"]]
    tags = [["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"], ["O", "O", "O", "O", "O"],
            ["O", "B-ORG"]]
    out = propagate_labels(sents, tags)
    assert out[1] == ["O", "B-PERS", "I-PERS", "O", "O"]  # حلب: LOC and ORG, left alone
    assert out[0] == tags[0] and out[2] == tags[2]
    assert propagate_labels([["a"]], [["O"]]) == [["O"]]


def test_consistency_is_optional(tagger: NerTagger) -> None:
    """tag() takes an optional consistency switch; both settings tag every token."""
    toks = [["زار", "محمد", "الرياض"], ["ثم", "غادر", "محمد"]]
    for flag in (True, False):
        out = tagger.tag(toks, consistency=flag)
        assert [len(s) for s in out] == [3, 3]


_SENTENCES = [
    ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "الحرب", "لن", "تطول", "."],
    ["وأعلنت", "الأمم", "المتحدة", "أمس", "أنها", "سترسل", "مساعدات", "إلى", "العراق", "."],
    ["التقى", "عادل", "الجبير", "نظيره", "سيرغي", "لافروف"],
    ["ب"],
]


def test_tags_do_not_depend_on_what_the_tagger_saw_before() -> None:
    """Remembered token projections give the answer a fresh tagger gives, for each sentence
    alone and in any company (records must not depend on batch order or workers)."""
    fresh = [NerTagger.load().tag([s])[0] for s in _SENTENCES]
    seasoned = NerTagger.load()
    seasoned.tag([["كلمة"] * 30, list(reversed(_SENTENCES[0]))])
    assert seasoned.tag(_SENTENCES) == fresh
    assert [seasoned.tag([s])[0] for s in reversed(_SENTENCES)] == fresh[::-1]


def _reference_bilstm(xp: np.ndarray, whh_f: np.ndarray, whh_b: np.ndarray) -> np.ndarray:
    """One sentence's T x 8H projections through both directions, step by step in float64."""
    hid = whh_f.shape[1]

    def run(x: np.ndarray, whh: np.ndarray) -> np.ndarray:
        h, c, out = np.zeros(hid), np.zeros(hid), []
        for row in x:
            z = row + whh @ h
            i, f, _, o = (1 / (1 + np.exp(-v)) for v in np.split(z, 4))
            c = f * c + i * np.tanh(np.split(z, 4)[2])
            h = o * np.tanh(c)
            out.append(h)
        return np.array(out)

    x = xp.astype(np.float64)
    fwd = run(x[:, : 4 * hid], whh_f)
    bwd = run(x[::-1, 4 * hid:], whh_b)[::-1]
    return np.concatenate([fwd, bwd], axis=1)


def test_bilstm_of_a_ragged_batch_is_each_sentence_alone(tagger: NerTagger) -> None:
    """Sentences of different lengths in one batch: each one's states (both directions, from
    its own first and last word) are those of the plain recurrence on it alone."""
    from sijill.names.ner.tagger import _bilstm

    p = tagger.models[0]
    rng = np.random.default_rng(7)
    rows = rng.normal(size=(20, p["wih"].shape[1])).astype(np.float32)
    lengths = np.array([3, 9, 1, 6])
    ids = np.zeros((4, 9), dtype=np.int64)
    for b, n in enumerate(lengths):
        ids[b, :n] = rng.integers(0, 20, size=n)
    out = _bilstm(rows, ids, lengths, p["f_whh"], p["b_whh"])
    for b, n in enumerate(lengths):
        want = _reference_bilstm(rows[ids[b, :n]], p["f_whh"], p["b_whh"])
        assert np.allclose(out[b, :n], want, atol=1e-4), b


def test_token_store_keeps_the_recently_used_when_full() -> None:
    """Past its capacity the store keeps the tokens used last, each with its own row."""
    store = _TokenRows(width=2, capacity=4)
    store.add(["a", "b", "c", "d"], np.arange(8, dtype=np.float32).reshape(4, 2))
    assert store.gather(["a"]).tolist() == [[0.0, 1.0]]  # a is now the most recent
    store.add(["e"], np.array([[8.0, 9.0]], dtype=np.float32))
    assert set(store.slot) == {"d", "a", "e"}
    assert store.gather(["e", "a", "d"]).tolist() == [[8.0, 9.0], [0.0, 1.0], [6.0, 7.0]]
    store.add(["f", "g", "h", "i", "j"], np.zeros((5, 2), dtype=np.float32))  # too many: none
    assert set(store.slot) == {"d", "a", "e"}


def test_tags_do_not_depend_on_the_token_store(tagger: NerTagger) -> None:
    """A tagger whose store was trimmed tags as a fresh one (rows are per token)."""
    sents = [["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن"],
             ["وأعلنت", "الأمم", "المتحدة", "أمس", "أنها", "سترسل", "مساعدات", "إلى", "العراق"]]
    fresh = NerTagger.load().tag(sents)
    small = NerTagger.load()
    small.tag([["كلمة", "أخرى", "هنا"] * 3, sents[1]])
    for store in small._feats + small._rows:
        store.capacity = 8
    assert small.tag(sents) == fresh
    assert all(len(store.slot) <= 8 for store in small._feats + small._rows)
