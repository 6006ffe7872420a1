"""Which names are bodies, and which organisation a body belongs to: dispute chambers, boards
named in construct, a shura council only of a movement, a municipality, a quoted body, a field
after لـ. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.claims.relation_cues import is_body_name, structure_lexicon
from sijill.claims.relation_names import Found, parents_in_names
from sijill.doc import Doc, Entity, Span
from sijill.extract import make_doc
from sijill.read.article import Article


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


@pytest.mark.parametrize(("name", "body"), [
    ("غرفة فض المنازعات", True),
    ("الغرفة التحكيمية", True),
    ("غرفة المنازعات", True),
    ("مجلس أمناء جامعة اليرموك", False),  # a body with its parent in its name, not a bare one
    ("الغرفة التجارية", False),
    ("غرفة تجارة وصناعة البحرين", False),
    ("أمانة منطقة القصيم", False),
    ("أمانة محافظة جدة", False),
    ("الإدارة المدنية في الرقة", False),
    ("الإدارة القانونية", True),
    ("الأمانة العامة", True),
    ("مجلس الشورى", True),
])
def test_body_names(name: str, body: bool) -> None:
    assert is_body_name(name, structure_lexicon()) is body


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("وقال رئيس مجلس أمناء جامعة اليرموك الدكتور سامي الخطيب إن المجلس وافق على الخطة.",
     "مجلس أمناء جامعة اليرموك", "جامعة اليرموك"),
    ("وقرر مجلس شورى حزب العدالة والبناء الليبي في طرابلس تأجيل المؤتمر العام.",
     "مجلس شورى حزب العدالة والبناء الليبي", "حزب العدالة والبناء الليبي"),
])
def test_a_board_named_in_construct_with_its_parent(run, text: str, child: str,  # type: ignore[no-untyped-def]
                                                     parent: str) -> None:
    assert ("PART_OF", child, parent) in _relations(run(text))


@pytest.mark.parametrize("text", [
    ("أعلن الاتحاد الكويتي لكرة القدم أن غرفة فض المنازعات ستنظر في شكوى نادي القادسية. "
     "وأكد الاتحاد الكويتي لكرة القدم أن القرار نهائي."),
    ("قرر الاتحاد الكويتي لكرة القدم إحالة الشكوى إلى الغرفة التحكيمية. "
     "وأكد الاتحاد الكويتي لكرة القدم أن القرار نهائي."),
])
def test_a_dispute_chamber_belongs_to_its_federation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    rel = _relations(run(text))
    assert any(r[0] == "PART_OF" and "غرف" in r[1] and r[2] == "الاتحاد الكويتي لكرة القدم"
               for r in rel), rel


@pytest.mark.parametrize(("text", "parent"), [
    (("أعلنت حركة مجتمع السلم الجزائرية أن مجلس الشورى سيجتمع الأسبوع المقبل. "
     "وقالت حركة مجتمع السلم إن الاجتماع سيحسم موقفها من الانتخابات."),
     "حركة مجتمع السلم الجزائرية"),
    (("وافق مجلس الشورى العماني على مشروع قانون العمل بعد مناقشته. "
     "وأحال مجلس الشورى المشروع إلى مجلس الدولة، وقالت وزارة العمل إنها ستدرس الملاحظات. "
     "وأكدت وزارة العمل أهمية القانون."), None),
])
def test_a_shura_council_belongs_only_to_a_movement(run, text: str,  # type: ignore[no-untyped-def]
                                                     parent: str | None) -> None:
    rel = {r for r in _relations(run(text)) if r[1].startswith("مجلس الشورى")}
    assert {r[2] for r in rel} == ({parent} if parent else set()), rel


def test_a_quoted_body_also_named_plainly_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run('الاتحاد الإماراتي لكرة القدم يعين مدربا لـ"دائرة التحكيم"\n\n'
              "وافق الاتحاد الإماراتي لكرة القدم على تعيين الإيطالي ماركو روسي رئيساً لدائرة "
              "التحكيم. وقال الاتحاد الإماراتي لكرة القدم إن دائرة التحكيم ستبدأ عملها قريبا.")
    assert ("PART_OF", "دائرة التحكيم", "الاتحاد الإماراتي لكرة القدم") in _relations(doc)


def _doc_with(text: str, names: list[tuple[str, list[str], dict[str, str]]]) -> Doc:
    """A document whose organisations are ``names``: each name, the written forms of its
    mentions in order of appearance, and the mentions' data."""
    doc = make_doc(Article(id="t", text=text))
    for name, forms, data in names:
        spans, at = [], 0
        for form in forms:
            at = doc.text.index(form, at)
            spans.append(Span(at, at + len(form), "ORG", None, dict(data)))
            at += len(form)
        doc.entities.append(Entity("ORG", name, [], spans))
    return doc


@pytest.mark.parametrize(("field", "forms", "data", "parent"), [
    # A field after لـ that a model alone took for a name, once: no parent.
    ("التعليم العالمي", ["لتعليم العالمي"], {}, False),
    # The same words named twice, or by a stage's rule, are an organisation.
    ("التعليم العالمي", ["لتعليم العالمي", "لتعليم العالمي"], {}, True),
    ("التعليم العالمي", ["لتعليم العالمي"], {"rule": "head"}, True),
])
def test_a_field_after_lam_is_no_parent(field: str, forms: list[str], data: dict[str, str],
                                        parent: bool) -> None:
    text = ("أعلنت اللجنة الوطنية للتعليم العالمي برنامجها. وقال ممثل لتعليم العالمي "
            "إن لتعليم العالمي يدعم البرنامج.")
    doc = _doc_with(text, [("اللجنة الوطنية للتعليم العالمي", ["اللجنة الوطنية للتعليم العالمي"], {}),
                           (field, forms, data)])
    found = Found()
    parents_in_names(doc, found, structure_lexicon())
    got = {(r.child.name, r.parent.name) for r in found.items}
    assert (("اللجنة الوطنية للتعليم العالمي", field) in got) is parent


@pytest.mark.parametrize(("text", "child", "parent"), [
    (("زكت الجمعية العمومية سالم العنزي رئيسا لنادي التضامن الكويتي. وضم مجلس إدارة التضامن "
     "كلا من فهد العتيبي نائبا للرئيس. وقال نادي التضامن الكويتي إن الموسم سيبدأ قريبا."),
     "مجلس إدارة التضامن", "نادي التضامن الكويتي"),
    (("عقد مجلس إدارة الوداد اجتماعا طارئا في الدار البيضاء. وأعلن نادي الوداد الرياضي "
     "تعاقده مع مدرب جديد."), "مجلس إدارة الوداد", "نادي الوداد الرياضي"),
])
def test_a_board_names_its_club_without_the_head(run, text: str, child: str,  # type: ignore[no-untyped-def]
                                                  parent: str) -> None:
    assert ("PART_OF", child, parent) in _relations(run(text))


def test_a_ministry_field_is_no_club_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت وزارة المالية الأردنية إن لجنة المالية في مجلس النواب ستناقش الموازنة. "
              "وأكدت وزارة المالية الأردنية أن الموازنة جاهزة.")
    assert not {r for r in _relations(doc) if r[1] == "لجنة المالية" and r[2].startswith("وزارة")}


@pytest.mark.parametrize(("text", "parent"), [
    (("استقبل الأمين العام لجامعة الدول العربية أحمد أبو الغيط في مكتبه بمقر الأمانة العامة "
     "بالقاهرة وزير الخارجية الموريتاني. وبحث الجانبان التعاون مع منظمة التعاون الإسلامي. "
     "وأشادت منظمة التعاون الإسلامي باللقاء."), "جامعة الدول العربية"),
])
def test_a_secretariat_is_the_office_of_the_secretary_general(run, text: str,  # type: ignore[no-untyped-def]
                                                              parent: str) -> None:
    rel = {r for r in _relations(run(text)) if r[1].startswith("الأمانة العامة")}
    assert {r[2] for r in rel} == {parent}, rel


def test_a_cue_after_a_body_is_about_the_parent_its_name_ends_with(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلنت جبهة الخلاص الوطني في دارفور إعفاء رئيس هيئة أركان جيش التحرير التابع للجبهة "
              "اللواء سليمان آدم من منصبه. وقالت جبهة الخلاص الوطني إن القرار نهائي.")
    rel = _relations(doc)
    assert ("PART_OF", "هيئة أركان جيش التحرير", "جيش التحرير") in rel
    assert ("PART_OF", "جيش التحرير", "جبهة الخلاص الوطني") in rel
    assert ("PART_OF", "هيئة أركان جيش التحرير", "جبهة الخلاص الوطني") not in rel
