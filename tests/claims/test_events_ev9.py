"""Event cues checked on unseen news (ev9's audit), in sentences written for these tests
(Libyan, Iraqi, Lebanese, Jordanian, Senegalese and Moroccan shapes): a meeting told by a noun
with its owner's pronoun after بعد، لدى، عند; a winner whose post and date stand between the
verb and what he won; elections won by a person, not by a party."""

from __future__ import annotations

from typing import Any

import pytest

from sijill.doc import Doc


def _types(doc: Doc, kind: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in doc.claims["events"] if e.type == kind]


@pytest.mark.parametrize("text", [
    "وصرح وزير الخارجية الليبي محمد سيالة بعد لقائه نظيره التونسي عثمان الجرندي بأن العلاقات قوية.",
    "وقال وزير المالية العراقي علي علاوي لدى لقائه رئيس البرلمان محمد الحلبوسي إن الموازنة ستقر قريبا.",
    "وقال وزير المالية العراقي علي علاوي بعد لقائه محمد الحلبوسي إن الموازنة ستقر قريبا.",
])
def test_a_meeting_after_its_owner_is_told(run: Any, text: str) -> None:
    # بعد لقائه فلاناً، لدى لقائه: the meeting took place, its owner and its guest took part.
    met = _types(run(text, published="2021-06-02"), "MEETING")
    assert len(met) == 1 and len(met[0]) == 2


def test_a_bare_meeting_after_bad_is_no_meeting(run: Any) -> None:
    # بعد الاجتماع with no owner: a rule or a plan, no meeting told.
    doc = run("وأكدت وزارة التنمية الاجتماعية أن بإمكان الجمعيات تعديل أنظمتها بعد الاجتماع "
              "السنوي للهيئة العامة.", published="2021-06-02")
    assert _types(doc, "MEETING") == []


def test_a_winner_with_his_post_and_date_is_elected(run: Any) -> None:
    # The winner's post and the day between فاز and بالتزكية are not counted as words apart.
    doc = run("وفاز رئيس نادي الوحدات الأردني بشار الحوامدة أمس بالتزكية لولاية ثانية.",
              published="2021-06-02")
    assert any("بشار الحوامدة" in p for p in _types(doc, "ELECTION"))


@pytest.mark.parametrize(("text", "person", "date"), [
    ("وفاز الرئيس السنغالي ماكي سال الشهر الماضي بالانتخابات الرئاسية في السنغال.", "ماكي سال", "2021-05"),
    ("وفاز رئيس بلدية صيدا حازم بديع في مايو الماضي بالانتخابات البلدية.", "حازم بديع", "2021-05"),
])
def test_a_person_who_wins_the_elections_is_elected(run: Any, text: str, person: str, date: str) -> None:
    doc = run(text, published="2021-06-02")
    won = [e for e in doc.claims["events"] if e.type == "ELECTION"]
    assert len(won) == 1 and person in {p.name for p in won[0].participants}
    assert won[0].date == date


@pytest.mark.parametrize("text", [
    "وفاز حزب العدالة والتنمية بالانتخابات التشريعية في المغرب.",
    "وفازت قائمة التغيير بزعامة محمد النعيمي بانتخابات نقابة المهندسين العراقيين.",
])
def test_a_party_or_a_list_that_wins_elects_no_one(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "ELECTION") == []


@pytest.mark.parametrize("text", [
    "اختتمت في بغداد أعمال المؤتمر التأسيسي لتحالف القوى الوطنية العراقية.",
    "انطلقت في بغداد أعمال المؤتمر التأسيسي لتحالف القوى الوطنية العراقية.",
    "عقد تحالف القوى الوطنية العراقية مؤتمره التأسيسي في بغداد أمس.",
])
def test_a_founding_congress_founds_its_body(run: Any, text: str) -> None:
    # المؤتمر التأسيسي لـ، مؤتمره التأسيسي: the body whose founding congress it is was founded.
    doc = run(text, published="2021-06-02")
    assert any("تحالف القوى الوطنية العراقية" in p for p in _types(doc, "FOUNDING"))
    assert _types(doc, "MEETING") == []


def test_a_second_congress_is_a_meeting(run: Any) -> None:
    doc = run("اختتمت في بغداد أعمال المؤتمر الثاني لتحالف القوى الوطنية العراقية.", published="2021-06-02")
    assert _types(doc, "FOUNDING") == [] and _types(doc, "MEETING")


@pytest.mark.parametrize(("text", "body"), [
    ("انعقد المؤتمر العام السادس لحركة فتح في بيت لحم بمشاركة أكثر من ألفي عضو.", "حركة فتح"),
    ("وانعقد اجتماع المجلس المركزي لحزب البعث في دمشق أمس برئاسة الأمين العام.", "حزب البعث"),
])
def test_a_meeting_that_convenes_is_told(run: Any, text: str, body: str) -> None:
    # انعقد، تنعقد: the meeting noun is the verb's subject.
    assert any(body in p for p in _types(run(text, published="2021-06-02"), "MEETING"))


@pytest.mark.parametrize("text", [
    ("وتعهد رئيس السلطة الفلسطينية محمود عباس في اجتماع مغلق للمجلس الثوري لحركة فتح قبل أيام "
     "بإجراء الانتخابات."),
    "ودعا الأمين العام لحزب الله حسن نصر الله خلال لقائه وفدا من حركة حماس إلى الوحدة.",
])
def test_a_promise_or_a_call_made_at_a_meeting_keeps_the_meeting(run: Any, text: str) -> None:
    # في اجتماع، خلال لقائه: the meeting is where it was said, not what was promised or asked.
    assert _types(run(text, published="2021-06-02"), "MEETING")


@pytest.mark.parametrize("text", [
    "وطالب أعضاء المجلس الوطني بعقد اجتماع طارئ للهيئة الرئاسية.",
    "ودعت حركة النهضة إلى اجتماع عاجل لمجلس الشورى.",
])
def test_a_meeting_asked_for_is_still_no_meeting(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "MEETING") == []


def test_the_source_a_meeting_is_reported_to_takes_no_part(run: Any) -> None:
    # قال مصدر لوكالة كذا إن رئيس الحزب ... خلال اجتماعه: the owner is the one named after إن.
    doc = run("وقال مصدر حزبي لوكالة الأنباء الألمانية إن رئيس حزب الأمة القومي فضل الله برمة "
              "طالب خلال اجتماعه مع قيادات الحزب بإصلاحات عاجلة.", published="2021-06-02")
    met = _types(doc, "MEETING")
    assert met and all("وكالة الأنباء الألمانية" not in p for p in met)
    assert any("فضل الله برمة" in p or "حزب الأمة القومي" in p for p in met)


@pytest.mark.parametrize(("text", "person"), [
    (("علمت الصحيفة عن اختيار الدكتور محمد الخلايلة وزير الأوقاف الأردني السابق أمينا عاما "
      "لرابطة الجامعات الإسلامية."), "محمد الخلايلة"),
    ("أثار تعيين حسين الشيخ في منصب أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية جدلا واسعا.",
     "حسين الشيخ"),
])
def test_an_appointment_noun_with_its_person_and_post_is_told(run: Any, text: str, person: str) -> None:
    # علمت ... عن اختيار فلان أميناً، أثار تعيين فلان في منصب كذا: the act itself is reported.
    assert any(person in p for p in _types(run(text, published="2021-06-02"), "APPOINTMENT"))


@pytest.mark.parametrize("text", [
    "واقترح المجلس تعيين خالد الكركي رئيسا للجامعة.",
    "ويتوقع تعيين اللواء محمد الرحبي قائدا للحرس الجمهوري الأسبوع المقبل.",
])
def test_a_proposed_or_expected_appointment_is_none(run: Any, text: str) -> None:
    assert _types(run(text, published="2021-06-02"), "APPOINTMENT") == []


def test_a_guest_come_for_another_meeting_makes_two(run: Any) -> None:
    # استقبل فلان الوفد الذي يزور البلد لحضور اجتماعه مع الحكومة: the reception and the delegation's
    # own meeting are two meetings, the pronoun's owner being the delegation alone.
    doc = run("استقبل رئيس الجمهورية اللبنانية ميشال عون اليوم وفد صندوق النقد الدولي، الذي يزور "
              "بيروت لحضور اجتماعه مع الحكومة اللبنانية المنعقد في السراي.", published="2021-06-02")
    met = _types(doc, "MEETING")
    assert {"ميشال عون", "صندوق النقد الدولي"} in met
    assert {"صندوق النقد الدولي", "الحكومة اللبنانية"} in met


def test_the_one_a_resignation_is_handed_to_did_not_resign(run: Any) -> None:
    # باستقالة حكومته إلى الملك فلان: the king receives it; he is not its subject.
    doc = run("وتقدم رئيس الوزراء الأردني بشر الخصاونة باستقالة حكومته إلى الملك عبدالله الثاني.",
              published="2021-06-02")
    assert all("عبدالله الثاني" not in p for p in _types(doc, "RESIGNATION"))


def test_a_post_taken_from_a_predecessor_is_an_appointment(run: Any) -> None:
    doc = run("وتولى الدكتور خالد المطيري رئاسة جامعة الكويت خلفا للدكتور يوسف الرومي.",
              published="2021-06-02")
    assert any("خالد المطيري" in p for p in _types(doc, "APPOINTMENT"))


def test_posts_told_in_a_biography_are_no_appointment(run: Any) -> None:
    # تولى with no successor word: a life's posts, not an appointment reported.
    doc = run("وتولى الدكتور سالم الهاشمي عدة مناصب في وزارة التربية العمانية قبل تقاعده.",
              published="2021-06-02")
    assert _types(doc, "APPOINTMENT") == []


def test_a_minister_come_as_a_guest_met_his_host(run: Any) -> None:
    doc = run("وحل وزير الخارجية الجزائري رمطان لعمامرة ضيفا على نظيره المغربي ناصر بوريطة في الرباط.",
              published="2021-06-02")
    assert {"رمطان لعمامرة", "ناصر بوريطة"} in _types(doc, "MEETING")


@pytest.mark.parametrize("text", [
    "وحل نادي الهلال السعودي ضيفا على نادي الأهلي المصري في مباراة ودية.",
    "وحل الفنان محمد عبده ضيفا على برنامج صباح الخير يا عرب على قناة إم بي سي.",
])
def test_a_team_or_a_show_guest_is_no_meeting_nor_dissolution(run: Any, text: str) -> None:
    doc = run(text, published="2021-06-02")
    assert _types(doc, "MEETING") == [] and _types(doc, "DISMISSAL") == []


def test_a_meeting_that_gathers_is_one_with_its_headline(run: Any) -> None:
    # The headline's undated meeting of one side is the one the story tells, not a second.
    doc = run("الرئيس اليمني يترأس اجتماعاً حاسماً لبحث الهدنة\n\nيلتئم اليوم الأربعاء اجتماع حاسم في "
              "عدن يجمع الرئيس اليمني عبد ربه منصور هادي، وممثلي الأحزاب بمشاركة الأمين العام "
              "للتجمع اليمني للإصلاح عبد الوهاب الآنسي.", published="2021-06-02")
    assert len(_types(doc, "MEETING")) <= 1


def test_each_winner_listed_with_a_post_is_elected(run: Any) -> None:
    # أسفرت الانتخابات عن فوز كل من: فلان رئيساً، وفلان نائباً: one election per person.
    doc = run("وأسفرت انتخابات جمعية المهندسين اللبنانيين عن فوز كل من: أحمد الخطيب رئيسا، وسمير "
              "العلي نائبا للرئيس.", published="2021-06-02")
    won = _types(doc, "ELECTION")
    assert any("أحمد الخطيب" in p for p in won) and any("سمير العلي" in p for p in won)
