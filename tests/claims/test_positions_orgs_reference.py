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
        (("وتحدثت الحكومة الجزائرية عن مبادرة «معدّلة» لإنهاء الأزمة في مالي، وناقشتها مع عدد من القادة، "
         "بينهم الرئيس إبراهيم أبو بكر كيتا."), "إبراهيم أبو بكر كيتا", "معدّلة"),
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


@pytest.mark.parametrize(
    ("text", "person", "captor"),
    [
        # the captor named before, its verbs between it and the title
        (("وقالت مصادر محلية إن القافلة تعرضت لكمين من حركة طالبان، حيث هاجمتها وخطفت قائد الكتيبة "
         "رحيم الله زدران مع عشرة من رجاله."), "رحيم الله زدران", "طالبان"),
        # the verb before its subject, the captor's organisation named in it
        ("وأفاد شهود بأن عناصر من تنظيم داعش اعتقلوا الأربعاء القيادي سالم الورفلي قرب مدينة سرت.",
         "سالم الورفلي", "تنظيم داعش"),
    ],
)
def test_an_organisation_seizing_the_holder_is_not_his(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                       captor: str) -> None:
    held = _held(run(text))
    assert any(p == person for p, _ in held)
    assert (person, captor) not in held


def test_an_organisation_named_before_a_title_without_such_a_verb_is_its_own(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال حزب العدالة والتنمية إن رئيس الحزب أحمد التوفيق سيزور الرباط."))
    assert ("أحمد التوفيق", "حزب العدالة والتنمية") in held


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the members' title names the board of the federation the chair heads
        ("قبل أن يجتمع أعضاء مجلس إدارة الاتحاد المصري لكرة اليد برئاسة هشام نصر، ناقشت اللجنة الأمر.",
         "هشام نصر", "الاتحاد المصري لكرة اليد"),
        # a club's board, with no members' title
        ("وعقد مجلس إدارة نادي الوداد الرياضي برئاسة سعيد الناصري اجتماعا أمس.",
         "سعيد الناصري", "نادي الوداد الرياضي"),
    ],
)
def test_the_chair_of_a_board_named_with_its_members_is_in_its_organisation(  # type: ignore[no-untyped-def]
        run, text: str, person: str, org: str) -> None:
    assert (person, org) in _held(run(text))
