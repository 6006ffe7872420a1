"""Short dated news sentences, written for the review tests, and a register built from them
through the real pipeline, store and resolver.

Two presidents of the Syrian Coalition follow one another (Hadi al-Bahra elected 2014-07-09,
Khaled Khoja 2015-01-05); Moaz al-Khatib is named in full in one story and by a short form
in another (a weak rule link: the resolver's unsure pair); two stories name only a
``الخطيب`` and no actor of his other stories (a surname alone joins only a person its story
backs: two canonical entities with one name key); Samir
Nashar attends a meeting, and no post of his is stated (a reader adds one); the Coalition
takes two decisions at a meeting; the Kurdish National Council has a ``الهيئة العامة`` of its
own (a generic body's name, kept apart on purpose).
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

#: (id, published, text, url)
ARTICLES = [
    ("v1", "2014-07-09", "انتخبت الهيئة العامة للائتلاف الوطني السوري هادي البحرة رئيساً للائتلاف.",
     None),
    ("v2", "2015-01-05", ("انتخبت الهيئة العامة للائتلاف الوطني السوري خالد خوجة رئيساً للائتلاف "
                          "خلفاً للسيد هادي البحرة."), None),
    ("v3", "2013-03-24", ("أعلن رئيس الائتلاف الوطني السوري أحمد معاذ الخطيب استقالته من منصبه في "
                          "القاهرة."), None),
    ("v4", "2013-03-25", "قال رئيس الائتلاف الوطني السوري معاذ الخطيب إن الحل في القاهرة سياسي.",
     None),
    ("v5", "2013-03-25", "وقال الدكتور الخطيب في مؤتمر صحفي في القاهرة إن الحل سياسي.", None),
    ("v6", "2013-04-25", "وأكد الخطيب في تصريح لقناة الجزيرة أن الحوار مستمر.",
     None),
    ("v7", "2014-08-04", "حضر سمير نشار اجتماع الائتلاف الوطني السوري في إسطنبول يوم 3 آب 2014.",
     None),
    ("v8", "2015-02-01", ("وأصدر الائتلاف الوطني السوري في ختام اجتماعه قرارات أبرزها:\n"
                          "- تأجيل انتخابات الرئاسة إلى الشهر المقبل.\n- تشكيل لجنة للعضوية."), None),
    ("v9", "2016-03-01", "انتخبت الهيئة العامة للمجلس الوطني الكردي سعود الملا رئيساً للمجلس.",
     None),
]


def article(doc_id: str) -> Article:
    """One of the articles, as an ingest reads it."""
    for i, day, text, url in ARTICLES:
        if i == doc_id:
            return Article(i, text, day, {"url": url} if url else {})
    raise KeyError(doc_id)


@lru_cache(maxsize=1)
def _processed() -> tuple[tuple[Doc, ...], str]:
    """The articles through the default pipeline, once per test session."""
    pipeline = Pipeline()
    docs = tuple(pipeline(make_doc(article(i))) for i, _, _, _ in ARTICLES)
    return docs, extraction_version(pipeline.names)


def build(db: Database) -> Database:
    """Store the articles and resolve them; the register."""
    docs, version = _processed()
    for doc in docs:
        store_doc(db, doc, version)
    resolve_pending(db)
    return db


def entity(db: Database, doc_id: str, name: str) -> str:
    """The local id (``e3``) of the entity of a document with this name."""
    rows = db.query("SELECT local_id FROM entities WHERE doc_id = ? AND name = ?", (doc_id, name))
    assert rows, f"{doc_id} has no entity {name}"
    return str(rows[0][0])
