"""What a learned claim decision sees of a candidate position: how its title, person and
organisation sit in the sentence, as named features (``name=value`` -> 1.0).

The features are generic (distances, punctuation, which side of the title the person is on,
where the organisation came from, the coarse role class); nothing names a word of one outlet,
country or body, so a model trained on some outlets can judge others.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from sijill.claims.lexicon import lexicon
from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.positions import is_sub_body
from sijill.doc import Doc, Entity, Span
from sijill.evaluate import role_key as _role_key
from sijill.text.normalize import match_key

Features = dict[str, float]

#: Separators that end an apposition or a list item between a title and a name.
_COMMAS = frozenset(("،", ",", "؛", ";", ":", "(", ")", "-", "–", "—"))
_QUOTES = frozenset(("\"", "«", "»", "“", "”", "'"))


@lru_cache(maxsize=4096)
def role_key(role: str) -> str:
    """The scorer's coarse role class (HEAD, MEMBER...), cached: candidates repeat roles."""
    return _role_key(role)


def _bucket(n: int, edges: Sequence[int]) -> str:
    """``n`` as the first edge it does not pass (``0``, ``1``, ``2``, ``3+``...)."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _view_of(views: Sequence[SentenceView], starts: list[int], offset: int) -> SentenceView | None:
    k = bisect_right(starts, offset) - 1
    return views[k] if k >= 0 else None


def _mention_of(view: SentenceView, entity: Entity | None, near: int) -> Mention | None:
    """The mention of ``entity`` in the sentence closest to offset ``near``."""
    if entity is None:
        return None
    found = [m for m in view.mentions if m.entity is entity]
    return min(found, key=lambda m: abs(m.span.start - near)) if found else None


def title_of(view: SentenceView, p: Position) -> Span | None:
    """The title that states the position: inside its evidence, and the role starts with it."""
    lo, hi = p.evidence
    fits = [t for t in view.titles if t.start >= lo and t.end <= hi and
            (p.role.startswith(str(t.data.get("head", ""))) or
             p.role.startswith(str(t.data.get("role", ""))))]
    if not fits:
        fits = [t for t in view.titles if t.start < hi and t.end > lo]
    if not fits:
        return None
    anchor = _mention_of(view, p.person, lo)
    at = anchor.span.start if anchor is not None else lo
    return min(fits, key=lambda t: abs(t.start - at))


def _gap(view: SentenceView, start: int, end: int) -> tuple[list[str], int]:
    """The texts of the tokens in ``[start, end)`` and how many of them are words."""
    texts = [view.doc.text[t.start : t.end] for t in view.tokens if t.start >= start and t.end <= end]
    return texts, sum(1 for t in view.tokens if t.start >= start and t.end <= end and t.kind == "word")


def _gap_features(view: SentenceView, start: int, end: int, prefix: str) -> Features:
    """Distance, punctuation, conjunction and other entities between two spans."""
    texts, words = _gap(view, start, end)
    out: Features = {f"{prefix}_words={_bucket(words, (0, 1, 2, 4, 8))}": 1.0}
    if any(t in _COMMAS for t in texts):
        out[f"{prefix}_comma"] = 1.0
    if any(t in _QUOTES for t in texts):
        out[f"{prefix}_quote"] = 1.0
    if any(t == "و" or (t.startswith("و") and len(t) > 3) for t in texts):
        out[f"{prefix}_wa"] = 1.0
    for kind in ("PERSON", "ORG", "LOC"):
        if view.between(start, end, (kind,)):
            out[f"{prefix}_has_{kind}"] = 1.0
    if any(t.start >= start and t.end <= end for t in view.titles):
        out[f"{prefix}_has_title"] = 1.0
    if _has_verb(view, start, end):
        out[f"{prefix}_verb"] = 1.0
    return out


def _has_verb(view: SentenceView, start: int, end: int) -> bool:
    """Whether a speech or event verb of the claims lexicon stands in ``[start, end)``: a new
    clause (وتحدث رئيس ...), whose title is not the one of the name before it."""
    lex = lexicon()
    for tok, keys in zip(view.tokens, view.keys):
        if tok.start >= start and tok.end <= end and tok.kind == "word" and (
                lex.speech_verbs.match(keys) or lex.hold_verbs.match(keys) or
                any(forms.match(keys) for forms in lex.verbs.values())):
            return True
    return False


def _is_nisba(word: str) -> bool:
    """A definite relational adjective (الفلسطيني، السورية): after a title it makes the post a
    state's or a nation's (الرئيس الفلسطيني), not an organisation's."""
    key = match_key(word)
    return len(key) > 4 and key.startswith("ال") and key.endswith(("ي", "يه"))


def _nisba_after(view: SentenceView, title: Span) -> bool:
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    return nxt is not None and nxt.kind == "word" and _is_nisba(view.doc.text[nxt.start : nxt.end])


def _sentences_back(views: Sequence[SentenceView], view: SentenceView, org: Entity) -> int:
    """How many sentences before ``view`` the organisation was last named (99: never)."""
    last = max((m.start for m in org.mentions if m.start < view.span.start), default=None)
    if last is None:
        return 99
    return sum(1 for v in views if last < v.span.start <= view.span.start)


def _person_in_list(view: SentenceView, person: Mention) -> bool:
    """Whether another person stands next to this one across only ، or و (a list of names)."""
    for m in view.mentions:
        if m.type != "PERSON" or m is person:
            continue
        lo, hi = (m.span.end, person.span.start) if m.span.end <= person.span.start else \
            (person.span.end, m.span.start)
        if hi < lo or hi - lo > 4:
            continue
        between = view.doc.text[lo:hi].replace("،", "").replace(",", "").strip()
        if between in ("", "و"):
            return True
    return False


def _org_place(view: SentenceView, title: Span | None, org: Mention | None,
               person: Mention | None, has_org: bool) -> str:
    if not has_org:
        return "none"
    if org is None:
        return "context"
    if title is None:
        return "no_title"
    if title.start <= org.span.start < title.end:  # the title may end inside the name
        return "in_title"
    if org.span.start >= title.end:
        beyond = person is not None and person.span.start >= title.end and org.span.start > person.span.end
        return "after_person" if beyond else "after_title"
    return "before_title"


#: ``is_sub_body`` by entity: the readings of a document repeat a few organisations. The entity
#: is kept beside its answer so that its id cannot be reused while remembered.
_SUB_BODY: dict[int, tuple[Entity, bool]] = {}


def _sub_body(org: Entity) -> bool:
    hit = _SUB_BODY.get(id(org))
    if hit is None or hit[0] is not org:
        if len(_SUB_BODY) > 512:
            _SUB_BODY.clear()
        hit = _SUB_BODY[id(org)] = (org, is_sub_body(org))
    return hit[1]


def _entity_features(p: Position, person: Mention | None, org: Mention | None) -> Features:
    out: Features = {}
    n_words = len(p.person.name.split())
    out[f"person_words={_bucket(n_words, (1, 2, 3))}"] = 1.0
    out[f"person_mentions={_bucket(len(p.person.mentions), (1, 2, 4))}"] = 1.0
    if p.person.data.get("latin"):
        out["person_latin"] = 1.0
    if person is not None and person.span.data.get("rule"):
        out["person_rule"] = 1.0
    if p.org is not None:
        out[f"org_type={p.org.type}"] = 1.0
        out[f"org_words={_bucket(len(p.org.name.split()), (1, 2, 3, 5))}"] = 1.0
        out[f"org_mentions={_bucket(len(p.org.mentions), (1, 2, 4))}"] = 1.0
        if any(m.data.get("canonical") for m in p.org.mentions):
            out["org_known"] = 1.0
        if p.org.type == "ORG" and _sub_body(p.org):
            out["org_sub_body"] = 1.0
        if org is not None and org.span.data.get("backref"):
            out["org_backref"] = 1.0
    return out


def _doc_features(p: Position, positions: Sequence[Position], by_person: Counter[int]) -> Features:
    """How the candidate sits among the document's other candidates."""
    out: Features = {f"person_posts={_bucket(by_person[id(p.person)], (1, 2, 3))}": 1.0}
    key = role_key(p.role)
    rivals = [q for q in positions if q is not p and q.person is p.person and role_key(q.role) == key]
    if any(q.org is not p.org for q in rivals):
        out["same_role_other_org"] = 1.0
    if any(q.evidence == p.evidence and q.org is not p.org for q in rivals):
        out["shared_title"] = 1.0
    holders = {id(q.person) for q in positions if q.org is p.org and role_key(q.role) == key}
    if p.org is not None and len(holders) > 1:
        out["org_role_shared"] = 1.0
    return out


def position_features(doc: Doc, views: Sequence[SentenceView], positions: Sequence[Position],
                      titles: Sequence[Span | None] | None = None,
                      peers: Sequence[Position] | None = None) -> list[Features]:
    """One feature dict per candidate position, in order. ``titles``: the title each reads,
    when known (else found from its evidence); ``peers``: the positions the rules found in the
    document, to compare each candidate with (default: ``positions``)."""
    starts = [v.span.start for v in views]
    others = positions if peers is None else peers
    by_person: Counter[int] = Counter(id(p.person) for p in others)
    return [_one(_view_of(views, starts, p.evidence[0]), p, others, by_person, views,
                 titles[n] if titles is not None else None)
            for n, p in enumerate(positions)]


def _one(view: SentenceView | None, p: Position, positions: Sequence[Position],
         by_person: Counter[int], views: Sequence[SentenceView], given: Span | None) -> Features:
    key = role_key(p.role)
    out: Features = {f"role={key if key.isupper() else 'OTHER'}": 1.0, f"status={p.status}": 1.0}
    if p.stated:
        out["stated"] = 1.0
    if p.body is not None:
        out["body"] = 1.0
    out.update(_doc_features(p, positions, by_person))
    if view is None:
        out["no_sentence"] = 1.0
        return out
    if view is views[0]:
        out["headline"] = 1.0
    title = given if given is not None else title_of(view, p)
    person = _mention_of(view, p.person, title.start if title else p.evidence[0])
    org = _mention_of(view, p.org, title.end if title else p.evidence[0])
    out.update(_entity_features(p, person, org))
    out[f"org={_org_place(view, title, org, person, p.org is not None)}"] = 1.0
    if p.org is not None and org is None:
        out[f"org_back={_bucket(_sentences_back(views, view, p.org), (1, 2, 4))}"] = 1.0
    out[f"sent_people={_bucket(len({id(m.entity) for m in view.mentions if m.type == 'PERSON'}), (1, 2, 4))}"] = 1.0
    out[f"sent_titles={_bucket(len(view.titles), (1, 2, 4))}"] = 1.0
    if title is None or person is None:
        out["no_title" if title is None else "no_person_mention"] = 1.0
        return out
    if title.data.get("accusative"):
        out["accusative"] = 1.0
    if title.data.get("modifier"):
        out["modifier"] = 1.0
    place = next(k for k in out if k.startswith("org="))
    side = "after" if person.span.start >= title.end else "before"
    out[f"{place}&side={side}"] = 1.0
    if _nisba_after(view, title) or (title.data.get("modifier") and _is_nisba(str(title.data["modifier"]))):
        out["title_nisba"] = 1.0
        out[f"{place}&title_nisba"] = 1.0
    if org is not None and person.span.end <= org.span.start:
        out[f"org_past_person_words={_bucket(_gap(view, person.span.end, org.span.start)[1], (0, 1, 3, 6))}"] = 1.0
    if person.span.start >= title.end:
        out["side=after"] = 1.0
        out.update(_gap_features(view, title.end, person.span.start, "tp"))
    else:
        out["side=before"] = 1.0
        out.update(_gap_features(view, person.span.end, title.start, "tp"))
    if _person_in_list(view, person):
        out["person_in_list"] = 1.0
    if org is not None and org.span.start >= title.end:
        out.update(_gap_features(view, title.end, org.span.start, "to"))
    return out
