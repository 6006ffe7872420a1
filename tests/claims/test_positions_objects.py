"""The name after an appointment or election trigger is the trigger's object, not the holder of
the title before it; sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str]]:
    return {(p.person.name, p.role) for p in doc.claims["positions"]}


@pytest.mark.parametrize(("text", "holder", "other"), [
    (("وافق أعضاء الاتحاد الأردني لكرة السلة في اجتماعهم برئاسة سامي الخطيب رئيس الاتحاد "
      "على تعيين الأمريكي جون بارتلي مدرباً للمنتخب."), "سامي الخطيب", "جون بارتلي"),
    (("وصادق مجلس نقابة الصحفيين التونسيين بحضور منير الهمامي رئيس النقابة "
      "على انتخاب الزميلة سلمى بن علي كاتبة عامة."), "منير الهمامي", "سلمى بن علي"),
])
def test_a_title_does_not_reach_past_a_trigger_to_its_object(run: Any, text: str, holder: str,
                                                            other: str) -> None:
    held = _held(run(text))
    assert any(p == holder and r.startswith("رئيس") for p, r in held)
    assert not any(p == other and r.startswith("رئيس") for p, r in held)


@pytest.mark.parametrize(("text", "other", "kept"), [
    # a headline: the title is the subject of a verb in the present, the name is its object
    ("الأمين العام لجامعة الدول العربية يدين تصريحات وزير الخارجية الليبي عبد الرحمن السويحلي.",
     "عبد الرحمن السويحلي", ("عبد الرحمن السويحلي", "وزير الخارجية")),
    ("الناطق باسم الحكومة المغربية ينتقد تصريحات محمد الساسي.", "محمد الساسي", None),
    ("رئيس البرلمان التونسي يهنئ عبد الكريم الزبيدي بمنصبه الجديد.", "عبد الكريم الزبيدي", None),
    ("وزير الداخلية الجزائري سيلتقي كريم الطاهري غداً في وهران.", "كريم الطاهري", None),
])
def test_a_title_does_not_reach_past_a_verb_to_its_object(run: Any, text: str, other: str,
                                                         kept: tuple[str, str] | None) -> None:
    held = _held(run(text))
    # the name after the verb holds none of the subject's posts, only its own title if any
    assert {(p, r) for p, r in held if p == other} == ({kept} if kept else set())


@pytest.mark.parametrize(("text", "holder", "role"), [
    # a verb after the name, not between title and name, leaves the post to the name
    ("رئيس الوزراء العراقي حيدر العبادي يزور طهران.", "حيدر العبادي", "رئيس الوزراء"),
    # a word of the shape of the present that is a noun (يوليو) stops nothing
    ("وأكد وزير المالية مطلع يوليو سامي القرمازي أن الموازنة جاهزة.", "سامي القرمازي", "وزير المالية"),
])
def test_a_verb_elsewhere_keeps_the_post(run: Any, text: str, holder: str, role: str) -> None:
    assert (holder, role) in _held(run(text))


@pytest.mark.parametrize(("text", "holder", "role"), [
    # a comma and other words between two titles: the first is not the name's
    (("وناقش الوزير المبادرة مع المسؤولين الأتراك، وبينهم الرئيس رجب طيب أردوغان، "
      "ورئيس الوزراء أحمد داود أوغلو."), "رجب طيب أردوغان", "الوزير"),
    (("وبحث المبعوث الخاص الملف مع القادة الليبيين، ومنهم رئيس المجلس الرئاسي فايز السراج."),
     "فايز السراج", "المبعوث الخاص"),
])
def test_a_title_does_not_chain_past_a_comma(run: Any, text: str, holder: str, role: str) -> None:
    held = _held(run(text))
    assert any(p == holder for p, _ in held)
    assert not any(p == holder and r.startswith(role) for p, r in held)


@pytest.mark.parametrize(("text", "holder", "role"), [
    # a head of government's post in a list after an organisation's: not that organisation's
    (("وحضر الاجتماع الأمين العام لمجلس التعاون عبد اللطيف الزياني ونائب رئيس الوزراء وزير "
      "الخارجية الأردني أيمن الصفدي."), "أيمن الصفدي", "نائب رئيس الوزراء"),
])
def test_a_state_post_in_a_list_shares_no_organisation(run: Any, text: str, holder: str,
                                                      role: str) -> None:
    doc = run(text)
    orgs = {p.org.name if p.org else None for p in doc.claims["positions"]
            if p.person.name == holder and p.role == role}
    assert orgs == {None}


def test_a_body_post_in_a_list_shares_its_organisation(run: Any) -> None:
    doc = run("وقال رئيس الاتحاد التونسي لكرة القدم وديع الجريء، ونائب الرئيس ماهر السنوسي إن البطولة ستقام.")
    orgs = {p.org.name for p in doc.claims["positions"] if p.person.name == "ماهر السنوسي" and p.org}
    assert orgs == {"الاتحاد التونسي لكرة القدم"}


@pytest.mark.parametrize("text", [
    "وذكرت الوكالة الوطنية للإعلام أن قائد الجيش العماد جوزيف عون تفقد الوحدات.",
    "ونقلت الوكالة الرسمية للأنباء عن رئيس الأركان اللواء محمد الحداد قوله إن الوضع مستقر.",
])
def test_a_news_agency_with_its_article_is_no_post_organisation(run: Any, text: str) -> None:
    doc = run(text)
    assert doc.claims["positions"]
    assert not any(p.org is not None and "الوكالة" in p.org.name for p in doc.claims["positions"])
