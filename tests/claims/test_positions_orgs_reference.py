"""The organisation a bare post refers to when it names none (الرئيس فلان): never a quoted word
that describes a noun, from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str | None]]:
    return {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "word"),
    [
        # a participle agreeing with an initiative, a state's president after it
        ("وتحدثت الحكومة الجزائرية عن مبادرة «معدّلة» لإنهاء الأزمة في مالي، وناقشتها مع عدد من القادة، "
         "بينهم الرئيس إبراهيم أبو بكر كيتا.", "إبراهيم أبو بكر كيتا", "معدّلة"),
        # an adjective agreeing with a deal, in another country's story
        ("وكشفت الصحيفة عن صفقة «مشبوهة» أبرمتها البلدية، وقال الرئيس منصف المرزوقي إن التحقيق سيبدأ.",
         "منصف المرزوقي", "مشبوهة"),
    ],
)
def test_a_quoted_adjective_is_no_posts_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                     word: str) -> None:
    held = _held(run(text))
    assert any(p == person for p, _ in held)
    assert (person, word) not in held
