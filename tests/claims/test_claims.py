"""Positions, events and quotes from sentences written for these tests."""

from __future__ import annotations

from typing import Any

from sijill.doc import Doc
from sijill.record import to_record


def _positions(doc: Doc) -> list[tuple[str, str, str | None, str]]:
    return [(p.person.name, p.role, p.org.name if p.org else None, p.status)
            for p in doc.claims["positions"]]


def _events(doc: Doc) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.date, [p.name for p in e.participants]) for e in doc.claims["events"]]


def test_title_before_name_with_quoted_org(run) -> None:  # type: ignore[no-untyped-def]
    doc = run('وتحدث المدير التنفيذي لمنظمة "غراس" سامر الأحمد عن برامج المنظمة.')
    assert ("سامر الأحمد", "المدير التنفيذي", "غراس", "current") in _positions(doc)


def test_name_then_title_in_apposition_and_former(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وحضر اللقاء خالد العمر وزير الصحة السابق في الحكومة السورية المؤقتة.")
    people = {(p[0], p[3]) for p in _positions(doc)}
    assert ("خالد العمر", "former") in people


def test_election_verb_accusative_title_and_successor(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("انتخبت الهيئة العامة لرابطة المحامين السوريين الأحرار المحامي سليم الخطيب، "
              "رئيساً للرابطة، خلفاً للمحامي نادر سعيد.", published="2022-03-05")
    positions = _positions(doc)
    assert ("سليم الخطيب", "رئيس", "رابطة المحامين السوريين الأحرار", "current") in positions
    elections = [e for e in _events(doc) if e[0] == "ELECTION"]
    assert len(elections) == 1
    assert "سليم الخطيب" in elections[0][2]


def test_resignation_with_date(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وكان رئيس رابطة الصحفيين السوريين ماهر يوسف قد قدم استقالته في آذار 2019.")
    assert ("RESIGNATION", "2019-03", ["ماهر يوسف", "رابطة الصحفيين السوريين"]) in _events(doc)
    assert ("ماهر يوسف", "رئيس", "رابطة الصحفيين السوريين", "former") in _positions(doc)


def test_meeting_today_resolves_against_published(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقدت رابطة الصحفيين السوريين اليوم الأحد اجتماعاً مع وزارة الإعلام في غازي عنتاب.",
              published="2023-01-15")
    meetings = [e for e in doc.claims["events"] if e.type == "MEETING"]
    assert len(meetings) == 1
    assert meetings[0].date == "2023-01-15"
    names = [p.name for p in meetings[0].participants]
    assert "رابطة الصحفيين السوريين" in names and "وزارة الإعلام" in names


def test_follow_up_sentence_joins_the_meeting(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقدت وزارة الإعلام اجتماعاً مع رابطة الصحفيين السوريين يوم 3 أيار 2021. "
              "وحضر الاجتماع الدكتور سامر الأحمد.")
    meetings = [e for e in doc.claims["events"] if e.type == "MEETING"]
    assert len(meetings) == 1
    assert "سامر الأحمد" in [p.name for p in meetings[0].participants]
    assert meetings[0].date == "2021-05-03"


def test_founding_of_a_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتم تشكيل مجلس الشباب في رابطة الصحفيين السوريين بتاريخ 12 – 4 – 2020.")
    founding = [e for e in _events(doc) if e[0] == "FOUNDING"]
    assert founding and founding[0][1] == "2020-04-12"
    assert "مجلس الشباب" in founding[0][2]


def test_founding_noun_without_date_or_helper_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأوضح أن الهدف من تأسيس رابطة الصحفيين السوريين هو الدفاع عن المهنة.")
    assert not [e for e in _events(doc) if e[0] == "FOUNDING"]


def test_list_shares_the_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وشارك رئيس رابطة الصحفيين السوريين ماهر يوسف، ونائب الرئيس سلمى حداد، "
              "والأمين العام نادر سعيد.")
    orgs = {p[0]: p[2] for p in _positions(doc)}
    assert orgs.get("سلمى حداد") == "رابطة الصحفيين السوريين"
    assert orgs.get("نادر سعيد") == "رابطة الصحفيين السوريين"


def test_quote_with_speaker_and_addressee(run) -> None:  # type: ignore[no-untyped-def]
    doc = run('قال سامر الأحمد لـ"الوطن" إن "العمل مستمر رغم الصعوبات".')
    quotes = doc.claims["quotes"]
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "سامر الأحمد"
    assert quotes[0].to is not None and quotes[0].to.name == "الوطن"
    assert doc.text[quotes[0].text[0] : quotes[0].text[1]] == "العمل مستمر رغم الصعوبات"


def test_record_refers_to_entity_ids_and_evidence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run('وتحدث المدير التنفيذي لمنظمة "غراس" سامر الأحمد عن برامج المنظمة.')
    rec: dict[str, Any] = to_record(doc)
    ids = {e["id"]: e for e in rec["entities"]}
    pos = rec["positions"][0]
    assert ids[pos["person"]]["name"] == "سامر الأحمد"
    assert ids[pos["org"]]["name"] == "غراس"
    ev = pos["evidence"]
    assert "سامر الأحمد" in rec["text"][ev["start"] : ev["end"]]


def test_no_claims_without_names(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد اجتماع وانتخب رئيس ونائب للرئيس واستقال الأمين العام.")
    assert doc.claims["positions"] == []
    assert all(e.participants for e in doc.claims["events"])


def test_many_names_and_long_lists_do_not_crash(run) -> None:  # type: ignore[no-untyped-def]
    names = "، ".join(["سامر الأحمد", "سلمى حداد", "نادر سعيد", "ماهر يوسف"] * 30)
    doc = run(f"انتخب كل من {names} أعضاء في المكتب السياسي لرابطة الصحفيين السوريين.")
    for p in doc.claims["positions"]:
        assert p.evidence[0] < p.evidence[1]
    for e in doc.claims["events"]:
        assert e.participants


def test_copula_title_takes_the_subject_named_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عمل سامر الأحمد في السلك الدبلوماسي، حيث كان المستشار القانوني لوزارة العدل السورية.")
    assert ("سامر الأحمد", "المستشار", "وزارة العدل السورية", "former") in _positions(doc)


def test_sub_body_takes_the_organisation_named_earlier_in_the_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت المصادر إن استقالة عمر الخليل لا تعني خروجه من حزب النهضة الوطني، "
              "لأنه سيكون رئيساً لمجلس المستشارين.")
    assert ("عمر الخليل", "رئيس مجلس المستشارين", "حزب النهضة الوطني", "future") in \
        _positions(doc)


def test_body_in_a_chain_goes_into_the_role(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وحضر اللقاء سامر العلي، رئيس هيئة الشؤون القانونية في الحكومة السورية المؤقتة.")
    found = [p for p in _positions(doc) if p[0] == "سامر العلي"]
    assert found and found[0][1].startswith("رئيس هيئة الشؤون القانونية")
    assert found[0][2] == "الحكومة السورية المؤقتة"


def test_a_representative_serves_the_first_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال ممثل هيئة التفاوض السورية في الأمم المتحدة الدكتور وليد السعدي إن الوفد جاهز.")
    orgs = {p[2] for p in _positions(doc) if p[0] == "وليد السعدي"}
    assert orgs == {"هيئة التفاوض السورية"}


def test_a_sentence_that_opens_a_list_item_reports_no_meeting(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("خرج المجتمعون بعدة توصيات.\n– الدعوة إلى عقد مؤتمر عام للرابطة خلال شهرين.\n"
              "– تشكيل لجنة للمتابعة.")
    assert [e for e in _events(doc) if e[0] == "MEETING"] == []


def test_nested_quotations_and_a_paragraph_long_list_keep_evidence(run) -> None:  # type: ignore[no-untyped-def]
    items = "\n".join(f"– البند رقم {n} من توصيات رئيس اللجنة." for n in range(40))
    text = ('وقال رئيس الائتلاف الوطني السوري هادي البحرة لـ"إيلاف" إن "الأمين العام قال لنا '
            '"إن المجلس قال «لن نتراجع»" وهذا موقفنا".\n' + items)
    doc = run(text)
    for claim in doc.claims["positions"] + doc.claims["events"] + doc.claims["quotes"]:
        start, end = claim.evidence
        assert 0 <= start < end <= len(doc.text)
    assert any(q.speaker is not None and q.speaker.name == "هادي البحرة" for q in doc.claims["quotes"])
    assert all(p.person is not None for p in doc.claims["positions"])


def test_the_speaker_is_the_person_holding_the_post_not_its_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run('وقال رئيس الائتلاف الوطني السوري هادي البحرة: "نرحب بكل الجهود".')
    speakers = [q.speaker.name for q in doc.claims["quotes"]]
    assert speakers == ["هادي البحرة"]


def test_the_one_replaced_held_the_post_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتخب المجلس المركزي لحزب الوفاق الوطني علي حسين رئيساً للحزب خلفاً لسمير "
              "عبد الله في 4 أيار 2023.")
    positions = _positions(doc)
    assert ("علي حسين", "رئيس", "حزب الوفاق الوطني", "current") in positions
    assert ("سمير عبد الله", "رئيس", "حزب الوفاق الوطني", "former") in positions
    before = next(p for p in doc.claims["positions"] if p.person.name == "سمير عبد الله")
    assert before.end == "2023-05-04"
    assert doc.text[before.evidence[0] : before.evidence[1]].endswith("سمير عبد الله")


def test_a_dismissed_minister_held_the_post(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعفى الرئيس التونسي وزير الداخلية توفيق شرف الدين من مهامه.")
    positions = _positions(doc)
    assert ("توفيق شرف الدين", "وزير الداخلية", None, "former") in positions
    # الرئيس التونسي is someone else, named for his post alone.
    assert not any(p[1] == "الرئيس" for p in positions)
    assert [e[0] for e in _events(doc)] == ["DISMISSAL"]


def test_a_guest_with_a_post_of_another_country_shares_no_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("والتقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية العراقي "
              "فؤاد حسين في القاهرة.")
    positions = _positions(doc)
    assert ("أحمد أبو الغيط", "الأمين العام", "جامعة الدول العربية", "current") in positions
    assert ("فؤاد حسين", "وزير الخارجية", None, "current") in positions


def test_accusative_two_word_post_in_the_electing_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتخب المؤتمر العام للاتحاد العام التونسي للشغل نور الدين الطبوبي أميناً عاماً "
              "بـ 450 صوتاً.")
    assert ("نور الدين الطبوبي", "أمين عام", "الاتحاد العام التونسي للشغل", "current") in \
        _positions(doc)
    election = next(e for e in doc.claims["events"] if e.type == "ELECTION")
    assert election.extra.get("votes") == 450
