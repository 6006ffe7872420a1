"""Names on unseen news (ent13): bodies named by a definite head that is a common word without
the article (الجماعة، النيابة)."""

from __future__ import annotations

import pytest

from sijill.names.orgs import find_phrases


def _phrases(run, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = run(text)
    return [doc.text[s.start : s.end] for s in find_phrases(doc)]


def _orgs(run, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in run(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("وانسحبت الجماعة الإسلامية من التحالف الانتخابي في لاهور.", "الجماعة الإسلامية"),
    ("وتبنت الجماعة الإسلامية المسلحة الهجوم في التسعينيات.", "الجماعة الإسلامية المسلحة"),
    ("وأمرت النيابة العامة بحبس المتهم أربعة أيام على ذمة التحقيق.", "النيابة العامة"),
    ("واستدعت النيابة العسكرية ضابطين للتحقيق معهما في تونس.", "النيابة العسكرية"),
])
def test_a_definite_head_that_is_a_common_word_bare(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run, text)


@pytest.mark.parametrize("text", [
    "وقال شاهد إن جماعة من الشبان أغلقت الطريق.",
    "وألقى كلمة الافتتاح نيابة عن المحافظ مدير مكتبه.",
    "واقتحمت الجماعة المسلحة مركز الشرطة في القرية.",
])
def test_the_same_words_without_a_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p.startswith(("جماعة", "نيابة", "الجماعة")) for p in _phrases(run, text))


@pytest.mark.parametrize(("text", "name"), [
    ("ونقلت وكالة إرنا للأنباء عن مصدر رسمي قوله إن الزيارة أرجئت.", "وكالة إرنا للأنباء"),
    ("وخفضت شركة فيتش للتصنيف الائتماني تصنيف البلاد درجة واحدة.", "شركة فيتش للتصنيف الائتماني"),
    ("وقال معهد كارنيغي للسلام الدولي في تقرير إن الأزمة ستطول.", "معهد كارنيغي للسلام الدولي"),
    ("وأغلق مؤشر بورصة عمان للأوراق المالية على ارتفاع.", "بورصة عمان للأوراق المالية"),
])
def test_a_bare_name_between_a_head_and_its_field(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _orgs(run, text)


@pytest.mark.parametrize("text", [
    "وشكل المجلس لجنة وزارية للتحقيق في الحادث.",
    "وافتتحت البلدية مركزا جديدا ومركز متخصص للتأهيل في الحي.",
    "وأسست الوزارة وكالة جديدة للتعليم عن بعد.",
    "وطالب حزب مؤيد للحكومة بتأجيل الانتخابات.",
])
def test_an_indefinite_adjective_between_a_head_and_a_purpose(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(" لل" in p or p.split()[-1].startswith("لل") for p in _phrases(run, text))


@pytest.mark.parametrize(("text", "name"), [
    ("وعقدت وزارة الصحة والجهات المعنية اجتماعا لبحث الاستعدادات.", "وزارة الصحة"),
    ("ونسقت هيئة الطيران المدني والقطاعات الأمنية خطة الطوارئ.", "هيئة الطيران المدني"),
])
def test_other_actors_after_waw_are_no_part_of_the_name(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _phrases(run, text)


@pytest.mark.parametrize(("text", "name"), [
    ("وافتتح مركز جديد للأورام في المستشفى الجامعي.", None),
    ("وقدمت جمعية نماء للخدمات الاجتماعية المرضى هدايا.", "جمعية نماء للخدمات الاجتماعية"),
])
def test_the_field_ends_before_a_noun_and_an_adjective_is_no_name(run, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    phrases = _phrases(run, text)
    if name is None:
        assert not any(p.startswith("مركز جديد") for p in phrases)
    else:
        assert name in phrases


@pytest.mark.parametrize(("text", "name"), [
    ("وأعلنت الهيئة العامة لتنظيم الاتصالات عن ترددات جديدة.", "الهيئة العامة لتنظيم الاتصالات"),
    ("ووقعت الشركة الوطنية لتوليد الكهرباء عقدا مع المقاول.", "الشركة الوطنية لتوليد الكهرباء"),
])
def test_a_field_named_by_a_verbal_noun_after_the_adjective(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _phrases(run, text)


def test_a_verbal_noun_after_a_bare_definite_head_is_a_purpose(run) -> None:  # type: ignore[no-untyped-def]
    assert not any("لتطوير" in p for p in _phrases(run, "وتسعى الهيئة لتطوير الخدمات في المدن."))


@pytest.mark.parametrize("text", [
    "وتراجعت الأسهم الكويتية في ختام التداولات أمس.",
    "وشهدت كرة القدم الجزائرية تطورا كبيرا هذا الموسم.",
])
def test_a_states_name_after_a_definite_noun_is_its_adjective(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e.name for e in run(text).entities if e.type == "LOC"]


def test_a_listed_state_after_a_definite_noun_stays_a_place(run) -> None:  # type: ignore[no-untyped-def]
    places = [e.name for e in run("ووصل الوفد إلى البحرين والسعودية أمس.").entities if e.type == "LOC"]
    assert "السعودية" in places


def test_a_head_after_lam_opens_another_name(run) -> None:  # type: ignore[no-untyped-def]
    phrases = _phrases(run, "واجتمع المكتب التنفيذي لائتلاف القوى الوطنية في عمان.")
    assert "المكتب التنفيذي" in phrases
