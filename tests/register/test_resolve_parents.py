"""An alias that names the body an organisation belongs to (the UN inside the name of one of
its agencies) gives the organisation none of the parent's keys."""

from __future__ import annotations

import pytest
from tests.register.test_resolve import record, same, store

from sijill.register.db import Database
from sijill.register.keys import word_keys
from sijill.register.resolution.profiles import entity_keys
from sijill.register.resolve import resolve_pending


def _strong(name: str, *aliases: str) -> set[str]:
    return {k for k in entity_keys("ORG", name, aliases, None) if k[0] in "ng"}


@pytest.mark.parametrize(("name", "alias"), [
    ("منظمة الأمم المتحدة للطفولة", "الأمم المتحدة"),
    ("مكتب الجامعة العربية لمكافحة الجريمة", "الجامعة العربية"),
    ("لجنة الاتحاد الأفريقي للسلم والأمن", "الاتحاد الأفريقي"),
    ("مجلس إدارة النادي الأهلي", "النادي الأهلي"),  # the parent at the end, as before
])
def test_a_parent_inside_the_name_is_no_key_of_the_body(name: str, alias: str) -> None:
    parent = entity_keys("ORG", alias, (), None)
    assert not _strong(name, alias) & {k for k in parent if k[0] in "ng"}


@pytest.mark.parametrize(("name", "alias"), [
    ("حركة أنصار الدين الإسلامية", "أنصار الدين"),  # the proper name, then an adjective
    ("الحزب الديمقراطي الوطني", "الحزب الديمقراطي"),  # a prefix: a short form of the body
])
def test_a_short_form_inside_the_name_stays_a_name_of_the_body(name: str, alias: str) -> None:
    assert "n:" + " ".join(word_keys(alias)) in _strong(name, alias)


def test_a_word_of_the_name_as_alias_is_not_the_gazetteers_body_of_that_word() -> None:
    channel = entity_keys("ORG", "قناة الجزيرة", (), None)
    assert any(k.startswith("g:") for k in channel)  # the gazetteer knows the channel
    bank = entity_keys("ORG", "بنك الجزيرة", ("الجزيرة",), None)
    assert not {k for k in bank if k.startswith("g:")} & channel


def test_a_news_agency_named_as_such_joins_no_other_by_that_name(db: Database) -> None:
    store(db,
          record("w1", "ونقلت وكالة الأنباء عن وكالة الأناضول أن الوفد وصل إلى أنقرة.",
                 ("ORG", "وكالة الأنباء", ["وكالة الأناضول"])),
          record("w2", "وذكرت وكالة الأنباء أن وكالة رويترز نشرت الخبر في لندن.",
                 ("ORG", "وكالة الأنباء", ["وكالة رويترز"])),
          record("w3", "قالت وكالة رويترز إن السوق هبطت.", ("ORG", "وكالة رويترز")))
    resolve_pending(db)
    assert same(db, "w2/e1", "w3/e1")  # by the agency it names
    assert not same(db, "w1/e1", "w2/e1")
