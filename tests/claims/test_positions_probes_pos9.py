"""Posts seen wrong or missed on unseen SaudiNewsNet news, tested in shapes of other countries'
news (Kuwaiti, Qatari, Emirati, Iranian, Moroccan, Iraqi); sentences written for these tests."""

from __future__ import annotations

from sijill.doc import Doc
from sijill.names.titles import find_titles


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org is not None else None, p.status)
            for p in doc.claims["positions"]}


def _roles(text: str) -> list[str]:
    return [str(t.data.get("role")) for t in find_titles(text)]


def test_an_emir_of_a_state_or_region_holds_a_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وصل الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت إلى المنامة مساء أمس."))
    assert ("صباح الأحمد الجابر الصباح", "أمير", None, "current") in held, held
    held = _held(run("افتتح أمير منطقة جازان الأمير محمد بن ناصر بن عبدالعزيز معرض الكتاب."))
    assert ("محمد بن ناصر بن عبدالعزيز", "أمير", None, "current") in held, held


def test_a_deputy_emir_before_a_state(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("واستقبل الشيخ عبدالله بن حمد آل ثاني نائب أمير قطر وفدا من البرلمان المغربي."))
    assert ("عبدالله بن حمد آل ثاني", "نائب أمير", None, "current") in held, held


def test_amir_inside_a_name_or_phrase_is_no_post() -> None:
    # أمير is a post only before the place it rules: a middle name or a title of honour is not.
    assert "أمير" not in _roles("وقال مساعد الوزير الإيراني حسين أمير عبد اللهيان إن الزيارة مهمة.")
    assert "أمير" not in _roles("ألقى الشاعر قصيدة في ذكرى أمير الشعراء أحمد شوقي.")
    assert "أمير" in _roles("زار أمير الشارقة المعرض")  # a region of the UAE


def test_wa_and_words_of_address_open_the_next_person(run) -> None:  # type: ignore[no-untyped-def]
    # The title after the first name is his; the one after و and صاحب السمو is the next person's.
    held = _held(run("وحضر الحفل الأمير فيصل بن مشعل أمير منطقة القصيم وصاحب السمو الأمير"
                     " سعود بن خالد محافظ عنيزة."))
    assert ("فيصل بن مشعل", "أمير", None, "current") in held, held
    assert not any(p == "سعود بن خالد" and r == "أمير" for p, r, _, _ in held), held


def test_wa_and_a_honorific_after_a_ministry_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وشارك في اللقاء وزير الداخلية العراقي محمد الغبان، ووكيل وزارة النفط"
                     " ومعالي الدكتور حسين الشهرستاني."))
    assert not any(p == "حسين الشهرستاني" and r.startswith("وكيل") for p, r, _, _ in held), held


def test_a_coach_of_a_club_called_by_its_bare_name(run) -> None:  # type: ignore[no-untyped-def]
    # Clubs go by their bare names (الزمالك، الوداد): the one right after مدرب is his team.
    held = _held(run("وقال مارتن يول مدرب الزمالك إن الفريق جاهز للقاء الأهلي."))
    assert ("مارتن يول", "مدرب", "الزمالك", "current") in held, held
    held = _held(run("أكد مدرب الوداد البيضاوي المغربي رشيد الطاوسي أن التحضيرات تسير جيدا."))
    assert ("رشيد الطاوسي", "مدرب", "الوداد البيضاوي", "current") in held, held


def test_a_coach_praising_a_federation_holds_no_post_in_it(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وأشاد المدرب التونسي نبيل معلول بالاتحاد الكويتي لكرة القدم على حسن التنظيم."))
    assert not any(p == "نبيل معلول" for p, _, _, _ in held), held


def test_a_name_after_a_prepositioned_word_of_address_is_the_object(run) -> None:  # type: ignore[no-untyped-def]
    # لسمو الشيخ فلان: the one thanked, not the minister who thanks him.
    held = _held(run("وقدم وزير الداخلية شكره لسمو الشيخ محمد بن راشد."))
    assert not any(p == "محمد بن راشد" and r == "وزير الداخلية" for p, r, _, _ in held), held


def test_an_ambassadors_rank_after_another_post_is_no_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("ورافقه مدير إدارة المراسم في وزارة الخارجية العراقية السفير نزار الخير الله."))
    assert not any(r == "السفير" for _, r, _, _ in held), held
    assert any(p == "نزار الخير الله" and r.startswith("مدير") for p, r, _, _ in held), held
    # With words of its own (a nationality) it is a post.
    held = _held(run("وقال السفير المغربي أحمد التازي إن العلاقات متينة."))
    assert any(p == "أحمد التازي" and r == "السفير" for p, r, _, _ in held), held


def test_a_coachs_player_named_after_the_team_holds_no_coachs_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("واستبعد الهولندي مارتن يول مدرب الزمالك حارسه الدولي أحمد الشناوي من القائمة."))
    assert not any(p == "أحمد الشناوي" for p, _, _, _ in held), held


def test_a_media_or_security_spokesman_holds_a_post(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وأكد المتحدث الأمني لوزارة الداخلية الكويتية العميد عادل الحشاش أن التحقيق مستمر."))
    assert ("عادل الحشاش", "المتحدث الأمني", "وزارة الداخلية الكويتية", "current") in held, held
    held = _held(run("وأوضح الناطق الإعلامي بشرطة محافظة البصرة العقيد كريم الزيدي أن القوات اعتقلت المتهمين."))
    assert any(p == "كريم الزيدي" and r == "الناطق الإعلامي" for p, r, _, _ in held), held


def test_portfolios_of_gulf_and_maghreb_cabinets(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال وزير الحج والعمرة المغربي أحمد التوفيق إن الموسم نجح."))
    assert any(p == "أحمد التوفيق" and r == "وزير الحج والعمرة" for p, r, _, _ in held), held
    held = _held(run("وأعلن وزير النفط والغاز العماني محمد الرمحي أن الإنتاج ارتفع."))
    assert any(p == "محمد الرمحي" and r == "وزير النفط والغاز" for p, r, _, _ in held), held
