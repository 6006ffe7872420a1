"""The organisation a title's complement names though no name was found there (قائد الفرقة 30،
المتحدث باسم رئاسة الجمهورية), from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str | None]]:
    return {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a unit named by its head and number, another actor named before it
        ("وأفاد ناشطون بأن مسلحين من جبهة الإنقاذ اعتقلوا قائد اللواء 14 العقيد المتقاعد سامر العبدالله.",
         "سامر العبدالله", "اللواء 14"),
        # a presidency named by its genitive, a quoted medium named before it
        ("وفي حديث لقناة «الفجر» قال المتحدث باسم رئاسة الحكومة، منير الهاشمي، إن الاتفاق نهائي.",
         "منير الهاشمي", "رئاسة الحكومة"),
        # forces named with their genitive, another organisation after a relative clause
        ("وصرح قائد قوات الحماية المدنية العميد فارس الدوري بأن فرقه التي تدعمها منظمة الصحة العالمية جاهزة.",
         "فارس الدوري", "قوات الحماية المدنية"),
    ],
)
def test_the_complement_names_the_posts_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                      org: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert not any(p == person and o not in (org, None) for p, o in held)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a common noun in construct is no organisation's name
        ("وقال عضو هيئة تدريس في الجامعة الأردنية الدكتور نبيل الخطيب إن الامتحانات تأجلت.",
         "نبيل الخطيب"),
        # a board is a body: its organisation comes from the other rules
        ("وأعلنت شركة النور للتأمين أن عضو مجلس الإدارة رامي الحداد استقال.", "رامي الحداد"),
    ],
)
def test_no_organisation_made_of_a_common_phrase(run, text: str,  # type: ignore[no-untyped-def]
                                                 person: str) -> None:
    doc = run(text)
    assert not any(e.name in ("هيئة تدريس", "مجلس الإدارة") and any(
        m.data.get("rule") == "post-complement" for m in e.mentions) for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the genitive chain ends where another clause begins: the quoted name is what was said
        ("وأكدت سارة المنصوري رئيسة مجلس الشيوخ إن «جبهة التغيير» لم تقدم أي مقترح.",
         "سارة المنصوري", "مجلس الشيوخ"),
        ("وقال سمير الحداد نائب رئيس الاتحاد العام للشغل إن «الهيئة الوطنية» سترد.",
         "سمير الحداد", "الاتحاد العام للشغل"),
        # a medium the gazetteer knows, named bare, is never the organisation a post refers to
        (("وقال حزب الأمة القومي في بيان تلقت «الشرق الأوسط» نسخة منه إن نائب الأمين العام عمر "
          "الدقير وصل إلى القاهرة."), "عمر الدقير", "حزب الأمة القومي"),
    ],
)
def test_the_post_stays_in_its_own_clause(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                          org: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert not any(p == person and o not in (org, None) for p, o in held)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the chain of one person's titles names another state: not the government named before
        (("وحضر الجلسة ممثل الحكومة المصرية ونائب رئيس الوزراء وزير خارجية الأردن ناصر جودة."),
         "ناصر جودة", None),
        # a nationality after the title picks that state's government
        ("وقال رئيس الوزراء العراقي حيدر العبادي إن الحكومة العراقية ستدعم الخطة.",
         "حيدر العبادي", "الحكومة العراقية"),
    ],
)
def test_a_head_of_government_leads_the_government_of_his_state(  # type: ignore[no-untyped-def]
        run, text: str, person: str, org: str | None) -> None:
    doc = run(text)
    held = {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]
            if "رئيس الوزراء" in p.role}
    assert held == {(person, org)}


def test_a_deputy_minister_takes_no_organisation_named_before(run) -> None:  # type: ignore[no-untyped-def]
    # as a minister's, a deputy minister's post is of a state, not of a council named before
    doc = run("وعقد المجلس الوطني للمقاومة اجتماعاً في باريس حضره نائب وزير الخارجية روبرت غرين.")
    assert {(p.role, p.org) for p in doc.claims["positions"] if p.person.name == "روبرت غرين"} == \
        {("نائب وزير الخارجية", None)}


def test_a_head_word_with_a_pronoun_refers_back(run) -> None:  # type: ignore[no-untyped-def]
    # القيادي في تياره: the organisation of that head named before
    doc = run("وانتقد رئيس التيار الديمقراطي الحر نبيل بنعلي الحكومة، فيما دافع رشيد الحمداني "
              "(القيادي في تياره) عن الاتفاق.")
    assert ("رشيد الحمداني", "التيار الديمقراطي الحر") in _held(doc)


def test_where_a_body_met_is_not_the_posts_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وعقدت نقابة المحامين اجتماعها الدوري في مقر بلدية طرابلس، برئاسة سالم الفيتوري.")
    assert {o for p, o in _held(doc) if p == "سالم الفيتوري"} == {"نقابة المحامين"}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a working team described by an adjective, of the commission the text is about
        (("أعلنت الهيئة العليا المستقلة للانتخابات استعدادها للاقتراع. وقال رئيس الفريق القانوني سمير الدباغ "
         "إن الطعون ستنظر خلال أسبوع."), "سمير الدباغ", "الهيئة العليا المستقلة للانتخابات"),
        (("عقدت جمعية الهلال الأحمر اليمني مؤتمرا صحفيا في صنعاء. وأكد منسق الفريق الطبي الدكتور وليد الحكيمي "
         "أن القوافل وصلت إلى تعز."), "وليد الحكيمي", "جمعية الهلال الأحمر اليمني"),
        # a committee may hold teams of its own
        (("اجتمعت اللجنة العليا للإغاثة في بيروت أمس. وأوضح رئيس الفريق التقني المهندس جورج حداد "
         "أن الخطة اكتملت."), "جورج حداد", "اللجنة العليا للإغاثة"),
    ],
)
def test_a_described_team_is_a_unit_of_the_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                        org: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert not any(p == person and o is not None and o.startswith("الفريق") for p, o in held)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the post's field after ل ends the name of the directorate named before, a club between
        (("أصدرت المديرية العامة للأمن الوطني في الجزائر بيانا حول الحادث. واستقبل نادي مولودية الجزائر وفدا. "
         "وأكد المدير العام للأمن الوطني اللواء عبد الغني هامل أن التحقيق مستمر."),
         "عبد الغني هامل", "المديرية العامة للأمن الوطني"),
        (("أعلنت الهيئة العامة للرياضة في الأردن خطتها الجديدة. وقال نادي الحسين إن الموسم سيتأخر. "
         "وكان الرئيس العام للرياضة مازن العلي قد اجتمع بإدارة النادي."), "مازن العلي", "الهيئة العامة للرياضة"),
    ],
)
def test_the_posts_field_ends_the_name_of_its_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                            org: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert not any(p == person and o is not None and o.startswith("نادي") for p, o in held)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a bare accusative post at the end of a list: the club, not an earlier item's centre
        (("انتخبت الجمعية العمومية خالد السالم رئيسا لنادي الوحدة الأردني، وضم مجلس الإدارة كلاً من "
         "سامي العمري نائباً للرئيس وفادي النمر مشرفا على المركز الإعلامي وباسل الخطيب عضوا."),
         "باسل الخطيب", "نادي الوحدة الأردني"),
        (("انتخب المؤتمر العام سامر الجبوري رئيسا لحزب الوفاق الوطني العراقي، وضم المكتب السياسي كلا من "
         "علي الساعدي نائبا للرئيس وحيدر الموسوي مشرفا على المركز الإعلامي ونوفل العبيدي عضوا."),
         "نوفل العبيدي", "حزب الوفاق الوطني العراقي"),
    ],
)
def test_a_bare_accusative_post_skips_earlier_items(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                    org: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert not any(p == person and o is not None and o.startswith("المركز") for p, o in held)


@pytest.mark.parametrize(
    ("text", "person", "opponent"),
    [
        (("وقررت القمة تعيين الجنرال التشادي محمد ديبي قائدا للقوة متعددة الجنسيات ضد «بوكو حرام» "
         "اعتبارا من الشهر المقبل."), "محمد ديبي", "بوكو حرام"),
        ("عين الرئيس الصومالي العقيد عبدي نور قائدا للحملة العسكرية لمواجهة حركة الشباب المجاهدين في الجنوب.",
         "عبدي نور", "حركة الشباب المجاهدين"),
        ("أعلن الجيش المالي تعيين العقيد موسى كوناتي قائدا للقوة الإقليمية المكلفة التصدي لمسلحي «أنصار الدين».",
         "موسى كوناتي", "أنصار الدين"),
    ],
)
def test_an_opponent_is_never_the_posts_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                     opponent: str) -> None:
    held = _held(run(text))
    assert any(p == person for p, _ in held)
    assert (person, opponent) not in held


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (('عقد اتحاد الغرف الأردنية اجتماعا في عمان. وناقش أعضاء اللجنة، خلال اجتماعهم مع نائب رئيس مجلس إدارة '
         '"شركة الكهرباء الأردنية" سامر الخطيب، خطة العمل.'), "سامر الخطيب", "شركة الكهرباء الأردنية"),
        (("استقبل مجلس النواب المغربي وفدا من رجال الأعمال. وقال رئيس مجلس إدارة «غرفة التجارة بطنجة» "
         "يوسف بنعلي إن الاستثمارات ارتفعت."), "يوسف بنعلي", "غرفة التجارة بطنجة"),
    ],
)
def test_a_quoted_name_after_a_board_is_the_posts_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                               org: str) -> None:
    assert (person, org) in _held(run(text))


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a state's force named by its bare head, none named before
        ("وقع وزير الدفاع قرار تأجيل تسريح قائد الجيش العماد جوزيف عون لمدة عام.", "جوزيف عون", "الجيش"),
        ("وقال مدير الشرطة في محافظة البصرة اللواء رشيد فليح إن الهجوم فشل.", "رشيد فليح", "الشرطة"),
        ("وعين الرئيس اللواء خالد الهاشمي قائدا للشرطة في العاصمة.", "خالد الهاشمي", "الشرطة"),
        # the force the text named in full
        (("واستقبل الرئيس الجزائري قائد الجيش الوطني الشعبي الفريق سعيد شنقريحة. وقال قائد الجيش الفريق "
         "سعيد شنقريحة إن الحدود آمنة."), "سعيد شنقريحة", "الجيش الوطني الشعبي"),
        # a service named with its adjective
        ("وحضر اللقاء رئيس المخابرات العامة اللواء ماجد فرج.", "ماجد فرج", "المخابرات العامة"),
    ],
)
def test_a_states_force_is_named_by_its_head(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                             org: str) -> None:
    held = _held(run(text))
    assert (person, org) in held
    assert not any(p == person and o not in (org, None) for p, o in held)


@pytest.mark.parametrize(
    ("text", "person", "house", "bloc"),
    [
        ("وقال أحمد الزبيدي، عضو مجلس النواب الأردني عن حزب جبهة العمل الإسلامي، إن القانون سيعدل.",
         "أحمد الزبيدي", "مجلس النواب الأردني", "حزب جبهة العمل الإسلامي"),
        ("وقال محمد الساعدي، عضو البرلمان العراقي عن كتلة الفضيلة التابعة لحزب الفضيلة الإسلامي، إن الاتفاق قريب.",
         "محمد الساعدي", "البرلمان العراقي", "كتلة الفضيلة"),
    ],
)
def test_a_member_sits_for_the_bloc_after_an(run, text: str, person: str, house: str,  # type: ignore[no-untyped-def]
                                             bloc: str) -> None:
    held = _held(run(text))
    assert {(person, house), (person, bloc)} <= held
