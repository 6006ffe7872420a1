"""``alternation`` groups data words by first letter; it must match what the plain alternation
of their ``fuzzy`` patterns matches, at the same places, with the same (longest) word."""

from __future__ import annotations

import random
import re

import pytest

from sijill.lang import load_json
from sijill.text.normalize import search_view
from sijill.text.patterns import MARKS, alternation, fuzzy

EDGE = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))"


def _plain(words: list[str], lam_article: bool) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(fuzzy(w, lam_article=lam_article) for w in ordered) + ")"


def _organisation_names() -> list[str]:
    data = load_json("organisations.json", "ar")
    return [n for e in data["organisations"] for n in (e["name"], *e.get("variants", []))]


def _spellings(word: str, rng: random.Random) -> str:
    """``word`` as a text may write it: with a clitic, the لل form, a diacritic, ه for ة."""
    out = word
    if out.startswith("ال") and rng.random() < 0.3:
        out = "ل" + out[1:]  # للمكتب
    if rng.random() < 0.3:
        out = rng.choice("وفبلك") + out
    if rng.random() < 0.3:
        at = rng.randrange(1, len(out) + 1)
        out = out[:at] + "\u064e" + out[at:]
    if rng.random() < 0.3:
        out = out.replace("ة", "ه")
    if rng.random() < 0.2:
        out = out[: max(1, len(out) - 2)]  # a cut word: no match, or a shorter one
    return out


def _texts(words: list[str], n: int) -> list[str]:
    rng = random.Random(7)
    fillers = ["قال", "في", "رئيس", "اللجنة", "من", "،", "وزير", "2015", "."]
    return [search_view(" ".join(_spellings(rng.choice(words), rng) if rng.random() < 0.5
                                 else rng.choice(fillers) for _ in range(30)))
            for _ in range(n)]


@pytest.mark.parametrize("lam_article", [True, False])
def test_grouped_alternation_matches_the_plain_one(lam_article: bool) -> None:
    words = _organisation_names()
    grouped = re.compile(rf"{EDGE}{alternation(words, lam_article=lam_article)}{MARKS}(?!\w)")
    plain = re.compile(rf"{EDGE}{_plain(words, lam_article)}{MARKS}(?!\w)")
    found = 0
    for text in _texts(words, 300):
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in grouped.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000  # the texts do hold the words


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("اجتماع للمكتب التنفيذي", "لمكتب التنفيذي"),  # لل + مكتب: the second ل opens the match
        ("قرار للجنة العليا", "لجنة العليا"),  # لل + جنة: the article's ل is the second ل
        ("قرار اللجنة العليا", "اللجنة العليا"),
        ("قرار اللجنه العليا", "اللجنه العليا"),  # ه for ة
        ("قرار اللَّجنة العليا", "اللَّجنة العليا"),  # a diacritic inside
        ("قرار الجنة العليا", None),  # one ل: neither the article nor the لل form
    ],
)
def test_article_and_lam_forms(text: str, matched: str | None) -> None:
    pattern = re.compile(alternation(["المكتب التنفيذي", "اللجنة العليا", "لجنة"], lam_article=True))
    m = next((m for m in pattern.finditer(search_view(text)) if m.end() - m.start() > 5), None)
    assert (text[m.start() : m.end()] if m else None) == matched


def test_longest_word_wins_within_a_letter() -> None:
    pattern = re.compile(alternation(["مجلس", "مجلس الشورى", "هيئة"]) + r"(?!\w)")
    assert [m.group() for m in pattern.finditer(search_view("مجلس الشورى ومجلس وهيئة"))] == \
        ["مجلس الشوري", "مجلس", "هيئة"]


def test_a_word_that_opens_with_a_space_keeps_the_plain_alternation() -> None:
    assert alternation([" مجلس", "هيئة"]) == _plain([" مجلس", "هيئة"], False)


def test_words_that_share_the_diacritics_class_match_as_before() -> None:
    # One-letter words, a word whose second letter is a diacritic, words with a space and the
    # article: the cases where the shared diacritics class must not be shared.
    words = ["و", "ب", "بً", "بًت", "بَيت", "بيت المال", "بيت", "البيت", "اللوح", "لوح", "ل", "لل", "ة"]
    grouped = re.compile(alternation(words, lam_article=True) + MARKS + r"(?P<after>\w?)")
    plain = re.compile(_plain(words, True) + MARKS + r"(?P<after>\w?)")
    rng = random.Random(3)
    letters = ["و", "ب", "ي", "ت", "ل", "ا", "ة", "ه", "\u064e", "\u064b", "\u0640", " ", "ح"]
    for _ in range(2000):
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(1, 14)))
        assert [(m.span(), m.group("after")) for m in grouped.finditer(text)] == \
            [(m.span(), m.group("after")) for m in plain.finditer(text)], text
