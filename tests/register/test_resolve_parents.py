"""An alias that names the body an organisation belongs to (the UN inside the name of one of
its agencies) gives the organisation none of the parent's keys."""

from __future__ import annotations

import pytest

from sijill.register.keys import word_keys
from sijill.register.resolution.profiles import entity_keys


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
