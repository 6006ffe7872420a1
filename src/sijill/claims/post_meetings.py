"""The body whose meeting a phrase of heading chairs: ``وافق مجلس الوزراء في اجتماعه الأسبوعي
برئاسة فلان``، ``عقدت اللجنة جلستها الأولى برئاسة فلان``، ``اجتماع مجلس الإدارة برئاسة فلان``،
and a government's own: ``الحكومة الليبية برئاسة فلان``.

The one who chairs a body's own meeting heads the body: the post برئاسة states is in it. The
words of a meeting are data (``titles.json``: ``meeting_nouns``); between the body and the
phrase only the meeting noun, في, and its adjectives (الأسبوعي، العادية) may stand.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.model import Mention, SentenceView
from sijill.claims.post_orgs import post_references
from sijill.doc import Span
from sijill.lang import load_json
from sijill.text.normalize import match_key

#: How many words may stand between the body and the phrase (في اجتماعه الأسبوعي العادي).
_REACH = 4


@lru_cache(maxsize=1)
def _meeting_stems() -> tuple[str, ...]:
    return tuple(match_key(w) for w in load_json("titles.json").get("meeting_nouns", []))


def a_meeting(keys: tuple[str, ...]) -> bool:
    # a suffix may follow (اجتماعه، جلستها) and ة is written ت before it
    stems = _meeting_stems()
    return any(k.removeprefix("ال").startswith(s) for k in keys for s in stems)


def _filler(word: str) -> bool:
    """A word that may stand beside the meeting noun: في or an adjective with the article."""
    return word in ("في", "خلال") or word.startswith("ال")


def chaired_body(view: SentenceView, title: Span) -> Mention | None:
    """The organisation whose meeting the phrase ``title`` (برئاسة) chairs, if named right before."""
    before = [m for m in view.mentions if m.span.end <= title.start]
    if not before or before[-1].type != "ORG":
        return None  # nothing, or a person or place, nearest before the phrase
    body = before[-1]
    idx = [i for i, t in enumerate(view.tokens) if body.span.end <= t.start and t.end <= title.start
           and t.kind == "word"]
    if idx:
        # the body, then its meeting: مجلس الوزراء في اجتماعه الأسبوعي برئاسة
        meeting = [i for i in idx if a_meeting(view.keys[i])]
        rest = [view.keys[i][0] for i in idx if i not in meeting]
        ok = len(idx) <= _REACH and len(meeting) == 1 and all(_filler(w) for w in rest)
        return body if ok else None
    # the meeting, then the body: اجتماع مجلس الإدارة برئاسة
    prev = [i for i, t in enumerate(view.tokens) if t.end <= body.span.start and t.kind == "word"][-1:]
    if prev and a_meeting(view.keys[prev[0]]):
        return body
    # الحكومة الليبية برئاسة فلان: a government chaired is headed; not the delegation or the
    # team of a government (وفد الحكومة برئاسة فلان) named before it.
    governed = match_key(body.entity.name).startswith(post_references().government_heads)
    return body if governed and not (prev and _a_group(view.keys[prev[0]])) else None


@lru_cache(maxsize=1)
def _group_stems() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("titles.json").get("chaired_groups", []))


def _a_group(keys: tuple[str, ...]) -> bool:
    """A delegation's or a team's noun (وفد، بعثة، فريق), with or without و or the article."""
    return any(k.lstrip("وب").removeprefix("ال") in _group_stems() or k in _group_stems() for k in keys)
