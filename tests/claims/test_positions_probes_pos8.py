"""Posts in shapes of other countries' news (Yemeni, Iraqi, Libyan, Sudanese, Gulf): a title
word inside a compound name, ...; sentences written for these tests."""

from __future__ import annotations

from sijill.doc import Doc
from sijill.names.titles import find_titles


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org is not None else None, p.status)
            for p in doc.claims["positions"]}


def test_a_title_word_inside_a_compound_name_is_no_title() -> None:
    # عبد الملك، وعبد الأمير: a person's name; الملك and الأمير alone are titles
    text = "وقال الشيخ عبد الملك الزبيدي وعبد الأمير الساعدي إن الملك سلمان وصل."
    roles = [text[t.start : t.end] for t in find_titles(text)]
    assert roles.count("الملك") == 1, roles


def test_a_leader_named_abd_al_malik_is_no_king(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال زعيم جماعة أنصار الشريعة اليمنية عبد الملك الريمي إن الجماعة لن تفاوض."))
    assert not any(r == "الملك" for _, r, _, _ in held), held
    assert any(p == "عبد الملك الريمي" and r == "زعيم" for p, r, _, _ in held), held


def _coach_posts(held: set[tuple[str, str, str | None, str]]) -> set[tuple[str, str, str | None]]:
    return {(p, r, o) for p, r, o, _ in held if "مدرب" in r or r == "المعد البدني"}


def test_a_teams_staff_hold_posts_of_the_club_named_before(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وفي نادي الوداد البيضاوي بدأت التدريبات بإشراف المدرب المغربي رشيد الطاوسي"
                     " والمعد البدني التونسي كمال الزواغي ومدرب الحراس نبيل الصبار."))
    assert _coach_posts(held) == {("رشيد الطاوسي", "مدرب", "نادي الوداد البيضاوي"),
                                  ("كمال الزواغي", "المعد البدني", "نادي الوداد البيضاوي"),
                                  ("نبيل الصبار", "مدرب الحراس", "نادي الوداد البيضاوي")}, held


def test_a_coach_named_to_a_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("عين الاتحاد العراقي لكرة القدم عدنان درجال مدرباً للمنتخب الأولمبي، واختار"
                     " باسم قاسم مساعداً للمدرب."))
    assert ("عدنان درجال", "مدرب", "الاتحاد العراقي لكرة القدم", "current") in held, held
    assert ("باسم قاسم", "مساعد المدرب", "الاتحاد العراقي لكرة القدم", "current") in held, held


def test_a_team_manager_dismissed(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("قرر مجلس إدارة نادي المريخ السوداني إقالة عماد الطيب من منصب مدير الكرة."))
    assert ("عماد الطيب", "مدير الكرة", "نادي المريخ السوداني", "former") in held, held


def test_a_coachs_trade_before_the_post_he_is_given_is_no_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وافق الاتحاد الكويتي لكرة القدم على تعيين المدرب الصربي بوريس بونياك مديراً"
                     " فنياً للمنتخب الأول."))
    assert not _coach_posts(held), held
    assert any(p == "بوريس بونياك" and r.startswith("مدير") for p, r, _, _ in held), held


def test_a_coach_of_no_team_named_holds_no_post(run) -> None:  # type: ignore[no-untyped-def]
    # a federation named before employs coaches of many teams; with no club or team, a trade
    held = _held(run("واختار الاتحاد اليمني لكرة القدم أعضاء لجنة المسابقات، ومنهم علي الشامي"
                     " والمدرب أمين السنيني."))
    assert not _coach_posts(held), held


def test_a_coachs_title_reaches_no_name_past_a_comma(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("ويواجه مدرب نادي الفيصلي، في مباراة الغد، غياب المهاجم عدي الصيفي."))
    assert not any(p == "عدي الصيفي" for p, _, _, _ in held), held


def test_a_post_then_a_members_seat_before_the_name(run) -> None:  # type: ignore[no-untyped-def]
    # title, its complement, a comma, then النائب right before the name: one member's chain
    held = _held(run("وقال رئيس كتلة الأحرار في مجلس النواب العراقي، النائب ضياء الأسدي، إن"
                     " الكتلة ترفض القرار."))
    assert any(p == "ضياء الأسدي" and r.startswith("رئيس كتلة") for p, r, _, _ in held), held
    held = _held(run("وقالت رئيسة لجنة المرأة في البرلمان المغربي، النائبة خديجة الزومي، إن القانون"
                     " سيمر."))
    assert any(p == "خديجة الزومي" and r.startswith("رئيسة لجنة") for p, r, _, _ in held), held


def test_a_deposed_or_removed_holder_held_the_post_before(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وطالب المحتجون في القاهرة بمحاكمة أنصار الرئيس المخلوع حسني مبارك."))
    assert ("حسني مبارك", "الرئيس", None, "former") in held, held
    held = _held(run("وقال وزير الداخلية الليبي المعزول فتحي باشاغا إن القرار باطل."))
    assert any(p == "فتحي باشاغا" and s == "former" for p, _, _, s in held), held


def test_a_post_with_a_pronoun_is_in_the_body_that_elected(run) -> None:  # type: ignore[no-untyped-def]
    # له names the subject, the house; the party before the name and the bloc after are not it
    held = _held(run("انتخب مجلس النواب الأردني اليوم النائب عن حزب الوسط عاطف الطراونة رئيساً جديداً"
                     " له بعد حصوله على أغلبية أصوات كتلة الإصلاح."))
    assert any(p == "عاطف الطراونة" and r == "رئيس" and o == "مجلس النواب الأردني"
               for p, r, o, _ in held), held
    assert not any(p == "عاطف الطراونة" and r == "رئيس" and o != "مجلس النواب الأردني"
                   for p, r, o, _ in held), held


def test_a_coach_named_after_a_comma_and_his_nationality(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وكشفت مصادر أن مدرب الفريق الأول في نادي الرجاء البيضاوي، الإسباني خوان"
                     " غاريدو طلب التعاقد مع مهاجم."))
    assert ("خوان غاريدو", "مدرب", "نادي الرجاء البيضاوي", "current") in held, held


def test_his_deputy_after_a_name_is_another_person(run) -> None:  # type: ignore[no-untyped-def]
    # ونائبه: the deputy of the one named before, not a post of his; nor of the envoy after
    held = _held(run("والتقى الوفد بوزير الخارجية المصري سامح شكري ونائبه والمبعوث الخاص للرئيس عبد"
                     " الفتاح السيسي إلى ليبيا محمد حجازي."))
    assert not any(r.startswith("نائب") for _, r, _, _ in held), held
    assert not any(p == "سامح شكري" and r == "المبعوث الخاص" for p, r, _, _ in held), held
    held = _held(run("وحضر الاجتماع رئيس تيار المستقبل فؤاد السنيورة ومستشاره الإعلامي."))
    assert not any(r.startswith("مستشار") for _, r, _, _ in held), held


def test_a_verb_of_composition_far_from_the_body_before_it(run) -> None:  # type: ignore[no-untyped-def]
    # تضم's subject is قائمة, not the university named four words before
    held = _held(run("وتخرج الوزير في جامعة الخرطوم وهو ما يضعه في قائمة تضم رئيس الوزراء السوداني"
                     " السابق الصادق المهدي."))
    assert not any(o == "جامعة الخرطوم" for _, _, o, _ in held), held
    held = _held(run("وأعلن الاتحاد تشكيل لجنة المسابقات، والتي تضم أحمد الكوني ومحمد الطاهر."))
    assert any(p == "أحمد الكوني" and r.startswith("عضو") for p, r, _, _ in held), held


def test_a_name_after_wa_opens_the_next_item_of_a_board(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وجاء تشكيل مجلس إدارة نادي الصفاقسي كالتالي: منصف خماخم رئيساً وعلي العبيدي"
                     " نائباً وسامي الفهري أمين عام وكريم الشعري أمين الصندوق."))
    assert ("سامي الفهري", "أمين عام", "نادي الصفاقسي", "current") in held, held
    assert not any(p == "كريم الشعري" and r == "أمين عام" for p, r, _, _ in held), held


def test_a_members_seat_is_in_the_house_after_his_party_and_a_comma(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال النائب عن ائتلاف دولة القانون، في مجلس النواب العراقي، كاظم الصيادي، إن"
                     " الجلسة تأجلت."))
    assert any(p == "كاظم الصيادي" and r.startswith("النائب") and o == "مجلس النواب العراقي"
               for p, r, o, _ in held), held
