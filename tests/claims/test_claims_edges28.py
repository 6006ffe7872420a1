"""Shapes that made the claims stage raise on real news (stop 28), in sentences written for
the test: every stage must get through them and write a record."""

from __future__ import annotations

import pytest

from sijill.extract import make_doc
from sijill.pipeline import Pipeline
from sijill.read.article import Article
from sijill.record import to_record


@pytest.mark.parametrize("text", [
    # a quotation that opens its line, with a decision verb inside it and no statement named
    # before it on that line
    ("عقد المجلس البلدي اجتماعه أمس.\n«قررت اللجنة تأجيل الانتخابات إلى الشهر المقبل»، وأكد "
     "رئيسها ذلك."),
    "«وقرر المجلس رفع الرسوم» هكذا بدأ البيان.",
    # a mark standing alone as a token just before a successor's name
    "عين المجلس سمير حداد مديراً عاماً للشركة خلفاً ـ لكريم نصار الذي استقال.",
    "وتسلم نبيل عواد منصبه خلفاً لـ ً سامي يوسف.",
])
def test_the_claims_stage_gets_through(text: str) -> None:
    doc = Pipeline()(make_doc(Article(id="t", text=text)))
    record = to_record(doc)
    assert record["id"] == "t"
