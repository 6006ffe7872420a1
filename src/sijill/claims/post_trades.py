"""The team whose staff a trade's post (مدرب، المعد البدني) names.

A coach is of a club or team: one whose name says so (نادي، فريق، منتخب) anywhere around the
title, or, whatever its name, the organisation written right after the title as its complement
(مدرب الزمالك، مدرب مانشستر يونايتد الإنجليزي فلان، فلان مدرب الوداد): clubs are mostly
called by their bare name.
"""

from __future__ import annotations

import re

from sijill.claims.model import Mention, SentenceView
from sijill.claims.post_orgs import is_team
from sijill.doc import Entity, Span
from sijill.names.titles import strip_honorifics

#: A nisba adjective with the article (المصري، الإسبانية).
_NISBA = re.compile(r"ال\w+(?:ي|ية)")

#: What may stand between a trade's title and its complement: a ل, quotes, a tatweel.
_LINKS = frozenset(" \u0640\"'«»“”")


def teams_of(view: SentenceView, title: Span, orgs: list[Entity], person: Mention) -> list[Entity]:
    """The organisations of ``orgs`` a trade's post is held in: teams, and the one named right
    after the title in construct when the holder stands right beside them (فلان مدرب الزمالك،
    مدرب الزمالك المصري فلان; not مدرب الفريق حارسه فلان, the coach's player)."""
    return [o for o in orgs if is_team(o) or _complement_of(view, title, o, person)]


def _complement_of(view: SentenceView, title: Span, org: Entity, person: Mention) -> bool:
    text = view.doc.text
    for m in view.mentions:
        if m.entity is not org or m.span.start < title.end:
            continue
        between = text[title.end : m.span.start]
        if not (between.startswith(" ") and
                all(c in _LINKS for c in between.removeprefix(" ").removeprefix("ل"))):
            continue
        if person.span.end <= title.start:
            return not text[person.span.end : title.start].strip(" ،,")
        return person.span.start >= m.span.end and all(
            _describes(w) for w in text[m.span.end : person.span.start].split())
    return False


def _describes(word: str) -> bool:
    """Whether a word between a team and its coach's name describes the coach: a nisba
    (المصري، الإسباني) or an honorific."""
    return bool(_NISBA.fullmatch(word)) or strip_honorifics(f"{word} _") == "_"
