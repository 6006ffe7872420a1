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


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


@pytest.mark.parametrize(("text", "post"), [
    # Lebanese: the secretariat of a committee taken as a post.
    ("تأسست لجنة الحوار الوطني في بيروت عام 2006. وتولى أمانة اللجنة جورج خوري حتى عام 2010.",
     "أمانة اللجنة"),
    # Moroccan: a trust given (with the object pronoun on the verb).
    ("قال الكاتب إن جمعية الصحافيين المغاربة منحته أمانة السر لسنتين.", "أمانة السر"),
])
def test_a_post_taken_or_given_is_no_body(run, text: str, post: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    if not any(e.name == post for e in doc.entities):
        pytest.skip(f"the names stage did not take {post} for an organisation")
    assert not {r for r in _relations(doc) if r[1] == post}


def test_a_secretariat_written_to_is_a_body() -> None:
    from sijill.claims.relations import _taken_posts

    text = "وقرر المجلس إرسال خطاب إلى أمانة الغرفة، ثم تولى أمانة اللجنة خالد العلي."
    doc = _doc_with(text, [("أمانة الغرفة", ["أمانة الغرفة"]), ("أمانة اللجنة", ["أمانة اللجنة"])])
    posts = _taken_posts(doc, structure_lexicon())
    assert [e.name for e in doc.entities if id(e) in posts] == ["أمانة اللجنة"]


@pytest.mark.parametrize(("text", "child", "parent"), [
    # Iraqi: a parliamentary bloc in its parliament.
    ("وقال رئيس كتلة الوفاق الوطني في مجلس النواب العراقي حسن الشمري إن الجلسة تأجلت.",
     "كتلة الوفاق الوطني", "مجلس النواب العراقي"),
    # Egyptian: an institute of a ministry.
    ("أعلن المعهد القومي للتغذية بوزارة الصحة المصرية نتائج دراسته أمس.",
     "المعهد القومي للتغذية", "وزارة الصحة المصرية"),
    # Yemeni: a court of a ministry.
    ("وقررت المحكمة الإدارية بوزارة العدل اليمنية تأجيل النظر في الدعوى.",
     "المحكمة الإدارية", "وزارة العدل اليمنية"),
])
def test_an_institution_linked_to_its_organisation(run, text: str, child: str,  # type: ignore[no-untyped-def]
                                                  parent: str) -> None:
    doc = run(text)
    names = {e.name for e in doc.entities if e.type == "ORG"}
    if not {child, parent} <= names:
        pytest.skip(f"the names stage found {names}")
    assert ("PART_OF", child, parent) in _relations(doc)


@pytest.mark.parametrize("text", [
    # Moroccan and Gulf: an agency or hospital placed in a city, not in an organisation.
    "وذكرت وكالة المغرب العربي للأنباء في الرباط أن الوفد وصل.",
    "ونقل المصابون إلى مستشفى الملك فهد بجدة لتلقي العلاج.",
    # Lebanese: an agency named after لـ a ministry is written on to it, no link.
    "وقالت الوكالة الوطنية للإعلام إن وزارة الإعلام اللبنانية أصدرت بيانا.",
])
def test_an_institution_without_a_linked_organisation_has_no_parent(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _relations(run(text))


@pytest.mark.parametrize(("text", "child", "parent"), [
    # Jordanian and Lebanese: a board in construct after لـ, its university or club after it.
    ("وعمل الدكتور سامي الخطيب رئيسا لمجلس أمناء جامعة اليرموك ثم وزيرا للتعليم العالي.",
     "مجلس أمناء جامعة اليرموك", "جامعة اليرموك"),
    ("وانتخب فادي حداد عضوا بمجلس إدارة نادي الحكمة اللبناني في بيروت.",
     "مجلس إدارة نادي الحكمة اللبناني", "نادي الحكمة اللبناني"),
])
def test_a_board_after_a_preposition_belongs_to_the_name_after_it(  # type: ignore[no-untyped-def]
        run, text: str, child: str, parent: str) -> None:
    doc = run(text)
    if parent not in {e.name for e in doc.entities if e.type == "ORG"}:
        pytest.skip("the names stage did not find the parent")
    assert ("PART_OF", child, parent) in _relations(doc)
