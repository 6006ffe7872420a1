"""Two posts joined by و before one complement (العضو المنتدب والرئيس التنفيذي لشركة ...):
the organisation named after the second is both posts', from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _positions(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "first", "second", "org"),
    [
        # the name before both posts
        ("وقال سامر الحلبي العضو المنتدب والرئيس التنفيذي لشركة أرامكس إن النتائج جيدة.",
         "سامر الحلبي", "العضو المنتدب", "الرئيس التنفيذي", "شركة أرامكس"),
        # the first post names a body (مجلس الإدارة): its organisation is still the next's
        ("وقال رئيس مجلس الإدارة والمدير العام لشركة الكهرباء المغربية كريم بناني إن النتائج جيدة.",
         "كريم بناني", "رئيس مجلس الإدارة", "المدير العام", "شركة الكهرباء المغربية"),
        # the name after both posts
        ("وأكد المؤسس والرئيس الفخري لجمعية الوفاق الوطني علي سلمان أن الحوار مستمر.",
         "علي سلمان", "المؤسس", "الرئيس الفخري", "جمعية الوفاق الوطني"),
    ],
)
def test_joined_posts_share_the_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                             first: str, second: str, org: str) -> None:
    found = _positions(run(text))
    for role in (first, second):
        assert any(p == person and r == role and o is not None and o.startswith(org)
                   for p, r, o in found), (person, role, org, found)


def test_state_post_joined_to_a_party_post_takes_no_party(run) -> None:  # type: ignore[no-untyped-def]
    # a state's post stays the state's: رئيس الجمهورية is not the party's
    found = _positions(run("وقال رئيس الجمهورية ورئيس حزب العدالة والتنمية رجب طيب أردوغان إن الوضع مستقر."))
    assert not any(r == "رئيس الجمهورية" and o is not None and o.startswith("حزب") for _, r, o in found), found
