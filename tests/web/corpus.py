"""Dated sentences written for the web tests, and a register built from them through the real
pipeline, store and resolver.

The Free Lawyers' Union (نقابة المحامين الأحرار) elects Raed al-As'ad (رائد الأسعد, with a
hamza) its head in 2016 and Maher al-Ali succeeds him in 2019: the board on a date changes.
One document is hostile: its text carries a script tag, an event-handler attribute and a
javascript: link, as an untrusted page might.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Doc
from sijill.extract import make_doc
from sijill.pipeline import Pipeline
from sijill.read.article import Article
from sijill.register.db import Database
from sijill.register.resolve import resolve_pending
from sijill.register.store import extraction_version, store_doc

UNION = "نقابة المحامين الأحرار"
HOSTILE = ('<script>alert("x")</script> <img src=x onerror="alert(1)"> '
           '<a href="javascript:alert(2)">اضغط</a>')

#: (id, published, text, title)
ARTICLES = [
    ("w01", "2016-03-02", ("انتخبت الهيئة العامة لنقابة المحامين الأحرار رائد الأسعد رئيساً "
     "للنقابة يوم 1 آذار 2016."), "انتخاب الأسعد"),
    ("w02", "2017-05-10", ("التقى رئيس نقابة المحامين الأحرار رائد الأسعد وفداً من رابطة "
     "الصحفيين السوريين في غازي عنتاب يوم 9 أيار 2017."), None),
    ("w03", "2018-01-20", 'قال رائد الأسعد إن "العدالة لا تتجزأ".', None),
    ("w04", "2019-06-15", ("انتخبت الهيئة العامة لنقابة المحامين الأحرار ماهر العلي رئيساً "
     "للنقابة خلفاً للسيد رائد الأسعد."), "انتخاب العلي"),
    ("w05", "2019-09-01", ("أكد رئيس رابطة الصحفيين السوريين سامر الحمد أن الرابطة تعمل في "
     "الداخل."), None),
    ("w06", "2020-02-02", f"قال رئيس نقابة المحامين الأحرار ماهر العلي {HOSTILE} إن العمل مستمر.",
     '<script>alert("title")</script>'),
]


@lru_cache(maxsize=1)
def _processed() -> tuple[tuple[Doc, ...], str]:
    """The articles through the default pipeline, once per test session."""
    pipeline = Pipeline()
    docs = tuple(pipeline(make_doc(Article(i, text, day, {"title": title} if title else {})))
                 for i, day, text, title in ARTICLES)
    return docs, extraction_version(pipeline.names)


def build(db: Database) -> Database:
    """Store the articles and resolve them; the register."""
    docs, version = _processed()
    for doc in docs:
        store_doc(db, doc, version)
    resolve_pending(db)
    return db
