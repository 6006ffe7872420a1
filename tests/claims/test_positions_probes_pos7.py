"""Posts in shapes of other countries' news (Moroccan, Syrian, Lebanese, Iraqi, Egyptian,
Sudanese): a governor's title والي, ministry portfolios with an adjective, and the one replaced
after خلفاً لـ taking only the post handed on in that clause; sentences written for these
tests."""

from __future__ import annotations

from sijill.doc import Doc


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org is not None else None, p.status)
            for p in doc.claims["positions"]}


def test_a_governor_named_with_wali_and_his_predecessor(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("أصدر العاهل المغربي الملك الحسن الثاني ظهيراً عين بموجبه السيد إدريس"
                     " العلوي والياً لبنك المغرب، خلفاً لمصطفى الكتاني."))
    assert ("إدريس العلوي", "والي", "بنك المغرب", "current") in held, held
    assert ("مصطفى الكتاني", "والي", "بنك المغرب", "former") in held, held


def test_the_replaced_never_takes_the_appointers_title(run) -> None:  # type: ignore[no-untyped-def]
    # nothing handed on is a post the text names: the one replaced gets no post at all
    held = _held(run("وعين الرئيس اللبناني ميشال عون السيد رياض الأسمر خلفاً لكريم النجار."))
    assert not any(p == "كريم النجار" for p, _, _, _ in held), held


def test_wali_needs_its_own_spelling(run) -> None:  # type: ignore[no-untyped-def]
    # وإلى، والى (إلى with و) and وآلية fold into the same letters as والي and والية
    held = _held(run("وتوجه الوزير أحمد الزبيدي وإلى الخرطوم ثم والى القاهرة، واقترح وآلية للتنسيق."))
    assert not any(r in ("والي", "والية") for _, r, _, _ in held), held


def test_a_portfolio_with_its_adjective(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("أعفى الرئيس السوري وزير التجارة الداخلية سمير الحلبي من منصبه."))
    assert any(p == "سمير الحلبي" and r == "وزير التجارة الداخلية" and s == "former"
               for p, r, _, s in held), held



def test_who_chairs_a_cabinets_meeting_heads_it(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وافق مجلس الوزراء العراقي في جلسته الاعتيادية برئاسة محمد شياع على الموازنة."))
    assert ("محمد شياع", "رئيس", "مجلس الوزراء العراقي", "current") in held, held


def test_the_meeting_named_before_its_body(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وناقش اجتماع مجلس إدارة شركة الاتصالات اليمنية برئاسة صادق مصلح خطة العام."))
    assert any(p == "صادق مصلح" and o == "شركة الاتصالات اليمنية" for p, _, o, _ in held), held


def test_a_post_taken_with_a_long_military_name_between(run) -> None:  # type: ignore[no-untyped-def]
    # تسلم + ranks and a four-word name + مهام رئاسة: eight words between the verb and the noun
    held = _held(run("تسلم العميد الركن سمير أبو ناصر الخطيب مهام رئاسة أركان الجيش اللبناني."))
    assert any(p == "سمير أبو ناصر الخطيب" and r.startswith("رئيس") and o == "الجيش اللبناني"
               and s == "current" for p, r, o, s in held), held


def test_the_field_of_a_post_of_no_fixed_kind_stays(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وأكد مسؤول الإعلام بحزب الله محمد عفيف أن الحزب لن يرد."))
    assert ("محمد عفيف", "مسؤول الإعلام", "حزب الله", "current") in held, held
    held = _held(run("وأعلن الأمين العام للأمم المتحدة تعيين مارتن غريفيث في منصب وكيل الأمين العام"
                     " للشؤون الإنسانية."))
    assert any(p == "مارتن غريفيث" and r == "وكيل الأمين العام للشؤون الإنسانية" for p, r, _, _ in held), held


def test_a_suffix_ends_the_post_before_any_field(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال مسؤولها محمد الخطيب إن العمل مستمر."))
    assert not any(r.startswith("مسؤول ") for _, r, _, _ in held), held


def test_a_form_of_address_ends_the_field(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال وكيل المعتقلين اليمنيين المحامي عبد الرحمن برمان إن الجلسة تأجلت."))
    assert any(p == "عبد الرحمن برمان" and r == "وكيل المعتقلين اليمنيين" for p, r, _, _ in held), held
