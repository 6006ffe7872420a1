"""Event shapes of news nobody tuned for, in sentences written for these tests (Lebanese, Iraqi,
Moroccan, Yemeni, Egyptian and Gulf shapes): a meeting told with the pronoun of its owner and the
side it was held with, a body's own meeting after another meeting was told; and what stays one."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _meetings(doc: Doc) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == "MEETING"]


@pytest.mark.parametrize(("text", "side"), [
    # لقائه بـ: the side joined by the preposition, its title between.
    (("استقبل الرئيس اللبناني ميشال عون أمس وزير الخارجية العراقي فؤاد حسين. "
     "وقال الوزير عقب لقائه برئيس الحكومة نجيب ميقاتي إن العلاقات متينة."), "نجيب ميقاتي"),
    (("التقى وزير الخارجية اليمني أحمد بن مبارك نظيره العماني بدر البوسعيدي. "
     "وأضاف خلال لقائه أمس بالمبعوث الأممي هانس غروندبرغ أن الحل سياسي."), "هانس غروندبرغ"),
    # اجتماعه مع: the side after مع.
    (("استقبل وزير الداخلية المغربي عبد الوافي لفتيت السفير الفرنسي كريستوف لوكورتييه. "
     "وأوضح الوزير بعد اجتماعه مع رئيس الحكومة عزيز أخنوش أن الاستعدادات جارية."), "عزيز أخنوش"),
])
def test_a_meeting_with_another_side_is_another_meeting(run: Any, text: str, side: str) -> None:
    meetings = _meetings(run(text, published="2023-05-14"))
    assert len(meetings) == 2
    assert side in meetings[1] and side not in meetings[0]


def test_a_body_meeting_after_another_meeting_is_its_own(run: Any) -> None:
    doc = run("استقبل رئيس غرفة تجارة دبي عبد العزيز الغرير وفداً من غرفة الكويت. "
              "وقررت لجنة النقل البحري في اجتماعها، الذي ترأسه المهندس سالم الكعبي، دعوة الشركات.",
              published="2023-05-14")
    meetings = _meetings(doc)
    assert len(meetings) == 2
    assert "لجنة النقل البحري" in meetings[1] and "عبد العزيز الغرير" not in meetings[1]


@pytest.mark.parametrize("text", [
    # The meeting told before goes on: its guest again, a title with no name, a list of those
    # present after a colon.
    ("استقبل محافظ عدن أحمد لملس وفداً من منظمة الصحة العالمية. "
    "وخلال اللقاء مع منظمة الصحة العالمية بحث الجانبان الأوضاع الصحية."),
    ("استقبل وزير الداخلية العراقي عثمان الغانمي السفير الإيراني محمد كاظم آل صادق. "
    "وخلال لقائه بالسفير بحث الغانمي التعاون الأمني."),
    ("عقد حزب الأمة القومي لقاءً حوارياً في الخرطوم. "
    "وشارك في اللقاء مع حفظ الألقاب: مريم الصادق، وفضل الله برمة ناصر."),
])
def test_the_meeting_told_before_stays_one(run: Any, text: str) -> None:
    assert len(_meetings(run(text, published="2023-05-14"))) == 1


def test_a_meeting_at_a_place_is_no_side(run: Any) -> None:
    doc = run("استقبل رئيس مجلس النواب المصري حنفي جبالي رئيس البرلمان العربي عادل العسومي. "
              "وخلال لقائه بالقاهرة أكد جبالي دعم البرلمان العربي.", published="2023-05-14")
    assert len(_meetings(doc)) == 1


def _people(doc: Doc, kind: str) -> set[str]:
    return {p.name for e in doc.claims["events"] if e.type == kind for p in e.participants}


@pytest.mark.parametrize(("text", "who"), [
    # The participle before the name, after a title and a successor cue.
    ("وعين المجلس سامر حداد رئيسا للنادي خلفا للرئيس المستقيل نبيل خوري.", "نبيل خوري"),
    # After the name, its title and body between.
    ("وقرر رئيس النادي إلغاء شطب عضوية كريم سعيد عضو مجلس إدارة النادي الأهلي المستقيل.", "كريم سعيد"),
])
def test_a_participle_of_resignation_tells_who_resigned(run: Any, text: str, who: str) -> None:
    assert who in _people(run(text, published="2023-05-14"), "RESIGNATION")


def test_a_government_that_resigned_names_no_person(run: Any) -> None:
    doc = run("وستواصل الحكومة المستقيلة برئاسة حسان دياب تصريف الأعمال.", published="2023-05-14")
    assert not _people(doc, "RESIGNATION")


@pytest.mark.parametrize(("text", "kind", "who"), [
    ("وأعلنت وزارة الداخلية المغربية، في بلاغ لها، عن تعيين السيد محمد الكرمة والياً على جهة فاس مكناس.",
     "APPOINTMENT", "محمد الكرمة"),
    ("أعلن الأمين العام لجامعة الدول العربية أحمد أبو الغيط أمس عن تعيين السفير حسام زكي أميناً عاماً مساعداً.",
     "APPOINTMENT", "حسام زكي"),
])
def test_an_announced_act_after_an_is_reported(run: Any, text: str, kind: str, who: str) -> None:
    assert who in _people(run(text, published="2023-05-14"), kind)


def test_talk_about_an_act_is_no_report(run: Any) -> None:
    doc = run("وتحدث وزير الصحة العراقي صالح الحسناوي عن تعيين مدراء جدد في الوزارة.", published="2023-05-14")
    assert not _people(doc, "APPOINTMENT")


@pytest.mark.parametrize(("text", "who"), [
    ("أصدر وزير العمل مفرج الحقباني قراراً بتكليف الدكتور محمد الفالح بالعمل وكيلاً مساعداً للتفتيش.",
     "محمد الفالح"),
    ("وكلف الرئيس التونسي قيس سعيد السيد كمال المدوري بمهام رئيس الحكومة.", "كمال المدوري"),
    ("كلف رئيس الوزراء العراقي محمد شياع السوداني اللواء عبد الكريم السوداني قائداً لعمليات بغداد.",
     "عبد الكريم السوداني"),
])
def test_a_tasking_that_gives_a_post_is_an_appointment(run: Any, text: str, who: str) -> None:
    assert who in _people(run(text, published="2023-05-14"), "APPOINTMENT")


@pytest.mark.parametrize("text", [
    # A task, not a post.
    "كلفت لجنة الحكام في الاتحاد الآسيوي الحكم الدولي فهد المرداسي وذلك لقيادة افتتاح المباريات.",
    "وتم تكليف المستشارة آسيا آل الشيخ، والمستشار بندر سبحي بالترتيب لعدد من الزيارات.",
    # A cost.
    "وكان انتقال اللاعب قد كلف نادي الزمالك المصري نحو مليوني دولار.",
])
def test_a_task_or_a_cost_is_no_appointment(run: Any, text: str) -> None:
    assert not _people(run(text, published="2023-05-14"), "APPOINTMENT")


def test_a_game_with_a_team_is_no_meeting(run: Any) -> None:
    doc = run("توج فريق الوداد ببطولة الدوري المغربي بعد لقائه مع فريق الرجاء في ختام المنافسات.",
              published="2023-05-14")
    assert not _meetings(doc)


@pytest.mark.parametrize(("text", "body", "year"), [
    ("وكانت هيئة تنظيم الاتصالات قد أنشئت عام 2003 بموجب القانون.", "هيئة تنظيم الاتصالات", "2003"),
    ("ونقابة الصحفيين اليمنيين تأسست عام 1990 في صنعاء.", "نقابة الصحفيين اليمنيين", "1990"),
    ("وتضم المبادرة شركة النيل للتقنية، التي أنشئت عام 2019 لدعم الشركات الناشئة.", "شركة النيل للتقنية", "2019"),
])
def test_a_body_founded_is_the_subject_named_before_its_verb(run: Any, text: str, body: str, year: str) -> None:
    doc = run(text, published="2023-05-14")
    founded = [e for e in doc.claims["events"] if e.type == "FOUNDING"]
    assert [(body in {p.name for p in e.participants}, e.date) for e in founded] == [(True, year)]


def test_a_state_founded_on_something_is_no_founding(run: Any) -> None:
    doc = run("وقالت الهيئة العامة للاستثمار إن الأوضاع تأسست على اتفاق سابق.", published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "FOUNDING"]


@pytest.mark.parametrize(("text", "who"), [
    (("وأفاد بيان للحركة الشعبية أن اجتماعاً موسعاً ضم رئيسها مالك عقار ونائبه "
     "ياسر عرمان انعقد أمس في جوبا."), "ياسر عرمان"),
    ("وكان أول اللقاءات جمعت رئيس الحكومة التونسية الحبيب الصيد بالشيخ راشد الغنوشي رئيس حركة النهضة.",
     "راشد الغنوشي"),
])
def test_a_meeting_noun_names_who_it_gathered(run: Any, text: str, who: str) -> None:
    meetings = _meetings(run(text, published="2023-05-14"))
    assert any(who in m for m in meetings)


def test_a_gathering_told_after_another_meeting_is_its_own(run: Any) -> None:
    doc = run("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأردني أيمن الصفدي. "
              "وأوضح المصدر أن محاور اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره الروسي "
              "سيرغي لافروف والأميركي جون كيري تناولت الأزمة.", published="2023-05-14")
    meetings = _meetings(doc)
    assert len(meetings) == 2
    assert "سيرغي لافروف" in meetings[1] and "أيمن الصفدي" not in meetings[1]


def test_a_list_that_includes_names_is_no_meeting(run: Any) -> None:
    doc = run("وضمت القائمة النهائية للجنة الحوار الوطني في اليمن القاضي حمود الهتار والشيخ صادق الأحمر.",
              published="2023-05-14")
    assert not _meetings(doc)


@pytest.mark.parametrize(("text", "who"), [
    ("وفصلت حركة فتح القيادي محمد دحلان من عضوية اللجنة المركزية.", "محمد دحلان"),
    ("وقرر المكتب السياسي للحزب فصل النائب سامي الجميل من الحزب.", "سامي الجميل"),
])
def test_a_dismissal_from_a_body(run: Any, text: str, who: str) -> None:
    assert who in _people(run(text, published="2023-05-14"), "DISMISSAL")


@pytest.mark.parametrize("text", [
    # فصل that separates or decides.
    "وتسعى الحكومة العراقية إلى فصل وزارة الصحة عن وزارة البيئة.",
    "ويرى المحلل خالد الدباغ أن الهدف عزل البلد عن جيرانه وفصله عن محيطه الإقليمي.",
    "وأعلن وزير العدل حسن الراشد تشكيل لجان فصل الطعون في الانتخابات البلدية.",
    # A chapter.
    "ويتناول الفصل الثامن من كتاب المؤرخ اللبناني كمال الصليبي تاريخ المنطقة.",
])
def test_separating_or_deciding_is_no_dismissal(run: Any, text: str) -> None:
    assert not _people(run(text, published="2023-05-14"), "DISMISSAL")


def test_a_relative_founding_of_something_else_is_no_founding(run: Any) -> None:
    doc = run("واستضاف مركز جمباز دبي أيتام جمعية بيت الخير في إفطار يعيد النظر في الأهداف التي أنشئت "
              "من أجلها الأندية.", published="2023-05-14")
    assert not [e for e in doc.claims["events"] if e.type == "FOUNDING"]


@pytest.mark.parametrize("text", [
    # A meeting noun inside a body's name.
    "ويقود القيادي يحيى الراعي منذ سنوات تياراً واسعاً داخل حزب المؤتمر الشعبي العام.",
    # A science, not a meeting.
    "وحصل الباحث مروان الخطيب على الدكتوراه في علم الاجتماع من جامعة دمشق، وترأس لاحقاً قسم البحوث.",
])
def test_a_name_or_a_science_is_no_meeting(run: Any, text: str) -> None:
    assert not _meetings(run(text, published="2023-05-14"))


def test_a_conference_named_after_a_place_is_still_a_meeting(run: Any) -> None:
    doc = run("وشارك وزير الخارجية اللبناني عبد الله بو حبيب في مؤتمر بروكسل للمانحين.", published="2023-05-14")
    assert any("عبد الله بو حبيب" in m for m in _meetings(doc))


def test_a_host_who_receives_two_bodies_the_same_day_holds_two_meetings(run: Any) -> None:
    doc = run("استقبل رئيس الجمهورية العراقية عبد اللطيف رشيد اليوم سفير الاتحاد الأوروبي في بغداد. "
              "واستقبل عبد اللطيف رشيد اليوم وفد منظمة الصحة العالمية.", published="2023-05-14")
    meetings = _meetings(doc)
    assert len(meetings) == 2
    assert "منظمة الصحة العالمية" not in meetings[0]


def test_the_same_meeting_told_twice_stays_one(run: Any) -> None:
    doc = run("استقبل رئيس الجمهورية العراقية عبد اللطيف رشيد اليوم وفد منظمة الصحة العالمية. "
              "وبحث عبد اللطيف رشيد اليوم مع وفد منظمة الصحة العالمية الأوضاع الصحية.", published="2023-05-14")
    assert len(_meetings(doc)) == 1
