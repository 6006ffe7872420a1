"""A member of an assembly (النائب عن الكتلة، النائب في البرلمان), from sentences written for
these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _positions(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "role", "org"),
    [
        # the bloc after عن
        ("وقال النائب عن كتلة الوفاء للمقاومة حسن فضل الله إن الحكومة مطالبة بالتحرك.",
         "حسن فضل الله", "النائب", "كتلة الوفاء للمقاومة"),
        ("وقالت النائبة عن حزب الشعب الجمهوري سيزجين تانري كولو إن الحكومة أخطأت.",
         "سيزجين تانري كولو", "النائبة", "حزب الشعب الجمهوري"),
        # the assembly after في
        ("وأكد النائب في البرلمان الأردني خليل عطية أن القانون سيعدل.",
         "خليل عطية", "النائب", "البرلمان الأردني"),
        # no assembly named
        ("وقال النائب خليل عطية إن القانون سيعدل.", "خليل عطية", "النائب", None),
        # the prosecutor general is a post of its own
        ("وأمر النائب العام المصري حمادة الصاوي بحبس المتهمين.", "حمادة الصاوي", "النائب العام", None),
    ],
)
def test_member_of_an_assembly(run, text: str, person: str, role: str,  # type: ignore[no-untyped-def]
                               org: str | None) -> None:
    found = _positions(run(text))
    assert any(p == person and r == role and (o is None if org is None else o is not None and o.startswith(org))
               for p, r, o in found), (person, role, org, found)


def test_deputy_of_someone_is_no_member(run) -> None:  # type: ignore[no-untyped-def]
    # النائب with a complement in ل is someone's deputy: no post النائب
    found = _positions(run("وكان النائب السابق للقائد سمير حداد قد غادر البلاد."))
    assert not any(r == "النائب" for _, r, _o in found), found
