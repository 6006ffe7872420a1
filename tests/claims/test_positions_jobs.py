"""Posts given as a job in an appointment (تعيين فلان على وظيفة (سفير) بوزارة الخارجية), from
sentences written for these tests in the shapes of Gulf, Kuwaiti and Egyptian decrees."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status)
            for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cabinet's list: the job in brackets, its grade, then its ministry
        (("وقرر مجلس الوزراء ما يلي:\n1 ـ تعيين سامي بن سليمان النحيط على وظيفة ( وكيل الوزارة "
          "لشؤون الأبحاث الزراعية ) بالمرتبة الخامسة عشرة بوزارة الزراعة."),
         ("سامي بن سليمان النحيط", "وكيل الوزارة لشؤون الأبحاث الزراعية", "وزارة الزراعة", "current")),
        # a body inside the ministry: the post goes to the ministry, named last
        (("وقرر المجلس تعيين سعد بن محمد الهاجري على وظيفة أمين عام محكمة، بالمرتبة 14 "
          "بالمحكمة العليا بوزارة العدل."),
         ("سعد بن محمد الهاجري", "أمين عام محكمة", "وزارة العدل", "current")),
        # the job in guillemets
        ("وقرر المجلس تعيين نبيل بن عبدالله الطويل على وظيفة «مستشار أمني» بوزارة الداخلية.",
         ("نبيل بن عبدالله الطويل", "مستشار أمني", "وزارة الداخلية", "current")),
        # Kuwaiti: في وظيفة, the ministry right after the job
        ("وأصدر مجلس الوزراء مرسوماً بتعيين خالد فهد العتيبي في وظيفة وكيل مساعد بوزارة الداخلية.",
         ("خالد فهد العتيبي", "وكيل مساعد", "وزارة الداخلية", "current")),
        # Egyptian: بوظيفة, no body named
        ("وأصدر وزير العدل قراراً يقضي بتعيين المستشار محمود عبدالحميد الشناوي بوظيفة مدير عام الشؤون القانونية.",
         ("محمود عبدالحميد الشناوي", "مدير عام الشؤون القانونية", None, "current")),
    ],
)
def test_a_job_given_in_an_appointment_is_the_appointee_s_post(  # type: ignore[no-untyped-def]
        run, text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _held(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # no appointment: a job found, not given
        "وحصل أحمد سالم الكندري على وظيفة سائق في شركة النقل العام.",
        # an appointment, but the job has no name of its own
        "وتم تعيين أحمد سالم الكندري على وظيفة في شركة النقل العام.",
    ],
)
def test_no_job_post_without_an_appointment_and_a_job_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(person == "أحمد سالم الكندري" for person, *_ in _held(run(text)))
