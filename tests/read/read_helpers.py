"""Helpers for the reader tests: sample sentences, and a batch split into articles and problems."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO, TextIO

from sijill.read import read_inputs
from sijill.read.article import Article, Problem

Batch = tuple[list[Article], list[Problem]]

SENTENCE = "اجتمع رئيس الهيئة مع أعضاء المجلس في دمشق لبحث الخطط المقبلة."
OTHER = "أعلن الائتلاف الوطني انتخاب رئيس جديد له في اجتماع الهيئة العامة."


def split(inputs: Sequence[str], stdin: TextIO | BinaryIO | None = None) -> Batch:
    """Read `inputs` and return their articles and problems, each in order."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_inputs(inputs, stdin=stdin):
        if isinstance(item, Article):
            articles.append(item)
        else:
            assert isinstance(item, Problem)
            problems.append(item)
    return articles, problems
