"""TITLE spans and roles from the titles grammar, and honorifics stripped from names."""

from __future__ import annotations

from itertools import pairwise

import pytest

from sijill.doc import Doc
from sijill.names.titles import find_titles, strip_honorifics


def _titles(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start : s.end], s.data["kind"], s.data["role"]) for s in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honorifics, with and without a clitic, and the abbreviation د.
        ("حضر الدكتور سامر اللقاء", [("الدكتور", "honorific", "الدكتور")]),
        ("التقى بالسيدة ريم في المكتب", [("السيدة", "honorific", "السيدة")]),
        ("وقع د. خالد العلي على البيان", [("د.", "honorific", "د.")]),
        # a post head extended by a body, in construct and after a clitic
        ("قال رئيس المكتب التنفيذي للحزب إن الاجتماع انتهى",
         [("رئيس المكتب التنفيذي", "post", "رئيس المكتب التنفيذي")]),
        ("وأكد عضو الهيئة السياسية سليم أن",
         [("عضو الهيئة السياسية", "post", "عضو الهيئة السياسية")]),
        ("ورئيس اللجنة القانونية حاضر",
         [("رئيس اللجنة القانونية", "post", "رئيس اللجنة القانونية")]),
        ("التقى الوفد برئيس المجلس المحلي",
         [("رئيس المجلس المحلي", "post", "رئيس المجلس المحلي")]),
        # a minister and a portfolio, with diacritics
        ("صرّح وزيرُ الخارجيةِ التركي أمس", [("وزيرُ الخارجيةِ", "post", "وزير الخارجية")]),
        ("وقالت وزيرة الصحة إن", [("وزيرة الصحة", "post", "وزيرة الصحة")]),
        # the accusative after an election verb, with the body after ل
        ("انتخب الأعضاء سامي رئيساً للمكتب التنفيذي للتجمع",
         [("رئيساً للمكتب التنفيذي", "post", "رئيس المكتب التنفيذي")]),
        ("عين عمر مديراً للدائرة الإعلامية",
         [("مديراً للدائرة الإعلامية", "post", "مدير الدائرة الإعلامية")]),
        ("اختير عضوا في الهيئة", [("عضوا", "post", "عضو")]),
        # pronoun suffixes end the title
        ("قال رئيسها إن الخطة جاهزة", [("رئيسها", "post", "رئيس")]),
        ("وأكدت رئيستها أن", [("رئيستها", "post", "رئيسة")]),
        # definite heads, co-chairs, deputies, spokespeople
        ("وقالت الرئيسة المشتركة للمجلس هدى",
         [("الرئيسة المشتركة", "post", "الرئيسة المشتركة")]),
        ("أعلن نائب رئيس الحزب استقالته", [("نائب رئيس", "post", "نائب رئيس")]),
        ("أوضح الأمين العام للحزب", [("الأمين العام", "post", "الأمين العام")]),
        ("وقال المتحدث باسم الفصيل", [("المتحدث باسم", "post", "المتحدث باسم")]),
        # the لل form: the span starts at the second ل, the role has the article back
        ("وجه الشكر للرئيس السابق للبلدية", [("لرئيس السابق", "post", "الرئيس")]),
        # a known organisation's name is not a body of the post
        ("قال رئيس المجلس الوطني السوري إن", [("رئيس", "post", "رئيس")]),
        # words that only look like heads
        ("هذا هو السبب الرئيسي للأزمة", []),
        ("ناقش المجتمعون عضوية الحزب", []),
    ],
)
def test_title_spans_and_roles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _titles(text) == expected


def test_honorific_then_post_do_not_overlap() -> None:
    text = "التقى السيد رئيس الهيئة العامة وزير الدفاع"
    spans = find_titles(text)
    assert [text[s.start : s.end] for s in spans] == ["السيد", "رئيس الهيئة العامة", "وزير الدفاع"]
    assert all(a.end <= b.start for a, b in pairwise(spans))


def test_modifier_is_recorded() -> None:
    spans = find_titles("زار وزير الدفاع السابق المدينة")
    assert len(spans) == 1
    assert spans[0].data == {"kind": "post", "role": "وزير الدفاع", "head": "وزير",
                             "modifier": "السابق"}


def test_stage_writes_titles_layer(run) -> None:  # type: ignore[no-untyped-def]
    from sijill.names.titles import add_titles

    doc: Doc = add_titles(run("وقال رئيس المكتب السياسي للحزب"))
    assert [(s.label, s.data["role"]) for s in doc.layers["titles"]] == [
        ("TITLE", "رئيس المكتب السياسي")
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("الدكتور محمد حسام", "محمد حسام"),
        ("د. بدر جاموس", "بدر جاموس"),
        ("د.سمير نصار", "سمير نصار"),
        ("السيد الدكتور علي حمود", "علي حمود"),
        ("المهندسة لينا سالم", "لينا سالم"),
        ("سيدرا الشيخ", "سيدرا الشيخ"),
        ("الدكتورية", "الدكتورية"),
        ("عادل درويش", "عادل درويش"),
    ],
)
def test_strip_honorifics(name: str, expected: str) -> None:
    assert strip_honorifics(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deputy word and the post after it are one title, in construct or with ل
        ("وأكد نائب رئيس الجمهورية أن", [("نائب رئيس الجمهورية", "نائب رئيس الجمهورية")]),
        ("وعين سامي نائباً لرئيس مجلس الإدارة",
         [("نائباً لرئيس مجلس الإدارة", "نائب رئيس مجلس الإدارة")]),
        ("قال النائب الأول لرئيس الوزراء إن",
         [("النائب الأول لرئيس الوزراء", "النائب الأول رئيس الوزراء")]),
        ("وحضر مساعد الرئيس التنفيذي للشركة", [("مساعد الرئيس التنفيذي", "مساعد الرئيس التنفيذي")]),
        # a deputy word with no post after it stays what it was
        ("أعلن نائب رئيس الحزب استقالته", [("نائب رئيس", "نائب رئيس")]),
        ("ساعد المتطوعون في التوزيع", []),
    ],
)
def test_deputy_joins_the_post_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s.start : s.end], s.data["role"]) for s in find_titles(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deputy word with its rank in the accusative before the post it is named to
        ("قرر المجلس تعيين سعيد نائباً ثانياً لرئيس الحكومة",
         [("نائباً ثانياً لرئيس الحكومة", "نائب رئيس الحكومة")]),
        ("عين الملك فهداً نائبا أول لرئيس الوزراء",
         [("الملك", "الملك"), ("نائبا أول لرئيس الوزراء", "نائب رئيس الوزراء")]),
    ],
)
def test_deputy_with_a_rank_joins_the_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s.start : s.end], s.data["role"]) for s in find_titles(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare indefinite post in construct with the post after it: one post
        ("وصل مبعوث الأمين العام إلى عدن", [("مبعوث الأمين العام", "مبعوث الأمين العام")]),
        ("قال مستشار رئيس الوزراء إن", [("مستشار رئيس الوزراء", "مستشار رئيس الوزراء")]),
        ("التقى ممثل الرئيس الروسي الوفد", [("ممثل الرئيس", "ممثل الرئيس")]),
        # a definite post before another is a stack of one person's posts, not a construct
        ("قال نائب رئيس الوزراء وزير الخارجية إن",
         [("نائب رئيس الوزراء", "نائب رئيس الوزراء"), ("وزير الخارجية", "وزير الخارجية")]),
        ("قال الرئيس السابق رئيس الحزب إن", [("الرئيس السابق", "الرئيس"), ("رئيس", "رئيس")]),
        # an accusative post ends where it is: the next post is another
        ("عين فلاناً رئيساً الأمين العام", [("رئيساً", "رئيس"), ("الأمين العام", "الأمين العام")]),
    ],
)
def test_post_in_construct_with_the_next_is_one_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s.start : s.end], s.data["role"]) for s in find_titles(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title right after the noun of a place named after its holder is a word of that name
        ("وصل الوفد إلى مطار الملك حسين الدولي في العقبة", []),
        ("نقل إلى مستشفى الأمير حمزة في عمان", []),
        ("وتأهل الفريق إلى نهائي كأس الأمير فيصل", []),
        # elsewhere the title stays, and a post before the place keeps its own
        ("استقبل الملك عبدالله الثاني الوفد", [("الملك", "الملك")]),
        ("قال رئيس جامعة الملك سعود إن", [("رئيس", "رئيس")]),
        ("زار مكتب الرئيس محمود عباس", [("الرئيس", "الرئيس")]),
    ],
)
def test_title_inside_a_place_named_after_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s.start : s.end], s.data["role"]) for s in find_titles(text)] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a minister of the presidency: the portfolio is part of the post
        ("وحضر وزير رئاسة الجمهورية اللقاء", "وزير رئاسة الجمهورية"),
        ("وقال وزير شؤون الرئاسة إن", "وزير شؤون الرئاسة"),
    ],
)
def test_presidency_portfolio(text: str, role: str) -> None:
    assert [s.data["role"] for s in find_titles(text)] == [role]
