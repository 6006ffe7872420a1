"""Members of a body stated by a verb of composition: ``ضمت اللجنة فلاناً وفلاناً``، ``لجنة
الإصلاحات التي ستضم فلاناً``، ``يتألف المجلس من فلان وفلان``. Each person named after the verb in
its clause is a member (``عضو``) of the body, the body kept in the role and the position given to
the organisation the body belongs to."""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.lexicon import lexicon
from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.post_lists import item_end
from sijill.claims.post_orgs import is_sub_body, owner_in_name, parent_before, unreferred
from sijill.doc import Entity, Span
from sijill.lang import load_json
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key

#: The role a member of a body holds (the scorer and the annotators write عضو).
_MEMBER = "عضو"


@lru_cache(maxsize=1)
def _composition_verbs() -> frozenset[str]:
    """Verbs that say a body is made of the people after them, from the titles data file."""
    return frozenset(match_key(w) for w in load_json("titles.json").get("composition_verbs", []))


@lru_cache(maxsize=1)
def _clause_ends() -> frozenset[str]:
    """Words that open another clause, whose names are no longer the list (speech verbs, relatives)."""
    data = load_json("claims.json")
    return frozenset(match_key(w) for w in list(data.get("speech_verbs", [])) + ["الذي", "التي", "الذين"])


def _verb_at(view: SentenceView) -> int | None:
    """The index of the first verb of composition in the sentence, if any."""
    verbs = _composition_verbs()
    if verbs.isdisjoint(view.all_keys):  # one test for the sentence, most have none
        return None
    for i, ks in enumerate(view.keys):
        if view.tokens[i].kind == "word" and any(k in verbs for k in ks):
            return i
    return None


def _body(view: SentenceView, verb: Span, context: list[Mention]) -> Mention | None:
    """The body composed: the organisation named right after the verb (ضمت اللجنة), else the one
    named last before it in the sentence (لجنة الإصلاحات، والتي ستضم)."""
    after = [m for m in view.mentions if m.span.start >= verb.end]
    if after and after[0].type == "ORG" and \
            not view.doc.text[verb.end : after[0].span.start].strip(" \u00a0"):
        return after[0]
    before = [m for m in view.mentions if m.span.end <= verb.start]
    if before and before[-1].type == "ORG" and \
            len(view.doc.text[before[-1].span.end : verb.start].split()) <= _BODY_REACH:
        return before[-1]
    return _named_by_word(view, verb, context)


#: How many words may stand between a body named before a verb of composition and the verb
#: (لجنة الإصلاحات، والتي ستضم): farther, the verb's subject is another noun (درس في معهد
#: كذا مما يضعه في بوتقة تضم فلاناً).
_BODY_REACH = 3


def _named_by_word(view: SentenceView, verb: Span, context: list[Mention]) -> Mention | None:
    """The body a definite word after the verb refers back to (ضمت اللجنة after لجنة الإصلاحات
    was named): the latest organisation named before whose name begins with that word."""
    nxt = next((t for t in view.tokens if t.start >= verb.end), None)
    if nxt is None or nxt.kind != "word":
        return None
    word = match_key(view.doc.text[nxt.start : nxt.end])
    if not word.startswith("ال") or len(word) < 5:
        return None
    bare = word.removeprefix("ال")
    for m in reversed(context):
        if m.span.end <= verb.start and match_key(m.entity.name.split()[0]).removeprefix("ال") == bare:
            return Mention(Span(nxt.start, nxt.end, "ORG"), m.entity)
    return None


def _members(view: SentenceView, start: int) -> list[Mention]:
    """The people named from ``start`` to the end of the clause, outside brackets (a bracket says
    more of the name before it)."""
    ends = _clause_ends()
    stops = [t.start for t, ks in zip(view.tokens, view.keys) if t.start >= start and
             (view.doc.text[t.start : t.end] in (".", "؛", ";", "!", "؟", "?") or any(k in ends for k in ks))]
    limit = min(stops, default=view.span.end)
    out: list[Mention] = []
    for m in view.mentions:
        if m.type != "PERSON" or not start <= m.span.start < limit:
            continue
        before = view.doc.text[start : m.span.start]
        if before.count("(") > before.count(")"):
            continue
        if all(o.entity is not m.entity for o in out):
            out.append(m)
    return out


def composition_members(view: SentenceView, context: list[Mention], found: list[Position]) -> list[Position]:
    """Positions of the members a verb of composition lists, in one sentence, and of the members
    of a board a decree names (see ``board_members``); a person ``found`` holding a post of the
    same organisation in it is named for that post, not as a member."""
    return _composed(view, context, found) + board_members(view, context, found)


def _composed(view: SentenceView, context: list[Mention], found: list[Position]) -> list[Position]:
    i = _verb_at(view)
    if i is None:
        return []
    tok = view.tokens[i]
    verb = Span(tok.start, tok.end, "VERB")
    body = _body(view, verb, context)
    if body is None or unreferred(body.entity):
        return []
    org: Entity = body.entity
    role = _MEMBER
    if is_sub_body(org):
        # ضمت لجنة الإصلاحات: a body inside the organisation the text is about.
        parent = parent_before(context + [m for m in view.mentions if m.type == "ORG"],
                               Span(body.span.start, body.span.start, "ORG"), org, view)
        if parent is not None:  # else the body is the organisation the text is about
            role, org = f"{_MEMBER} {body.entity.name}", parent
    start = body.span.end if body.span.start >= verb.end else verb.end
    out: list[Position] = []
    for person in _members(view, start):
        if any(p.person is person.entity and p.org is org for p in found):
            continue
        pos = Position(person.entity, role, org, "current",
                       (min(verb.start, body.span.start), max(person.span.end, body.span.end)))
        pos.body = body.entity if role != _MEMBER else None
        out.append(pos)
    return out


@lru_cache(maxsize=1)
def _boards() -> dict[str, frozenset[str]]:
    """The cue words of ``lang/ar/boards.json`` as matching keys."""
    data = load_json("boards.json")
    return {k: frozenset(match_key(w) for w in v) for k, v in data.items() if not k.startswith("_")}


def board_members(view: SentenceView, context: list[Mention], found: list[Position]) -> list[Position]:
    """Members of a board a decree names: the people listed after the colon that a plural member
    post with its body opens (تعيين الآتية أسماؤهم أعضاء في مجلس إدارة الهيئة ...: فلان ممثلاً عن
    الوزارة، وفلان), and the one named after a noun of membership with the body after him
    (تجديد عضوية فلان ممثلاً عن الوزارة في مجلس إدارة الهيئة)."""
    cues = _boards()
    out: list[Position] = []
    for title in view.titles:
        if not title.data.get("plural") or match_key(str(title.data.get("role", ""))) not in cues["member_posts"]:
            continue
        body = _body_after(view, title.end, cues)
        opener = _list_opener(view, body.span.end, cues) if body is not None else None
        if body is None or opener is None or not _given(view, title.start):
            continue  # أصدقاء وأعضاء التجمع الذين شاركوا: مصطفى ...: guests, no post given
        people = [m for m in view.mentions if m.type == "PERSON" and m.span.start > opener]
        out += _members_of(view, context, found, body, people, title.start)
    for i, ks in enumerate(view.keys if not cues["membership_nouns"].isdisjoint(view.all_keys) else ()):
        if view.tokens[i].kind != "word" or not any(k in cues["membership_nouns"] for k in ks):
            continue
        person = next((m for m in view.mentions if m.span.start >= view.tokens[i].end), None)
        if person is None or person.type != "PERSON" or _words_before(view, view.tokens[i].end, person.span.start):
            continue
        body = _body_after(view, item_end(view, person), cues)
        if body is not None:
            out += _members_of(view, context, found, body, [person], view.tokens[i].start)
    return out


def _words_before(view: SentenceView, start: int, end: int) -> bool:
    """Whether words other than honorifics and a slash (الأستاذ / فلان) stand in ``[start, end)``."""
    words = view.doc.text[start:end].replace("/", " ").split()
    return any(strip_honorifics(f"{w} _") != "_" for w in words)


def _body_after(view: SentenceView, start: int, cues: dict[str, frozenset[str]]) -> Mention | None:
    """The organisation named right after ``start``, past a link word (في مجلس إدارة الهيئة)."""
    nxt = next((m for m in view.mentions if m.span.start >= start), None)
    if nxt is None or nxt.type != "ORG":
        return None
    words = [match_key(w) for w in view.doc.text[start : nxt.span.start].split()]
    if len(words) > 1 or any(w not in cues["body_links"] for w in words):
        return None
    return nxt


def _given(view: SentenceView, before: int) -> bool:
    """Whether a verb or noun of appointment or election stands in the sentence before ``before``
    (تعيين، انتخاب، تسمية): the post is given to the people listed."""
    lex = lexicon()
    return any(tok.end <= before and (lex.verbs[t].match(ks) or lex.nouns[t].match(ks))
               for tok, ks in zip(view.tokens, view.keys) for t in ("APPOINTMENT", "ELECTION"))


def _list_opener(view: SentenceView, start: int, cues: dict[str, frozenset[str]]) -> int | None:
    """Where the list after a member post opens: the first colon after ``start`` with no name
    and no other clause (a relative pronoun, a speech verb) before it."""
    ends = _clause_ends()
    for tok, ks in zip(view.tokens, view.keys):
        if tok.start < start:
            continue
        if any(m.span.start <= tok.start < m.span.end and m.type == "PERSON" for m in view.mentions) or \
                any(k in ends for k in ks):
            return None
        if view.doc.text[tok.start : tok.end] in cues["list_openers"]:
            return tok.end
    return None


def _members_of(view: SentenceView, context: list[Mention], found: list[Position], body: Mention,
                people: list[Mention], at: int) -> list[Position]:
    """A member's position in ``body`` for each of ``people``: in the organisation the body is a
    board of (مجلس إدارة الهيئة: عضو مجلس إدارة of الهيئة), else in the body itself."""
    role, org = _MEMBER, body.entity
    owned = owner_in_name(body.entity, view.doc, body.span.start)
    if owned is not None:
        org, role = owned[0], f"{_MEMBER} {owned[1]}"
    elif is_sub_body(body.entity):
        parent = parent_before(context + [m for m in view.mentions if m.type == "ORG"],
                               Span(body.span.start, body.span.start, "ORG"), body.entity, view)
        if parent is not None:
            org, role = parent, f"{_MEMBER} {body.entity.name}"
    if unreferred(org):
        return []
    out: list[Position] = []
    for person in people:
        if any(p.person is person.entity and p.org is org for p in found):
            continue
        pos = Position(person.entity, role, org, "current",
                       (min(at, person.span.start), max(person.span.end, body.span.end)))
        pos.body = body.entity if role != _MEMBER else None
        out.append(pos)
    return out
