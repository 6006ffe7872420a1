"""The learned decision as a filter of the rules' readings, and the id ranges of the
cross-validation script's folds (training/claims/crossval.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from sijill.claims.train import RULE_GRID, DocExamples, f1_at, fit

CROSSVAL = Path(__file__).resolve().parents[2] / "training" / "claims" / "crossval.py"


def _crossval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crossval", CROSSVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("spec", "ids"), [
    ("s01-s03", {"s01", "s02", "s03"}),
    ("d01-d02+s99-s101", {"d01", "d02", "s99", "s100", "s101"}),
    ("x7", {"x7"}),
    ("", set()),
])
def test_fold_id_ranges(spec: str, ids: set[str]) -> None:
    assert _crossval()._ids(spec) == ids


def test_fold_selection_keeps_the_order_of_the_documents() -> None:
    cv = _crossval()
    assert cv._select(["d01", "s100", "s88", "s89"], "s89-s120+d01") == ["d01", "s100", "s89"]


def _filter_examples(n: int) -> list[DocExamples]:
    """Documents of rules' readings only: nine ``plain`` ones, all right, and five ``odd`` ones
    of which two are right, so dropping the odd ones raises F1 although each is still right
    more than a third of the time."""
    out = []
    for k in range(n):
        feats: list[dict[str, float]] = []
        matches: list[list[int]] = []
        for j in range(14):
            odd = j >= 9
            feats.append({"odd" if odd else "plain": 1.0})
            right = not odd or (j + k) % 5 < 2
            matches.append([sum(1 for m in matches if m)] if right else [])
        out.append(DocExamples(f"f{k:02d}", feats, matches, sum(1 for m in matches if m)))
    return out


def test_a_filter_drops_a_weak_kind_of_the_rules_readings() -> None:
    docs = _filter_examples(20)
    model = fit(docs, seed=5, alternatives=False)
    assert model.enabled and not model.alternatives
    assert model.score({"odd": 1.0}) < model.threshold <= model.score({"plain": 1.0})
    assert model.threshold > 0.4 and max(RULE_GRID) >= 0.5
    scores = [[model.score(f) for f in d.features] for d in docs]
    assert f1_at(docs, scores, model.threshold) > f1_at(docs, scores, None)


def test_a_filter_with_nothing_to_drop_keeps_the_rules() -> None:
    docs = [DocExamples(f"g{k}", [{"a": 1.0}, {"b": 1.0}], [[0], [1]], 3) for k in range(10)]
    docs += [DocExamples("h", [{"a": 1.0}], [[]], 1)]
    model = fit(docs, seed=5, alternatives=False)
    assert not model.enabled


def test_rules_that_are_always_right_give_a_disabled_model() -> None:
    docs = [DocExamples(f"r{k}", [{"a": 1.0}, {"b": 1.0}], [[0], [1]], 3) for k in range(6)]
    model = fit(docs, seed=5, alternatives=False)
    assert not model.enabled
    assert model.card["out_of_fold_f1"] == model.card["rules_f1"]
