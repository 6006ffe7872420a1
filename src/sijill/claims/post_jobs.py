"""Posts given as a job in an appointment, the way cabinet and decree lists state them:
``تعيين فلان على وظيفة (وكيل الوزارة للشؤون العمالية) بالمرتبة 15 بوزارة العمل``، ``تعيين فلان في
وظيفة مدير عام بوزارة الداخلية``. The role is the job's name as written, up to its grade or the
body it is in; the organisation is the body named last in the item (بالمحكمة العليا بوزارة العدل:
the ministry)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.lexicon import lexicon
from sijill.claims.model import Mention, Position, SentenceView
from sijill.doc import Entity
from sijill.lang import load_json
from sijill.names.titles import is_preposition
from sijill.text.normalize import match_key

#: The longest job name read, in words (a runaway item ends there).
_MAX_JOB_WORDS = 12
#: Marks that end a job's name, and marks that may open it (وظيفة «مستشار أمني»).
_ENDS = frozenset("،,.:؛;)]»”\"")
_OPENERS = frozenset("([«“\"")
_TYPES = ("APPOINTMENT",)


@dataclass(frozen=True, slots=True)
class _Cues:
    nouns: frozenset[str]
    links: frozenset[str]
    ends: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The ``jobs`` words of ``lang/ar/titles.json`` as matching keys."""
    data = load_json("titles.json").get("jobs", {})
    return _Cues(*(frozenset(match_key(w) for w in data.get(k, [])) for k in ("nouns", "links", "ends")))


def job_posts(view: SentenceView, found: list[Position]) -> list[Position]:
    """Positions of the people an appointment gives a job in one sentence; a post ``found``
    already for the same person and organisation is not made twice."""
    cues = _cues()
    out: list[Position] = []
    for i, tok in enumerate(view.tokens):
        if tok.kind != "word" or not view.keys[i] or view.keys[i][0] not in cues.nouns:
            continue
        key = view.keys[i][0]
        first = i
        if not key.startswith(("ب", "ل")):
            if i == 0 or _key(view, i - 1) not in cues.links:
                continue
            first = i - 1
        person = _named_before(view, view.tokens[first].start)
        if person is None or not _appointed(view, person.span.start):
            continue
        role, end = _job_name(view, i + 1, cues)
        if not role or match_key(role.split()[0]) in cues.links or is_preposition(role.split()[0]):
            continue  # عين فلان على وظيفة في الشركة: a job with no name
        org = _body_after(view, end)
        if any(p.person is person.entity and (p.org is org if org else p.role == role) for p in found + out):
            continue
        stop = max([end] + [m.end for m in (org.mentions if org else []) if view.span.start <= m.start < view.span.end])
        out.append(Position(person.entity, role, org, "current", (person.span.start, stop)))
    return out


def _key(view: SentenceView, i: int) -> str:
    return match_key(view.doc.text[view.tokens[i].start : view.tokens[i].end])


def _named_before(view: SentenceView, at: int) -> Mention | None:
    """The person named right before ``at`` (تعيين فلان على وظيفة), nothing between."""
    before = [m for m in view.mentions if m.span.end <= at]
    if not before or before[-1].type != "PERSON" or view.doc.text[before[-1].span.end : at].strip():
        return None
    return before[-1]


def _appointed(view: SentenceView, before: int) -> bool:
    """Whether a verb or noun of appointment stands before ``before`` in the sentence (تعيين)."""
    lex = lexicon()
    return any(tok.end <= before and (lex.verbs[t].match(ks) or lex.nouns[t].match(ks))
               for tok, ks in zip(view.tokens, view.keys) for t in _TYPES)


def _job_name(view: SentenceView, i: int, cues: _Cues) -> tuple[str, int]:
    """The job's name from token ``i`` (inside brackets or not) and where it ends: before a mark,
    a grade (بالمرتبة) or a body named with ب (بوزارة العدل)."""
    words: list[str] = []
    end = view.tokens[i - 1].end
    for tok in view.tokens[i:]:
        text = view.doc.text[tok.start : tok.end]
        if text in _OPENERS and not words:
            continue
        if text in _ENDS or match_key(text) in cues.ends or len(words) >= _MAX_JOB_WORDS or \
                (words and text.startswith("ب") and _opens_a_name(view, tok.start)):
            break
        words.append(text)
        end = tok.end
    return " ".join(words), end


def _opens_a_name(view: SentenceView, at: int) -> bool:
    """Whether an organisation's or place's name starts in the word at ``at``."""
    return any(m.type != "PERSON" and at <= m.span.start < at + 3 for m in view.mentions)


def _body_after(view: SentenceView, end: int) -> Entity | None:
    """The organisation named last after the job, before the next person (بالمرتبة 14 بالمحكمة
    العليا بوزارة العدل: the ministry)."""
    org: Entity | None = None
    for m in view.mentions:
        if m.span.start < end:
            continue
        if m.type == "PERSON":
            break
        if m.type == "ORG":
            org = m.entity
    return org
