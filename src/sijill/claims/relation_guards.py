"""Guards on the guesses and cues of the relations stage: which organisations a body with no
parent named beside it may be guessed into, and when an organisation after a cue is too far
from it to be the parent the cue names."""

from __future__ import annotations

import re

from sijill.claims.model import Mention, SentenceView
from sijill.claims.relation_cues import StructureLexicon, undef
from sijill.doc import Entity
from sijill.text.normalize import match_key

__all__ = ["allowed_guess_heads", "cue_parent_apart", "office_of_post"]

#: What may stand between a body's name and the post title of the person whose office it is
#: (المكتب الإعلامي لنائب الرئيس، مكتب زعيم الحركة): nothing, or the preposition لـ.
_TO_TITLE = re.compile(r"\s*(?:لـ?)?")
#: A stop between a cue (التابع لـ) and the organisation after it: the cue's own object ended
#: there, and the organisation opens another clause (التابع للرئيس المخلوع، كما أعلنت الجبهة).
#: The heads of the offices of a post's holder.
_OFFICE_HEADS = frozenset({match_key("مكتب")})
_STOP = re.compile(r"[،,.:;؛!؟?\n]")


def _head(ent: Entity) -> str:
    words = ent.name.split()
    return undef(match_key(words[0])) if words else ""


def office_of_post(view: SentenceView, m: Mention) -> bool:
    """Whether a body is the office of a post's holder: an office (مكتب) with a post title
    written inside its name or right after it (مكتب زعيم الجماعة، المكتب الإعلامي لنائب رئيس
    الجمهورية). Such an office belongs to a person, not to an organisation the article names
    elsewhere; it is a state's only as the presidency's or the government's own."""
    if _head(m.entity) not in _OFFICE_HEADS:
        return False
    text = view.doc.text
    for t in view.titles:
        if m.span.start < t.start < m.span.end:
            return True
        if t.start >= m.span.end and _TO_TITLE.fullmatch(text[m.span.end : t.start]):
            return True
    return False


def allowed_guess_heads(view: SentenceView, m: Mention, lex: StructureLexicon) -> frozenset[str] | None:
    """The heads of the organisations a guess may take as the parent of the body of ``m``, or
    None for no bound: a directorate is a ministry's, a government's, an army's or a
    province's (guess_only_under), never a company's or an authority's of another field; the
    office of a post's holder (office_of_post) is at most the state's (state_heads)."""
    only = next((heads for body, heads in lex.guess_only_under if body == _head(m.entity)), None)
    if office_of_post(view, m):
        only = lex.state_heads if only is None else only & lex.state_heads
    return only


def cue_parent_apart(view: SentenceView, end: int, nxt: Mention) -> bool:
    """Whether a stop stands between a cue's end and the organisation after it (حزب ... التابع
    للرئيس المخلوع، كما أعلنت المقاومة): the cue named its object before the stop, and the
    organisation after it is another clause's."""
    return bool(_STOP.search(view.doc.text[end : nxt.span.start]))
