"""From inputs to records: read, clean into a Doc, run the pipeline, write the record."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO, TextIO

from sijill.doc import Doc
from sijill.pipeline import DEFAULT_STAGES, Pipeline
from sijill.read.article import Article, Problem
from sijill.record import Record, dumps, to_record
from sijill.text.clean import clean


def make_doc(article: Article) -> Doc:
    """A Doc from an Article: the cleaned text that every span points into, and its offset map."""
    text, offsets = clean(article.text)
    meta = dict(article.meta)
    if article.origin:
        meta.setdefault("origin", article.origin)
    return Doc(id=article.id, raw=article.text, text=text, offsets=offsets,
               published=article.published, meta=meta)


def process(articles: Iterable[Article | Problem], pipeline: Pipeline | None = None,
            on_problem: Callable[[Problem], None] | None = None) -> Iterator[Record]:
    """Records of the articles, in input order; problems go to ``on_problem`` and are skipped."""
    run = pipeline or Pipeline()
    for item in articles:
        if isinstance(item, Problem):
            if on_problem is not None:
                on_problem(item)
            continue
        try:
            doc = run(make_doc(item))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            if on_problem is not None:
                on_problem(Problem(item.origin or item.id,
                                   f"internal error while processing ({type(exc).__name__}: {exc}); "
                                   "the document was skipped, please report it with the input"))
            continue
        yield to_record(doc)


def extract(inputs: Sequence[str], stdin: TextIO | BinaryIO | None = None,
            pipeline: Pipeline | None = None,
            on_problem: Callable[[Problem], None] | None = None) -> Iterator[Record]:
    """Records of every article in ``inputs`` (files, directories, ``-``), streaming."""
    from sijill.read import read_inputs

    return process(read_inputs(inputs, stdin=stdin), pipeline, on_problem)


def record_line(article: Article, pipeline: Pipeline) -> str:
    """The record of one article as the JSON line `sijill extract` writes (no newline)."""
    return dumps(to_record(pipeline(make_doc(article))))


def extract_lines(inputs: Sequence[str], stdin: TextIO | BinaryIO | None = None,
                  stages: Sequence[str] = DEFAULT_STAGES,
                  on_problem: Callable[[Problem], None] | None = None, *, workers: int = 1,
                  doc_timeout: float | None = None) -> Iterator[str]:
    """The record lines of every article in ``inputs``, in input order, made by ``workers``
    supervised processes under a time budget a document (see sijill.batch).

    A document that cannot be read, raises or outlives its budget goes to ``on_problem``.
    """
    from sijill.batch import run_batch
    from sijill.read import read_inputs

    for _, result in run_batch(read_inputs(inputs, stdin=stdin), _as_is, record_line, stages,
                               workers=workers, doc_timeout=doc_timeout):
        if isinstance(result, Problem):
            if on_problem is not None:
                on_problem(result)
            continue
        yield result


def _as_is(item: Article | Problem) -> Article | Problem:
    return item
