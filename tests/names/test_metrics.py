"""Tests for CoNLL-2003 entity-level scoring."""

from __future__ import annotations

import pytest

from sijill.names.ner.metrics import entity_scores, format_report, get_spans


def test_get_spans_iob2_and_stray_i() -> None:
    """Spans follow conlleval: a stray I- starts a new entity."""
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"]
    assert get_spans(tags) == [("PERS", 0, 2), ("LOC", 3, 4), ("LOC", 4, 5), ("ORG", 5, 6)]


def test_exact_match_scores() -> None:
    """Boundary errors count as both a false positive and a false negative."""
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    s = entity_scores(gold, pred)
    assert s["micro"].n_gold == 3 and s["micro"].n_pred == 3 and s["micro"].n_correct == 1
    assert s["micro"].precision == pytest.approx(1 / 3)
    assert s["micro"].f1 == pytest.approx(1 / 3)
    assert s["PERS"].f1 == pytest.approx(1.0)
    assert s["LOC"].recall == 0.0 and s["LOC"].n_pred == 0
    assert s["ORG"].precision == 0.0 and s["ORG"].n_pred == 2


def test_report_last_line() -> None:
    """The report ends with `F1 <micro %>` with two decimals."""
    gold = [["B-PERS", "O", "B-LOC", "B-LOC"]]
    pred = [["B-PERS", "O", "B-LOC", "O"]]
    report = format_report(entity_scores(gold, pred))
    assert report.splitlines()[-1] == "F1 80.00"


def test_length_mismatch_raises() -> None:
    """Misaligned inputs are rejected."""
    with pytest.raises(ValueError):
        entity_scores([["O"]], [["O", "O"]])
