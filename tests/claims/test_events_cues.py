"""Event cues in the shapes news from many countries uses: decrees and lists of appointees,
dismissals and dissolutions, resignations (and who accepts them), meetings named before or after
their trigger, elections, new bodies with their members; and what is no event."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _people(doc: Doc, kind: str) -> set[str]:
    """Every participant name of the events of one type."""
    return {p.name for e in doc.claims["events"] if e.type == kind for p in e.participants}


def _count(doc: Doc, kind: str) -> int:
    return sum(1 for e in doc.claims["events"] if e.type == kind)


@pytest.mark.parametrize(("text", "kind", "who"), [
    # A decree names its appointee after the noun.
    ("صدر مرسوم جمهوري يقضي بتعيين السيد كمال الدين الطاهر محافظاً لولاية الخرطوم.",
     "APPOINTMENT", "كمال الدين الطاهر"),
    ("أصدر رئيس الجمهورية قراراً بتعيين الدكتور حسن بن علي المصري رئيساً لجامعة قسنطينة.",
     "APPOINTMENT", "حسن بن علي المصري"),
    # A verb's titled subject is not appointed when the appointee follows it.
    ("عيّن الرئيس التونسي قيس سعيد السيد نبيل عمار وزيراً للخارجية.", "APPOINTMENT", "نبيل عمار"),
    ("وتمت تسمية المهندس رامي الخطيب مديراً عاماً لمؤسسة كهرباء لبنان.", "APPOINTMENT", "رامي الخطيب"),
    # Dismissal, by a verb with its titled subject first.
    ("أعفى الملك عبد الله الثاني رئيس الديوان الملكي يوسف العيسوي من منصبه.", "DISMISSAL", "يوسف العيسوي"),
    ("وتقرر إعفاء اللواء سامي حسن من قيادة الشرطة في محافظة البصرة.", "DISMISSAL", "سامي حسن"),
    ("وأحيل اللواء عادل الشمري إلى التقاعد بقرار من وزارة الدفاع.", "DISMISSAL", "عادل الشمري"),
    # Resignations: the accepting body before the noun, the resigner after it.
    ("قبل المجلس الرئاسي استقالة وزير المالية عمر الخطيب.", "RESIGNATION", "عمر الخطيب"),
    ("وأعلن رئيس حزب الأمل كريم الحلبي استقالته من رئاسة الحزب.", "RESIGNATION", "كريم الحلبي"),
    # Meetings: host before a verb, guest after it; a discussion with someone.
    ("استقبل الرئيس اللبناني ميشال عون في بعبدا وزير الخارجية العراقي فؤاد حسين.", "MEETING", "فؤاد حسين"),
    ("بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي سبل التعاون.", "MEETING", "أيمن الصفدي"),
    ("وترأس محافظ إربد رضوان العتوم اجتماعاً للمجلس التنفيذي للمحافظة.", "MEETING", "رضوان العتوم"),
    # Elections won.
    ("فاز خالد المشري برئاسة المجلس الأعلى للدولة في ليبيا.", "ELECTION", "خالد المشري"),
])
def test_cue_reports_the_event_of_the_person(run: Any, text: str, kind: str, who: str) -> None:
    doc = run(text, published="2023-05-14")
    assert who in _people(doc, kind)


@pytest.mark.parametrize(("text", "kind", "wrong"), [
    ("عيّن الرئيس التونسي قيس سعيد السيد نبيل عمار وزيراً للخارجية.", "APPOINTMENT", "قيس سعيد"),
    ("أعفى الملك عبد الله الثاني رئيس الديوان الملكي يوسف العيسوي من منصبه.", "DISMISSAL", "عبد الله الثاني"),
    # The source a sentence is told to takes no part in the meeting it reports.
    ('وقال مصدر في الحكومة لـ"النهار" إن الرئيس نجيب ميقاتي التقى السفيرة الأمريكية دوروثي شيا.',
     "MEETING", "النهار"),
])
def test_cue_leaves_out_who_is_not_the_subject_of_the_event(run: Any, text: str, kind: str, wrong: str) -> None:
    doc = run(text, published="2023-05-14")
    assert wrong not in _people(doc, kind)


def test_a_decision_lists_every_appointee(run: Any) -> None:
    doc = run("قرر مجلس الوزراء الموافقة على تعيين كل من: الدكتور سامي العلي ممثلاً لوزارة الصحة، "
              "والمهندس خالد الحسن ممثلاً لوزارة النقل، عضوين في مجلس إدارة الهيئة العامة للموانئ.",
              published="2021-02-03")
    assert {"سامي العلي", "خالد الحسن"} <= _people(doc, "APPOINTMENT")
    assert _count(doc, "APPOINTMENT") == 2


def test_a_new_committee_appoints_its_chair_and_members(run: Any) -> None:
    doc = run("وتم تشكيل لجنة التحقيق برئاسة القاضي أحمد يوسف وعضوية كل من سامي حداد ومحمود الصالح.",
              published="2019-10-20")
    assert {"أحمد يوسف", "سامي حداد", "محمود الصالح"} <= _people(doc, "APPOINTMENT")


def test_a_plural_pronoun_resigns_every_person_listed_before_it(run: Any) -> None:
    doc = run("وقدم كل من سامر الحلبي ومحمد العمر استقالتيهما من المكتب السياسي للحزب.")
    assert {"سامر الحلبي", "محمد العمر"} <= _people(doc, "RESIGNATION")


def test_dissolving_a_body_is_its_dismissal(run: Any) -> None:
    doc = run("وقرر الرئيس حل مجلس النواب، والدعوة إلى انتخابات مبكرة.")
    assert "مجلس النواب" in _people(doc, "DISMISSAL")


@pytest.mark.parametrize("text", [
    "طالب المتظاهرون بإقالة وزير الكهرباء قاسم الفهداوي.",
    "لم يستقل رئيس الحزب سمير الجسر رغم الضغوط.",
    "ونفى المكتب الإعلامي استقالة الوزير سليم الحص.",
    "فاز المنتخب المغربي على نظيره البرتغالي في الدوحة.",
    "وأكد وزير الداخلية فؤاد حسين أن الوزارة تستقبل طلبات المواطنين يومياً.",
    "وقال رئيس اللجنة باسل الأحمد إن الهدف من تأسيس الرابطة هو الدفاع عن المهنة.",
])
def test_demands_denials_and_other_senses_are_no_events(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    kinds = {e.type for e in doc.claims["events"]}
    assert not kinds & {"DISMISSAL", "RESIGNATION", "ELECTION", "MEETING", "FOUNDING"}


def test_an_undated_event_took_place_on_the_day_it_is_reported(run: Any) -> None:
    doc = run("استقبل أمير الكويت الشيخ نواف الأحمد رئيس الوزراء البريطاني ريشي سوناك.",
              published="2023-03-02")
    meetings = [e for e in doc.claims["events"] if e.type == "MEETING"]
    assert [e.date for e in meetings] == ["2023-03-02"]
    assert [e.extra.get("date_from") for e in meetings] == ["published"]


def test_an_undated_event_takes_the_news_day_told_before_it(run: Any) -> None:
    doc = run("أعلن رئيس شركة النفط الوطنية سامي العبد الله أمس استقالته من منصبه. "
              "وعيّن مجلس إدارة الشركة المهندس كريم الزين رئيساً مؤقتاً.", published="2019-04-11")
    appointments = [e for e in doc.claims["events"] if e.type == "APPOINTMENT"]
    assert [e.date for e in appointments] == ["2019-04-10"]
    assert [e.extra.get("date_from") for e in appointments] == ["news_day"]


def test_a_date_the_clause_states_is_not_marked_as_inferred(run: Any) -> None:
    doc = run("وانتخبت الجمعية العمومية لنقابة المحامين يوم 3 آذار 2022 المحامية ريم الخطيب نقيبةً.",
              published="2022-03-05")
    elections = [e for e in doc.claims["events"] if e.type == "ELECTION"]
    assert [e.date for e in elections] == ["2022-03-03"]
    assert [e.extra.get("date_from") for e in elections] == [None]


@pytest.mark.parametrize("text", [
    # A mandate to hold talks is no meeting; a possibility of one neither.
    "وافق مجلس الوزراء على تفويض وزير الخارجية بالتباحث مع حكومة تشاد في شأن اتفاقية تعاون.",
    'وتحدثت صحيفة "الأخبار" عن إمكان عقد لقاء بين وزيري خارجية المغرب والجزائر.',
    # Cancelling a dismissal or pardoning is not a dismissal.
    "وأعلن رئيس النادي إلغاء قرار شطب عضوية سامي الجمال من الجمعية العمومية.",
])
def test_mandates_possibilities_and_cancellations_are_no_events(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not {e.type for e in doc.claims["events"]} & {"MEETING", "DISMISSAL"}


def test_approval_after_a_long_subject_reports_the_appointment(run: Any) -> None:
    doc = run("وافق أعضاء مجلس إدارة الاتحاد الأردني لكرة القدم في اجتماعهم الدوري الذي عقد أمس في عمّان "
              "على تعيين المدرب يوسف الصباغ مديراً فنياً للمنتخب.", published="2022-09-01")
    assert "يوسف الصباغ" in _people(doc, "APPOINTMENT")


def test_a_relative_clause_inside_a_list_keeps_the_list_going(run: Any) -> None:
    doc = run("وأعلنت الشركة أيضا استقالة نائب الرئيس كريم الحداد، الذي يشغل المنصب منذ 2010، "
              "وسمير النجار، الذي يعمل مستشارا للشركة.", published="2023-05-14")
    resignations = [e for e in doc.claims["events"] if e.type == "RESIGNATION"]
    assert {"كريم الحداد", "سمير النجار"} <= _people(doc, "RESIGNATION")
    # منذ 2010 dates the tenure, not the resignation.
    assert {e.date for e in resignations} == {"2023-05-14"}


@pytest.mark.parametrize(("text", "founded"), [
    ("وتم تشكيل هيئة الدفاع الوطني في حزب الأمة.", ["هيئة الدفاع الوطني", "حزب الأمة"]),
    ("وأكد أن ذلك يشكل فرصة لحركة النهضة للعودة إلى الحوار.", []),
])
def test_a_founding_names_the_new_body_right_after_it(run: Any, text: str, founded: list[str]) -> None:
    doc = run(text)
    foundings = [[p.name for p in e.participants] for e in doc.claims["events"] if e.type == "FOUNDING"]
    assert foundings == ([founded] if founded else [])


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن رئيس الحكومة سمير الرفاعي قد يستقيل خلال أيام.",
    "وأوضح حزب العمال التونسي موقفه في الملف الاجتماعي.",
])
def test_possible_events_and_adjectives_are_no_events(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not {e.type for e in doc.claims["events"]} & {"RESIGNATION", "MEETING"}


def test_members_listed_after_a_body_election_are_elected(run: Any) -> None:
    doc = run("أعلن حزب التجمع الوطني اليوم إعادة انتخاب هيئته القيادية لدورة ثانية. "
              "وأوضح الحزب في بيان أن الهيئة تضم الرئيس سامي النجار والأمين العام خالد العمري "
              "ونواب الرئيس كل من هشام الحلبي ومصطفى الكردي.", published="2020-02-02")
    assert {"سامي النجار", "خالد العمري", "هشام الحلبي", "مصطفى الكردي"} <= _people(doc, "ELECTION")


def test_a_body_called_newly_created_was_founded(run: Any) -> None:
    doc = run("وتم تعيين الحكم الإنجليزي مارك كلاتنبرغ رئيساً لدائرة التحكيم المستحدثة مؤخراً "
              "في الاتحاد الإماراتي لكرة القدم.", published="2020-02-02")
    assert "دائرة التحكيم" in _people(doc, "FOUNDING")


@pytest.mark.parametrize(("text", "kind", "who"), [
    # A verb with its object pronoun: the person named before it.
    ("أما الوزير السابق نبيل الحكيم فقد أعفته الحكومة من منصبه أمس.", "DISMISSAL", "نبيل الحكيم"),
])
def test_a_verb_with_an_object_pronoun_takes_the_person_before(run: Any, text: str, kind: str, who: str) -> None:
    doc = run(text, published="2021-06-06")
    assert who in _people(doc, kind)


@pytest.mark.parametrize("text", [
    # A career told in general, a habit, appointments in general.
    "وشارك الدكتور سالم المري في عدة مؤتمرات وندوات نظمتها وزارة التعليم العالي.",
    "وكان رئيس المجلس يكلفه بمتابعة ملفات اللجان المالية.",
    "وفيما يتعلق بالتعيينات أوضح يوسف الشاهد أن الموضوع لم يحسم بعد.",
])
def test_careers_habits_and_appointments_in_general_are_no_events(run: Any, text: str) -> None:
    doc = run(text, published="2023-05-14")
    assert not {e.type for e in doc.claims["events"]} & {"APPOINTMENT", "MEETING"}


def test_a_visit_told_of_again_joins_the_meeting(run: Any) -> None:
    doc = run("التقى وزير الخارجية العماني بدر البوسعيدي في طهران الرئيس الإيراني إبراهيم رئيسي. "
              "ويرافق البوسعيدي في هذه الزيارة وكيل الوزارة خليفة الحارثي.", published="2022-03-03")
    meetings = [e for e in doc.claims["events"] if e.type == "MEETING"]
    assert len(meetings) == 1
    assert "خليفة الحارثي" in [p.name for p in meetings[0].participants]


def test_appointees_named_after_a_word_of_composition(run: Any) -> None:
    doc = run("وأعلنت الحركة تعيين نائبين للأمير الجديد، هما الشيخ هيبة الله أخند زاده المسؤول السابق "
              "عن المحاكم، وسراج الدين حقاني.", published="2015-07-30")
    assert "سراج الدين حقاني" in _people(doc, "APPOINTMENT")
    assert _count(doc, "APPOINTMENT") == 2


def test_talks_with_someone_are_a_meeting_without_a_helper(run: Any) -> None:
    doc = run("وأوضحت الرئاسة النيجيرية أن محادثات الرئيس مع نظيره الكاميروني بول بيا تناولت الأمن.",
              published="2015-07-30")
    assert "بول بيا" in _people(doc, "MEETING")


def test_one_meeting_told_twice_without_a_date_is_one(run: Any) -> None:
    doc = run("استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الإيطالي أنطونيو تاياني. "
              "وبحث تبون مع تاياني ملف الطاقة في قصر المرادية.")
    meetings = [e for e in doc.claims["events"] if e.type == "MEETING"]
    assert len(meetings) == 1


def test_the_one_replaced_is_not_elected(run: Any) -> None:
    doc = run("انتخب المؤتمر العام لحزب الوسط الدكتور سامي الخطيب رئيساً للحزب، "
              "ليحل مكان المهندس عادل الجمل الذي أنهى ولايته.", published="2021-01-01")
    assert "سامي الخطيب" in _people(doc, "ELECTION")
    assert "عادل الجمل" not in _people(doc, "ELECTION")
