"""Resolution across outlets and scopes: a story that names no country is its outlet's, as
the outlet's own stories say; organisations whose names say different scopes (the Asian and
the Saudi federation) never join, whatever chain of names links them."""

from __future__ import annotations

from typing import Any

import pytest
from tests.register.test_resolve import record, same, state, store

from sijill.register.db import Database
from sijill.register.keys import word_keys
from sijill.register.resolution.country import document_country, name_scope
from sijill.register.resolution.grouping import group
from sijill.register.resolution.outlets import outlet_lead
from sijill.register.resolution.rules import Link
from sijill.register.resolve import resolve_pending


def from_outlet(rec: dict[str, Any], source: str) -> dict[str, Any]:
    return {**rec, "meta": {"source": source}}


# Stories clearly about Kuwait (two cues at least), each on another subject.
KUWAIT = ["افتتح وزير كويتي في الكويت مدرسة جديدة {}.",
          "قال مسؤول كويتي إن ميناء الكويت سيتوسع {}.",
          "وصل وفد كويتي إلى الكويت قادما من لندن {}."]


def kuwait_outlet(n: int) -> list[dict[str, Any]]:
    return [from_outlet(record(f"o{i:02d}", KUWAIT[i % 3].format(i)), "qabas")
            for i in range(n)]


@pytest.mark.parametrize(("countries", "lead"), [
    (["OM"] * 12 + [None] * 30, "OM"),
    (["OM"] * 6 + ["YE"] * 3 + [None] * 30, None),  # too few stories about one country
    (["SA"] * 20 + ["US"] * 15 + ["IR"] * 10, None),  # a pan-Arab paper: no clear lead
    (["SA"] * 20 + ["US"] * 9 + ["IR"] * 8 + ["YE"] * 8 + ["EG"] * 9 + ["SY"] * 6, "SA"),
])
def test_an_outlet_has_the_country_most_of_its_stories_are_about(
        countries: list[str | None], lead: str | None) -> None:
    assert outlet_lead(countries) == lead


def test_a_story_that_names_another_country_is_not_the_outlets() -> None:
    shura = "أقر مجلس الشورى نظاما جديدا للعمل."
    assert document_country(shura, None, "KW") == "KW"
    assert document_country(shura + " وقال وزير كويتي إن النظام نافذ.", None, "KW") == "KW"
    # A story that names another country once is about that country, or about neither.
    assert document_country("اختارت حركة طالبان الأفغانية مجلس الشورى.", None, "KW") is None


def test_bare_bodies_of_stories_that_name_no_country_join_their_outlets_country(
        db: Database) -> None:
    shura = ("أقر مجلس الشورى نظاما جديدا للعمل بعد نقاش طويل.",
             "رفع مجلس الشورى توصية بشأن الإسكان.")
    store(db, *kuwait_outlet(12),
          from_outlet(record("s1", "وفي الكويت قال عضو كويتي إن مجلس الشورى انعقد.",
                             ("ORG", "مجلس الشورى")), "qabas"),
          from_outlet(record("s2", shura[0], ("ORG", "مجلس الشورى")), "qabas"),
          from_outlet(record("s3", shura[1], ("ORG", "مجلس الشورى")), "qabas"),
          # The same words in a story of an outlet whose country is not known stay apart.
          from_outlet(record("x1", shura[0], ("ORG", "مجلس الشورى")), "pan-arab"))
    resolve_pending(db)
    assert same(db, "s1/e1", "s2/e1", "s3/e1")
    assert not same(db, "x1/e1", "s1/e1")
    assert db.scalar("SELECT country FROM outlet_countries WHERE source = 'qabas'") == "KW"


def test_an_outlet_learns_its_country_later_and_its_old_stories_follow(db: Database) -> None:
    """Stories stored before their outlet's country was known join its bodies once it is, as
    a register built in one go would have them."""
    stories = [from_outlet(record("s2", "أقر مجلس الشورى نظاما جديدا للعمل.",
                                  ("ORG", "مجلس الشورى")), "qabas"),
               from_outlet(record("s1", "وفي الكويت قال عضو كويتي إن مجلس الشورى انعقد.",
                                  ("ORG", "مجلس الشورى")), "qabas")]
    store(db, *stories)
    resolve_pending(db)
    assert not same(db, "s1/e1", "s2/e1")  # two stories: the outlet's country is not known
    store(db, *kuwait_outlet(12))
    resolve_pending(db)
    assert same(db, "s1/e1", "s2/e1")
    once = state(db)
    assert resolve_pending(db).changed == 0
    assert state(db) == once


@pytest.mark.parametrize(("name", "scope"), [
    ("الاتحاد الآسيوي لكرة القدم", {"asian"}),
    ("الاتحاد الدولي لكرة القدم", {"international"}),
    ("الاتحاد العربي السعودي لكرة القدم", {"SA"}),  # العربي beside a country is its name
    ("الاتحاد العربي لكرة القدم", {"arab"}),
    ("اتحاد الكرة", set()),
    ("منظمة الصحة العالمية", {"international"}),
])
def test_the_scope_a_name_says(name: str, scope: set[str]) -> None:
    assert name_scope(word_keys(name)) == scope


def test_a_chain_of_names_never_joins_two_scopes() -> None:
    """``a`` (the Asian federation) is linked to ``b``, a garbled name of both, and ``b`` to
    ``c`` (the Saudi one); ``d`` says no scope and joins whichever group takes it first."""
    scopes = {"a": frozenset({"asian"}), "b": frozenset({"asian", "SA"}),
              "c": frozenset({"SA"}), "d": frozenset()}
    links = [Link.of("a", "b", "alias", 1.0), Link.of("b", "c", "short form", 0.9),
             Link.of("a", "d", "short form", 0.9), Link.of("c", "d", "short form", 0.8)]
    groups, applied = group(["a", "b", "c", "d"], [], links, {}, {}, scopes)
    assert groups == [["a", "d"], ["b"], ["c"]]
    assert [(x.left, x.right) for x in applied] == [("a", "d")]
    # A person's decision is theirs to make: it joins what the names keep apart.
    groups, _ = group(["a", "c"], [("a", "c")], [], {}, {}, scopes)
    assert groups == [["a", "c"]]


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("النادي الأدبي بالرياض", "نادي الرياض الأدبي", True),
    ("الجمعية الوطنية لحقوق الإنسان", "جمعية حقوق الإنسان الوطنية", True),
    ("اتحاد كرة السلة اللبناني", "الاتحاد اللبناني لكرة السلة", True),
    # Other words, or two words only, are not the same name.
    ("الجمعية الوطنية لحقوق الطفل", "جمعية حقوق الإنسان الوطنية", False),
    ("نادي الشباب", "الشباب نادي", False),
])
def test_the_same_words_in_another_order_name_one_body(db: Database, first: str, second: str,
                                                      joined: bool) -> None:
    store(db, record("w1", f"عقد {first} اجتماعه السنوي.", ("ORG", first)),
          record("w2", f"أعلن {second} برنامجه.", ("ORG", second)))
    resolve_pending(db)
    assert same(db, "w1/e1", "w2/e1") == joined
