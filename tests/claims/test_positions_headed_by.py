"""Heads of an organisation named in a relative clause after it (التيار الذي يترأسه فلان،
الكتلة التي يتزعمها فلان), from sentences written for these tests in several countries' shapes."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status)
            for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lebanese: an adjective phrase with another organisation between (مع حزب الله), a
        # title of the holder's own before the name
        (("ويتمسك التيار الوطني الحر المتحالف مع حزب الله والذي يترأسه النائب جبران باسيل "
         "بموقفه من الموازنة."),
         ("جبران باسيل", "رئيس", "التيار الوطني الحر", "current")),
        # Iraqi: a bloc in quotes, a post of the holder's between the verb and the name
        (("وقال رعد الدهلكي، عضو البرلمان العراقي عن كتلة «ديالى هويتنا» التي يتزعمها رئيس "
         "البرلمان سليم الجبوري، إن الاتفاق قريب."),
         ("سليم الجبوري", "زعيم", "ديالى هويتنا", "current")),
        ("وصوتت كتلة دولة القانون التي يتزعمها نوري المالكي ضد القرار.",
         ("نوري المالكي", "زعيم", "كتلة دولة القانون", "current")),
        # Moroccan: كان before the verb puts the post in the past
        ("وانتقد حزب الاستقلال الذي كان يتزعمه عباس الفاسي قرار الحكومة.",
         ("عباس الفاسي", "زعيم", "حزب الاستقلال", "former")),
        # Egyptian: a feminine relative and verb, an honorific before the name
        ("وقالت الجمعية الخيرية التي تقودها السيدة منى الحسيني في القاهرة إنها وزعت المساعدات.",
         ("منى الحسيني", "قائد", "الجمعية الخيرية", "current")),
        # Algerian: a comma sets the clause off; a ministry's head is its minister
        ("وألحق الرئيس الجزائري وزارة الزراعة بوزارة الصيد البحري، التي يقودها سيد أحمد فروخي.",
         ("سيد أحمد فروخي", "وزير الصيد البحري", "وزارة الصيد البحري", "current")),
        # Iranian, in a Gulf paper: the verb joined by و after another verb of the clause
        (("ووجه المجلس الأعلى للأمن القومي الذي يشرف على المفاوضات ويرأسه الرئيس الإيراني حسن "
         "روحاني مذكرة إلى وسائل الإعلام."),
         ("حسن روحاني", "رئيس", "المجلس الأعلى للأمن القومي", "current")),
    ],
)
def test_the_name_after_a_clause_of_heading_heads_the_organisation_before_it(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _held(run(text))


def test_a_body_s_head_heads_it_in_its_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقدت غرفة الشارقة اجتماعها السنوي. وأشاد مجلس الإدارة الذي يقوده الشيخ سالم "
              "الكعبي بنتائج العام.")
    assert ("سالم الكعبي", "قائد مجلس الإدارة", "غرفة الشارقة", "current") in _held(doc)


@pytest.mark.parametrize(
    "text",
    [
        # the head is a state, not a person
        "وأعلن التحالف العربي الذي تقوده السعودية بدء عملية جديدة في اليمن.",
        # no one named after the verb: the clause's subject is the holder, said elsewhere
        "وقال كاميرون أمام المؤتمر السنوي لحزب المحافظين الذي يتزعمه، إن الاستفتاء قريب.",
        # a clause mark between the verb and the next name
        "وأعلن حزب الأمة الذي يتزعمه، منذ سنوات، أن صادق المهدي سيعود إلى الخرطوم.",
    ],
)
def test_no_person_right_after_the_verb_gives_no_head(run, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    assert not any(role in ("رئيس", "زعيم", "قائد") for _, role, _, _ in _held(doc))
