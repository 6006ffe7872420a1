"""A council's session held: a verb of holding, opening or closing with the body's own session
after it (اختتم المجلس المركزي أعمال دورته الثلاثين، افتتح البرلمان دورته العادية، عقدت
الجمعية العامة دورتها السنوية). The session word carries its owner's pronoun: a bare دورة is as
often a training course or a tournament, and one before the verb (في دورتها الثالثة التي
تنظمها الأمانة) is the round of something else."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sijill.claims.lexicon import Forms
from sijill.claims.model import SentenceView
from sijill.lang import load_json


@lru_cache(maxsize=1)
def _sessions() -> Forms:
    meeting = load_json("claims.json")["events"]["MEETING"]
    return Forms.of(meeting.get("owned_sessions", []))


def owned_session(view: SentenceView, ahead: Sequence[int]) -> int | None:
    """The first of the word tokens ``ahead`` (those right after a holding verb) that is a
    session word with its owner's pronoun, if any."""
    sessions = _sessions()
    return next((j for j in ahead if sessions.match(view.keys[j])), None)
