"""The organisation of a post in a body of an organisation (رئيساً لدائرة التحكيم، رئيس لجنة
الانضباط) when the sentence names no organisation after the body, from sentences written for
these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str | None]]:
    return {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the members of a federation, a plural title, name the body that appoints
        (("وافق أعضاء الاتحاد الأردني لكرة السلة في اجتماعهم برئاسة سامي الخطيب على تعيين المدرب "
          "الإسباني خوان لوبيز رئيساً لدائرة التحكيم."), "خوان لوبيز", "الاتحاد الأردني لكرة السلة"),
        # the same shape with a club and a committee
        (("وصادق أعضاء نادي الهلال السوداني خلال جلستهم على تعيين عمر الطيب رئيساً للجنة "
          "المسابقات."), "عمر الطيب", "نادي الهلال السوداني"),
    ],
)
def test_a_members_title_names_the_body_that_gives_a_post(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                          org: str) -> None:
    assert (person, org) in _held(run(text))


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the federation named only inside its board, sentences before the committee's chair
        (("اجتمع أعضاء مجلس إدارة الاتحاد التونسي لكرة اليد برئاسة علي الصالح اليوم. وما زال مقعد رئيس لجنة "
          "الانضباط منير العياري شاغرا منذ استقالته."), "منير العياري", "الاتحاد التونسي لكرة اليد"),
    ],
)
def test_an_earlier_board_names_the_organisation_of_its_committees(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                                   org: str) -> None:
    assert (person, org) in _held(run(text))



@pytest.mark.parametrize(
    ("text", "person", "org", "shared"),
    [
        # a list of commanders, each post naming its own force after the first post's body
        (("وحضر الاجتماع كل من رئيس هيئة الأركان المشتركة يوسف الحنيطي، وقائد القوات الجوية محمد "
          "حياصات، والمدير العام للدرك معاذ العبادي."), "محمد حياصات", "القوات الجوية",
         "هيئة الأركان المشتركة"),
        (("وحضر الاجتماع كل من رئيس هيئة الأركان المشتركة يوسف الحنيطي، وقائد القوات الجوية محمد "
          "حياصات، والمدير العام للدرك معاذ العبادي."), "معاذ العبادي", "الدرك", "هيئة الأركان المشتركة"),
    ],
)
def test_a_listed_post_with_its_own_complement_shares_no_organisation(run, text: str,  # type: ignore[no-untyped-def]
                                                                      person: str, org: str,
                                                                      shared: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert (person, shared) not in held
