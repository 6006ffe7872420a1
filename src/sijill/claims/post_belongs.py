"""Members stated by a verb or participle of belonging right after their name: ``فلان، الذي
ينتمي إلى حزب الأمة``، ``فلان المنتمي إلى جبهة الإنقاذ``، ``فلان الذي كان ينتسب إلى النقابة``:
a member (عضو) of the organisation after the link word, in the past after كان."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.post_orgs import unreferred
from sijill.lang import load_json
from sijill.text.normalize import match_key


@dataclass(frozen=True, slots=True)
class _Cues:
    verbs: frozenset[str]
    participles: frozenset[str]
    links: frozenset[str]
    relatives: frozenset[str]
    past: frozenset[str]
    role: str
    starts: frozenset[str]  # the verbs and participles: a sentence without one has no member


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_json("titles.json")["belonging"]

    def keys(name: str) -> frozenset[str]:
        return frozenset(match_key(w) for w in data[name])

    return _Cues(keys("verbs"), keys("participles"), keys("links"), keys("relatives"), keys("past"),
                 str(data["role"]), keys("verbs") | keys("participles"))


def _word(view: SentenceView, i: int) -> str:
    tok = view.tokens[i]
    return match_key(view.doc.text[tok.start : tok.end]) if tok.kind == "word" else ""


def belonging(view: SentenceView, found: list[Position]) -> list[Position]:
    """Members that a clause of belonging after a name states in one sentence; a post ``found``
    already in that organisation for that person is not made twice."""
    cues = _cues()
    if not view.holds_any(cues.starts):  # one test for the sentence: most hold no such word
        return []
    out: list[Position] = []
    for i, tok in enumerate(view.tokens):
        key = _word(view, i).removeprefix("و")
        participle = key in cues.participles
        if not participle and key not in cues.verbs:
            continue
        org = _org_after(view, i, cues)
        if org is None or unreferred(org.entity):
            continue
        j = i - 1
        past = j >= 0 and _word(view, j) in cues.past
        if past:
            j -= 1
        if not participle:
            if j < 0 or _word(view, j).removeprefix("و") not in cues.relatives:
                continue  # يحتاج فلان ... ينتمي: only a relative clause says whose it is
            j -= 1
        person = _person_ending_at(view, j)
        if person is None or any(p.person is person.entity and p.org is org.entity for p in found + out):
            continue
        status = "former" if past else "current"
        pos = Position(person.entity, cues.role, org.entity, status, (person.span.start, org.span.end))
        pos.stated = past
        out.append(pos)
    return out


def _org_after(view: SentenceView, i: int, cues: _Cues) -> Mention | None:
    """The organisation right after the verb at ``i``, past a link word (إلى، لـ)."""
    verb = view.tokens[i]
    nxt = next((k for k in range(i + 1, len(view.tokens)) if view.tokens[k].kind == "word"), None)
    if nxt is None:
        return None
    start = view.tokens[nxt].start
    linked = _word(view, nxt) in cues.links
    if linked:
        after = next((k for k in range(nxt + 1, len(view.tokens)) if view.tokens[k].kind == "word"), None)
        if after is None:
            return None
        start = view.tokens[after].start
    return next((m for m in view.mentions if m.type == "ORG" and verb.end < m.span.start and
                 (start <= m.span.start <= start + 2 if linked else
                  view.tokens[nxt].start <= m.span.start <= view.tokens[nxt].start + 2)), None)


def _person_ending_at(view: SentenceView, j: int) -> Mention | None:
    """The person whose name ends at token ``j``, past a comma (فلان، الذي)."""
    while j >= 0 and view.tokens[j].kind != "word" and view.doc.text[view.tokens[j].start : view.tokens[j].end] in "،,":
        j -= 1
    if j < 0:
        return None
    end = view.tokens[j].end
    return next((m for m in view.mentions if m.type == "PERSON" and m.span.end == end), None)
