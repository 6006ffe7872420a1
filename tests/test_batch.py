"""A batch that no document can stall (sijill.batch): budgets, crashes, order, workers."""

from __future__ import annotations

import json
import time
from pathlib import Path

import hostile_stages
import pytest

from sijill.batch import FLOOR_S, PER_CHARACTER_S, default_workers, run_batch, time_budget
from sijill.extract import record_line
from sijill.pipeline import Pipeline
from sijill.read.article import Article, Problem

GOOD = "انتخب المجلس رئيساً جديداً في 3 آذار 2013."


def _as_is(item: Article | Problem) -> Article | Problem:
    return item


def _article(doc_id: str, text: str = GOOD) -> Article:
    return Article(id=doc_id, text=text)


def _run(items: list[Article | Problem], workers: int = 2,
         doc_timeout: float | None = 4.0) -> list[tuple[str, str | Problem]]:
    """(id or where, record line or Problem) of each item, in the order the batch gives them."""
    out = []
    for item, result in run_batch(items, _as_is, record_line, hostile_stages.HOSTILE,
                                  workers=workers, doc_timeout=doc_timeout):
        out.append((item.id if isinstance(item, Article) else item.where, result))
    return out


def _line(doc_id: str, text: str = GOOD) -> str:
    return record_line(_article(doc_id, text), Pipeline(hostile_stages.HOSTILE))


def test_the_budget_is_proportional_by_default_fixed_when_given_and_off_at_zero() -> None:
    assert time_budget(0, None) == FLOOR_S
    assert time_budget(200_000, None) == pytest.approx(FLOOR_S + 200_000 * PER_CHARACTER_S)
    assert time_budget(10**9, 7.5) == 7.5
    assert time_budget(10**9, 0) is None


def test_default_workers_are_the_cores_this_process_may_use() -> None:
    import os

    assert default_workers() == len(os.sched_getaffinity(0))


def test_documents_that_hang_in_python_or_in_c_are_cut_off_and_the_rest_written() -> None:
    items: list[Article | Problem] = [_article("a"), _article("slow", "SLEEP " + GOOD),
                                      _article("b"), _article("spin", "SPIN " + GOOD),
                                      _article("c")]
    started = time.monotonic()
    out = _run(items, workers=2, doc_timeout=3.0)
    took = time.monotonic() - started
    assert [i for i, _ in out] == ["a", "slow", "b", "spin", "c"]
    for doc_id in ("a", "b", "c"):
        assert dict(out)[doc_id] == _line(doc_id)
    for doc_id in ("slow", "spin"):
        problem = dict(out)[doc_id]
        assert isinstance(problem, Problem)
        assert str(problem).startswith(f"{doc_id}: took longer than 3.0 s")
        assert "--doc-timeout" in problem.reason
    assert took < 120, "the budget did not stop the hanging documents"


def test_a_stage_that_raises_skips_its_document_only() -> None:
    out = _run([_article("a"), _article("bad", "RAISE " + GOOD), _article("b")])
    assert [i for i, _ in out] == ["a", "bad", "b"]
    problem = dict(out)["bad"]
    assert isinstance(problem, Problem)
    assert "internal error while processing (ValueError: a stage failed on purpose)" in \
        problem.reason
    assert dict(out)["b"] == _line("b")


def test_a_killed_worker_is_replaced_and_its_document_retried(tmp_path: Path) -> None:
    once = f"DIE-ONCE {tmp_path / 'died'} {GOOD}"
    items: list[Article | Problem] = [_article(f"d{i}") for i in range(6)]
    items[2] = _article("once", once)
    out = _run(items, workers=2)
    assert [i for i, _ in out] == ["d0", "d1", "once", "d3", "d4", "d5"]
    assert (tmp_path / "died").exists(), "the worker never died"
    assert dict(out)["once"] == _line("once", once)
    assert all(isinstance(r, str) for _, r in out)


def test_a_document_that_kills_its_worker_twice_is_reported_and_the_batch_goes_on() -> None:
    out = _run([_article("a"), _article("killer", "DIE " + GOOD), _article("b")], workers=1)
    problem = dict(out)["killer"]
    assert isinstance(problem, Problem)
    assert "worker process died 2 times on it (killed by SIGKILL" in problem.reason
    assert dict(out)["a"] == _line("a") and dict(out)["b"] == _line("b")


def test_problems_of_reading_keep_their_place_in_the_order() -> None:
    items: list[Article | Problem] = [_article("a"), Problem("x.jsonl:2", "not JSON"),
                                      _article("b")]
    out = _run(items, workers=2)
    assert [i for i, _ in out] == ["a", "x.jsonl:2", "b"]
    assert out[1][1] == items[1]


@pytest.mark.parametrize(("workers", "doc_timeout"), [(1, 0.0), (1, None), (3, None)])
def test_any_number_of_workers_gives_the_records_of_one_process(workers: int,
                                                                doc_timeout: float | None) -> None:
    texts = [f"{GOOD} التقى سمير حداد وفداً في حلب يوم {n} آذار." for n in range(1, 12)]
    items: list[Article | Problem] = [_article(f"n{i}", t) for i, t in enumerate(texts)]
    out = _run(items, workers=workers, doc_timeout=doc_timeout)
    pipeline = Pipeline(hostile_stages.HOSTILE)
    assert [r for _, r in out] == [record_line(a, pipeline) for a in items
                                   if isinstance(a, Article)]
    assert json.loads(str(out[0][1]))["id"] == "n0"
