"""Relations between organisations in shapes the first annotated articles did not show: an
adjective after a body's field is no organisation's name, ... Sentences written for these
tests, in the shapes of Iraqi, Lebanese, Moroccan, Egyptian, Yemeni and Gulf news."""

from __future__ import annotations

import pytest

from sijill.claims.relation_cues import structure_lexicon
from sijill.claims.relation_names import Found, parents_in_names
from sijill.doc import Doc, Entity, Span
from sijill.extract import make_doc
from sijill.read.article import Article


def _doc_with(text: str, names: list[tuple[str, list[str]]]) -> Doc:
    """A document whose organisations are ``names``: each name with the written forms of its
    mentions in order of appearance."""
    doc = make_doc(Article(id="t", text=text))
    for name, forms in names:
        spans, at = [], 0
        for form in forms:
            at = doc.text.index(form, at)
            spans.append(Span(at, at + len(form), "ORG", None, {}))
            at += len(form)
        doc.entities.append(Entity("ORG", name, [], spans))
    return doc


def _parents_in_names(doc: Doc) -> set[tuple[str, str]]:
    found = Found()
    parents_in_names(doc, found, structure_lexicon())
    return {(r.child.name, r.parent.name) for r in found.items}


@pytest.mark.parametrize(("text", "body", "other"), [
    # Egyptian: a centre's field with its adjective, an institute named with the same adjective.
    ("زار وفد من مركز الحوار الديني القاهرة، والتقى مدير المعهد الديني في الأزهر.",
     "مركز الحوار الديني", "المعهد الديني"),
    # Moroccan: a department's field and a club that shares its adjective.
    ("أعلنت مديرية التكوين الرياضي برنامجها، وقال نادي الرياضي المغربي إنه سيشارك.",
     "مديرية التكوين الرياضي", "نادي الرياضي المغربي"),
])
def test_an_adjective_after_a_field_names_no_parent(text: str, body: str, other: str) -> None:
    doc = _doc_with(text, [(body, [body]), (other, [other])])
    assert (body, other) not in _parents_in_names(doc)


@pytest.mark.parametrize(("text", "body", "club"), [
    # Gulf and Yemeni: a board named in construct with the club's name without its head.
    ("عقد مجلس إدارة الصقر اجتماعه في تعز، وأعلن نادي الصقر تعاقده مع مدرب جديد.",
     "مجلس إدارة الصقر", "نادي الصقر"),
])
def test_a_genitive_after_an_indefinite_head_still_names_the_club(text: str, body: str,
                                                                  club: str) -> None:
    doc = _doc_with(text, [(body, [body]), (club, [club])])
    assert (body, club) in _parents_in_names(doc)
