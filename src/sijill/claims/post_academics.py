"""Teaching posts said after a name: ``فلان، أستاذ العلوم السياسية بجامعة كذا``، ``فلانة أستاذة
القانون الدولي في كلية كذا``. The role is the post with its field as written (أستاذ العلوم
السياسية), the organisation the institution named with ب or في right after the field; no
institution named, no post (أستاذ alone is also a form of address)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.model import Mention, Position, SentenceView
from sijill.doc import Entity
from sijill.lang import load_json
from sijill.text.normalize import match_key

#: The most words a field may have between the post and the institution.
_MAX_FIELD_WORDS = 6
#: Marks that end a field before any institution is named.
_ENDS = frozenset("،,.:؛;()[]«»“”\"-–")
#: The words that may stand between the name and the post (فلان، وهو أستاذ).
_PRONOUNS = (["وهو"], ["وهي"], ["هو"], ["هي"])


@dataclass(frozen=True, slots=True)
class _Cues:
    heads: frozenset[str]
    links: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The ``academics`` words of ``lang/ar/titles.json`` as matching keys."""
    data = load_json("titles.json").get("academics", {})
    return _Cues(*(frozenset(match_key(w) for w in data.get(k, [])) for k in ("heads", "links")))


def academic_posts(view: SentenceView, found: list[Position]) -> list[Position]:
    """Positions of teaching posts right after a name in one sentence; a post ``found`` already
    for the same person and organisation is not made twice."""
    cues = _cues()
    if not view.holds_any(cues.heads):  # one test for the sentence: most name no such post
        return []
    out: list[Position] = []
    text = view.doc.text
    for i, tok in enumerate(view.tokens):
        if tok.kind != "word" or match_key(text[tok.start : tok.end]) not in cues.heads:
            continue
        person = _named_before(view, tok.start)
        if person is None:
            continue
        got = _field_and_body(view, i, cues)
        if got is None:
            continue
        role, org, stop = got
        if any(p.person is person.entity and p.org is org for p in found + out):
            continue
        out.append(Position(person.entity, role, org, "current", (person.span.start, stop)))
    return out


def _named_before(view: SentenceView, at: int) -> Mention | None:
    """The person named right before ``at``, a comma and a pronoun at most between (فلان،
    أستاذ؛ فلان، وهو أستاذ)."""
    before = [m for m in view.mentions if m.span.end <= at]
    if not before or before[-1].type != "PERSON":
        return None
    between = view.doc.text[before[-1].span.end : at].replace("،", " ").replace(",", " ").split()
    return before[-1] if not between or between in _PRONOUNS else None


def _org_at(view: SentenceView, start: int, end: int) -> Mention | None:
    """The organisation whose name starts in ``[start, end)``."""
    return next((m for m in view.mentions if m.type == "ORG" and start <= m.span.start < end), None)


def _field_and_body(view: SentenceView, i: int, cues: _Cues) -> tuple[str, Entity, int] | None:
    """The role (the post and its field) from token ``i``, the institution after it and where
    the institution's name ends; None where no institution follows the field."""
    text = view.doc.text
    words = [text[view.tokens[i].start : view.tokens[i].end]]
    for k in range(i + 1, min(len(view.tokens), i + 2 + _MAX_FIELD_WORDS)):
        tok = view.tokens[k]
        word = text[tok.start : tok.end]
        if word in _ENDS or tok.start >= view.span.end:
            return None
        if match_key(word) in cues.links and k + 1 < len(view.tokens):
            nxt = view.tokens[k + 1]
            org = _org_at(view, nxt.start, nxt.end)
            return (" ".join(words), org.entity, org.span.end) if org is not None else None
        if word.startswith("ب") and len(word) > 3:
            org = _org_at(view, tok.start, tok.end)
            if org is not None:
                return " ".join(words), org.entity, org.span.end
        if any(m.type == "PERSON" and m.span.start <= tok.start < m.span.end for m in view.mentions):
            return None  # a person named within: no field of a teaching post
        words.append(word)
    return None
