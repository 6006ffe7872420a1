"""Names on unseen news (ent12): a genitive whose first letter may be read as a clitic, Arab
bodies named with العرب, a nationality tagged as a person."""

from __future__ import annotations

import pytest

from sijill.names.orgs import find_phrases


def _phrases(run, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = run(text)
    return [doc.text[s.start : s.end] for s in find_phrases(doc)]


@pytest.mark.parametrize(("text", "name"), [
    ("وانعقد مجلس وزراء العدل في الرباط لبحث التعاون القضائي.", "مجلس وزراء العدل"),
    ("وأصدر اتحاد لجان المرأة الفلسطينية تقريرا سنويا.", "اتحاد لجان المرأة الفلسطينية"),
    ("وطالب اتحاد وكلاء السياحة بتخفيض الرسوم.", "اتحاد وكلاء السياحة"),
])
def test_a_genitive_that_opens_with_waw_or_lam_is_one_word(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _phrases(run, text)


def test_a_conjunction_after_a_head_is_no_genitive(run) -> None:  # type: ignore[no-untyped-def]
    phrases = _phrases(run, "وعقد مكتب وأنصار الجمعية لقاء في صنعاء.")
    assert not any(p.startswith("مكتب وأنصار") for p in phrases)


@pytest.mark.parametrize(("text", "name"), [
    ("وافتتح مؤتمر اتحاد الصحفيين العرب أعماله في الجزائر.", "اتحاد الصحفيين العرب"),
    ("وأوصى مجلس وزراء النقل العرب بإنشاء شبكة طرق.", "مجلس وزراء النقل العرب"),
])
def test_arab_closes_the_name_of_an_arab_body(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _phrases(run, text)


@pytest.mark.parametrize("text", [
    "وقال ليبي يعمل في مصراتة إن الطريق مغلق منذ أيام.",
    "وروت عراقية نزحت من الموصل قصتها للصحفيين.",
])
def test_a_nationality_alone_is_no_person(run, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    people = [e.name for e in doc.entities if e.type == "PERSON"]
    assert not any(n in ("ليبي", "عراقية") for n in people)


@pytest.mark.parametrize(("text", "name"), [
    ("ووزع الهلال الأحمر القطري سلالا غذائية على الأسر في إدلب.", "الهلال الأحمر القطري"),
    ("وطالب الصليب الأحمر الدولي بالسماح بزيارة المعتقلين.", "الصليب الأحمر الدولي"),
    ("ونظمت الملحقية الثقافية الكويتية حفلا لخريجي الجامعات في باريس.", "الملحقية الثقافية الكويتية"),
])
def test_humanitarian_societies_and_attache_offices(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _phrases(run, text)


def test_a_club_called_crescent_alone_is_no_phrase(run) -> None:  # type: ignore[no-untyped-def]
    assert not any(p.startswith("الهلال") for p in _phrases(run, "وتعادل الهلال مع الأهلي في جدة."))


@pytest.mark.parametrize(("text", "tagged", "left"), [
    ("وطلبت أرملة المهندس كينجي تاناكا إعادة رفاته إلى أوساكا.", "أرملة المهندس كينجي تاناكا",
     ["كينجي تاناكا"]),
    ("وقال نجل الرئيس الراحل عبد الرحمن عارف إن العائلة تطالب بالتحقيق.",
     "نجل الرئيس الراحل عبد الرحمن عارف", ["عبد الرحمن عارف"]),
    ("وتحدثت زوجة المعتقل عن ظروف احتجازه.", "زوجة المعتقل", []),
])
def test_a_kin_word_opens_no_persons_name(trimmed, text: str, tagged: str, left: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert trimmed(text, tagged) == left


@pytest.mark.parametrize(("text", "place"), [
    ("وانطلقت القمة الاقتصادية في سان بطرسبورغ بحضور عشرات الوزراء.", "سان بطرسبورغ"),
    ("وتوجه الوفد التجاري إلى سانت بطرسبرغ لتوقيع الاتفاق.", "سانت بطرسبرغ"),
    ("ووصل الفريق إلى سان خوسيه للمشاركة في البطولة.", "سان خوسيه"),
])
def test_a_saints_title_is_a_word_of_the_place(run, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    doc = run(text)
    assert place in [e.name for e in doc.entities if e.type == "LOC"]
    assert not [e for e in doc.entities if e.type == "PERSON"]


def test_a_body_listed_after_another_is_no_adjective_of_it(run) -> None:  # type: ignore[no-untyped-def]
    phrases = _phrases(run, "وحضر ممثلو مديرية التربية الهيئة العامة للسياحة بلدية صور.")
    assert "مديرية التربية" in phrases
    assert not any(p.startswith("مديرية التربية ال") for p in phrases)


def test_the_oath_names_no_person(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأدى الوزير القسم قائلا: أقسم بالله العظيم أن أكون مخلصا لوطني.")
    assert not [e for e in doc.entities if e.type == "PERSON" and e.name.startswith("الله")]


@pytest.mark.parametrize(("text", "name"), [
    ("ووقع الحارس ماركو سيلفا عقدا جديدا مع النادي لمدة عامين.", "ماركو سيلفا"),
    ("وعين الملك عبدالله رضا وزيرا للتجارة.", "عبدالله رضا"),
])
def test_a_frequent_nouns_accusative_ends_the_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in [e.name for e in run(text).entities if e.type == "PERSON"]
