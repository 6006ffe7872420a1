"""One position per post: the same post said with less is merged into its fullest form."""

from __future__ import annotations

import pytest

from sijill.claims.model import Position
from sijill.claims.stages import _merge_positions
from sijill.doc import Entity

_PERSON = Entity("PERSON", "هشام مرسي")
_OTHER = Entity("PERSON", "سمير النوري")
_CLUB = Entity("ORG", "نادي الوحدة")


def _post(person: Entity, role: str, org: Entity | None, status: str = "current") -> Position:
    return Position(person, role, org, status, (0, 10))


@pytest.mark.parametrize(
    ("positions", "kept"),
    [
        # رئيس beside رئيس مجلس الإدارة of the same club: one post, the fuller role
        ([_post(_PERSON, "رئيس", _CLUB), _post(_PERSON, "رئيس مجلس الإدارة", _CLUB)],
         {("رئيس مجلس الإدارة", "نادي الوحدة")}),
        # the same role with no organisation beside one with it
        ([_post(_PERSON, "عضو", None), _post(_PERSON, "عضو", _CLUB)], {("عضو", "نادي الوحدة")}),
        # another post, another status or another person's post is kept
        ([_post(_PERSON, "رئيس", _CLUB), _post(_PERSON, "رئيسة اللجنة", _CLUB)],
         {("رئيس", "نادي الوحدة"), ("رئيسة اللجنة", "نادي الوحدة")}),
        ([_post(_PERSON, "رئيس", _CLUB, "former"), _post(_PERSON, "رئيس مجلس الإدارة", _CLUB)],
         {("رئيس", "نادي الوحدة"), ("رئيس مجلس الإدارة", "نادي الوحدة")}),
    ],
)
def test_a_post_said_with_less_is_merged(positions: list[Position], kept: set[tuple[str, str | None]]) -> None:
    assert {(p.role, p.org.name if p.org else None) for p in _merge_positions(positions)} == kept


def test_other_people_keep_their_posts() -> None:
    merged = _merge_positions([_post(_PERSON, "رئيس مجلس الإدارة", _CLUB), _post(_OTHER, "رئيس", _CLUB)])
    assert [(p.person.name, p.role) for p in merged] == [("هشام مرسي", "رئيس مجلس الإدارة"),
                                                        ("سمير النوري", "رئيس")]


@pytest.mark.parametrize(
    ("roles", "kept"),
    [
        (("السفير", "سفير"), 1),  # the article alone: one post
        (("السفير", "المبعوث"), 2),  # another post
    ],
)
def test_a_role_with_and_without_its_article_is_one_post(roles: tuple[str, str], kept: int) -> None:
    merged = _merge_positions([_post(_PERSON, roles[0], None), _post(_PERSON, roles[1], None)])
    assert len(merged) == kept
