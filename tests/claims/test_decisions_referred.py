"""An items' noun with a possessive ending (ومن بنودها، وأبرز قراراته) refers back to the
organisation named before its sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.claims.decisions import find_decisions
from sijill.doc import Doc


def _items(doc: Doc) -> list[tuple[str, str]]:
    found = find_decisions(doc, doc.claims["events"])
    return [(d.body.name if d.body is not None else "", doc.text[d.text[0] : d.text[1]])
            for d in found]


@pytest.mark.parametrize("also", ["ايضا", "أيضاً"])
def test_items_of_a_noun_that_refers_back(run, also: str) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلن البرلمان الليبي عن ورقة إصلاحات جديدة. ومن بنودها " + also +
              ' "إقالة النواب المتغيبين عن الجلسات لأكثر من شهرين، والنظر في أداء رؤساء '
              'اللجان النيابية، وتقليل أعداد الحماية إلى النصف".')
    items = _items(doc)
    assert [body for body, _ in items] == ["البرلمان الليبي"] * 3
    assert items[1][1] == "النظر في أداء رؤساء اللجان النيابية"


def test_a_noun_without_a_possessive_takes_no_earlier_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلن البرلمان الليبي عن ورقة إصلاحات جديدة. ومن البنود أيضاً "
              '"إقالة النواب المتغيبين عن الجلسات، والنظر في أداء رؤساء اللجان النيابية".')
    assert _items(doc) == []
