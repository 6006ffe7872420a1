"""Posts stated by a verb or noun of leaving them (استقالة فلان من رئاسة اللجنة، تنحى فلان عن
منصب نائب الرئيس): held by the one named with the verb until then; sentences written for these
tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str]]:
    return {(p.person.name, p.role, p.status) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name between the noun of leaving and the post's noun
        ("وتم خلال الاجتماع قبول استقالة الدكتور سامي الحلبي من رئاسة لجنة الانضباط.",
         ("سامي الحلبي", "رئيس", "former")),
        ("وقرر المجلس البلدي إعفاء خالد الرميثي من عضوية اللجنة الفنية.",
         ("خالد الرميثي", "عضو", "former")),
        # the name right before the noun of leaving with its pronoun
        ("وأعلن حسن الترابي استقالته من رئاسة حزب المؤتمر الشعبي.",
         ("حسن الترابي", "رئيس", "former")),
        # a post title after عن منصب, a deputy word joined to it
        ("وتنحى جون سميث عن منصب نائب رئيسة مجلس الشيوخ الأسترالي، بعد فضيحة مالية.",
         ("جون سميث", "نائب رئيسة", "former")),
        # a verb that announces the leaving: the post is still held
        ("منصور العلي يتنحى عن رئاسة نادي الوحدة ويدعو لانتخاب رئيس جديد",
         ("منصور العلي", "رئيس", "current")),
    ],
)
def test_a_post_left_is_the_named_ones(run, text: str,  # type: ignore[no-untyped-def]
                                       expected: tuple[str, str, str]) -> None:
    held = _held(run(text))
    person, role, status = expected
    # the body may go into the role when an organisation is named before (عضو اللجنة الفنية)
    assert any(p == person and r.startswith(role) and s == status for p, r, s in held), held


@pytest.mark.parametrize(
    "text",
    [
        # a comma and another clause between the name and the noun of leaving
        "وقال سامي الحلبي، إن المجلس ناقش استقالة من رئاسة اللجنة.",
        # a noun of a post with no verb of leaving before it is no post of anyone's
        "وناقش خالد الرميثي مع الوفد رئاسة اللجنة الفنية.",
    ],
)
def test_no_one_left_without_a_leaver_named(run, text: str) -> None:  # type: ignore[no-untyped-def]
    held = _held(run(text))
    assert not any(r == "رئيس" for _, r, _ in held), held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post handed to the one named after إلى, past the post's complement
        ("أسند الاتحاد الأفريقي لكرة القدم رئاسة لجنة الحكام بالاتحاد إلى محمد الغول.",
         ("محمد الغول", "رئيس", "current")),
        # a post handed to the one named between the verb and the post
        ("ومنح المجلس الوطني الدكتور فؤاد حداد عضوية لجنة الشؤون الخارجية.",
         ("فؤاد حداد", "عضو", "current")),
        # a relative clause of leaving names the one right before it
        ("ويتولى لي وانغ رئاسة لجنة الحكام بديلا للتايلندي سومشاي ناروك الذي خرج من رئاسة اللجنة.",
         ("سومشاي ناروك", "رئيس", "former")),
    ],
)
def test_a_post_handed_or_left_in_a_clause(run, text: str,  # type: ignore[no-untyped-def]
                                           expected: tuple[str, str, str]) -> None:
    held = _held(run(text))
    person, role, status = expected
    assert any(p == person and r.startswith(role) and s == status for p, r, s in held), held


def test_a_prize_handed_is_no_post(run) -> None:  # type: ignore[no-untyped-def]
    assert not _held(run("ومنحت الجامعة جائزة التميز إلى سامي حداد، وخرج الفريق من البطولة."))
