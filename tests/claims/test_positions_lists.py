"""Posts stated for a list of names, by a phrase (برئاسة، وعضوية كل من) or in brackets after a
name, from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str]]:
    return {(p.person.name, p.role) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural deputy word and كل من: every name of the list is a deputy
        ("وأوضح البيان أن الهيئة تضم نواب الرئيس كل من هشام مروة ومصطفى أوسو ونغم غادري.",
         {("هشام مروة", "نائب الرئيس"), ("مصطفى أوسو", "نائب الرئيس"),
          ("نغم غادري", "نائب الرئيس")}),
        # برئاسة names the head, وعضوية كل من the members, honorifics between the names
        (("وتشكل المجلس الجديد برئاسة كريم الحسني، وعضوية كل من الدكتور سعيد المنصوري "
         "والمهندس طارق العلوي."),
         {("كريم الحسني", "رئيس"), ("سعيد المنصوري", "عضو"), ("طارق العلوي", "عضو")}),
    ],
)
def test_every_name_of_a_list_holds_the_post(run, text: str,  # type: ignore[no-untyped-def]
                                             expected: set[tuple[str, str]]) -> None:
    assert expected <= _held(run(text))


def test_a_post_after_another_name_is_not_the_list_head(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتشكل المجلس الجديد برئاسة كريم الحسني، وعضوية كل من سعيد المنصوري وطارق العلوي.")
    # the head is only the first name; the members are not heads
    heads = {p for p, r in _held(doc) if r == "رئيس"}
    assert heads == {"كريم الحسني"}


def test_headed_by_a_post_gives_the_post_only(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد مجلس الوزراء جلسته برئاسة رئيس الوزراء نجيب ميقاتي.")
    assert {r for p, r in _held(doc) if p == "نجيب ميقاتي"} == {"رئيس الوزراء"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a title in brackets belongs to the name before the bracket, not the name after it
        (("وضمت اللجنة فيكتور مونتالياني (رئيس الاتحاد الكندي لكرة القدم) وهاني أبو ريدة "
         "(نائب رئيس الاتحاد المصري لكرة القدم)."), "فيكتور مونتالياني", "رئيس"),
        (("وضمت اللجنة فيكتور مونتالياني (رئيس الاتحاد الكندي لكرة القدم) وهاني أبو ريدة "
         "(نائب رئيس الاتحاد المصري لكرة القدم)."), "هاني أبو ريدة", "نائب رئيس"),
    ],
)
def test_title_in_brackets_after_the_name(run, text: str, person: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert {r for p, r in _held(run(text)) if p == person} == {role}


def test_names_listed_before_a_plural_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت الحركة إنه تمت تسمية كل من هيثم رحمة، ونصر الحريري، وعدنان رحمون "
              "أعضاءً في لجنة المصالحة.")
    holders = {p for p, r in _held(doc) if r == "أعضاء"}
    assert holders == {"هيثم رحمة", "نصر الحريري", "عدنان رحمون"}


def test_former_members_listed_after_a_colon(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكرم النادي أعضاء اللجنة الثقافية السابقين، وهم: د. سالم العتيبي (رئيس اللجنة)، "
              "ومحمد الدوسري، وفهد القحطاني.")
    members = {(p.person.name, p.status) for p in doc.claims["positions"] if p.role.startswith("أعضاء")}
    # the first is named for his own post, in the bracket after his name
    assert members == {("محمد الدوسري", "former"), ("فهد القحطاني", "former")}
    assert ("سالم العتيبي", "رئيس") in _held(doc)


def test_status_word_after_the_title_complement(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس الوزراء الأردني الأسبق عبد الله النسور إن الحكومة باقية.")
    assert [(p.person.name, p.status) for p in doc.claims["positions"]] == [("عبد الله النسور", "former")]


def test_same_post_in_other_states_by_nationality(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وجرت جولة مباحثات ضمت وزير الخارجية الأميركي جون كيري، والروسي سيرجي لافروف، "
              "والسعودي عادل الجبير، في الدوحة.")
    ministers = {p for p, r in _held(doc) if r == "وزير الخارجية"}
    assert ministers == {"جون كيري", "سيرجي لافروف", "عادل الجبير"}


def test_a_dual_post_for_two_names(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وناقش المجلس المقترح المقدم من عضوي المجلس الدكتور سعد الحربي والدكتور ناصر الزهراني.")
    assert {p for p, r in _held(doc) if r.startswith("عضو")} == {"سعد الحربي", "ناصر الزهراني"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # the name right before the title, when the name after it comes past a comma and words
        (("استنكر الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج العربية، "
         "بشدة، تصريحات سامي الحمدان."), "عبد اللطيف الزياني", "الأمين العام"),
        # the name right after the title otherwise
        ("استقبل سامي الخطيب رئيس الحزب الدكتور كريم العلي.", "كريم العلي", "رئيس"),
    ],
)
def test_title_belongs_to_the_nearer_name(run, text: str, person: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert {p for p, r in _held(run(text)) if r == role} == {person}


@pytest.mark.parametrize(
    ("text", "person", "roles"),
    [
        # a chain of titles after a name is that name's, up to و and an honorific opening the next
        (("حضر اللقاء الشيخ سالم الصباح ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية ومعالي "
         "وزير الدولة الدكتور خالد الرشيد."), "سالم الصباح",
         {"ولي العهد", "نائب رئيس", "وزير الداخلية"}),  # نائب رئيس in مجلس الوزراء
        (("حضر اللقاء الشيخ سالم الصباح ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية ومعالي "
         "وزير الدولة الدكتور خالد الرشيد."), "خالد الرشيد", {"وزير الدولة"}),
        # a post in ل is the complement's: the spokesman is the name after the prime minister's
        (("وقال المتحدث باسم المكتب الإعلامي لرئيس الوزراء العراقي حيدر العبادي، الدكتور سعد "
          "الحديثي، إن الحكومة باقية."), "سعد الحديثي", {"المتحدث باسم"}),
        # مساعد after بن is a name, not an assistant's post
        ("وقال عبدالله بن مساعد الرئيس العام لرعاية الشباب إن الموسم سيبدأ.", "عبدالله بن مساعد",
         {"الرئيس العام"}),
    ],
)
def test_chains_and_complements(run, text: str, person: str, roles: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {r for p, r in _held(run(text)) if p == person} == roles


def test_a_title_after_a_preposition_is_no_apposition(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("والتقى رئيس الوفد كمال الحسن بالمبعوث الأممي في جنيف.")
    assert {r for p, r in _held(doc) if p == "كمال الحسن"} == {"رئيس الوفد"}


def test_plural_post_after_a_decree(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أصدر الرئيس الصومالي أمس قرارًا بتعيين ثلاثة مستشارين رئاسيين، هم محمد علي حسن، "
              "وأحمد طاهر محمود، وحسن عبدالله يوسف.")
    assert {p for p, r in _held(doc) if r == "مستشار"} == {"محمد علي حسن", "أحمد طاهر محمود",
                                                          "حسن عبدالله يوسف"}


def test_a_form_of_address_is_no_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال المستشار أحمد الزند إن القضاء مستقل.")
    assert not doc.claims["positions"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # كان ... قد narrates what the holder did: the post is not a former one
        ("وكان رئيس الحكومة المغربية عزيز أخنوش قد أكد السبت الاستعداد للإصلاح.", "current"),
        # كان before an accusative post, or a status word, says it was held before
        ("وكان عزيز أخنوش رئيساً للحزب.", "former"),
        ("كان رئيس الحزب السابق عزيز أخنوش قد أعلن ذلك.", "former"),
    ],
)
def test_status_after_kana(run, text: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert {p.status for p in run(text).claims["positions"] if p.person.name == "عزيز أخنوش"} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the position of the person a decree appoints, the issuer's post not theirs
        ("أصدر الرئيس المصري قراراً جمهورياً بتعيين اللواء محمود شعراوي محافظاً للدقهلية.",
         {("محمود شعراوي", "محافظ")}),
        ("صدر أمر ملكي بتعيين الدكتور خالد بن عبدالله السبتي وكيلاً لوزارة التعليم.",
         {("خالد بن عبدالله السبتي", "وكيل")}),
        # تكليف فلان بمهام: the post is theirs; the one after خلفاً لـ held it before
        ("قرر مجلس الوزراء تكليف سامي العلي بمهام مدير عام الجمارك خلفاً لكريم حسن.",
         {("سامي العلي", "مدير عام"), ("كريم حسن", "مدير عام")}),
        # a nationality and a status word between a post and its holder
        ("والاتحاد الوطني الكردستاني بزعامة الرئيس العراقي السابق جلال طالباني.",
         {("جلال طالباني", "الرئيس"), ("جلال طالباني", "زعيم")}),
    ],
)
def test_decrees_and_assignments(run, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _held(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dual post for the two names after it
        ("وتوج الاتصال الأخير بين الرئيسين رجب طيب أردوغان وفلاديمير بوتين.",
         {("رجب طيب أردوغان", "الرئيس"), ("فلاديمير بوتين", "الرئيس")}),
        # أمين heads a body; as the first word of a name it is no post
        ("والتقى الوفد أمين المجلس الأعلى للأمن القومي علي لاريجاني.", {("علي لاريجاني", "أمين")}),
        ("وقال الرئيس اللبناني الأسبق أمين الجميل إن الوضع خطير.", {("أمين الجميل", "الرئيس")}),
    ],
)
def test_duals_and_name_words(run, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _held(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # name then title, items apart by commas: a title never reaches past ، و to the next name
        (("وصل الوزراء إلى عدن، وهم المهندس بدر علي وزير النقل، اللواء عبده سالم وزير الداخلية، "
          "واللواء علي حسن ناجي رئيس جهاز الأمن القومي، ومحمد صالح الشامي نائب رئيس مجلس النواب."),
         {("بدر علي", "وزير النقل"), ("عبده سالم", "وزير الداخلية"), ("علي حسن ناجي", "رئيس")},
         {("عبده سالم", "وزير النقل"), ("محمد صالح الشامي", "رئيس")}),
    ],
)
def test_a_list_of_names_each_with_its_title(run, text: str,  # type: ignore[no-untyped-def]
                                              expected: set[tuple[str, str]],
                                              wrong: set[tuple[str, str]]) -> None:
    found = {(p.person.name, p.role) for p in run(text).claims["positions"]}
    assert expected <= found and not wrong & found, found


def test_a_title_before_a_name_apart_by_a_comma(run) -> None:  # type: ignore[no-untyped-def]
    found = {(p.person.name, p.role) for p in run("وقال وزير الخارجية، سامي العلي، إن الحكومة ستعمل.").claims["positions"]}
    assert ("سامي العلي", "وزير الخارجية") in found


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a list after the plural post, some names with the body they represent
        (("وقرر المجلس تعيين الآتية أسماؤهم أعضاء في مجلس إدارة الهيئة الوطنية للموانئ لمدة ثلاث "
          "سنوات: المهندس / سامر بن علي القحطاني ممثلاً عن وزارة المالية، والدكتور نادر بن حسن "
          "العمري ممثلاً عن وزارة النقل، والدكتور / سعد بن فهد المالكي."),
         {"سامر بن علي القحطاني", "نادر بن حسن العمري", "سعد بن فهد المالكي"}),
        # the names before a dual post, each with the body they represent
        (("قرر مجلس الوزراء تعيين كل من: معالي الأستاذ / سامي بن فهد العتيبي ممثلاً لوزارة "
          "المالية والدكتور / ماجد بن علي الحربي ممثلاً لوزارة التعليم عضوين في مجلس إدارة "
          "الهيئة العامة للموانئ."),
         {"سامي بن فهد العتيبي", "ماجد بن علي الحربي"}),
    ],
)
def test_a_list_goes_on_past_a_representative_s_body(run, text: str,  # type: ignore[no-untyped-def]
                                                     members: set[str]) -> None:
    doc = run(text)
    found = {p.person.name for p in doc.claims["positions"]
             if p.role.startswith(("عضو", "أعضاء")) and p.org is not None and "للموانئ" in p.org.name}
    assert found == members, found
    assert any(p.role == "ممثل" and p.org is not None and p.org.name == "وزارة المالية"
               for p in doc.claims["positions"])


@pytest.mark.parametrize(
    ("text", "people", "role"),
    [
        # a list opened by وهم كل من: each item says more of itself before the next comma
        (("وتشغل ثلاث شخصيات مناصب نواب رئيس الحكومة، وهم كل من كمال الدباغ عن الحزب الوطني، "
          "وسمير العلوان زعيم الجبهة المدنية (أحد الأحزاب الليبرالية)، وفادي حداد القيادي في التيار الديمقراطي."),
         {"كمال الدباغ", "سمير العلوان", "فادي حداد"}, "نائب رئيس الحكومة"),
        # a colon after the pronoun, an honorific on the next item
        ("وعين المجلس أعضاء اللجنة العليا وهم: سالم الكعبي رئيس بلدية العين، والدكتور ماجد النعيمي، وحمد الشامسي.",
         {"سالم الكعبي", "ماجد النعيمي", "حمد الشامسي"}, "أعضاء"),
    ],
)
def test_items_of_a_cued_list_say_more_of_themselves(run, text: str,  # type: ignore[no-untyped-def]
                                                     people: set[str], role: str) -> None:
    held = _held(run(text))
    assert people == {p for p, r in held if r == role}, held


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        # a clause (الذي) or a verb ends the list: the name after it is no item of it
        ("وأعلنت الرابطة أعضاء مجلس إدارتها، وهم كل من أحمد الرفاعي وخالد العتيبي الذي استقال لاحقاً، ومحمود الشريف.",
         "محمود الشريف"),
        ("وتضم الهيئة نواب الرئيس كل من هشام مروة رئيس الوفد، وقال إن الهيئة ستجتمع، ونزار الحراكي.",
         "نزار الحراكي"),
        # no كل من, no pronoun: an item saying more of itself ends the list
        ("وحضر نواب الرئيس هشام مروة رئيس الوفد، ونزار الحراكي.", "نزار الحراكي"),
    ],
)
def test_a_cued_list_ends_at_a_clause(run, text: str, outside: str) -> None:  # type: ignore[no-untyped-def]
    held = _held(run(text))
    assert not any(p == outside for p, _ in held), held
