"""A dateline's outlet (بيروت - «الحياة»:، عمان - الغد:) is never the organisation a bare post
refers back to, from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str | None]]:
    return {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        ("بيروت - «الحياة»: قال رئيس الحزب سامي الجميل إن لبنان في خطر.", "سامي الجميل", "الحياة"),
        ("عمان - الغد: قال الرئيس التنفيذي للشركة زيد الحسن إن الشركة ستتوسع.", "زيد الحسن", "الغد"),
    ],
)
def test_a_datelines_outlet_is_no_posts_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                     outlet: str) -> None:
    held = _held(run(text))
    assert any(p == person for p, _ in held)
    assert (person, outlet) not in held


def test_an_organisation_heading_a_line_before_a_colon_is_still_referred_to(run) -> None:  # type: ignore[no-untyped-def]
    # a headline's subject before a colon, then its leader by a bare head
    held = _held(run("حزب الأمل: قال رئيس الحزب عمر الصالح إن الحزب سيشارك."))
    assert ("عمر الصالح", "حزب الأمل") in held
