"""An organisation named by a back-reference to a unit below a state (حكومة الإقليم، مجلس
المحافظة) is the body of the one unit of that kind its document names, and joins nothing by
its bare name: every region has a government."""

from __future__ import annotations

import pytest
from tests.register.test_resolve import record, same, store

from sijill.register.db import Database
from sijill.register.resolution.profiles import entity_keys, region_names, region_reference
from sijill.register.resolve import resolve_pending


@pytest.mark.parametrize(("name", "kind"), [
    ("حكومة الإقليم", "اقليم"),
    ("مجلس المحافظة", "محافظه"),
    ("إمارة المنطقة", "منطقه"),
    ("المجلس التشريعي للولاية", None),  # a clitic on the unit: not a bare back-reference
    ("حكومة إقليم دارفور", None),       # the unit is named
    ("الإقليم", None),                   # the unit itself, no body of it
    ("وزارة الصحة", None),
])
def test_a_definite_unit_at_the_end_of_a_name_is_a_back_reference(
        name: str, kind: str | None) -> None:
    assert region_reference(name) == kind


def test_a_back_reference_has_no_key_that_joins_it_by_itself() -> None:
    keys = entity_keys("ORG", "هيئة مياه الولاية", (), None)
    assert not {k for k in keys if k[0] in "nog"}
    assert "n:حكومه اقليم دارفور" in entity_keys("ORG", "حكومة إقليم دارفور", (), None)


def test_a_place_with_a_units_word_is_a_unit_of_that_kind() -> None:
    assert region_names("محافظة نينوى", ("نينوى",)) == [("محافظه", ("محافظه", "نينوي"))]
    assert region_names("نينوى", ()) == []


KRG = [
    record("r1", "أعلنت حكومة إقليم كوردستان خطة لدفع رواتب الموظفين.",
           ("ORG", "حكومة إقليم كوردستان")),
    record("r2", "قال مسؤول في إقليم كوردستان إن حكومة الإقليم ستدفع الرواتب قريباً.",
           ("LOC", "إقليم كوردستان"), ("ORG", "حكومة الإقليم")),
    record("r3", "وفي إقليم دارفور أعلنت حكومة الإقليم حظر التجول في المدن.",
           ("LOC", "إقليم دارفور"), ("ORG", "حكومة الإقليم")),
    record("r4", "قالت حكومة الإقليم إن الطرق مفتوحة.", ("ORG", "حكومة الإقليم")),
]


def test_the_government_of_the_region_joins_the_one_its_document_names(db: Database) -> None:
    store(db, *KRG)
    resolve_pending(db)
    assert same(db, "r1/e1", "r2/e2")
    assert not same(db, "r2/e2", "r3/e2")  # another region's government
    assert not same(db, "r4/e1", "r2/e2")  # a story that names no region joins neither
    assert not same(db, "r4/e1", "r3/e2")
