"""News gold -> CoNLL conversion (training/ner/news_conll.py) and fine-tuning a model."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from sijill.names.ner.normalize import normalize, tokenize

ROOT = Path(__file__).resolve().parents[2]


def _conv() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "news_conll", ROOT / "training" / "ner" / "news_conll.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["news_conll"] = mod
    spec.loader.exec_module(mod)
    return mod


def _norm(text: str) -> list[str]:
    return [normalize(t) for t in tokenize(text)]


GOLD = {"doc": "x", "entities": [
    {"type": "PERSON", "name": "كريم الحسيني", "aliases": ["الحسيني"]},
    {"type": "ORG", "name": "الاتحاد العام للطلبة", "aliases": ["الاتحاد"]},
    {"type": "LOC", "name": "الموصل"},
    {"type": "LOC", "name": "العراقية"},
    {"type": "ORG", "name": "الهيئة الإدارية", "optional": True},
]}


def test_clitics_and_lam_alif_lam() -> None:
    """A mention may carry one clitic; ل + ال is written لل."""
    nc = _conv()
    assert nc.first_matches(normalize("وللاتحاد"), normalize("الاتحاد"))
    assert nc.first_matches(normalize("بالموصل"), normalize("الموصل"))
    assert not nc.first_matches(normalize("الموصلي"), normalize("الموصل"))


def test_tags_names_not_generic_backrefs_nor_adjectives() -> None:
    """Full names and surnames are tagged; a one-word back-reference, an adjective after a
    definite noun and an optional body are left O."""
    nc = _conv()
    forms, _ = nc.entity_forms(GOLD)
    text = ("وقال كريم الحسيني رئيس الاتحاد العام للطلبة في الموصل إن الاتحاد والحكومة "
            "العراقية اتفقا ، وأضاف الحسيني أن الهيئة الإدارية ستجتمع")
    tags = nc.tag_line(_norm(text), forms)
    toks = tokenize(text)
    got = [(t, g) for t, g in zip(toks, tags) if g != "O"]
    assert got == [("كريم", "B-PERS"), ("الحسيني", "I-PERS"), ("الاتحاد", "B-ORG"),
                   ("العام", "I-ORG"), ("للطلبة", "I-ORG"), ("الموصل", "B-LOC"),
                   ("الحسيني", "B-PERS")]


def test_sentence_with_unlisted_form_of_a_person_is_dropped() -> None:
    """A person's name token left O (a form the gold record does not list) drops the
    sentence; the preposition على (علي once normalised) does not."""
    nc = _conv()
    nc.COMMON.add("علي")
    gold = {"doc": "x", "entities": [
        {"type": "PERSON", "name": "علي الدباغ"}, {"type": "LOC", "name": "الموصل"}]}
    text = ("وصل علي الدباغ إلى الموصل . وأكد على أهمية الحوار . "
            "وقال الدباغ في الموصل إنه سيعود . وزار الدباغي الموصل أمس .")
    stats: Counter = Counter()
    sents = nc.convert(gold, text, keep_unsure=False, stats=stats)
    assert [s[0][0] for s in sents] == ["وصل", "وأكد", "وزار"]
    assert stats["dropped"] == 1


def test_parse_ids() -> None:
    """Ranges and lists of article ids."""
    nc = _conv()
    assert nc.parse_ids("s01-s03,s07") == ["s01", "s02", "s03", "s07"]


def test_fine_tune_starts_from_the_given_model(tmp_path: Path) -> None:
    """train(init_model=...) keeps the model's vocabularies and scores its start as epoch 0;
    with no epochs the written model tags like the one it started from."""
    pytest.importorskip("torch")
    from sijill.names.ner.conll import write_conll
    from sijill.names.ner.tagger import NerTagger
    from sijill.names.ner.train import train

    sents = [(["زار", "سمير", "حداد", "مدينة", "حلب", "."],
              ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"])] * 10
    data = tmp_path / "tiny.txt"
    write_conll(data, sents)
    base = tmp_path / "base.npz"
    train([data], base, dev_fraction=0.2, seed=1, config={"epochs": 1, "hidden": 16},
          encoder=None)
    out = tmp_path / "ft.npz"
    logs: list[str] = []
    res = train([data], out, dev_fraction=0.2, seed=1, config={"epochs": 0},
                init_model=base, dev_files=[data], log=logs.append)
    assert res["members"][0]["epoch"] == 0 and logs[0].startswith("model 0 epoch 0")
    a, b = NerTagger.load(base), NerTagger.load(out)
    assert a.meta["train_words"] == b.meta["train_words"]
    probe = [["وزار", "سمير", "حلب"], ["في", "مدينة", "حداد"]]
    assert a.tag(probe) == b.tag(probe)
