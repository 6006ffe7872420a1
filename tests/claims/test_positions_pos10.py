"""Status and organisation of posts on shapes seen in unseen articles, from sentences written
for these tests: a status adjective before a title qualifies the noun before it, a future verb
governs no title inside a preposition's phrase, and a body named by its own words is not one
the text named before with the same head word."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in doc.claims["positions"]}


def _status_of(doc: Doc, person: str) -> set[str]:
    return {p.status for p in doc.claims["positions"] if p.person.name == person}


@pytest.mark.parametrize(
    ("text", "person", "status"),
    [
        # السابق qualifies the rival, not the post after it
        ("ويشارك في الحوار غريمه السابق الأمين العام لحزب الأمة القومي الدكتور صادق المهدي.",
         "صادق المهدي", "current"),
        # السابق closes the first of two posts joined by و, not the second
        ("ويضم الاجتماع رئيس البنك الدولي السابق روبرت زوليك ورئيس صندوق النقد العربي عبدالرحمن الحميدي.",
         "عبدالرحمن الحميدي", "current"),
        ("ويضم الاجتماع رئيس البنك الدولي السابق روبرت زوليك ورئيس صندوق النقد العربي عبدالرحمن الحميدي.",
         "روبرت زوليك", "former"),
        # سيكون governs the meeting, the ambassador attends it
        ("وأكد الأهالي أن اللقاء سيكون بحضور سفير دولة الكويت في عمان خالد العتيبي.",
         "خالد العتيبي", "current"),
        # what still says the status
        ("وقال وزير الخارجية السابق عمرو موسى إن الوضع صعب.", "عمرو موسى", "former"),
        ("وكان رئيس الوزراء الأسبق فؤاد السنيورة قد زار دمشق.", "فؤاد السنيورة", "former"),
        ("وأكد أن كمال الشريف سيتولى منصب رئيس النادي الأهلي.", "كمال الشريف", "future"),
    ],
)
def test_status_words_before_a_title(run, text: str, person: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert _status_of(run(text), person) == {status}


def test_a_centre_named_by_its_own_word_is_not_the_one_named_before(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("تنظم جمعية الإحسان بالخرج معرضا للأسر في مركز الأمير سلطان الثقافي. "
                     "وأوضح مدير مركز تمكين سعد الدوسري أن المعرض يستمر أسبوعا."))
    assert not any(o == "مركز الأمير سلطان الثقافي" for _, _, o, _ in held)


def test_a_federation_referred_to_by_its_head_and_sport(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("عقد الاتحاد الأردني لكرة السلة اجتماعه أمس. وقال رئيس اتحاد السلة مراد الخطيب إن الاجتماع ناجح."))
    assert ("مراد الخطيب", "رئيس", "الاتحاد الأردني لكرة السلة", "current") in held


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال وزير الزراعة المعفى سامي العنزي إنه يحترم القرار.", "سامي العنزي"),
        ("وأكدت مديرة المستشفى المعفاة هدى الكبيسي أنها ستطعن في القرار.", "هدى الكبيسي"),
    ],
)
def test_a_post_of_one_relieved_of_it_is_former(run, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert _status_of(run(text), person) == {"former"}


@pytest.mark.parametrize(
    "text",
    [
        ("أعلن رئيس الوزراء الأردني هاني الملقي عن خطة جديدة للطاقة. "
         "وكان رئيس الوزراء قد كلف لجنة الطاقة الوطنية بدراسة الأسعار."),
        ("أعلن وزير الصحة المغربي أنس الدكالي عن حملة جديدة. "
         "وكان وزير الصحة قد وجه الجمعية المغربية للأطباء بمتابعة الحالات."),
    ],
)
def test_a_pluperfect_after_a_bare_title_says_no_former_post_nor_its_organisation(  # type: ignore[no-untyped-def]
        run, text: str) -> None:
    doc = run(text)
    assert {p.status for p in doc.claims["positions"]} == {"current"}
    assert all(p.org is None for p in doc.claims["positions"])


def test_a_post_held_before_is_still_former(run) -> None:  # type: ignore[no-untyped-def]
    assert _status_of(run("وكان رئيس الوزراء السابق نجيب ميقاتي قد زار عمان."), "نجيب ميقاتي") == {"former"}


def test_a_bare_head_of_state_past_a_relative_clause_heads_no_body_before_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقررت الحكومة الليبية نقل شركة البريد من مبنى الوزارة القديم الذي يسيطر عليه "
              "المسلحون الموالون للرئيس السابق معمر القذافي إلى بنغازي.")
    assert not any(p.org is not None and p.org.name == "شركة البريد" for p in doc.claims["positions"])


def test_a_bare_head_of_a_body_in_its_own_clause_still_heads_it(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وعقد الحزب الديمقراطي اجتماعه برئاسة الرئيس سعيد الحكيم أمس."))
    assert any(p == "سعيد الحكيم" and o == "الحزب الديمقراطي" for p, _, o, _ in held)


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        # the medium the holder speaks to
        ('وقال سامر حداد مدير قسم الأبحاث في مجموعة الخليج للاستثمار يقول لـ"الوطن" إن الأسعار تتراجع.',
         "سامر حداد", "الوطن"),
        # the body the holder's verb acts on, after the post's closed complement
        ("اعتمد الأمير فيصل بن سلمان الرئيس العام لرعاية الشباب مجلس الإدارة الجديد لنادي الوحدة السعودي.",
         "فيصل بن سلمان", "نادي الوحدة السعودي"),
    ],
)
def test_an_organisation_past_the_posts_complement_is_not_its(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                              wrong: str) -> None:
    assert not any(p == person and o == wrong for p, _, o, _ in _held(run(text)))


def test_a_quoted_organisation_after_ل_is_still_the_posts(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال المدير التنفيذي لـ«مركز الشرق للدراسات» سليم الحسن إن التقرير جاهز."))
    assert any(p == "سليم الحسن" and o == "مركز الشرق للدراسات" for p, _, o, _ in held)


@pytest.mark.parametrize(
    ("text", "person", "role", "org"),
    [
        ("وأعلن الاتحاد العام التونسي للشغل أن أمينه العام نور الدين الطبوبي سيلتقي الرئيس.",
         "نور الدين الطبوبي", "الأمين العام", "الاتحاد العام التونسي للشغل"),
        ("وقالت منظمة العفو الدولية على لسان مديرتها الإقليمية سارة حشاش إن الانتهاكات مستمرة.",
         "سارة حشاش", "المديرة الإقليمية", "منظمة العفو الدولية"),
        ("وأكد بنك الرياض أن رئيسه التنفيذي طارق السدحان سيشارك في المؤتمر.",
         "طارق السدحان", "الرئيس التنفيذي", "بنك الرياض"),
    ],
)
def test_a_post_with_its_owners_pronoun_is_in_the_organisation_named_before(  # type: ignore[no-untyped-def]
        run, text: str, person: str, role: str, org: str) -> None:
    assert (person, role, org) in {(p, r, o) for p, r, o, _ in _held(run(text))}


def test_a_deputy_of_a_person_is_in_no_organisation_by_the_pronoun(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("استقبلت الجمعية الوزير سامي الحربي ونائبه خالد العمر."))
    assert not any(p == "خالد العمر" and o is not None for p, _, o, _ in held)


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        ("وقال المتحدث باسم رئيس الوزراء الليبي أحمد الأمين إن الحكومة ماضية.", "أحمد الأمين", "رئيس الوزراء"),
        ("وقال الناطق باسم وزير الدفاع الجزائري كمال بوعلام إن الجيش مستعد.", "كمال بوعلام", "وزير الدفاع"),
    ],
)
def test_a_spokesman_of_a_titled_person_holds_only_the_spokesmans_post(  # type: ignore[no-untyped-def]
        run, text: str, person: str, other: str) -> None:
    roles = {r for p, r, _, _ in _held(run(text)) if p == person}
    assert roles and other not in roles


@pytest.mark.parametrize(
    ("text", "person", "status"),
    [
        ("وقالت هدى العلي التي شغلت منصب رئيسة جمعية الهلال الأحمر الكويتي إن الحملة مستمرة.",
         "هدى العلي", "former"),
        ("وقال حسان النمر الذي شغل منصب المدير العام لشركة الطيران المدني إن القرار خاطئ.", "حسان النمر", "former"),
        ("وقال حسان النمر الذي يشغل منصب المدير العام لشركة الطيران المدني إن القرار صائب.", "حسان النمر", "current"),
    ],
)
def test_a_post_said_held_in_the_perfect_is_former(run, text: str, person: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert _status_of(run(text), person) == {status}


@pytest.mark.parametrize(
    "text",
    [
        "زكت الجمعية العمومية سعد الفلاح رئيسا لنادي الوحدة خلفاً للمستقيل خالد العلي.",
        "انتخب المجلس سعد الفلاح رئيسا للجمعية الخيرية خلفا للراحل خالد العلي.",
    ],
)
def test_the_one_replaced_after_an_adjective_of_status_held_the_post_before(run, text: str) -> None:  # type: ignore[no-untyped-def]
    held = _held(run(text))
    assert any(p == "خالد العلي" and r == "رئيس" and s == "former" for p, r, _, s in held)


@pytest.mark.parametrize(
    ("text", "person", "role", "wrong"),
    [
        ("وعين وزير الداخلية اللواء سعد الحربي مديرا لشرطة جدة.", "سعد الحربي", "مدير", "وزير الداخلية"),
        ("وعين الرئيس الموريتاني يحيى ولد حدمين وزيرا أول.", "يحيى ولد حدمين", "وزير", "الرئيس"),
    ],
)
def test_the_title_after_a_verb_of_appointing_is_the_appointers(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                               role: str, wrong: str) -> None:
    roles = {r for p, r, _, _ in _held(run(text)) if p == person}
    assert any(r.startswith(role) for r in roles) and wrong not in roles


def test_a_post_qualified_as_new_after_the_appointers_name_names_no_one(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وعين الرئيس هادي محافظا جديدا لعدن."))
    assert ("هادي", "الرئيس") in {(p, r) for p, r, _, _ in held}
    assert not any(r == "محافظ" for _, r, _, _ in held)


def test_an_appointee_described_by_a_former_post_after_the_verb_keeps_it(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وذكرت تقارير أن شركة أرامكو السعودية اختارت وزير النفط السابق علي النعيمي مستشارا لها."))
    assert any(p == "علي النعيمي" and r == "وزير النفط" for p, r, _, _ in held)


@pytest.mark.parametrize(
    ("text", "person", "status"),
    [
        ("وكانت هدى العلي مديرة مدرسة الأمل الأهلية في عمان.", "هدى العلي", "former"),
        ("وكان الدكتور سامي النمر عضو هيئة التدريس في كلية الشريعة بالجامعة الأردنية.", "سامي النمر", "former"),
        ("وكان سامي النمر رئيس الجمعية قد أكد أن الحملة مستمرة.", "سامي النمر", "current"),
    ],
)
def test_was_before_the_holders_name_says_a_former_post(run, text: str, person: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert _status_of(run(text), person) == {status}


def test_a_list_of_predicates_of_was_after_a_first_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وكان الدكتور فريد الخطيب عضو هيئة التدريس في كلية الطب بالجامعة اللبنانية، "
                     "ومديرا لمستشفى الجامعة الأميركية في بيروت."))
    assert any(p == "فريد الخطيب" and r.startswith("مدير") and s == "former" for p, r, _, s in held)


def test_a_dean_of_a_faculty_holds_a_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وأوضح عميد كلية الطب بجامعة دمشق الدكتور نبيل الحلبي أن القبول بدأ."))
    assert any(p == "نبيل الحلبي" and r.startswith("عميد") for p, r, _, _ in held)


def test_a_brigadier_by_rank_holds_no_deans_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال العميد أحمد الرحال إن القوات تقدمت نحو المدينة."))
    assert not any(r.startswith("عميد") for _, r, _, _ in held)


def test_a_news_agency_spoken_to_is_not_the_parent_of_the_movement(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("ودعت حركة الجهاد الإسلامي إلى التصعيد. "
                     "وقال داود شهاب المتحدث باسم الحركة لوكالة الأنباء الألمانية إن الرد قادم."))
    assert not any(p == "داود شهاب" and o is not None and "وكالة" in o for p, _, o, _ in held)


@pytest.mark.parametrize(
    ("text", "person", "status"),
    [
        # the child was killed; the president who answered holds his post
        ("وردا على مقتل الشاب أعلن الرئيس اللبناني ميشال سليمان أنه سيتابع التحقيق.", "ميشال سليمان", "current"),
        # the dead named with a title, its complement and a date
        ("وتوفي أمس رئيس الجمعية الخيرية سعد المالكي عن 70 عاما.", "سعد المالكي", "former"),
        ("وشارك الآلاف في تشييع جثمان الأمين العام لحزب الوحدة سامي النمر.", "سامي النمر", "former"),
    ],
)
def test_a_word_of_death_is_said_of_the_name_only_through_its_own_phrase(  # type: ignore[no-untyped-def]
        run, text: str, person: str, status: str) -> None:
    assert _status_of(run(text), person) == {status}


@pytest.mark.parametrize(
    ("text", "person", "status"),
    [
        ("وقررت الحكومة إنهاء خدمات مدير عام هيئة الطيران المدني كمال الزين.", "كمال الزين", "former"),
        ("وقرر المجلس إنهاء تكليف رئيس الهيئة الوطنية للإعلام سمير العلي.", "سمير العلي", "former"),
        # a meeting that ended says nothing of the post
        ("وبعد انتهاء اجتماع رئيس الوزراء سامي النمر مع الوفد غادر القاعة.", "سامي النمر", "current"),
    ],
)
def test_the_end_of_a_term_or_services_before_a_title_says_former(  # type: ignore[no-untyped-def]
        run, text: str, person: str, status: str) -> None:
    assert _status_of(run(text), person) == {status}
