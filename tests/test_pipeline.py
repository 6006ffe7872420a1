"""The runner checks that every stage's needs are met by an earlier stage."""

from __future__ import annotations

import pytest

from sijill.errors import PipelineError
from sijill.pipeline import DEFAULT_STAGES, Pipeline, registered
from sijill.text.sentences import MAX_SENTENCE_TOKENS


def test_default_pipeline_runs_in_configured_order() -> None:
    assert Pipeline().names == DEFAULT_STAGES


def test_every_registered_stage_declares_needs_adds_and_help() -> None:
    for st in registered().values():
        assert st.adds, st.name
        assert st.doc, st.name


def test_stage_whose_need_is_unmet_is_refused() -> None:
    with pytest.raises(PipelineError, match="sentences.*needs tokens"):
        Pipeline(["sentences", "tokens"])


def test_unknown_stage_is_refused_with_the_known_names() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'.*dates"):
        Pipeline(["tokens", "nope"])


def test_pipeline_annotates_a_doc(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("انتخب المجلس رئيساً جديداً في 3 آذار 2013. ثم انفض الاجتماع.")
    assert {"tokens", "sentences", "dates"} <= doc.annotations
    assert len(doc.sentences) == 2
    assert doc.layers["dates"][0].value == "2013-03-03"


def test_sentence_tokens_groups_tokens_by_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قال سامر إن العمل مستمر. وأضاف أن الوضع صعب.")
    groups = doc.sentence_tokens()
    assert len(groups) == len(doc.sentences) == 2
    assert [doc.text[t.start : t.end] for t in groups[1]][:2] == ["وأضاف", "أن"]
    assert sum(len(g) for g in groups) == len(doc.tokens)


def test_an_unpunctuated_text_runs_every_stage_in_bounded_sentences(run) -> None:  # type: ignore[no-untyped-def]
    # A forum dump or a scanned report: no punctuation, no line breaks, the same report many
    # times. Every stage sees sentences of bounded length, and the claims are still found.
    report = "اجتمع رئيس مجلس الوزراء سعد الحريري مع وزير الخارجية جبران باسيل في بيروت أمس"
    doc = run(" ".join([report] * 150), published="2016-05-02")
    sizes = [len(g) for g in doc.sentence_tokens()]
    assert sum(sizes) == len(doc.tokens) == 150 * len(report.split())
    assert len(sizes) > 1 and max(sizes) <= MAX_SENTENCE_TOKENS
    assert any(e.type == "PERSON" and "الحريري" in e.name for e in doc.entities)
