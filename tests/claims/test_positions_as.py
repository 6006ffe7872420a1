"""A post said with ك "as" (انضم فلان إلى الشركة كرئيس تنفيذي) is held by the clause's subject,
from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "role", "org"),
    [
        # the company named before the post
        ("وانضم كريم الصافي إلى شركة أورنج للاتصالات كرئيس تنفيذي في مارس الماضي.",
         "كريم الصافي", "رئيس تنفيذي", "شركة أورنج للاتصالات"),
        # the company named after the post with ل
        ("وعمل سمير الحلبي كمدير عام لشركة الكهرباء الوطنية في الأردن لمدة خمس سنوات.",
         "سمير الحلبي", "مدير عام", "شركة الكهرباء الوطنية"),
    ],
)
def test_a_post_said_as_is_the_subjects(run, text: str, person: str, role: str,  # type: ignore[no-untyped-def]
                                        org: str) -> None:
    assert (person, role, org) in _held(run(text))


def test_where_an_envoy_is_sent_is_not_the_posts_organisation(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وتم تعيين ليلى المنصوري كمبعوثة خاصة إلى منظمة الصحة العالمية."))
    assert any(p == "ليلى المنصوري" for p, _, _ in held)
    assert not any(o == "منظمة الصحة العالمية" for _, _, o in held)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted speaker's own words: another clause's subject
        "وقال الوزير كمال الدين إن أحمد السالم سيعمل في المرحلة المقبلة، وقال: «أعمل كمدير عام منذ سنوات».",
        # the name far before, in another clause
        ("وأكد نبيل الخطيب أن الحكومة المغربية قررت تعيين سفير جديد، وكانت الصحف قد نشرت خلال الأسبوع "
        "الماضي تقارير كثيرة عن رغبة الوزارة في تغيير عدد كبير من الموظفين كمدير للمكتب."),
    ],
)
def test_a_post_said_as_far_from_a_name_is_not_its(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(r == "مدير عام" or r.startswith("مدير") for _, r, _ in _held(run(text)))


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        # a copula joined by ثم to the verb whose subject opens the clause, a government's head between
        ("وكان خالد الدباغ قد شغل منصب وزير الخارجية في حكومة نوري السعيد ثم أصبح سفيراً في لندن.",
         "خالد الدباغ", "نوري السعيد"),
        ("كان جان بيير موران قد تولى منصب وزير الاقتصاد في حكومة فرنسوا بايرو ثم أصبح رئيسا للوزراء عام 2010.",
         "جان بيير موران", "فرنسوا بايرو"),
    ],
)
def test_a_joined_copulas_post_is_the_clauses_subjects(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                       other: str) -> None:
    held = _held(run(text))
    assert any(p == person and r in ("سفير", "رئيس", "رئيس الوزراء") for p, r, _ in held)
    assert not any(p == other for p, _, _ in held)


def test_a_copula_in_a_reported_clause_keeps_its_own_subject(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال المتحدث سامي الحداد إن عمر الكبيسي شغل منصب المدير ثم أصبح رئيسا للجنة."))
    assert any(p == "عمر الكبيسي" and r.startswith("رئيس") for p, r, _ in held)
    assert not any(p == "سامي الحداد" and r.startswith("رئيس") for p, r, _ in held)
