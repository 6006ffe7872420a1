"""The organisation of a post named only inside the name of one of its bodies (المجلس الوطني
لحزب الأمة، الجمعية العمومية لنادي الوداد), and the organisation a leader's phrase follows in a
list of parties, from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str | None]]:
    return {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a post given after ل with a bare head, the party named inside its council
        ("وانتخب المجلس المركزي لحزب الاستقلال المغربي نزار بركة أميناً عاماً للحزب.",
         "نزار بركة", "حزب الاستقلال المغربي"),
        # an indefinite club after ل in its general assembly's name
        ("قررت الجمعية العمومية لنادي الوداد البيضاوي انتخاب سعيد الناصري رئيساً.",
         "سعيد الناصري", "نادي الوداد البيضاوي"),
    ],
)
def test_an_organisation_named_inside_its_body_holds_the_post(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                              org: str) -> None:
    assert (person, org) in _held(run(text))


@pytest.mark.parametrize(
    ("text", "person", "org", "other"),
    [
        # the second party of a bracketed list, after the first party's leader and his old post
        (("وأعلن الحزبان الكبيران في السودان (حزب الأمة القومي بزعامة رئيس الوزراء الأسبق الصادق "
          "المهدي والحزب الاتحادي الديمقراطي بزعامة محمد عثمان الميرغني) رفضهما للاتفاق."),
         "محمد عثمان الميرغني", "الحزب الاتحادي الديمقراطي", "حزب الأمة القومي"),
    ],
)
def test_a_name_ends_a_titles_complement(run, text: str, person: str, org: str,  # type: ignore[no-untyped-def]
                                         other: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert (person, other) not in held
