"""Shared fixtures: small documents made from sentences written for the tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc
from sijill.extract import make_doc
from sijill.pipeline import Pipeline
from sijill.read.article import Article


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, built once."""
    return Pipeline()


@pytest.fixture()
def run(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """Process one text (with an optional publication date) through the default pipeline."""

    def _run(text: str, published: str | None = None) -> Doc:
        return pipeline(make_doc(Article(id="t", text=text, published=published)))

    return _run
