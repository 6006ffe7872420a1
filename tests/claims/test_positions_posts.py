"""Positions whose organisation is named before the post, deputies of a post, and posts of a
state or a government, from sentences written for these tests."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _positions(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organisation named in an earlier sentence, the post without one
        (("أعلن الائتلاف الوطني السوري انتخاب هيئته الرئاسية. وأوضح الائتلاف الوطني السوري في "
         "بيان أن الهيئة تضم الرئيس خالد خوجة والأمين العام محمد يحيى مكتبي."),
         {("خالد خوجة", "الرئيس", "الائتلاف الوطني السوري"),
          ("محمد يحيى مكتبي", "الأمين العام", "الائتلاف الوطني السوري")}),
        # a committee of the federation named before: the post is in the federation
        (("أصدر الاتحاد التونسي لكرة اليد بياناً. وقال رئيس اللجنة الفنية سامي بن علي إن "
         "المنتخب جاهز."),
         {("سامي بن علي", "رئيس اللجنة الفنية", "الاتحاد التونسي")}),
        # a head of government: in the government the text names
        ("عقدت الحكومة العراقية اجتماعها برئاسة رئيس الوزراء حيدر العبادي.",
         {("حيدر العبادي", "رئيس الوزراء", "الحكومة العراقية")}),
    ],
)
def test_post_takes_the_organisation_named_before(run, text: str,  # type: ignore[no-untyped-def]
                                                  expected: set[tuple[str, str, str | None]]) -> None:
    found = _positions(run(text))
    # The organisation as found may carry its complement (لكرة اليد): its name begins so.
    for person, role, org in expected:
        assert any(p == person and r == role and o is not None and o.startswith(org)
                   for p, r, o in found), (person, role, org, found)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a nationality: the post is a state's, not the organisation's named before
        ("استقبلت حركة النهضة وفداً أوروبياً. وقال الرئيس التونسي قيس سعيد إن الزيارة مهمة.",
         "قيس سعيد", "الرئيس"),
        # a state post and a minister take no organisation named nearby
        ("زار وفد الهلال الأحمر الكويتي القصر حيث التقى ولي العهد نواف الأحمد.",
         "نواف الأحمد", "ولي العهد"),
        ("أصدر حزب الأمة بياناً. ورحب وزير الخارجية علي كرتي بالبيان.",
         "علي كرتي", "وزير الخارجية"),
        # a bare الرئيس refers only to an organisation of its own sentence: most often a state's
        ("أصدرت حركة النهضة بياناً مساء أمس. واستقبل الرئيس قيس سعيد الوفد في قرطاج.",
         "قيس سعيد", "الرئيس"),
        # an organisation that reports is not the one a post refers to
        ("ذكرت وكالة الأنباء الأردنية أن المدير التنفيذي ليث القاسم وصل إلى عمان.",
         "ليث القاسم", "المدير التنفيذي"),
        # no government named: the head of government has no organisation
        ("التقى رئيس الوزراء اللبناني تمام سلام وفداً من البنك الدولي.",
         "تمام سلام", "رئيس الوزراء"),
    ],
)
def test_post_of_a_state_takes_no_organisation(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                               role: str) -> None:
    assert (person, role, None) in _positions(run(text))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("وأكد نائب رئيس الجمهورية نوري المالكي أن الاتفاق صامد.", "نوري المالكي",
         "نائب رئيس الجمهورية"),
        ("وقال النائب الأول لرئيس الوزراء كمال الجنزوري إن الموازنة جاهزة.", "كمال الجنزوري",
         "النائب الأول رئيس الوزراء"),
    ],
)
def test_deputy_of_a_post_is_one_post(run, text: str, person: str, role: str) -> None:  # type: ignore[no-untyped-def]
    roles = {r for p, r, _ in _positions(run(text)) if p == person}
    assert roles == {role}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # an organisation named inside the body a post is in: the post is in it
        ("وهنأ رئيس مجلس إدارة الشركة الوطنية للإسمنت نجيب العلي القيادة.", "نجيب العلي",
         "الشركة الوطنية للإسمنت"),
        ("وقال رئيس مجلس إدارة نادي الترجي الرياضي حمدي المدب إن الموسم سيبدأ.", "حمدي المدب",
         "نادي الترجي الرياضي"),
    ],
)
def test_organisation_named_inside_the_body(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                            org: str) -> None:
    found = {(p, o) for p, _, o in _positions(run(text))}
    assert (person, org) in found


def test_body_of_the_organisation_named_before_it_in_its_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد حزب الأمة القومي اجتماعاً مع جمعية الهلال الأحمر السوداني، وحضر من جانب "
              "الجمعية رئيس مجلس الإدارة عادل الطيب.")
    orgs = {o for p, _, o in _positions(doc) if p == "عادل الطيب"}
    assert orgs and all(o is not None and o.startswith("جمعية الهلال") for o in orgs)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the complement of a title refers back to an organisation by its first word
        # named by its head word past another organisation named since
        (("أصدرت منظمة العفو الدولية تقريراً أمس عن سجون وزارة الداخلية المصرية. وقالت مديرة "
         "المنظمة هبة مرايف إن العدد ارتفع."), "هبة مرايف", "منظمة العفو الدولية"),
        ("عقد الاتحاد المغربي لكرة القدم اجتماعاً أمس. وقال رئيس الاتحاد فوزي لقجع إن الموسم سيبدأ.",
         "فوزي لقجع", "الاتحاد المغربي"),
    ],
)
def test_title_refers_back_by_head_word(run, text: str, person: str,  # type: ignore[no-untyped-def]
                                        org: str) -> None:
    found = {(p, o) for p, _, o in _positions(run(text))}
    assert any(p == person and o is not None and o.startswith(org) for p, o in found), found


def test_led_by_a_holder_of_another_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلن الحزب الديمقراطي الكردستاني بزعامة رئيس الإقليم مسعود بارزاني رفضه الاقتتال.")
    found = _positions(doc)
    # بزعامة: the leader of the party named before it; رئيس الإقليم: of a region, no organisation
    assert any(p == "مسعود بارزاني" and r == "زعيم" and o is not None and o.startswith("الحزب")
               for p, r, o in found), found
    assert ("مسعود بارزاني", "رئيس", None) in found


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (("هنأ الأمين العام لمجلس التعاون الخليجي الملك. وحضر الاستقبال الأمير خالد بن سعود ولي "
          "العهد نائب رئيس مجلس الوزراء وزير الداخلية."), "خالد بن سعود", "نائب رئيس"),
        (("استقبل رئيس الاتحاد الأفريقي الوفد. وحضر اللقاء وزير الدولة عضو مجلس الوزراء الدكتور "
          "سالم بن علي الهاشمي."), "سالم بن علي الهاشمي", "عضو"),
    ],
)
def test_the_cabinet_is_under_no_organisation_named_before(  # type: ignore[no-untyped-def]
        run, text: str, person: str, role: str) -> None:
    found = {(p.person.name, p.role, p.org.name if p.org else None) for p in run(text).claims["positions"]}
    assert (person, role, "مجلس الوزراء") in found, found


def test_an_appointee_s_post_is_in_the_body_that_acts_not_where_it_met(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وافق مجلس إدارة الاتحاد المغربي لكرة السلة خلال اجتماعه الذي عقد مساء الأحد بمجمع "
              "الأمير مولاي عبدالله الرياضي على تعيين المدرب الفرنسي جان دوبوا مديراً فنياً.")
    found = {(p.person.name, p.org.name if p.org else None) for p in doc.claims["positions"]}
    assert ("جان دوبوا", "الاتحاد المغربي لكرة السلة") in found, found


def test_a_committee_s_organisation_is_not_another_post_s(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعاد الاتحاد الأفريقي لكرة القدم تشكيل لجانه. وعين خالد الفاسي أمين عام الاتحاد المغربي "
              "لكرة القدم عضوا في لجنة المسابقات القارية.")
    found = {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}
    assert ("خالد الفاسي", "عضو لجنة المسابقات القارية", "الاتحاد الأفريقي لكرة القدم") in found, found
    assert ("خالد الفاسي", "أمين عام", "الاتحاد المغربي لكرة القدم") in found, found


def test_a_supervisor_general_over_a_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى المشرف العام على هيئة الهلال الأحمر الإماراتي الدكتور سالم الكعبي وفداً من اليمن.")
    found = {(p.person.name, p.role) for p in doc.claims["positions"]}
    assert ("سالم الكعبي", "المشرف العام") in found, found


def test_a_title_inside_an_organisation_s_name_does_not_end_the_post_s_reach(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال المشرف العام على مركز الملك عبدالله للحوار الدكتور فيصل المعمر إن الحوار مستمر.")
    found = {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}
    assert any(p == "فيصل المعمر" and r == "المشرف العام" and o is not None and o.startswith("مركز الملك")
               for p, r, o in found), found


def test_a_board_named_before_with_its_club_gives_the_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("اعتمد الاتحاد الأردني لكرة القدم مجلس إدارة نادي الفيصلي الجديد بمدينة عمان، بعد اطلاعه "
              "على محضر اجتماع الجمعية، وجاء التشكيل الجديد للمجلس برئاسة سامر بن فؤاد الخطيب.")
    found = {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}
    assert ("سامر بن فؤاد الخطيب", "رئيس", "نادي الفيصلي") in found, found


def test_a_title_s_complement_ends_at_a_comma(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("اعتمد الأمير سلطان بن فهد الرئيس العام للهيئة العامة للرياضة، مجلس إدارة نادي الهلال الجديد.")
    found = {(p.person.name, p.role, p.org.name if p.org else None) for p in doc.claims["positions"]}
    assert ("سلطان بن فهد", "الرئيس العام", "الهيئة العامة للرياضة") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medium the words were said to is no organisation above the government
        ("وأوضح سامي العلي، المتحدث باسم الحكومة الليبية المؤقتة لـ«الحياة»، أن الحكومة قررت.",
         ("سامي العلي", "المتحدث باسم", "الحكومة الليبية المؤقتة")),
        # a body said to be in an organisation: the organisation, the body in the role
        ("وقال رئيس هيئة الشؤون الخارجية في الحكومة المؤقتة سامي العلي إن الوضع صعب.",
         ("سامي العلي", "رئيس هيئة الشؤون الخارجية", "الحكومة المؤقتة")),
    ],
)
def test_only_a_body_is_of_the_organisation_after_it(run, text: str,  # type: ignore[no-untyped-def]
                                                     expected: tuple[str, str, str]) -> None:
    found = {(p.person.name, p.role, p.org.name if p.org else None) for p in run(text).claims["positions"]}
    assert expected in found, found


def test_a_post_after_its_holder_ends_at_the_comma(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ثمن السفير سامي العلي، سفير المملكة الأردنية الهاشمية في مصر، دعم مجموعة \"طلعت مصطفى\" "
              "للصندوق الخيري.")
    assert all(p.org is None for p in doc.claims["positions"] if p.person.name == "سامي العلي")


@pytest.mark.parametrize(("text", "holder", "org"), [
    # the board that acts names its organisation inside its own name: the unit is that one's
    ("وافق مجلس إدارة الاتحاد الأردني لكرة القدم على تعيين الإيطالي ماركو روسي رئيساً لدائرة الحكام.",
     "ماركو روسي", "الاتحاد الأردني لكرة القدم"),
])
def test_a_unit_of_the_organisation_inside_the_acting_board(run, text: str, holder: str,  # type: ignore[no-untyped-def]
                                                            org: str) -> None:
    doc = run(text)
    assert {p.org.name for p in doc.claims["positions"] if p.person.name == holder and p.org} == {org}


@pytest.mark.parametrize(("text", "holder", "status"), [
    # a definite العضو after a name is that person's membership, of the organisation the text names
    (("أعلن نادي الوداد المغربي شطب عضويات كل من كريم بناني رئيس النادي الأسبق، "
      "وسعيد الناصري نائب الرئيس الأسبق، وعادل الزموري العضو المستقيل."), "الزموري", "former"),
    ("وقال محمود الشريف العضو المستقل في المجلس البلدي إن المشروع تأخر.", "محمود الشريف", "current"),
])
def test_a_definite_member_after_a_name(run, text: str, holder: str,  # type: ignore[no-untyped-def]
                                        status: str) -> None:
    doc = run(text)
    assert any(p.person.name.endswith(holder) and p.role.startswith("العضو") and p.status == status
               for p in doc.claims["positions"])
