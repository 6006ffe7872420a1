"""Organisation and status of posts on shapes seen in unseen articles, from sentences written
for these tests: a head of state with a nationality of his own shares no organisation with the
list before him; a bare head far from a body, or after a word of support, is not that body's
head; an envoy's title with the article takes no body by reference; indefinite posts close with
سابق; آنذاك places a post in the past."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in doc.claims["positions"]}


def _orgs_of(doc: Doc, person: str) -> set[str | None]:
    return {p.org.name if p.org else None for p in doc.claims["positions"] if p.person.name == person}


def _status_of(doc: Doc, person: str) -> set[str]:
    return {p.status for p in doc.claims["positions"] if p.person.name == person}


def test_a_head_of_state_with_his_own_nationality_shares_no_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتأمل الحكومة البلغارية في اتفاق قريب. "
              "واتفق رئيس الوزراء البلغاري بويكو بوريسوف والرئيس الفرنسي فرانسوا هولاند على صفقة.")
    assert _orgs_of(doc, "فرانسوا هولاند") == {None}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وظلت كتلة الوفاء الوطني المؤيدة للرئيس الأسبق زين العابدين بن علي على موقفها.",
         "زين العابدين بن علي"),
        ("وقال بيان صادر عن حزب العدالة المؤيد للرئيس علي كافي إن الحزب سيشارك.", "علي كافي"),
        (("ووصل إلى الجزائر وفد من حركة الإصلاح الوطني، أمس، للمشاركة في حوار يديره الوسيط كريم "
          "الشامي، وتشارك فيه أحزاب موالية للرئيس عبد القادر بن صالح."), "عبد القادر بن صالح"),
    ],
)
def test_a_bare_head_is_not_of_a_body_that_supports_him_or_stands_far(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    assert _orgs_of(run(text), person) == {None}


def test_a_bare_head_keeps_the_body_that_lists_him(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وأوضح الاتحاد العام للطلبة في بيان أن مكتبه يضم الرئيس سالم الكعبي والأمين العام "
                     "محمود الهاشمي."))
    assert not any(o is not None and o != "الاتحاد العام للطلبة" for _, _, o, _ in held)


def test_a_listed_post_charged_for_now_stays_in_the_list_body(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("والتقى الوفد نائب رئيس مجلس إدارة غرفة تبوك سامي العنزي، والأمين العام المكلف "
                     "المهندس ناصر الشهري."))
    assert ("ناصر الشهري", "الأمين العام", "غرفة تبوك", "current") in held


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وكتب المقترح سامر العلي، وهو مبعوث أردني سابق لدى الجامعة العربية.", "سامر العلي"),
        ("وكتب المقترح حسين الموسوي، وهو سفير إيراني سابق لدى الأمم المتحدة.", "حسين الموسوي"),
        ("وقال كريم الهاشمي، وهو وزير عراقي سابق، إن الوضع صعب.", "كريم الهاشمي"),
        ("وجرت المحادثات مع الرئيس الإيراني آنذاك محمد خاتمي في طهران.", "محمد خاتمي"),
        ("وحضر الاجتماع رئيس الحزب آنذاك سالم العبدالله.", "سالم العبدالله"),
    ],
)
def test_an_indefinite_post_closed_by_sabiq_or_a_post_said_then_is_former(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    assert _status_of(run(text), person) == {"former"}


def test_sabiq_of_another_noun_after_the_post_says_nothing(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال سالم العبدالله، عضو مجلس إدارة الجمعية، في مؤتمر سابق إن الخطة جاهزة.")
    assert _status_of(doc, "سالم العبدالله") == {"current"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("وقال نقيب المهندسين الأردنيين سامر الخطيب إن النقابة سترفع دعوى.", "سامر الخطيب", "نقيب"),
        ("وانتخبت نقابة الأطباء اللبنانيين كريم الحلبي نقيبا لها.", "كريم الحلبي", "نقيب"),
        ("وقال المراقب العام لجماعة الإخوان المسلمين في الأردن همام سعيد إن الجماعة مستمرة.",
         "همام سعيد", "المراقب العام"),
        ("وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن الوكالة تواجه عجزا.", "فيليب لازاريني",
         "المفوض العام"),
        ("وقال المدير الإقليمي لمنظمة الصحة العالمية أحمد المنظري إن الوضع خطير.", "أحمد المنظري",
         "المدير الإقليمي"),
        ("وقال المتحدث العسكري باسم الجيش الوطني خالد المحجوب إن الهجوم فشل.", "خالد المحجوب",
         "المتحدث العسكري باسم"),
        ("وأكد حاكم مصرف سوريا المركزي أديب ميالة أن الليرة مستقرة.", "أديب ميالة", "حاكم"),
        ("وقال السيناتور الديمقراطي كريس مورفي إن الاتفاق جيد.", "كريس مورفي", "السيناتور"),
    ],
)
def test_posts_of_unions_movements_agencies_and_states(run, text: str, person: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert any(p == person and r == role for p, r, _, _ in _held(run(text)))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال السفير البريطاني في عمان إدوارد أوكدن إن بلاده تدعم الأردن.", "إدوارد أوكدن"),
        ("وقال السفير الأمريكي لدى بغداد ستيوارت جونز إن بلاده قلقة.", "ستيوارت جونز"),
    ],
)
def test_an_envoy_with_the_place_of_the_post_before_the_name(run, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert any(p == person and r == "السفير" for p, r, _, _ in _held(run(text)))


def test_a_representative_of_a_body_named_in_construct_is_not_read_past_its_place(run) -> None:  # type: ignore[no-untyped-def]
    assert not _held(run("وخطب ممثل المرجعية الدينية في النجف حسن الكعبي في المصلين."))


@pytest.mark.parametrize(
    "text",
    [
        "وقال سالم الجبوري إن العملية كانت تستهدف وكيل وزارة الداخلية.",
        "وقال سامي العطار في بيان: «إن الفائز في الانتخابات سيكون رئيسا للمجلس حتى نهاية العام».",
        "وأكد سامي العطار أن «من يفوز بالانتخابات سيكون رئيساً للاتحاد».",
    ],
)
def test_a_title_with_no_name_is_not_the_object_of_a_verb_after_a_copula_nor_quoted(  # type: ignore[no-untyped-def]
        run, text: str) -> None:
    assert not _held(run(text))


def test_an_accusative_post_after_a_copula_and_a_verb_is_still_the_subjects(run) -> None:  # type: ignore[no-untyped-def]
    assert ("سالم الجبوري", "مدير المكتب", None, "former") in _held(run("وقال إن سالم الجبوري كان يعمل مديرا للمكتب."))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("ونشرت حكومة الإنقاذ التي يترأسها خليفة الغويل بيانا.", "حكومة الإنقاذ"),
        ("ونشرت الحكومة العراقية التي يرأسها حيدر العبادي بيانا.", "الحكومة العراقية"),
    ],
)
def test_the_head_of_a_government_said_in_a_relative_clause(run, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    assert any(r == "رئيس" and o == org for _, r, o, _ in _held(run(text)))


def test_members_with_a_pronoun_keep_the_hamza_of_their_plural(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وكان حزب الإصلاح أعلن مقاطعته عقب مقتل أحد أعضائه، الناشط ماهر السعدي، خلال مظاهرة."))
    assert {r for p, r, _, _ in held if p == "ماهر السعدي"} == {"أعضاء"}


@pytest.mark.parametrize(
    ("text", "person", "org", "status"),
    [
        ("وقد سبق لسالم العبيدي، الذي ينتمي إلى حزب التجمع الوطني، أن شغل المنصب نفسه.",
         "سالم العبيدي", "حزب التجمع الوطني", "current"),
        ("وقال النائب كريم الجبوري المنتمي إلى ائتلاف دولة القانون إن الائتلاف يرفض.",
         "كريم الجبوري", "ائتلاف دولة القانون", "current"),
    ],
)
def test_a_member_stated_by_belonging(run, text: str, person: str, org: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, "عضو", org, status) in _held(run(text))


def test_belonging_to_a_family_is_no_membership(run) -> None:  # type: ignore[no-untyped-def]
    assert not _held(run("وقال سالم العبيدي إن الشاب ينتمي إلى عائلة فقيرة."))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("واستقبل الرئيس وزير الخارجية الإسباني خوسيه مانويل غارسيا.", "خوسيه مانويل غارسيا", "وزير الخارجية"),
        ("وأقال رئيس الوزراء وزير الداخلية فاضل الربيعي.", "فاضل الربيعي", "وزير الداخلية"),
        ("وأعفى الملك محافظ البنك المركزي سامي الشمري من منصبه.", "سامي الشمري", "محافظ"),
        ("وهنأ الرئيس رئيس الوزراء الجديد فاضل الربيعي بمنصبه.", "فاضل الربيعي", "رئيس الوزراء"),
        ("واتصل الرئيس برئيس الوزراء الإيطالي ماتيو رينزي.", "ماتيو رينزي", "رئيس الوزراء"),
        ("وبحث الملك مع رئيس الوزراء البريطاني ديفيد كاميرون العلاقات.", "ديفيد كاميرون", "رئيس الوزراء"),
    ],
)
def test_the_subject_title_of_an_act_is_not_the_objects_post(  # type: ignore[no-untyped-def]
        run, text: str, person: str, role: str) -> None:
    assert {r for p, r, _, _ in _held(run(text)) if p == person} == {role}


def test_a_chain_of_one_persons_posts_after_a_verb_of_saying_stays(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال نائب رئيس الوزراء وزير الخارجية فاضل الربيعي إن الاتفاق قريب."))
    assert {r for p, r, _, _ in held if p == "فاضل الربيعي"} == {"نائب رئيس الوزراء", "وزير الخارجية"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا غسان سلامة إن الحوار مستمر.",
         "غسان سلامة", "المبعوث الخاص"),
        ("وقال الممثل الخاص للأمين العام في العراق يان كوبيش إن الانتخابات ناجحة.", "يان كوبيش", "الممثل الخاص"),
    ],
)
def test_an_envoy_of_a_post_said_with_lam_is_the_one_named(  # type: ignore[no-untyped-def]
        run, text: str, person: str, role: str) -> None:
    assert {r for p, r, _, _ in _held(run(text)) if p == person} == {role}


@pytest.mark.parametrize(
    "text",
    [
        "وتابع: «يجب على البرلمان أن ينظر إلى ممارسات الجيش الوطني»، مشيرا إلى أن الرئيس كارلوس ميسا تحدث عن ذلك.",
        ("وشدد المجلس الوطني على موقفه، وأشاد بالرئيس فرانسوا بوزيزي."),
    ],
)
def test_a_bare_head_past_a_closed_quotation_or_governed_is_of_no_body_named_before(  # type: ignore[no-untyped-def]
        run, text: str) -> None:
    assert all(o is None for _, r, o, _ in _held(run(text)) if r == "الرئيس")


def test_a_bare_head_said_by_a_party_stays_its_own(run) -> None:  # type: ignore[no-untyped-def]
    assert ("سالم الكعبي", "الرئيس", "حزب الأمة", "current") in _held(
        run("وقال حزب الأمة في بيان إن الرئيس سالم الكعبي سيترشح."))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("نظمت جمعية البر الخيرية حفلا أمس. وحضر الحفل وكيل محافظة الزلفي فهد العتيبي.", "فهد العتيبي"),
    ],
)
def test_a_post_of_a_place_in_construct_refers_to_no_body_named_before(  # type: ignore[no-untyped-def]
        run, text: str, person: str) -> None:
    assert _orgs_of(run(text), person) == {None}


def test_a_post_of_a_field_still_refers_to_the_party(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("عقد حزب الأمة مؤتمره. وقال مسؤول ملف العلاقات الخارجية سالم الكعبي إن المؤتمر ناجح."))
    assert ("سالم الكعبي", "مسؤول", "حزب الأمة", "current") in held
