"""Which person holds which title: posts in construct, posts named to by a pronoun of
appointing, names after a preposition, and a pronoun that names the subject; sentences
written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str]]:
    return {(p.person.name, p.role) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the envoy of the secretary-general is no secretary-general
        ("التقى مبعوث الأمين العام للأمم المتحدة إلى ليبيا غسان سلامة بوفد من طرابلس.",
         {("غسان سلامة", "مبعوث الأمين العام")}, {("غسان سلامة", "الأمين العام")}),
        # a nationality after the construct is the complement's: the name is still the holder's
        ("وصل مستشار الرئيس المصري للشؤون الأمنية فايزة أبو النجا إلى الرياض.",
         {("فايزة أبو النجا", "مستشار الرئيس")}, {("فايزة أبو النجا", "الرئيس")}),
    ],
)
def test_post_in_construct_is_one_post(run, text: str, expected: set[tuple[str, str]],  # type: ignore[no-untyped-def]
                                       absent: set[tuple[str, str]]) -> None:
    held = _held(run(text))
    assert expected <= held, held
    assert not absent & held, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # وتعيينه: the posts after the pronoun of appointing are the person's named before
        (("أصدر الرئيس مرسوماً باختيار سلطان بن خالد ولياً للعهد وتعيينه نائباً لرئيس "
          "مجلس الوزراء وزيراً للدفاع رئيساً لمجلس الأمن الوطني."),
         {("سلطان بن خالد", "نائب رئيس مجلس الوزراء"), ("سلطان بن خالد", "وزير الدفاع")}),
        # a rank on the deputy word, then more posts of the same person
        ("قرر المجلس تعيين كريم العلوي نائباً ثانياً لرئيس الحكومة وزيراً للمالية.",
         {("كريم العلوي", "نائب رئيس الحكومة"), ("كريم العلوي", "وزير المالية")}),
        ("قررت اللجنة المركزية انتخاب مروان الشامي أميناً للسر وتكليفه رئيساً لمكتب الانتخابات.",
         {("مروان الشامي", "رئيس")}),
    ],
)
def test_posts_after_a_pronoun_of_appointing(run, text: str,  # type: ignore[no-untyped-def]
                                             expected: set[tuple[str, str]]) -> None:
    held = _held(run(text))
    assert expected <= held, held


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # the name after إلى is the one written to, not the minister
        ("وبعث الوزير رسالة إلى سامي الخطيب أكد فيها أهمية الزيارة.", "سامي الخطيب", "الوزير"),
        ("وتحدث الأمين العام مع الدكتور نبيل شعث عن الأزمة.", "نبيل شعث", "الأمين العام"),
    ],
)
def test_name_after_a_preposition_holds_no_title_before_it(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                           role: str) -> None:
    assert (person, role) not in _held(run(text))


def test_pronoun_names_the_subject_not_the_object_of_a_preposition(run) -> None:  # type: ignore[no-untyped-def]
    text = ("بينما يمثل الدكتور منير الساعدي الجناح المنشق عن الرئيس السابق حسن الطيب في حزب "
            "التجمع الدستوري وهو نائب رئيس الحزب.")
    held = _held(run(text))
    assert ("منير الساعدي", "نائب رئيس") in held, held
    assert ("حسن الطيب", "نائب رئيس") not in held, held


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # ، و written on a title opens the next item of a list: the name after it holds it
        ("ويضم المكتب الجديد نائب الرئيس، فؤاد المالكي، والأمين العام، مازن حداد، والمنسق العام، هشام العمري.",
         {("مازن حداد", "الأمين العام"), ("هشام العمري", "المنسق العام")},
         {("فؤاد المالكي", "الأمين العام"), ("مازن حداد", "المنسق العام")}),
        # a title with a word of its own before the comma (المنسق الإعلامي، فلان) is no
        # apposition of the name before the list's comma
        ("ويضم المكتب الجديد الأمين العام، مازن حداد، والمنسق الإعلامي، هشام العمري.",
         {("مازن حداد", "الأمين العام")}, {("مازن حداد", "المنسق")}),
        # a title that begins with و (وزير، وكيل) after a comma is the name's apposition
        ("قال كريم سلام، وزير الخارجية، إن الوضع مستقر.", {("كريم سلام", "وزير الخارجية")}, set()),
        ("أكدت هالة زايد، وكيلة الوزارة، أن الخطة جاهزة.", {("هالة زايد", "وكيلة الوزارة")}, set()),
    ],
)
def test_title_after_comma_and_wa_opens_a_new_item(run, text: str,  # type: ignore[no-untyped-def]
                                                   expected: set[tuple[str, str]],
                                                   absent: set[tuple[str, str]]) -> None:
    held = _held(run(text))
    assert expected <= held, held
    assert not absent & held, held


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a bare indefinite post right before a name is in construct with it: the deputy or
        # adviser of the one named, who holds no such post
        ("انتخاب نائب «أبو محمد الجولاني» قائداً للهيئة", "أبو محمد الجولاني"),
        ("وصل مستشار محمود عباس إلى القاهرة أمس.", "محمود عباس"),
    ],
)
def test_name_right_after_a_bare_post_is_its_complement(run, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    held = _held(run(text))
    assert not any(p == person and r in ("نائب", "مستشار") for p, r in held), held


def test_definite_post_before_a_name_is_still_held(run) -> None:  # type: ignore[no-untyped-def]
    assert ("سامي الفرا", "الأمين العام") in _held(run("قال الأمين العام سامي الفرا إن الانتخابات قريبة."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive verb of appointing between a name and an accusative post (أما فلان فعين)
        ("أما خالد السعدي فعين نائبًا لرئيس المكتب الإعلامي.", ("خالد السعدي", "نائب رئيس")),
        ("وسامر النجار انتخب رئيساً لمجلس الطلبة.", ("سامر النجار", "رئيس")),
    ],
)
def test_verb_of_appointing_between_name_and_post(run, text: str,  # type: ignore[no-untyped-def]
                                                  expected: tuple[str, str]) -> None:
    held = _held(run(text))
    assert any(p == expected[0] and r.startswith(expected[1]) for p, r in held), held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles of one person in apposition, each after a comma, the first with a complement
        (("وأكد ماهر الزين، رئيس اتحاد الكتاب في الأردن، الأمين العام السابق لنقابة الصحفيين، "
          "أن المؤتمر ناجح."), {("ماهر الزين", "رئيس"), ("ماهر الزين", "الأمين العام")}),
        (("وبعث الوزير رسالة إلى سامي الخطيب، مبعوث الجامعة العربية الخاص إلى ليبيا، الرئيس "
          "الدوري لمجلس السلم والأمن، أكد فيها أهمية الزيارة."),
         {("سامي الخطيب", "مبعوث"), ("سامي الخطيب", "الرئيس")}),
    ],
)
def test_chain_of_titles_in_apposition_across_commas(run, text: str,  # type: ignore[no-untyped-def]
                                                     expected: set[tuple[str, str]]) -> None:
    held = _held(run(text))
    assert expected <= held, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank before the post in apposition (أول رئيس، آخر أمين عام) keeps it the name's
        ("وقال حيدر العطاس, أول رئيس وزراء في دولة الوحدة، إن الوضع صعب.", ("حيدر العطاس", "رئيس وزراء")),
        ("وقالت سلمى الحسيني، آخر أمين عام للاتحاد النسائي، إن الاتحاد حل.", ("سلمى الحسيني", "أمين عام")),
    ],
)
def test_rank_before_a_post_in_apposition(run, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _held(run(text))


@pytest.mark.parametrize(
    ("text", "person", "role", "status"),
    [
        # a clause of holding after the post names its holder, with the holder's own titles
        ("ألغى البرلمان منصب نائب رئيس الجمهورية الذي يشغله وزير الدفاع السابق سامي العلي.",
         "سامي العلي", "نائب رئيس الجمهورية", "current"),
        ("قرر الرئيس إلغاء مناصب نواب رئيس الوزراء التي يشغل أحدها القيادي في الحزب كمال حداد.",
         "كمال حداد", "نائب رئيس الوزراء", "current"),
        # the verb in the past: a post held before
        ("وعاد الجدل حول منصب الأمين العام للحزب الذي شغله نبيل العموري حتى العام الماضي.",
         "نبيل العموري", "الأمين العام", "former"),
    ],
)
def test_clause_of_holding_names_the_holder(run, text: str, person: str, role: str,  # type: ignore[no-untyped-def]
                                            status: str) -> None:
    found = {(p.person.name, p.role, p.status) for p in run(text).claims["positions"]}
    assert (person, role, status) in found, found


def test_clause_of_holding_needs_a_name_in_it(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وتحدث الأمين العام الذي شغل المنصب عشر سنوات عن الأزمة، كما قال سامي العلي."))
    assert ("سامي العلي", "الأمين العام") not in held, held


def test_verb_of_meeting_between_title_and_name(run) -> None:  # type: ignore[no-untyped-def]
    # a headline run into its sentence: the title is the verb's object, the name its subject
    held = _held(run("أمير الكويت يلتقي وزير الخارجية الأمريكي التقى الشيخ صباح الأحمد اليوم الوفد."))
    assert ("صباح الأحمد", "وزير الخارجية") not in held, held


@pytest.mark.parametrize(
    ("text", "person", "roles"),
    [
        # posts said in the accusative one after another, joined by ، و: one holder's
        ("وعمل الدكتور خالد المصري مديراً لبرنامج التدريب، ومستشاراً في وزارة الصحة.",
         "خالد المصري", 2),
        # the tanween written on ة makes the first post accusative too (رئيسةً)
        ("وكانت ليلى الحسيني رئيسةً لجمعية الهلال الأحمر، وعضواً في مجلس الشورى.", "ليلى الحسيني", 2),
    ],
)
def test_accusative_posts_in_a_row_are_one_holders(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                                   roles: int) -> None:
    held = _held(run(text))
    assert len({r for p, r in held if p == person}) == roles, held


def test_a_named_item_after_an_accusative_post_is_not_its_holders(run) -> None:  # type: ignore[no-untyped-def]
    # a name after ، و opens the next item: the post before it is not his
    held = _held(run("وعين المجلس سمير العطار مديراً للبرنامج، ونادر الخوري مستشاراً."))
    assert ("نادر الخوري", "مدير") not in held and ("سمير العطار", "مستشار") not in held, held
