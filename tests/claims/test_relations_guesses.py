"""Which organisation a body with no parent named beside it is guessed to belong to, and when
no guess is made; sentences written for these tests in several countries' shapes."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _parents(doc: Doc, child: str) -> set[str]:
    return {r.parent.name for r in doc.claims["relations"]
            if r.type == "PART_OF" and r.child.name == child}


@pytest.mark.parametrize(("text", "child"), [
    # A committee that deals with an organisation named only after it is not its body.
    (("وأعلنت اللجنة الفنية أنها ستعرض الملف على الاتحاد الأفريقي. وقال الاتحاد الأفريقي "
      "إنه سيدرس الملف. ورحب الاتحاد الأفريقي بالخطوة."), "اللجنة الفنية"),
    (("وكشفت المديرية العامة للصحة عن نتائج التحقيق في وفاة مريض بمستشفى الثورة العام. "
      "وأكد مستشفى الثورة العام أنه تعاون مع التحقيق. وقال مستشفى الثورة العام إن الطاقم بريء."),
     "المديرية العامة للصحة"),
])
def test_no_guess_from_an_organisation_named_only_after_the_body(  # type: ignore[no-untyped-def]
        run, text: str, child: str) -> None:
    assert _parents(run(text), child) == set()


def test_a_board_still_takes_the_company_named_after_it(run) -> None:  # type: ignore[no-untyped-def]
    """A board or general assembly has to be some body's: the company the article goes on to
    name is its own."""
    doc = run("ووافق مجلس الإدارة على توزيع الأرباح. وقالت شركة الاتصالات المغربية إن الأرباح "
              "ارتفعت. وأكدت شركة الاتصالات المغربية أنها ستوسع شبكتها.")
    assert _parents(doc, "مجلس الإدارة") == {"شركة الاتصالات المغربية"}


def test_a_body_takes_the_organisation_named_before_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد الاتحاد العراقي لكرة السلة اجتماعه في بغداد. وقرر الاتحاد العراقي لكرة السلة "
              "تأجيل الدوري. وستعلن لجنة المسابقات الجدول الجديد الأسبوع المقبل.")
    assert _parents(doc, "لجنة المسابقات") == {"الاتحاد العراقي لكرة السلة"}


@pytest.mark.parametrize(("text", "child", "wrong"), [
    # A committee near a government is most often a parliament's or an independent one.
    (("وقالت الحكومة اللبنانية إنها ستدرس الملف. وأكدت الحكومة اللبنانية التزامها بالإصلاح. "
      "وطالبت لجنة الشفافية بنشر العقود كاملة."), "لجنة الشفافية", "الحكومة اللبنانية"),
    # A directorate oversees hospitals; it is no body of the one the article names.
    (("توفي مريض في مستشفى الجمهورية بعدن. وقال مستشفى الجمهورية إن الطاقم تعاون. "
      "وأوضحت المديرية العامة للصحة أن التحقيق مستمر."), "المديرية العامة للصحة", "مستشفى الجمهورية"),
])
def test_no_guess_into_an_organisation_of_an_unlike_kind(  # type: ignore[no-untyped-def]
        run, text: str, child: str, wrong: str) -> None:
    doc = run(text)
    assert child in {e.name for e in doc.entities}
    assert wrong not in _parents(doc, child)


def test_a_committee_still_takes_the_council_named_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد مجلس النواب المغربي جلسته العامة. وصادق مجلس النواب المغربي على القانون. "
              "وناقشت لجنة المالية مشروع الميزانية.")
    assert _parents(doc, "لجنة المالية") == {"مجلس النواب المغربي"}
