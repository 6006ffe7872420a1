"""A plural post after one name (أبلغ فلان أعضاء المجلس) is not that name's, from sentences
written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _positions(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


def test_plural_post_as_object_is_nobodys(run) -> None:  # type: ignore[no-untyped-def]
    found = _positions(run("وأبلغ حسين لبيب أعضاء مجلس إدارة نادي الزمالك بقراره."))
    assert not any(p == "حسين لبيب" for p, _r, _o in found), found


def test_plural_post_before_a_list_is_each_ones(run) -> None:  # type: ignore[no-untyped-def]
    found = _positions(run("وقال أعضاء مجلس إدارة نادي الوحدات حسين لبيب وعمر زيدان إن القرار نهائي."))
    holders = {p for p, _r, o in found if o is not None and o.startswith("نادي الوحدات")}
    assert holders == {"حسين لبيب", "عمر زيدان"}, found


@pytest.mark.parametrize(("text", "person"), [
    # Another post stands between the members and the name: the name holds that one.
    ("وسيستمع أعضاء الاتحاد من رئيس المجلس سامي الخطيب إلى آخر التطورات.", "سامي الخطيب"),
    (("ورحب رئيس لجنة الحكام مازن الحلبي باسم أعضاء لجنة الحكام بمدير دائرة التحكيم "
     "جون سميث."), "جون سميث"),
    # The name is spoken to or thanked, behind a preposition on its title of rank.
    (("وعبر رئيس لجنة الكرة سامي الخطيب نيابة عن أعضاء اللجنة عن شكره للأمير علي بن "
     "الحسين لجهوده."), "علي بن الحسين"),
    ("ودعا أعضاء المجلس البلدي إلى الاجتماع بالدكتور كريم بنعلي في الرباط.", "كريم بنعلي"),
])
def test_plural_post_before_one_name_past_other_words_is_not_his(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    found = _positions(run(text))
    assert not any(p == person and r.startswith("أعضاء") for p, r, _o in found), found
