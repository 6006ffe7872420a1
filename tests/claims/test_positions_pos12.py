"""Posts on shapes seen in unseen articles, from sentences written for these tests: a name
joined by و after a title opens the next item of a list (the title is the name's before it);
a relative clause of holding in the past (الذي كان يشغل منصب) gives its post, as held before;
a teaching post after a name keeps its field and takes the institution named after it."""

from __future__ import annotations

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in doc.claims["positions"]}


def _roles_of(doc: Doc, person: str) -> set[str]:
    return {p.role for p in doc.claims["positions"] if p.person.name == person}


def test_a_name_joined_by_wa_does_not_take_the_title_before_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وشارك في الندوة ماهر القيسي مدير الجمعية وناصر الحمدان عضو مجلس النقابة.")
    assert "مدير" not in _roles_of(doc, "ناصر الحمدان")
    assert any(r.startswith("مدير") for r in _roles_of(doc, "ماهر القيسي"))


def test_a_past_clause_of_holding_gives_a_former_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت ليلى الساعدي التي كانت تشغل منصب نائب رئيس اتحاد المرأة إن الوضع صعب.")
    got = {(p.person.name, p.status) for p in doc.claims["positions"]}
    assert ("ليلى الساعدي", "former") in got


def test_a_present_clause_of_holding_still_gives_a_current_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال جمال الحسيني الذي يشغل منصب مدير العلاقات العامة في شركة الاتصالات إن الخدمة ستعود.")
    got = {(p.person.name, p.status) for p in doc.claims["positions"]}
    assert ("جمال الحسيني", "current") in got


def test_a_teaching_post_keeps_its_field_and_takes_its_institution(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأوضح الدكتور نبيل الصافي أستاذ الهندسة المدنية بجامعة الموصل أن الجسر آمن.")
    assert ("نبيل الصافي", "أستاذ الهندسة المدنية", "جامعة الموصل", "current") in _held(doc)


def test_a_teaching_post_after_a_pronoun_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت هدى المصري، وهي أستاذة علم الاجتماع في جامعة القاهرة، إن الظاهرة قديمة.")
    assert ("هدى المصري", "أستاذة علم الاجتماع", "جامعة القاهرة", "current") in _held(doc)


def test_no_teaching_post_without_an_institution(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال سالم الدوري أستاذ التاريخ إن المدينة قديمة.")
    assert not any(p.role.startswith("أستاذ") for p in doc.claims["positions"])


def test_a_body_with_lam_after_the_post_is_not_the_appointing_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وعين المجلس الرئاسي الليبي العقيد منذر الورفلي مديراً لجهاز الاستخبارات.")
    assert "المجلس الرئاسي الليبي" not in {p.org.name if p.org else None for p in doc.claims["positions"]}


def test_a_body_owned_by_a_pronoun_is_the_electing_bodys(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتخب اتحاد المصارف العربية المهندس وائل الخوري رئيساً لمجلس إدارته.")
    assert "اتحاد المصارف العربية" in {p.org.name if p.org else None for p in doc.claims["positions"]}


def test_a_name_after_a_said_clause_particle_does_not_take_the_titles_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأوضح المهندس سامر الحداد مدير بلدية المدينة رئيس لجنة الطوارئ في المحافظة "
              "أن الدكتور ماجد الفرا وزير الصحة وجه بإرسال فرق طبية.")
    assert _roles_of(doc, "ماجد الفرا") <= {"وزير الصحة"}
    assert {"مدير", "رئيس"} <= _roles_of(doc, "سامر الحداد")


def test_a_body_formed_after_a_verb_is_not_the_complement_of_a_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكان المهندس فارس القاسم وزير الأشغال العامة أصدر قرارا بتشكيل لجنة التحقيق في الحادث "
              "برئاسة الدكتور باسل النجار.")
    assert "لجنة التحقيق" not in {p.org.name if p.org else None
                                  for p in doc.claims["positions"] if p.person.name == "فارس القاسم"}


def test_an_envoy_called_by_the_un_adjective_is_the_uns_where_it_is_named(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعربت الأمم المتحدة عن قلقها. وقال المبعوث الأممي إلى السودان كمال الراشد إن الحوار سيستأنف.")
    assert {p.org.name if p.org else None for p in doc.claims["positions"] if p.person.name == "كمال الراشد"} \
        == {"الأمم المتحدة"}


def test_an_envoy_called_by_the_un_adjective_takes_no_unnamed_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال المبعوث الأممي إلى السودان كمال الراشد إن الحوار سيستأنف.")
    assert {p.org for p in doc.claims["positions"] if p.person.name == "كمال الراشد"} <= {None}


def test_a_woman_envoy_called_by_the_un_adjective(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وطالبت الأمم المتحدة بوقف القتال، وقالت المبعوثة الأممية سلمى الحكيم إن الوضع خطير.")
    assert ("سلمى الحكيم", "الأمم المتحدة") in {(p.person.name, p.org.name if p.org else None)
                                                for p in doc.claims["positions"]}


def test_kana_then_a_clause_of_holding_gives_a_former_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكانت رنا العبدالله تتولى منصب رئيسة جمعية الأطباء الشباب.")
    assert {p.status for p in doc.claims["positions"] if p.person.name == "رنا العبدالله"} == {"former"}
