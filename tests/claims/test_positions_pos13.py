"""Posts on shapes seen in unseen political news, from sentences written for these tests: a
head of government named without his government is the state's, not a region's; a government
chaired (الحكومة ... برئاسة فلان) is the post's organisation; a post left as the object of a
verb (غادر منصبه كرئيس للوزراء) or deposed (بخلع الرئيس) is held before; a verb of heading
after a described name (فلان، كردي يرأس اللجنة) is the name's post, and makes no deputy of
the word before it."""

from __future__ import annotations

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in doc.claims["positions"]}


def _of(doc: Doc, person: str) -> set[tuple[str, str | None, str]]:
    return {(p.role, p.org.name if p.org else None, p.status) for p in doc.claims["positions"]
            if p.person.name == person}


def test_a_head_of_government_is_not_a_regions(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتقد رئيس الوزراء سامي الخطيب القرار. وقالت حكومة إقليم دارفور إنها تحتاج المال، "
              "وأكدت حكومة إقليم دارفور أنها مستعدة. وردت الحكومة السودانية بأنها ملتزمة.")
    orgs = {o for _, o, _ in _of(doc, "سامي الخطيب")}
    assert "حكومة إقليم دارفور" not in orgs


def test_a_government_chaired_is_the_posts_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلنت حكومة الوفاق الوطني برئاسة فايز السراج أنها ستعيد فتح السفارة.")
    assert ("رئيس", "حكومة الوفاق الوطني", "current") in _of(doc, "فايز السراج")


def test_a_governments_delegation_chaired_is_not_the_government(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ووصل وفد الحكومة اليمنية برئاسة عبد الملك الشامي إلى جنيف.")
    assert "الحكومة اليمنية" not in {o for _, o, _ in _of(doc, "عبد الملك الشامي")}


def test_a_post_left_as_the_verbs_object_is_former(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقد ترك سالم العتيبي منصبه كأمين عام للحزب الديمقراطي العام الماضي.")
    assert {s for _, _, s in _of(doc, "سالم العتيبي")} == {"former"}


def test_a_post_to_be_left_is_still_held(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ومن المنتظر أن يغادر ماجد الرفاعي منصبه كمدير عام لهيئة الاستثمار الشهر المقبل.")
    assert "former" not in {s for _, _, s in _of(doc, "ماجد الرفاعي")}


def test_a_deposed_president_is_former(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتهت الاحتجاجات بخلع الرئيس التونسي زين الدين الحمامي من منصبه.")
    assert ("الرئيس", None, "former") in _of(doc, "زين الدين الحمامي")


def test_a_verb_of_heading_after_a_described_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال هاشم الزبيدي، كردي يرأس لجنة الطاقة في مجلس النواب العراقي: «إنها أزمة».")
    assert ("هاشم الزبيدي", "رئيس لجنة الطاقة", "مجلس النواب العراقي", "current") in _held(doc)


def test_a_verb_of_heading_makes_no_deputy(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال منير الحداد، وهو نائب يرأس لجنة المالية في مجلس النواب الأردني، إن العجز كبير.")
    roles = {r for r, _, _ in _of(doc, "منير الحداد")}
    assert "رئيس لجنة المالية" in roles
    assert not any(r.startswith("نائب رئيس") for r in roles)


def test_a_members_seat_is_not_in_the_party_named_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتقد وزراء «حزب التقدم» الذي يرأسه النائب سليم الحايك قرار الحكومة.")
    got = _of(doc, "سليم الحايك")
    assert ("رئيس", "حزب التقدم", "current") in got
    assert ("النائب", "حزب التقدم", "current") not in got


def test_a_members_seat_is_in_the_assembly_named_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("واجتمع مجلس النواب أمس. وقال النائب سليم الحايك إن الجلسة كانت صاخبة.")
    assert ("النائب", "مجلس النواب", "current") in _of(doc, "سليم الحايك")


def test_a_post_closed_by_its_state_takes_no_later_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وبحث الرئيس هادي مع المشير خليل الدوري رئيس جمهورية العراق خطة تدريب الجيش اليمني "
              "الوطني في المجال البحري.")
    assert "الجيش اليمني الوطني" not in {o for _, o, _ in _of(doc, "خليل الدوري")}


def test_a_name_after_a_possessed_title_is_not_the_earlier_titles(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وطالب المحتجون بلقاء رئيس الوزراء وأرسل الأخير نائبه لشؤون الطاقة سامر الجبوري للتفاوض.")
    assert "رئيس الوزراء" not in {r for r, _, _ in _of(doc, "سامر الجبوري")}


def test_a_name_past_a_complementizer_with_a_pronoun_holds_nothing(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وحذر رئيس الوزراء الأسبق سعد الحريري أعضاء تيار المستقبل من أنه في حالة فوز المرشح "
              "نبيل الحلو بالرئاسة ستتغير الأمور.")
    assert not _of(doc, "نبيل الحلو")


def test_an_outgoing_president_is_found_and_former(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتقد رئيس الجمهورية المنتهية ولايته ميشال الحداد قرار البرلمان.")
    assert ("رئيس الجمهورية", None, "former") in _of(doc, "ميشال الحداد")


def test_a_head_of_government_designate_is_found(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس الوزراء المكلف بتشكيل الحكومة سليم العلوان إن المشاورات مستمرة.")
    assert ("رئيس الوزراء", None, "current") in _of(doc, "سليم العلوان")


def test_a_post_of_one_who_died_past_a_long_title(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتوفي أمس الأمين العام لاتحاد الشغل حسين الرفاعي عن عمر ناهز 70 عاما.")
    assert {s for _, _, s in _of(doc, "حسين الرفاعي")} == {"former"}


def test_a_relative_clause_of_death_after_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس الحزب الاشتراكي خالد الكبيسي، الذي توفي العام الماضي، إن الحزب قوي.")
    assert {s for _, _, s in _of(doc, "خالد الكبيسي")} == {"former"}


def test_a_post_held_by_a_past_verb_before_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وشغل كمال الحسن منصب وزير المالية بين عامي 2005 و2009.")
    assert ("وزير المالية", None, "former") in _of(doc, "كمال الحسن")


def test_a_post_held_by_a_present_verb_is_current(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ويشغل كمال الحسن منصب وزير المالية منذ عام 2019.")
    assert ("وزير المالية", None, "current") in _of(doc, "كمال الحسن")


def test_a_pluperfect_appointment_after_the_name_gives_the_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكان سامي الفرا قد عُيّن مديرا عاما لشركة الكهرباء الوطنية عام 2010.")
    assert any(r.startswith("مدير") and o == "شركة الكهرباء الوطنية" for r, o, _ in _of(doc, "سامي الفرا"))


def test_an_outlet_named_bare_is_no_bodys_parent(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وثمنت حركة «حماس» في بيان حصلت «الوطن» على نسخة منه دور مصر، وقال البيان إن وفدا "
              "برئاسة خالد الصالح رئيس المكتب السياسي زار القاهرة.")
    assert "الوطن" not in {o for _, o, _ in _of(doc, "خالد الصالح")}


def test_an_outlet_spoken_to_is_no_posts_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال مصدر لـ«الخبر» إن اللقاء كان إيجابيا. وأكد رئيس المكتب السياسي خالد الصالح أن الحوار مستمر.")
    assert "الخبر" not in {o for _, o, _ in _of(doc, "خالد الصالح")}


def test_a_denied_copula_states_no_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال سامر الحلو إنه لن يكون رئيسا للحزب الوطني بعد اليوم.")
    assert not _of(doc, "سامر الحلو")


def test_kana_narrating_a_verb_after_an_apposition_keeps_the_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكان صالح المهدي رئيس حزب الأمة القومي أعلن أمس أن الحزب سيشارك.")
    assert ("رئيس", "حزب الأمة القومي", "current") in _of(doc, "صالح المهدي")


def test_kana_with_the_post_as_predicate_is_former(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكان صالح المهدي رئيساً لحزب الأمة القومي حتى عام 2010.")
    assert ("رئيس", "حزب الأمة القومي", "former") in _of(doc, "صالح المهدي")


def test_a_past_verb_of_heading_gives_a_former_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتقد الحزب حكومة الوحدة الوطنية التي رأسها نجيب الحسن في عام 2011.")
    assert ("رئيس", "حكومة الوحدة الوطنية", "former") in _of(doc, "نجيب الحسن")


def test_a_clause_of_heading_after_a_meeting_is_the_meetings(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأقرت لجنة الوكلاء في غرفة الرياض في اجتماعها، الذي ترأسه المهندس طارق العلي، الخطة.")
    assert "former" not in {s for _, _, s in _of(doc, "طارق العلي")}


def test_the_first_holder_of_a_post_held_it_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ويعد حيدر الصافي، أول رئيس وزراء في دولة الوحدة، من أبرز الشخصيات الجنوبية.")
    assert {s for _, _, s in _of(doc, "حيدر الصافي")} == {"former"}


def test_first_of_a_day_is_no_ordinal_of_a_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("والتقى أول أمس رئيس الوزراء سامي الخطيب وفدا من البنك الدولي.")
    assert "former" not in {s for _, _, s in _of(doc, "سامي الخطيب")}


def test_becoming_the_first_holder_is_current(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأصبحت سلمى الحداد أول رئيسة لحزب الوسط الديمقراطي.")
    assert "former" not in {s for _, _, s in _of(doc, "سلمى الحداد")}
