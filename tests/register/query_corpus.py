"""Short dated news sentences, written for the query tests, and a register built from them
through the real pipeline, store and resolver.

The Syrian Coalition's presidents follow one another across documents: Hadi al-Bahra is
elected (2014-07-09), said to be president (2014-08-21), succeeded by Khaled Khoja with
``خلفاً لـ`` (2015-01-05) and called ``السابق`` (2015-03-01); Salem al-Meslet will be
president (2021-07-01) and is elected succeeding Nasr al-Hariri (2021-07-12), who has no
claim of his own.
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

COALITION = "الائتلاف الوطني السوري"

#: (id, published, text, title)
ARTICLES = [
    ("t01", "2012-11-11", "تأسس الائتلاف الوطني السوري في الدوحة في تشرين الثاني 2012.",
     "تأسيس الائتلاف"),
    ("t02", "2012-11-10", "انتخب المجلس الوطني السوري جورج صبرا رئيساً له في 9 تشرين الثاني 2012.",
     None),
    ("t03", "2014-07-09", ("انتخبت الهيئة العامة للائتلاف الوطني السوري هادي البحرة رئيساً "
     "للائتلاف."), "انتخاب البحرة"),
    ("t04", "2014-08-21", ("التقى رئيس الائتلاف الوطني السوري هادي البحرة وفداً من المجلس الوطني "
     "الكردي في إسطنبول يوم 20 آب 2014."), None),
    ("t05", "2014-10-01", 'قال هادي البحرة إن "المرحلة تتطلب العمل".', None),
    ("t06", "2015-01-05", ("انتخبت الهيئة العامة للائتلاف الوطني السوري خالد خوجة رئيساً للائتلاف "
     "خلفاً للسيد هادي البحرة."), None),
    ("t07", "2015-03-01", "قال الرئيس السابق للائتلاف الوطني السوري هادي البحرة إن الحل سياسي.",
     None),
    ("t08", "2016-02-01", ("أكد رئيس الحكومة السورية الموقتة عبد الرحمن مصطفى أن الحكومة تعمل في "
     "الداخل."), None),
    ("t09", "2016-03-01", "قال رئيس المجلس الوطني الكردي سعود الملا إن الحوار مستمر.", None),
    ("t10", "2021-07-01", "سيكون سالم المسلط رئيساً للائتلاف الوطني السوري.", None),
    ("t11", "2021-07-13", ("انتخبت الهيئة العامة للائتلاف الوطني السوري يوم 12 تموز 2021 سالم "
     "المسلط رئيساً للائتلاف، خلفاً لنصر الحريري."), None),
    ("t12", "2014-08-04", "عقد الائتلاف الوطني السوري اجتماعاً في إسطنبول يوم 3 آب 2014.", None),
]


@lru_cache(maxsize=1)
def _processed() -> tuple[tuple[Doc, ...], str]:
    """The articles through the default pipeline, once per test session."""
    pipeline = Pipeline()
    docs = tuple(pipeline(make_doc(Article(i, text, day, {"title": title} if title else {})))
                 for i, day, text, title in ARTICLES)
    return docs, extraction_version(pipeline.names)


def build(db: Database, only: tuple[str, ...] = ()) -> Database:
    """Store the articles (or only those ids) and resolve them; the register."""
    docs, version = _processed()
    for doc in docs:
        if not only or doc.id in only:
            store_doc(db, doc, version)
    resolve_pending(db)
    return db
