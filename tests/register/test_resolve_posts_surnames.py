"""Resolution across documents by a telling post (``الملك``, ``وزير الخارجية``) and by a
surname named alone (``أردوغان`` of ``رجب طيب أردوغان``)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.register.test_resolve import Ent, record, same, store

from sijill.register.db import Database
from sijill.register.keys import word_keys
from sijill.register.resolution.profiles import role_key
from sijill.register.resolution.rules import ambiguous, name_form, short_form, surname_form
from sijill.register.resolve import resolve_pending


def with_role(rec: dict[str, Any], person: int, role: str) -> dict[str, Any]:
    """The record with one post of no organisation for its entity number ``person``."""
    rec["positions"].append({"person": f"e{person}", "org": None, "role": role,
                             "status": "current", "evidence": {"start": 0, "end": 5}})
    return rec


@pytest.mark.parametrize(("role", "telling"), [
    ("الملك", True),
    ("وزير الخارجية", True),
    ("ولي العهد", True),
    ("رئيس الوزراء", True),
    ("الرئيس", False),  # many presidents
    ("رئيس مجلس الإدارة", False),  # every board has one
    ("الأمين العام", False),
    ("عضو مجلس الشورى", False),  # one of many members
    ("المتحدث الرسمي باسم", False),
])
def test_a_post_tells_who_holds_it_only_with_more_than_a_rank(role: str, telling: bool) -> None:
    assert (role_key(role) is not None) == telling


@pytest.mark.parametrize(("role", "joined"), [
    ("وزير الخارجية", True),
    ("الرئيس", False),  # a post many hold says nothing of who he is
])
def test_a_short_form_joins_when_both_documents_give_the_same_telling_post(
        db: Database, role: str, joined: bool) -> None:
    store(db,
          with_role(record("k1", "قال وزير الخارجية عادل بن أحمد المهيري إن الزيارة ناجحة.",
                           ("PERSON", "عادل بن أحمد المهيري")), 1, role),
          with_role(record("k2", "وصل وزير الخارجية عادل المهيري إلى عمّان أمس.",
                           ("PERSON", "عادل المهيري"), ("LOC", "عمّان")), 1, role))
    resolve_pending(db)
    assert same(db, "k1/e1", "k2/e1") == joined


@pytest.mark.parametrize(("short", "long", "fits"), [
    ("أردوغان", "رجب طيب أردوغان", True),
    ("السيستاني", "علي السيستاني", True),
    ("الحلبوسي", "محمد ريكان الحلبوسي", True),
    ("رجب", "رجب طيب أردوغان", False),  # a first name, not the surname
    ("علي", "محمد علي", False),  # too short to name anyone alone
    ("الصدر", "شقيق مقتدى الصدر", False),  # a relative
    ("العبدالله", "العبدالله", False),
    ("عبد الكريم", "سالم عبد الكريم", False),  # a given name of عبد
    ("مطلق", "سالم آل مطلق", False),  # the family is آل مطلق
    ("ليبي", "أبو أنس الليبي", False),  # where he is from
])
def test_a_surname_alone(short: str, long: str, fits: bool) -> None:
    assert surname_form(word_keys(short), word_keys(long)) == fits
    assert (name_form("PERSON", word_keys(short), word_keys(long)) == "surname") == fits
    assert name_form("ORG", word_keys(short), word_keys(long)) != "surname"


def test_a_surname_that_fits_two_people_is_ambiguous() -> None:
    short = word_keys("الأسعد")
    assert ambiguous(short, [word_keys("كامل الأسعد"), word_keys("أحمد الأسعد")], head=False)
    assert not ambiguous(short, [word_keys("كامل الأسعد"), word_keys("كامل يوسف الأسعد")],
                         head=False)


AROUND: tuple[Ent, ...] = (("ORG", "حزب العدالة والتنمية"), ("ORG", "حلف شمال الأطلسي"))


@pytest.mark.parametrize(("around", "joined"), [
    (AROUND, True),  # two actors of the first story around the surname
    ((), False),  # a surname and nothing in common
])
def test_a_surname_alone_joins_the_one_person_of_that_name_in_context(
        db: Database, around: tuple[Ent, ...], joined: bool) -> None:
    store(db,
          record("r1", "قال رجب طيب أردوغان زعيم حزب العدالة والتنمية إن حلف شمال الأطلسي "
                       "شريك.", ("PERSON", "رجب طيب أردوغان"), *AROUND),
          record("r2", "وقال أردوغان إن حزب العدالة والتنمية يدعم حلف شمال الأطلسي.",
                 ("PERSON", "أردوغان"), *around))
    resolve_pending(db)
    assert same(db, "r1/e1", "r2/e1") == joined


def test_a_surname_of_two_people_joins_neither(db: Database) -> None:
    store(db,
          record("t1", "قال كامل الأسعد رئيس حزب العدالة والتنمية إن حلف شمال الأطلسي شريك.",
                 ("PERSON", "كامل الأسعد"), *AROUND),
          record("t2", "قال أحمد الأسعد رئيس حزب العدالة والتنمية إن حلف شمال الأطلسي شريك.",
                 ("PERSON", "أحمد الأسعد"), *AROUND),
          record("t3", "وقال الأسعد إن حزب العدالة والتنمية يدعم حلف شمال الأطلسي.",
                 ("PERSON", "الأسعد"), *AROUND))
    resolve_pending(db)
    assert not same(db, "t1/e1", "t3/e1")
    assert not same(db, "t2/e1", "t3/e1")


def test_a_state_body_of_a_known_country_never_bridges_two_states_by_its_holders(
        db: Database) -> None:
    host = ("PERSON", "فيصل بن ماجد الراشد")
    cabinet = ("ORG", "مجلس الوزراء")
    store(db,
          # A Lebanese story of a visit: the host's post is in his own state's cabinet.
          record("c1", "زار وفد لبناني الرياض. وقال رئيس مجلس الوزراء فيصل بن ماجد الراشد في "
                       "بيروت إن لبنان واللبنانيين إخوة وإن بيروت قريبة وإن لبنان صامد.",
                 cabinet, host, posts=((1, 0),)),
          record("c2", "قال رئيس مجلس الوزراء فيصل بن ماجد الراشد في الرياض إن السعودية "
                       "والسعوديين ماضون وإن الرياض تستضيف القمة وإن السعودية مستعدة.",
                 cabinet, host, posts=((1, 0),)),
          record("c3", "عقد مجلس الوزراء جلسته في بيروت وقال إن لبنان واللبنانيين يواجهون "
                       "أزمة وإن بيروت تنتظر الدعم وإن لبنان صامد.", cabinet))
    resolve_pending(db)
    assert not same(db, "c2/e1", "c3/e1")


def test_two_names_of_one_gazetteer_body_join_whatever_scope_words_they_use(
        db: Database) -> None:
    store(db,
          record("g1", "رحب مجلس التعاون الخليجي بالاتفاق.", ("ORG", "مجلس التعاون الخليجي")),
          record("g2", "رحب مجلس التعاون لدول الخليج العربية بالقرار.",
                 ("ORG", "مجلس التعاون لدول الخليج العربية")))
    resolve_pending(db)
    assert same(db, "g1/e1", "g2/e1")


@pytest.mark.parametrize(("short", "long", "fits"), [
    ("الهيئة الوطنية للإعلام", "المجلس الأعلى للهيئة الوطنية للإعلام", False),  # its parent
    ("اللجنة الأولمبية الدولية", "اللجنة التنفيذية للجنة الأولمبية الدولية", False),
    ("اللجنة الأولمبية", "اللجنة الأولمبية الأردنية", True),
    ("جمعية البر", "جمعية البر الخيرية", True),
])
def test_a_body_named_after_li_is_the_parent_not_a_short_form(short: str, long: str,
                                                              fits: bool) -> None:
    assert short_form(word_keys(short), word_keys(long), head=True) == fits
