"""Posts of several words whose last word ranks or names the post (الأمين العام المساعد،
الكاتب العام، السكرتير الأول), from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _positions(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "role", "org"),
    [
        # a trailing rank adjective belongs to the post, not dropped
        ("وقال الأمين العام المساعد لجامعة الدول العربية حسام زكي إن القمة ستعقد في موعدها.",
         "حسام زكي", "الأمين العام المساعد", "جامعة الدول العربية"),
        ("وأعلنت الأمينة العامة المساعدة لمنظمة التعاون الإسلامي سلمى الحسيني موعد الدورة.",
         "سلمى الحسيني", "الأمينة العامة المساعدة", "منظمة التعاون الإسلامي"),
        # the Maghreb's word for a secretary general
        ("وقال الكاتب العام للاتحاد العام التونسي للشغل نور الدين الطبوبي إن الإضراب قائم.",
         "نور الدين الطبوبي", "الكاتب العام", "الاتحاد العام التونسي للشغل"),
        # a party's first secretary
        ("وقال السكرتير الأول للحزب الشيوعي اللبناني حنا غريب إن الحزب يرفض القرار.",
         "حنا غريب", "السكرتير الأول", "الحزب الشيوعي اللبناني"),
    ],
)
def test_multiword_post_is_whole(run, text: str, person: str, role: str,  # type: ignore[no-untyped-def]
                                 org: str) -> None:
    found = _positions(run(text))
    assert any(p == person and r == role and o is not None and o.startswith(org)
               for p, r, o in found), (person, role, org, found)
