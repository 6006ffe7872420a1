"""Resolution in context: bare state bodies are one per country, people named with and
without their father's name join, a parent named as an alias stays the parent."""

from __future__ import annotations

import pytest
from tests.register.test_resolve import Ent, record, same, state, store

from sijill.register.db import Database
from sijill.register.keys import word_keys
from sijill.register.resolution.country import (
    document_country,
    name_countries,
    sports_head,
    state_body,
    text_country,
)
from sijill.register.resolution.rules import lineage_dropped, name_form, person_short_form
from sijill.register.resolve import resolve_pending
from sijill.register.store import delete_document


@pytest.mark.parametrize(("name", "body", "countries"), [
    ("مجلس الوزراء", "مجلس وزراء", set()),
    ("مجلس الوزراء الأردني", "مجلس وزراء", {"JO"}),
    ("وزارة الصحة", "وزاره صحه", set()),
    ("وزارة الصحة الكويتية", "وزاره صحه", {"KW"}),
    ("الاتحاد المصري لكرة القدم", "اتحاد قدم", {"EG"}),
    ("اتحاد الكرة", "اتحاد قدم", set()),
    ("اتحاد كرة القدم", "اتحاد قدم", set()),
    ("الاتحاد العربي السوري لكرة السلة", "اتحاد سله", {"SY"}),
    ("الحكومة الليبية الشرعية", "حكومه", {"LY"}),
    ("البرلمان التونسي", "مجلس نواب", {"TN"}),  # the parliament is the elected chamber
    ("مجلس النواب", "مجلس نواب", set()),
    ("حكومة المملكة المغربية", "حكومه", {"MA"}),
    ("حكومة جمهورية السودان", "حكومه", {"SD"}),
    # Not bare state bodies: a named body, a regional one, an Arab (not national) body.
    ("الاتحاد العربي لكرة القدم", None, set()),
    ("حكومة الإقليم", None, set()),
    ("مجلس المحافظة", None, set()),
    ("مجلس الإدارة", None, set()),
    ("اتحاد الطلبة", None, set()),
    ("وزارة الحرس الوطني", None, set()),
])
def test_state_bodies_and_their_countries(name: str, body: str | None,
                                          countries: set[str]) -> None:
    words = word_keys(name)
    assert state_body(words) == body
    assert set(name_countries(words)) == countries


@pytest.mark.parametrize(("text", "country"), [
    ("وصل الوفد الكويتي إلى الكويت أمس قادماً من القاهرة.", "KW"),
    ("أعلنت وزارة الداخلية في بغداد أن الوضع في البصرة والموصل هادئ.", "IQ"),
    ("قال مسؤول بالرباط إن وفداً مغربياً سيزور الدار البيضاء وللمغرب شركاء.", "MA"),
    # Two countries named as often: no country.
    ("زار الوزير الأردني دمشق ثم عاد إلى الأردن بعد لقاء مسؤول سوري.", None),
    # A single cue is not enough.
    ("اجتمعت اللجنة في تونس لبحث الخطة.", None),
])
def test_a_document_is_about_the_country_it_names_most(text: str, country: str | None) -> None:
    assert text_country(text) == country


KUWAIT = "وفي الكويت قال نائب كويتي إن {} سيناقش الميزانية الكويتية."
JORDAN = "وفي عمّان قال نائب أردني من الزرقاء إن {} سيناقش ميزانية الأردن."


@pytest.mark.parametrize(("text", "url", "country"), [
    ("أصدر وزير العمل قراراً بتكليف مدير جديد.", "http://www.example.com.kw/news/1", "KW"),
    ("أصدر وزير العمل قراراً بتكليف مدير جديد.", "https://news.example.co.uk/a", "GB"),
    ("أصدر وزير العمل قراراً بتكليف مدير جديد.", "http://www.example.com/1", None),
    # The text's own country comes before the outlet's.
    ("قال مسؤول ليبي في طرابلس وبنغازي إن الحكومة ستجتمع.", "http://example.com.eg/1", "LY"),
])
def test_a_story_that_names_no_country_is_its_outlets(text: str, url: str,
                                                      country: str | None) -> None:
    assert document_country(text, url) == country


@pytest.mark.parametrize(("name", "head"), [
    ("الاتحاد الأردني", "اتحاد"),
    ("المنتخب العراقي", "منتخب"),
    ("الاتحاد الأردني لكرة السلة", None),
    ("الاتحاد", None),
])
def test_a_federation_named_by_its_country_only(name: str, head: str | None) -> None:
    assert sports_head(word_keys(name)) == head


def test_a_bare_state_body_is_one_per_country(db: Database) -> None:
    store(db,
          record("k1", KUWAIT.format("مجلس الوزراء"), ("ORG", "مجلس الوزراء")),
          record("k2", KUWAIT.format("مجلس الوزراء"), ("ORG", "مجلس الوزراء")),
          record("k3", "اجتمع مجلس الوزراء الكويتي أمس.", ("ORG", "مجلس الوزراء الكويتي")),
          record("j1", JORDAN.format("مجلس الوزراء"), ("ORG", "مجلس الوزراء")),
          record("j2", JORDAN.format("مجلس الوزراء"), ("ORG", "مجلس الوزراء")),
          record("x1", "قال مجلس الوزراء إن القرار نهائي.", ("ORG", "مجلس الوزراء")))
    resolve_pending(db)
    assert same(db, "k1/e1", "k2/e1", "k3/e1")
    assert same(db, "j1/e1", "j2/e1")
    assert not same(db, "k1/e1", "j1/e1")
    # A document that names no country clearly leaves its bare body alone.
    assert not same(db, "x1/e1", "k1/e1") and not same(db, "x1/e1", "j1/e1")


def test_a_full_name_and_its_bare_short_form_join_in_their_country(db: Database) -> None:
    egypt = "قال مدرب مصري في القاهرة إن {} سيعلن القائمة، وفي الإسكندرية رحب الجمهور المصري."
    store(db,
          record("e1", egypt.format("الاتحاد المصري لكرة القدم"),
                 ("ORG", "الاتحاد المصري لكرة القدم")),
          record("e2", egypt.format("اتحاد الكرة"), ("ORG", "اتحاد الكرة")),
          record("q1", "وفي الدوحة قال لاعب قطري إن اتحاد الكرة في قطر سيجتمع.",
                 ("ORG", "اتحاد الكرة")),
          record("q2", "أعلن الاتحاد القطري لكرة القدم موعد البطولة.",
                 ("ORG", "الاتحاد القطري لكرة القدم")))
    resolve_pending(db)
    assert same(db, "e1/e1", "e2/e1")
    assert same(db, "q1/e1", "q2/e1")
    assert not same(db, "e1/e1", "q1/e1")


def test_the_federation_of_a_country_is_the_one_its_document_names(db: Database) -> None:
    jordan = "وفي عمّان قال مدرب أردني من الزرقاء إن {} سيعلن القائمة."
    store(db,
          record("f1", jordan.format("الاتحاد الأردني لكرة القدم"),
                 ("ORG", "الاتحاد الأردني لكرة القدم")),
          record("f2", jordan.format("الاتحاد الأردني") + " وقال اتحاد الكرة إن المباراة قائمة.",
                 ("ORG", "الاتحاد الأردني"), ("ORG", "اتحاد الكرة")),
          record("f3", jordan.format("الاتحاد الأردني") + " وأعلن اتحاد كرة السلة وأعلن "
                 "اتحاد الكرة.", ("ORG", "الاتحاد الأردني"), ("ORG", "اتحاد كرة السلة"),
                 ("ORG", "اتحاد الكرة")))
    resolve_pending(db)
    assert same(db, "f1/e1", "f2/e1", "f2/e2", "f3/e3")
    # Two federations named: which one the short name means is not known.
    assert not same(db, "f3/e1", "f1/e1") and not same(db, "f3/e1", "f3/e2")


def test_a_parliament_is_its_elected_chamber(db: Database) -> None:
    store(db,
          record("p1", "صوّت البرلمان اللبناني على القانون.", ("ORG", "البرلمان اللبناني")),
          record("p2", "وفي بيروت قال نائب لبناني إن مجلس النواب سيجتمع في صيدا.",
                 ("ORG", "مجلس النواب")))
    resolve_pending(db)
    assert same(db, "p1/e1", "p2/e1")


MINISTER = ("PERSON", "سامي الفارس")
UNION = ("ORG", "نقابة الأطباء")


@pytest.mark.parametrize(("around", "joined"), [
    ((MINISTER, UNION), True),  # two actors named in both stories
    ((), False),  # nothing in common
])
def test_a_story_of_no_known_country_joins_by_its_actors(db: Database, around: tuple[Ent, ...],
                                                        joined: bool) -> None:
    kuwait = "وفي الكويت قال مسؤول كويتي إن وزارة الصحة ستلتقي سامي الفارس ونقابة الأطباء."
    store(db,
          record("c1", kuwait, ("ORG", "وزارة الصحة"), MINISTER, UNION),
          record("c2", "أعلنت وزارة الصحة أن سامي الفارس سيلتقي نقابة الأطباء.",
                 ("ORG", "وزارة الصحة"), *around))
    resolve_pending(db)
    assert same(db, "c1/e1", "c2/e1") == joined


def test_a_story_of_no_known_country_never_bridges_two_countries(db: Database) -> None:
    around = (MINISTER, UNION)
    store(db,
          record("w1", "وفي الكويت قال مسؤول كويتي إن وزارة الصحة ستجتمع.",
                 ("ORG", "وزارة الصحة"), *around),
          record("w2", "وفي عمّان قال مسؤول أردني من الزرقاء إن وزارة الصحة ستجتمع.",
                 ("ORG", "وزارة الصحة"), *around),
          record("w3", "أعلنت وزارة الصحة موعد الاجتماع.", ("ORG", "وزارة الصحة"), *around))
    resolve_pending(db)
    assert not same(db, "w1/e1", "w2/e1")
    assert not same(db, "w3/e1", "w1/e1") and not same(db, "w3/e1", "w2/e1")


def test_a_bare_alias_of_another_body_of_the_state_stays_with_its_entity(db: Database) -> None:
    syria = "قال مسؤول سوري في حلب إن {} ستجتمع في إدلب."
    store(db,
          record("g1", syria.format("الحكومة السورية المؤقتة"),
                 ("ORG", "الحكومة السورية المؤقتة", ["الحكومة"])),
          record("g2", syria.format("الحكومة السورية"), ("ORG", "الحكومة السورية")),
          record("g3", syria.format("الحكومة"), ("ORG", "الحكومة")))
    resolve_pending(db)
    assert same(db, "g2/e1", "g3/e1")
    assert not same(db, "g1/e1", "g2/e1")


def test_a_regional_body_and_its_bare_alias_stay_out_of_the_state(db: Database) -> None:
    iraq = "قال مسؤول عراقي في بغداد إن {} ستجتمع في البصرة."
    store(db,
          record("i1", iraq.format("الحكومة العراقية"), ("ORG", "الحكومة العراقية")),
          record("i2", iraq.format("حكومة الإقليم"), ("ORG", "حكومة الإقليم", ["الحكومة"])))
    resolve_pending(db)
    assert not same(db, "i1/e1", "i2/e1")


@pytest.mark.parametrize(("short", "long", "fits"), [
    ("معاذ الخطيب", "أحمد معاذ الخطيب", True),  # the first name left out
    ("ماجد سالم", "ماجد بن سالم العتيبي", True),  # first and father's name
    ("ناصر العلي", "ناصر بن حمد العلي", True),  # the father's name left out
    ("سالم العتيبي", "ماجد بن سالم العتيبي", False),  # the father, not the son
    ("ماجد العتيبي", "فهد سالم العتيبي", False),  # another first name
    ("فيصل بن خالد", "فيصل بن خالد بن سلطان", True),  # the grandfather added
    ("فيصل بن سلطان", "فيصل بن خالد بن سلطان", False),  # another father
])
def test_person_short_forms(short: str, long: str, fits: bool) -> None:
    assert person_short_form(word_keys(short), word_keys(long)) == fits


@pytest.mark.parametrize(("short", "long", "dropped"), [
    ("ناصر العلي", "ناصر بن حمد العلي", True),
    ("ماجد سالم", "ماجد بن سالم العتيبي", False),
    ("ناصر العلي", "ناصر العلي", False),
])
def test_a_name_without_the_fathers(short: str, long: str, dropped: bool) -> None:
    assert lineage_dropped(word_keys(short), word_keys(long)) == dropped


@pytest.mark.parametrize(("second", "joined"), [
    ("وشارك ناصر العلي في ندوة رابطة الأطباء العرب.", True),  # one actor named in both
    ("وصل ناصر العلي إلى المطار.", False),  # nothing in common
])
def test_a_name_with_the_fathers_joins_with_little_context(db: Database, second: str,
                                                           joined: bool) -> None:
    league = ("ORG", "رابطة الأطباء العرب")
    store(db,
          record("n1", "قال ناصر بن حمد العلي رئيس رابطة الأطباء العرب إن المؤتمر ناجح.",
                 ("PERSON", "ناصر بن حمد العلي"), league),
          record("n2", second, ("PERSON", "ناصر العلي"), *([league] if joined else [])))
    resolve_pending(db)
    assert same(db, "n1/e1", "n2/e1") == joined


def test_a_son_and_his_father_stay_apart(db: Database) -> None:
    around = [("ORG", "مجلس التعاون الخليجي"), ("ORG", "جامعة الدول العربية")]
    store(db,
          record("s1", "استقبل فهد بن سالم بن راشد وفد مجلس التعاون الخليجي وجامعة الدول "
                       "العربية.", ("PERSON", "فهد بن سالم بن راشد"), *around),
          record("s2", "استقبل سالم بن راشد وفد مجلس التعاون الخليجي وجامعة الدول العربية.",
                 ("PERSON", "سالم بن راشد"), *around))
    resolve_pending(db)
    assert not same(db, "s1/e1", "s2/e1")


def test_abd_and_the_next_name_are_one_word(db: Database) -> None:
    store(db, record("a1", "قال عبد النبي حسن الموسوي إن الحوار مستمر.",
                     ("PERSON", "عبد النبي حسن الموسوي")),
          record("a2", "وصل عبدالنبي حسن الموسوي إلى المنامة.",
                 ("PERSON", "عبدالنبي حسن الموسوي")))
    resolve_pending(db)
    assert same(db, "a1/e1", "a2/e1")


def test_a_parent_named_as_an_alias_of_its_body_stays_the_parent(db: Database) -> None:
    store(db,
          record("b1", "اجتمع مجلس إدارة نادي الشباب الرياضي.",
                 ("ORG", "مجلس إدارة نادي الشباب الرياضي", ["نادي الشباب الرياضي"])),
          record("b2", "فاز نادي الشباب الرياضي بالكأس.", ("ORG", "نادي الشباب الرياضي")))
    resolve_pending(db)
    assert not same(db, "b1/e1", "b2/e1")


def test_the_proper_name_inside_a_headed_name_is_an_alias(db: Database) -> None:
    store(db,
          record("h1", "قالت حركة النهضة التونسية إن حركة النهضة ستشارك.",
                 ("ORG", "حركة النهضة التونسية", ["النهضة"])),
          record("h2", "فازت النهضة بأغلبية المقاعد.", ("ORG", "النهضة")))
    resolve_pending(db)
    assert same(db, "h1/e1", "h2/e1")


def test_context_joins_do_not_depend_on_order_or_batches(db: Database) -> None:
    around = (MINISTER, UNION)
    docs = [
        record("o1", "أعلنت وزارة الصحة موعد الاجتماع.", ("ORG", "وزارة الصحة"), *around),
        record("o2", "وفي الكويت قال مسؤول كويتي إن وزارة الصحة ستجتمع.",
               ("ORG", "وزارة الصحة"), *around),
        record("o3", "اجتمعت وزارة الصحة الكويتية.", ("ORG", "وزارة الصحة الكويتية")),
        record("o4", "قال ناصر بن حمد العلي إن نقابة الأطباء ستجتمع.",
               ("PERSON", "ناصر بن حمد العلي"), UNION),
        record("o5", "قال ناصر العلي إن نقابة الأطباء ستجتمع.", ("PERSON", "ناصر العلي"), UNION),
    ]
    for rec in docs:
        store(db, rec)
        resolve_pending(db)
    first = state(db)
    assert same(db, "o1/e1", "o2/e1", "o3/e1") and same(db, "o4/e1", "o5/e1")
    for rec in docs:
        delete_document(db, rec["id"])
    resolve_pending(db)
    store(db, *reversed(docs))
    resolve_pending(db, batch=2)
    assert state(db) == first


LINEUP = "سامي العمري فهد القرني ماجد الحربي صالح الزهراني يوسف الغامدي محمد الشهري نواف المطيري"


def test_a_run_of_names_taken_for_one_person_joins_no_one(db: Database) -> None:
    # A team's line-up read as one name would be a short form of each player's name and
    # join every player of the two other stories to each other.
    store(db,
          record("l1", f"وخاض الهلال مباراته أمام النصر بتشكيلة ضمت {LINEUP} في الملعب.",
                 ("ORG", "الهلال"), ("ORG", "النصر"), ("PERSON", LINEUP)),
          record("l2", "سجل نواف المطيري هدف الهلال في شباك النصر.",
                 ("PERSON", "نواف المطيري"), ("ORG", "الهلال"), ("ORG", "النصر")),
          record("l3", "أصيب سامي العمري لاعب الهلال قبل لقاء النصر.",
                 ("PERSON", "سامي العمري"), ("ORG", "الهلال"), ("ORG", "النصر")))
    resolve_pending(db)
    assert same(db, "l1/e1", "l2/e2", "l3/e2")  # the clubs join as ever
    assert not same(db, "l2/e1", "l3/e1")
    assert not same(db, "l1/e3", "l2/e1")


@pytest.mark.parametrize(("short", "long", "one"), [
    # A whole three-part name inside a longer one without بن is the father's.
    ("حسن محمود الجبوري", "كريم حسن محمود الجبوري", False),
    ("الشيخ زايد", "شقيق الشيخ زايد", False),             # a kinship word: a relative
    ("فيصل العنزي", "نجل فيصل العنزي", False),
    ("سالم بن عوض الكثيري", "الدكتور سالم بن عوض الكثيري", True),  # a title is no name
    ("رياض حجاب", "رياض فريد حجاب", True),
])
def test_a_short_form_is_never_a_relatives_name(short: str, long: str, one: bool) -> None:
    assert person_short_form(word_keys(short), word_keys(long)) is one


def test_two_people_differing_in_their_first_name_alone_are_two() -> None:
    # Brothers share the father's and the family name.
    assert name_form("PERSON", word_keys("سلطان بن فهد الراشد"),
                     word_keys("سلمان بن فهد الراشد")) is None
    assert name_form("PERSON", word_keys("خالد الدوسري"), word_keys("خالد الدوسيري")) is not None
