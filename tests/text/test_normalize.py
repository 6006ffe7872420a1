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


@pytest.mark.parametrize("s", ["أإآٱ ى ٠١٢٣ ۴۵ ؤ ئ ة", "وقالَ الرئيسُ إنّ ١٩٩٩ عاماً — مؤتمر", "ـــ", "", "abc 123"])
def test_fast_keys_equal_the_chained_normalisers(s: str) -> None:
    # match_key and search_view are written for speed; they must equal the normalisers chained.
    chained = n.fold_digits(n.fold_hamza_seats(n.fold_ta_marbuta(n.fold_ya(n.fold_alef(
        n.strip_tatweel(n.strip_diacritics(s)))))))
    assert n.match_key(s) == chained
    assert n.search_view(s) == n.fold_digits(n.fold_ya(n.fold_alef(s)))
