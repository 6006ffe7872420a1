"""Matching keys fold spelling variants without touching the text."""

from __future__ import annotations

import pytest

from sijill.text import normalize as n


@pytest.mark.parametrize(
    ("fn", "given", "expected"),
    [
        (n.fold_alef, "أحمد إبراهيم آل", "احمد ابراهيم ال"),
        (n.fold_ya, "مصطفى", "مصطفي"),
        (n.fold_ta_marbuta, "الهيئة", "الهيئه"),
        (n.strip_diacritics, "اجتماعاً مُوسّعاً", "اجتماعا موسعا"),
        (n.strip_tatweel, "لـ", "ل"),
        (n.fold_digits, "٢٠٢٤/۱۲", "2024/12"),
    ],
)
def test_each_normaliser_does_one_job(fn, given: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert fn(given) == expected


def test_match_key_makes_variants_equal() -> None:
    assert n.match_key("الهيئةُ العليا للمفاوضات") == n.match_key("الهيئه العليا للمفاوضات")
    assert n.match_key("إدلب") == n.match_key("ادلب")
    assert n.match_key("إدلب") != n.match_key("حلب")


def test_search_view_keeps_length() -> None:
    s = "أُعلن في ١٠ حزيران"
    assert len(n.search_view(s)) == len(s)
