"""Heads of an organisation stated in a relative clause after its name: ``التيار الوطني الحر
والذي يترأسه الزعيم المسيحي فلان``، ``الحكومة التي يرأسها فلان``، ``الكتلة التي يتزعمها رئيس
البرلمان فلان``، ``مجلس الإدارة الذي يقوده الشيخ فلان``. The organisation is the one the relative
pronoun follows, the holder the person right after the verb; a body of an organisation
(مجلس الإدارة) stays in the role and the post goes to the organisation it belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.post_meetings import a_meeting
from sijill.claims.post_orgs import is_sub_body, parent_before, unreferred
from sijill.doc import Entity, Span
from sijill.lang import load_json
from sijill.names.titles import is_preposition
from sijill.text.normalize import match_key

#: How many words may stand between the organisation and its relative pronoun (an adjective
#: phrase: المتحالف مع حزب الله والذي), and between the verb and the holder's name (honorifics,
#: a title and its adjectives: الزعيم المسيحي، رئيس البرلمان).
_ANTECEDENT_WORDS = 6
_HOLDER_WORDS = 4
#: How many words before the verb its relative pronoun may stand (الذي يشرف على المفاوضات ويرأسه).
_RELATIVE_WORDS = 6
#: Marks that end a clause: a name across one is not the clause's.
_BREAKS = frozenset("،,.:؛;!؟?")


@dataclass(frozen=True, slots=True)
class _Cues:
    #: Every written form of a verb of heading with its object pronoun, and the post it states.
    forms: dict[str, str]
    #: The forms of ``forms`` in the past (رأسها، تزعمه): a post held before.
    ended: frozenset[str]
    relatives: frozenset[str]
    past: frozenset[str]
    ministries: dict[str, str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The verbs, pronouns and past words of ``headed_by`` in ``lang/ar/titles.json``."""
    data = load_json("titles.json").get("headed_by", {})
    roles = {match_key(k): v for k, v in data.get("verbs", {}).items()}
    objects = [match_key(o) for o in data.get("objects", [])]
    # و or ف may join the verb (ويرأسه); the object pronoun is the organisation. Every form is
    # listed so that each word of the text costs one lookup.
    forms = {f"{c}{verb}{o}": role for verb, role in roles.items() for o in objects for c in ("", "و", "ف")}
    # الحكومة التي رأسها فلان: a verb in the past says the post was held before.
    done = {match_key(k): v for k, v in data.get("past_verbs", {}).items()}
    ended = frozenset(f"{c}{verb}{o}" for verb in done for o in objects for c in ("", "و", "ف"))
    forms.update({f"{c}{verb}{o}": role for verb, role in done.items() for o in objects for c in ("", "و", "ف")})
    return _Cues(forms, ended,
                 frozenset(match_key(w) for w in data.get("relatives", [])),
                 frozenset(match_key(w) for w in data.get("past", [])),
                 {match_key(k): v for k, v in data.get("ministries", {}).items()})


def headed_by(view: SentenceView, context: list[Mention], found: list[Position]) -> list[Position]:
    """Positions of the heads that relative clauses of heading name in one sentence; a post
    ``found`` already (the same person, role and organisation) is not made twice."""
    cues = _cues()
    out: list[Position] = []
    for i, tok in enumerate(view.tokens):
        role = cues.forms.get(view.keys[i][0]) if tok.kind == "word" and view.keys[i] else None
        if role is None:
            continue
        relative = _relative_before(view, i, cues)
        holder = _holder_after(view, tok.end)
        if relative is None or holder is None:
            continue
        org = _antecedent(view, view.tokens[relative].start)
        if org is None or unreferred(org.entity, media_only=True):
            continue  # الحكومة التي يرأسها فلان heads the government; a medium holds no posts
        role, target = _role_and_org(view, context, org, role)
        if any(p.person is holder.entity and p.org is target and p.role == role for p in found + out):
            continue
        status = "former" if i > 0 and _word(view, i - 1) in cues.past or view.keys[i][0] in cues.ended else "current"
        pos = Position(holder.entity, role, target, status, (org.span.start, holder.span.end))
        pos.stated = status == "former"
        pos.body = org.entity if target is not org.entity else None
        out.append(pos)
    return out


def _word(view: SentenceView, i: int) -> str:
    return match_key(view.doc.text[view.tokens[i].start : view.tokens[i].end])


def _relative_before(view: SentenceView, i: int, cues: _Cues) -> int | None:
    """The index of the relative pronoun the verb at ``i`` belongs to: within a few words before
    it, no clause mark between (الذي يشرف على المفاوضات ويرأسه)."""
    for j in range(i - 1, max(-1, i - 1 - _RELATIVE_WORDS), -1):
        text = view.doc.text[view.tokens[j].start : view.tokens[j].end]
        if text in _BREAKS:
            return None
        key = match_key(text)
        if key in cues.relatives or (key.startswith("و") and key[1:] in cues.relatives):
            return j
    return None


def _holder_after(view: SentenceView, start: int) -> Mention | None:
    """The person named right after the verb, past honorifics and a title (يترأسه الزعيم المسيحي
    فلان), no clause mark between."""
    person = next((m for m in view.mentions if m.span.start >= start and m.type == "PERSON"), None)
    if person is None:
        return None
    between = view.doc.text[start : person.span.start]
    # A title's words count as one (يرأسها عضو مجلس الإدارة الحالية الدكتور فلان), and the
    # organisation it names is no name of its own (يتزعمها رئيس البرلمان فلان).
    titled = [t for t in view.titles if start <= t.start and t.end <= person.span.start]
    if any(start <= m.span.start < person.span.start and
           not any(t.start <= m.span.start and m.span.end <= t.end for t in titled) for m in view.mentions):
        return None
    words = len(between.split()) - sum(len(view.doc.text[t.start : t.end].split()) - 1 for t in titled)
    if any(c in _BREAKS for c in between) or words > _HOLDER_WORDS:
        return None
    return person


def _antecedent(view: SentenceView, at: int) -> Mention | None:
    """The organisation a relative pronoun at ``at`` follows: the last named within a few words
    before it, past one that is a preposition's object (التيار المتحالف مع حزب الله والذي)."""
    found: Mention | None = None
    for m in reversed(view.mentions):
        if m.span.end > at:
            continue
        # A comma may set the clause off from its organisation (اللجنة النفسية، التي يترأسها).
        between = view.doc.text[m.span.end : at].rstrip().removesuffix("،").removesuffix(",")
        if any(c in _BREAKS for c in between) or len(between.split()) > _ANTECEDENT_WORDS or \
                any(a_meeting((match_key(w),)) for w in between.split()):
            break  # اللجنة في اجتماعها، الذي ترأسه فلان: the clause is the meeting's
        if m.type == "PERSON":
            break  # الحزب الذي ينتمي إليه فلان الذي يترأسه: the clause is the person's
        if m.type != "ORG":
            continue
        before = view.doc.text[view.span.start : m.span.start].split()
        if found is None and before and is_preposition(before[-1]):
            found = m  # kept only if no organisation stands before it
            continue
        return m
    return found


def _role_and_org(view: SentenceView, context: list[Mention], org: Mention, role: str) -> tuple[str, Entity]:
    """The post and its organisation: a body's head (مجلس الإدارة الذي يقوده فلان) heads the body
    of the organisation it belongs to."""
    first, _, rest = org.entity.name.partition(" ")
    minister = _cues().ministries.get(match_key(first))
    if minister is not None and rest:
        return f"{minister} {rest}", org.entity  # وزارة الصيد البحري التي يقودها فلان: its minister
    if not is_sub_body(org.entity):
        return role, org.entity
    parent = parent_before(context + [m for m in view.mentions if m.type == "ORG"],
                           Span(org.span.start, org.span.start, "ORG"), org.entity, view)
    if parent is None:
        return role, org.entity
    return f"{role} {org.entity.name}", parent
