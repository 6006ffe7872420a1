"""A phrase of leading (برئاسة فلان، بقيادة فلان) with no body named and a word of trade before
the name (بقيادة المدرب فلان) says who led an action, no post. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Gulf sports page: a team's training led by its coach
        ("وانطلقت تمارين الفريق الأول مساء أمس بقيادة المدرب الوطني خالد العطوي وجهازه المساعد.",
         "خالد العطوي"),
        # Moroccan: a chamber's session chaired by a lawyer
        ("وباشرت غرفة التحكيم عملها في الرباط برئاسة القانوني عبد الإله الفاسي.", "عبد الإله الفاسي"),
        # Egyptian: a march led by an activist's trade word
        ("وانطلقت المسيرة من ميدان التحرير بقيادة المحامي الحقوقي خالد علي.", "خالد علي"),
    ],
)
def test_a_phrase_with_no_body_states_no_post(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    assert not any(p == person and r in ("قائد", "رئيس") and o is None for p, r, o in _held(run(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moroccan: the body the phrase follows
        ("وقد تشكلت هيئة إدارية جديدة للجمعية المغربية لحقوق الإنسان برئاسة أحمد الهايج.",
         ("أحمد الهايج", "رئيس", "الجمعية المغربية لحقوق الإنسان")),
        # Lebanese: a bloc led by its leader
        ("وصوتت كتلة المستقبل النيابية بزعامة فؤاد السنيورة ضد المشروع.",
         ("فؤاد السنيورة", "زعيم", "كتلة المستقبل النيابية")),
    ],
)
def test_a_phrase_after_a_body_states_the_post_in_it(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _held(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Jordanian: the status adjective closes the post's complement after the holder's name
        (("وأعلنت الجامعة اختيار الدكتور سليم الحوراني وزير الأوقاف والشؤون الإسلامية الأردني السابق "
         "رئيساً لمجلس أمنائها."),
         ("سليم الحوراني", "وزير الأوقاف", "former")),
        # Egyptian: set off by commas
        ("وقال حسام الدين عثمان، رئيس نادي الترسانة المصري الأسبق، إن الأزمة ستنتهي.",
         ("حسام الدين عثمان", "رئيس", "former")),
        # Emirati: no status adjective, the post is held now
        ("وقال محمد الكعبي رئيس نادي الوحدة الإماراتي إن الفريق جاهز.",
         ("محمد الكعبي", "رئيس", "current")),
    ],
)
def test_a_status_adjective_after_a_post_said_of_the_name_before(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(text)
    assert expected in {(p.person.name, p.role, p.status) for p in doc.claims["positions"]}
