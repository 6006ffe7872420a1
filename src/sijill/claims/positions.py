"""Positions from the ways Arabic news states who holds which post.

- title before the name: ``رئيس الهيئة الدكتور بدر جاموس``، ``المدير التنفيذي لـ"وحدة دعم
  الاستقرار" منذر سلال`` (one person may carry several titles: ``عضو ... ومدير ... فلان``);
- name then title (apposition): ``سليمان السلامة عضو مكتب العلاقات``، ``فلان، رئيساً للمكتب``,
  and chains of titles after one name;
- a title with no name beside it, after a copula (``لأنه سيكون رئيساً لمجلس ...``): the person
  last named in the sentence.

The organisation is the top-level one: in ``رئيس المكتب التنفيذي للتجمع`` the body stays in the
role and the position goes to the organisation named last in the genitive chain; organisations
joined by و each get the position. Status comes from the words around the title (data file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.lexicon import Lexicon
from sijill.claims.model import Mention, Position, SentenceView
from sijill.doc import Entity, Span
from sijill.lang import load_json
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key

#: Tokens that may stand between a title and the name it belongs to.
_MAX_GAP_WORDS = 9
_MAX_APPOSITION_GAP = 2


@lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """Names of bodies inside organisations (المكتب التنفيذي), from the titles data file."""
    return frozenset(match_key(b) for b in load_json("titles.json")["bodies"])


def _words_between(view: SentenceView, start: int, end: int) -> list[int]:
    """Indices of tokens in ``[start, end)`` that no mention or title covers."""
    covered = [(m.span.start, m.span.end) for m in view.mentions] + \
              [(t.start, t.end) for t in view.titles]
    out = []
    for i, tok in enumerate(view.tokens):
        if tok.kind == "word" and tok.start >= start and tok.end <= end and \
                not any(s <= tok.start < e for s, e in covered):
            out.append(i)
    return out


def _content_words(view: SentenceView, start: int, end: int) -> list[int]:
    """The words of ``[start, end)`` outside mentions and titles that are not honorifics."""
    return [i for i in _words_between(view, start, end)
            if strip_honorifics(view.doc.text[view.tokens[i].start : view.tokens[i].end] + " _") != "_"]


def _clause_break(view: SentenceView, start: int, end: int, listing: bool = False) -> bool:
    """Whether ``[start, end)`` holds a clause boundary (a relative pronoun or a stop); a colon
    opens the list of a plural post (أعضاء اللجنة، وهم: ...) when ``listing``."""
    for tok, ks in zip(view.tokens, view.keys):
        if tok.start >= start and tok.end <= end:
            text = view.doc.text[tok.start : tok.end]
            if text == ":" and listing:
                continue
            if text == "." and view.doc.text[max(0, tok.start - 2) : tok.start - 1] in ("", " ", "(", "\n"):
                continue  # د. فلان: the stop of a one-letter abbreviation
            if text in (".", "؛", ";", ":", "!", "؟", "?") or "الذي" in ks or "التي" in ks:
                return True
    return False


def _person_after(view: SentenceView, title: Span) -> Mention | None:
    """The person a title introduces: the next PERSON, with nothing person-like between."""
    skipped = False
    for m in view.mentions:
        if m.span.start < title.end:
            continue
        if m.type != "PERSON":
            continue
        if not skipped and any(title.end <= t.start and t.end <= m.span.start and _genitive(view, t)
                               for t in view.titles):
            # المتحدث باسم مكتب رئيس الوزراء فلان علان: فلان holds the post in the complement.
            skipped = True
            continue
        gap = _words_between(view, title.end, m.span.start)
        if len(gap) > _MAX_GAP_WORDS or _clause_break(view, title.end, m.span.start,
                                                      bool(title.data.get("plural"))):
            return None
        between = [t for t in view.titles if t.start >= title.end and t.end <= m.span.start]
        if between and (len(gap) > 5 or any(t.data.get("phrase") for t in between)):
            return None
        if any(t.data.get("kind") == "post" for t in between) and \
                _qualified_alone(view, title, between[0].start):
            # الرئيس التونسي وزير الداخلية فلان: the first post is someone else's.
            return None
        return m
    return None


def _new_item_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a new item of a list (و with an honorific or a title: ومعالي وزير الدولة) begins
    in ``[start, end)``: the name after it is that item's, not this title's."""
    text = view.doc.text
    starts = {t.start for t in view.titles}
    for tok in view.tokens:
        if start <= tok.start and tok.end <= end and text[tok.start] == "و" and tok.end - tok.start > 2:
            word = text[tok.start + 1 : tok.end]
            if tok.start + 1 in starts or strip_honorifics(f"{word} _") == "_":
                return True
    return False


def _genitive(view: SentenceView, title: Span) -> bool:
    """Whether a title is written with ل as the complement of what precedes it (لرئيس الوزراء)."""
    text = view.doc.text
    return text[title.start : title.start + 1] == "ل" or text[title.start - 1 : title.start] == "ل"


def _bracket_owner(view: SentenceView, title: Span) -> Mention | None:
    """The person named right before the bracket a title stands in: ``فلان (رئيس الاتحاد)``."""
    text = view.doc.text
    opened = text.rfind("(", view.span.start, title.start)
    if opened < 0 or ")" in text[opened : title.start]:
        return None
    return next((m for m in reversed(view.mentions) if m.type == "PERSON" and
                 m.span.end <= opened and not text[m.span.end : opened].strip()), None)


def _qualified_alone(view: SentenceView, title: Span, end: int) -> bool:
    """Whether only adjectives such as a nationality (التونسي) stand between a title and the
    next title at ``end``: a post named for itself, not the first of one person's titles."""
    gap = _words_between(view, title.end, end)
    words = [view.doc.text[view.tokens[i].start : view.tokens[i].end] for i in gap]
    return bool(words) and all(_is_modifier(w) for w in words) and not any(
        m.type == "ORG" and title.end <= m.span.start < end for m in view.mentions)


def _person_before(view: SentenceView, title: Span, owners: dict[int, Mention]) -> Mention | None:
    """The person a title follows in apposition, across a chain of titles of that person."""
    prev_end = view.span.start
    owner: Mention | None = None
    for m in view.mentions:
        if m.type == "PERSON" and m.span.end <= title.start and m.span.end >= prev_end:
            prev_end, owner = m.span.end, m
        elif m.type == "PERSON" and m.span.start < title.start < m.span.end <= title.end:
            return m  # the name ran into the title after it (خالد العلي نائباً لرئيس المجلس)
    for t in view.titles:  # a title of the same person in between: the chain goes on
        if t.end <= title.start and t.start >= prev_end and id(t) in owners:
            prev_end, owner = t.end, owners[id(t)]
    if owner is None:
        return None
    gap = _words_between(view, prev_end, title.start)
    texts = [view.doc.text[view.tokens[i].start : view.tokens[i].end] for i in gap]
    if len(gap) > _MAX_APPOSITION_GAP or any(t not in ("و", "وهو", "وهي", "هو", "هي")
                                             and not _is_modifier(t) for t in texts):
        return None
    return owner


def _is_modifier(word: str) -> bool:
    key = match_key(word)
    return key.startswith("ال") and (key.endswith(("ي", "يه")) or key in (
        "السابق", "السابقه", "الحالي", "الحاليه", "المنشق", "المنشقه", "المستقيل"))


def _orgs_of(view: SentenceView, title: Span, limit: int,
             posted: bool = False) -> tuple[list[Entity], bool, Entity | None]:
    """The organisations a title is a post in, whether the one found is inside the title, and
    the body a genitive chain passed through (هيئة الشؤون الخارجية في الحكومة: the هيئة).

    Organisations between the title's start and ``limit``; a genitive chain keeps its last
    (top-level) member, a coordination with و keeps all. For a ``posted`` role (ممثل، سفير)
    the first organisation is the one they serve."""
    orgs = [m for m in view.mentions if m.type == "ORG" and m.span.start >= title.start
            and m.span.end <= limit]
    if not orgs:
        return [], False, None
    outside = [m for m in orgs if m.span.start >= title.end]
    if not outside:
        return [orgs[-1].entity], True, None
    body: Entity | None = None
    chosen: list[Mention] = [outside[0]]
    for m in outside[1:]:
        between = view.doc.text[chosen[-1].span.end : m.span.start]
        words = [w.strip("\"'«»“”ـ") for w in between.replace("،", " ").split()]
        words = [w for w in words if w]
        coordinated = (not words and view.doc.text[m.span.start - 1 : m.span.start] == "و") or \
            (bool(words) and words[-1] == "و" and len(words) <= 2)
        if coordinated:
            chosen.append(m)
        elif posted:
            break
        else:
            if len(chosen) == 1 and words and match_key(words[-1]) in _CHAIN_LINKS:
                body = chosen[-1].entity
            chosen[-1] = m  # a genitive chain: the later body is the parent
    ents: list[Entity] = []
    for m in chosen:
        if m.entity not in ents:
            ents.append(m.entity)
    return ents, False, (body if body not in ents else None)


#: Words between a body and its organisation (هيئة الشؤون الخارجية في الحكومة الموقتة).
_CHAIN_LINKS = frozenset(("في", "ل", "لـ", "التابع", "التابعه", "داخل", "ضمن"))


def _role(view: SentenceView, title: Span, inside: bool, org: Entity | None) -> str:
    """The role as written: the head alone when the title's body is the organisation itself."""
    role = str(title.data.get("role", view.doc.text[title.start : title.end]))
    head = str(title.data.get("head", role))
    if inside and org is not None and role != head:
        return head
    return role


def _status(view: SentenceView, title: Span, person: Mention, lex: Lexicon) -> tuple[str, bool]:
    """``(status, stated)``: ``former``/``future``/``current`` from the title's modifier, the words
    just before it, or a successor cue before the name; ``stated`` is False for the default."""
    modifier = title.data.get("modifier")
    if modifier is not None:
        for status in ("former", "future", "current"):
            if lex.status[status].match((match_key(str(modifier)),)):
                return status, True
    idx = [i for i, t in enumerate(view.tokens) if t.end <= title.start and t.kind == "word"][-3:]
    # رئيس الوزراء العراقي السابق فلان، أعضاء اللجنة السابقين وهم: the word after the
    # title's organisation, before the name.
    idx += [i for i, t in enumerate(view.tokens)
            if title.end <= t.start and t.end <= person.span.start and t.kind == "word"][:6]
    for status in ("former", "future"):
        if any(lex.status[status].match(view.keys[i]) for i in idx):
            return status, True
    if _after_successor_cue(view, person, lex):
        return "former", True
    return "current", False


def _after_copula(view: SentenceView, title: Span, lex: Lexicon) -> bool:
    """Whether a copula stands just before an accusative title (لأنه سيكون رئيساً)."""
    idx = [i for i, t in enumerate(view.tokens) if t.end <= title.start and t.kind == "word"][-2:]
    return any(lex.status["copulas"].match(view.keys[i]) for i in idx)


def _parent_before(context: list[Mention], title: Span, body: Entity | None) -> Entity | None:
    """The organisation a sub-body in a title belongs to: the one the text has named most so
    far (its committees are the text's subject), the latest of equals."""
    counts: dict[int, int] = {}
    best: Entity | None = None
    for m in context:
        if m.span.start >= title.start or m.entity is body or m.type != "ORG" or \
                is_sub_body(m.entity) or _unreferred(m.entity):
            continue
        counts[id(m.entity)] = counts.get(id(m.entity), 0) + 1
        if best is None or counts[id(m.entity)] >= counts[id(best)]:
            best = m.entity
    return best


def _unreferred(org: Entity) -> bool:
    """A government or a medium: never the organisation a post refers to by default."""
    refs = post_references()
    return match_key(org.name).startswith(refs.government_heads + refs.unreferred_heads)


def _after_successor_cue(view: SentenceView, person: Mention, lex: Lexicon) -> bool:
    """Whether the person follows ``خلفاً لـ`` / ``ليحل مكان``: the one replaced."""
    before = [i for i, t in enumerate(view.tokens) if t.end <= person.span.start][-5:]
    words = [view.keys[i][0] for i in before]
    joined = next((t for t in view.tokens if t.start < person.span.start < t.end), None)
    if joined is not None:  # خلفاً لسمير: the preposition is written on the name
        words.append(match_key(view.doc.text[joined.start : person.span.start]))
    for cue in lex.successor_cues:
        n = len(cue)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == cue or tuple(w.rstrip("ـ") for w in words[k : k + n]) == cue:
                return True
    return False


def find_positions(view: SentenceView, lex: Lexicon, last_person: Mention | None,
                   context: list[Mention]) -> list[Position]:
    """Positions stated in one sentence. ``last_person``: the person last named before it;
    ``context``: the organisation mentions of the document so far (for a sub-body's parent)."""
    out: list[Position] = []
    owners: dict[int, Mention] = {}
    for n, title in enumerate(view.titles):
        if title.data.get("phrase") and n + 1 < len(view.titles) and \
                len(_words_between(view, title.end, view.titles[n + 1].start)) <= 1 and \
                not view.between(title.end, view.titles[n + 1].start, ("PERSON",)):
            continue  # برئاسة رئيس الوزراء فلان: the post that follows says it
        accusative = bool(title.data.get("accusative"))
        bracketed = _bracket_owner(view, title)
        listed = _list_before(view, title) if title.data.get("plural") else []
        person = None if accusative or bracketed or listed else _person_after(view, title)
        if person is not None and _person_before(view, title, owners) is not None and (
                (_content_words(view, title.end, person.span.start) and
                 any(c in view.doc.text[title.end : person.span.start] for c in "،,")) or
                sum(title.end <= t.start < person.span.start for t in view.titles) >= 2 or
                _new_item_between(view, title.end, person.span.start)):
            # فلان الأمين العام للمجلس، بشدة، تصريحات علان: the name right before it, not the
            # one farther after it.
            person = None
        next_title = view.titles[n + 1].start if n + 1 < len(view.titles) else view.span.end
        if person is not None:
            limit = min(person.span.start, next_title)
        else:
            person = bracketed or (listed[-1] if listed else None) or _person_before(view, title, owners)
            if person is None and _after_copula(view, title, lex):
                # كان المستشار القانوني ...، لأنه سيكون رئيساً ...: the subject named before.
                earlier = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= title.start]
                person = earlier[-1] if earlier else last_person
            if person is None:
                continue
            nxt = [m.span.start for m in view.mentions if m.type == "PERSON" and m.span.start >= title.end]
            limit = min(nxt + [next_title, view.span.end, title.end + 90])
        owners[id(title)] = person
        here = context + [m for m in view.mentions if m.type == "ORG"]
        role = str(title.data.get("role", ""))
        head = str(title.data.get("head", role))
        orgs, inside, body = _orgs_of(view, title, limit, lex.posted_heads.match((match_key(head),)))
        sub_body = body if body is not None and not inside else None
        if sub_body is not None:
            role = f"{role} {sub_body.name}"
            title = Span(title.start, title.end, title.label, title.value,
                         {**title.data, "role": role, "head": role})
        if inside and orgs and role != head and _is_body(orgs[0], role, head):
            # رئيس المكتب التنفيذي السابق: the body is named, its organisation is not.
            parent = _parent_before(here, title, orgs[0])
            orgs = [parent] if parent is not None else orgs
            inside = False
        elif len(orgs) == 1 and is_sub_body(orgs[0]):
            # منسق مكتب الجاليات: a post in a body of the organisation named before.
            parent = _parent_before(here, title, orgs[0])
            if parent is not None:
                role = f"{head} {orgs[0].name}" if inside else f"{role} {orgs[0].name}"
                sub_body = orgs[0]
                orgs, inside = [parent], False
                title = Span(title.start, title.end, title.label, title.value,
                             {**title.data, "role": role, "head": role})
        if not orgs and accusative and not _complement_follows(view, title):
            # انتخب المؤتمر العام للاتحاد فلاناً أميناً عاماً: the post is in the organisation
            # that elected them, named before the person.
            named = [m for m in view.mentions if m.type == "ORG" and m.span.end <= person.span.start]
            if named:
                orgs = [top_level(named[-1].entity, here, named[-1].span.start)]
        if not orgs and out and _listed_after(view, out[-1], title):
            # رئيس الائتلاف فلان، ونائب الرئيس فلان: the list shares its organisation.
            orgs = [out[-1].org] if out[-1].org is not None else []
        if not orgs:
            orgs = org_by_reference(view, title, context, lex)
        targets: list[Entity | None] = list(orgs) if orgs else [None]
        if listed:
            holders = listed  # فلان وفلان وفلان أعضاءً في اللجنة
        else:
            holders = [person] + (listed_people(view, person) if _heads_a_list(view, title, person)
                                  else _by_nationality(view, title, person))
        for holder in holders:
            status, stated = _status(view, title, holder, lex)
            for org in targets:
                ends = [title.end, holder.span.end] + [m.end for o in ([org] if org else []) for m in o.mentions
                                                       if view.span.start <= m.start < view.span.end]
                evidence = (min(title.start, holder.span.start), max(e for e in ends if e <= view.span.end))
                pos = Position(holder.entity, _role(view, title, inside, org), org, status, evidence)
                pos.stated = stated
                pos.body = sub_body
                out.append(pos)
    return out


def _heads_a_list(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether every name of the list after the title holds it: a plural post (أعضاء، نواب
    الرئيس), ``كل من`` before the names, or a colon after the title."""
    if title.data.get("plural"):
        return True
    if person.span.start < title.end or any(title.end <= t.start < person.span.start for t in view.titles):
        return False
    between = view.doc.text[title.end : person.span.start]
    return any(cue in match_key(between) for cue in _LIST_CUES)


_LIST_CUES = tuple(match_key(c) for c in ("كل من", "كلا من", "كلاً من", ":"))


def _by_nationality(view: SentenceView, title: Span, person: Mention) -> list[Mention]:
    """Holders of the same post in other states, listed by nationality alone: ``وزير الخارجية
    الأميركي فلان، والروسي فلان، والسعودي فلان``."""
    if person.span.start < title.end or not _nationality_follows(view, title):
        return []
    return listed_people(view, person, nationality=True)


def listed_people(view: SentenceView, first: Mention, nationality: bool = False) -> list[Mention]:
    """The people named after ``first`` in one list (فلان وفلان، والدكتور فلان), up to the first
    word that is not a separator or an honorific."""
    out: list[Mention] = []
    prev = first.span.end
    for m in view.mentions:
        if m.span.start < prev:
            continue
        between = view.doc.text[prev : m.span.start]
        if between.count("(") > between.count(")"):
            continue  # named inside the bracket after a name: فلان (رئيس اللجنة)
        if m.type != "PERSON" or not _only_separators(between, nationality):
            break
        out.append(m)
        prev = m.span.end
    return out


def _list_before(view: SentenceView, title: Span) -> list[Mention]:
    """The list of names a plural post follows (تسمية كل من فلان وفلان أعضاءً في اللجنة), in
    text order; empty unless the last name stands right before the post."""
    people = [m for m in view.mentions if m.span.end <= title.start]
    if not people or people[-1].type != "PERSON" or \
            not _only_separators(view.doc.text[people[-1].span.end : title.start]):
        return []
    out = [people[-1]]
    for m in reversed(people[:-1]):
        if m.type != "PERSON" or not _only_separators(view.doc.text[m.span.end : out[0].span.start]):
            break
        out.insert(0, m)
    return out if len(out) > 1 else []


_BRACKETED = re.compile(r"\([^()]{0,80}\)")


def _only_separators(between: str, nationality: bool = False) -> bool:
    """Whether only commas, و and honorifics (and, with ``nationality``, one nationality: والروسي)
    stand between two names of a list."""
    # A bracket after a name says more of it (فلان (رئيس اللجنة)، وفلان): the list goes on.
    between = _BRACKETED.sub(" ", between).replace("ـ", " ")
    words = between.replace("،", " ").replace(",", " ").replace("/", " ").split()
    nisba = 0
    for w in words:
        w = w[1:] if w.startswith("و") and len(w) > 1 else w
        if nationality and _is_modifier(w) and match_key(w) not in _STATUS_WORDS:
            nisba += 1
        elif w != "و" and strip_honorifics(f"{w} _") != "_":
            return False
    return len(words) <= 3 and nisba == int(nationality)


def _complement_follows(view: SentenceView, title: Span) -> bool:
    """Whether a word with ل follows the title (مديراً عاماً للأمن العام): its own complement."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    return nxt is not None and (nxt.proclitics.endswith("ل") or
                                view.doc.text[nxt.start : nxt.end] in ("ل", "لـ"))


def predecessors(view: SentenceView, found: list[Position], lex: Lexicon) -> list[Position]:
    """The posts of the people named after ``خلفاً لـ`` / ``ليحل مكان``: the post their successor
    took in the sentence, now ``former``."""
    out: list[Position] = []
    for m in view.mentions:
        if m.type != "PERSON" or not _after_successor_cue(view, m, lex):
            continue
        if any(p.person is m.entity for p in found):
            continue  # named with a post of their own (خلفاً للرئيس السابق فلان)
        taken = [p for p in found if p.evidence[0] < m.span.start and p.person is not m.entity]
        if not taken:
            continue
        succ = taken[-1]
        pos = Position(m.entity, succ.role, succ.org, "former",
                       (min(succ.evidence[0], m.span.start), max(succ.evidence[1], m.span.end)))
        pos.stated = True
        pos.body = succ.body
        out.append(pos)
    return out


def _listed_after(view: SentenceView, prev: Position, title: Span) -> bool:
    """Whether a title follows the previous position of the sentence in a list (، و)."""
    ends = [m.span.end for m in view.mentions if m.entity is prev.person and m.span.end <= title.start]
    between = view.doc.text[max(ends, default=prev.evidence[1]) : title.start]
    rest = between.replace("،", "").replace(",", "").replace("و", "")
    # A bare space is no list: التقى الأمين العام للجامعة فلان وزير الخارجية فلان.
    return 0 <= len(between) <= 6 and not rest.strip() and rest != between


def org_by_reference(view: SentenceView, title: Span, context: list[Mention], lex: Lexicon) -> list[Entity]:
    """The organisation of a post that names none: the one the text is about, named before.

    ``الهيئة تضم الرئيس فلان``، ``وقال رئيس الاتحاد فلان`` after the federation was named: the
    post is in the organisation last named before it. A minister's, a state's or an envoy's post,
    or one qualified by a nationality (الرئيس التركي), is not; a head of government is in the
    government named in the text, if any."""
    refs = post_references()
    role = match_key(str(title.data.get("role", "")))
    if role.startswith(refs.ministers) or lex.posted_heads.match((role.split()[0],)):
        return []
    before = [m for m in view.mentions if m.type == "ORG" and m.span.end <= title.start]
    if any(role == g or role.endswith(" " + g) for g in refs.government_posts):
        govs = [m for m in context + before + [m for m in view.mentions if m.type == "ORG"]
                if match_key(m.entity.name).startswith(refs.government_heads)]
        return [govs[-1].entity] if govs else []
    if role in refs.state_posts or _nationality_follows(view, title):
        return []
    text = view.doc.text
    candidates = before if role in refs.bare_heads else context + before
    for m in reversed(candidates):
        if m.span.start < title.start - _REFERENCE_REACH or "\n" in text[m.span.end : title.start]:
            break  # another paragraph: another story
        if m in before and _complement_of_title(view, m):
            continue  # الأمين العام للأمم المتحدة: that post's organisation, not the text's
        org = top_level(m.entity, context, m.span.start)
        if is_sub_body(org) or _unreferred(org):
            continue
        return [org]
    return []


def _complement_of_title(view: SentenceView, org: Mention) -> bool:
    """Whether an organisation is named right after a title (رئيس الاتحاد), as its complement."""
    for t in view.titles:
        if t.end <= org.span.start and not _words_between(view, t.end, org.span.start):
            return True
    return False


#: How far back (in characters) the organisation a post refers to may have been named.
_REFERENCE_REACH = 1200


def _nationality_follows(view: SentenceView, title: Span) -> bool:
    """Whether a nationality qualifies the title (الرئيس التركي، الأمين العام الأممي)."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None or nxt.kind != "word" or any(m.span.start == nxt.start for m in view.mentions):
        return False
    word = view.doc.text[nxt.start : nxt.end]
    return _is_modifier(word) and match_key(word) not in _STATUS_WORDS


_STATUS_WORDS = frozenset(match_key(w) for w in (
    "السابق", "السابقة", "الحالي", "الحالية", "المنشق", "المنشقة", "المستقيل", "الأسبق"))


@dataclass(frozen=True)
class PostReferences:
    """Posts that name no organisation of their own, as matching keys (titles data file)."""

    state_posts: frozenset[str]
    government_posts: tuple[str, ...]
    government_heads: tuple[str, ...]
    ministers: tuple[str, ...]
    unreferred_heads: tuple[str, ...]
    bare_heads: frozenset[str]
    body_heads: tuple[str, ...]


@lru_cache(maxsize=1)
def post_references() -> PostReferences:
    """The reference data of the titles file, loaded once."""
    data = load_json("titles.json")
    return PostReferences(
        frozenset(match_key(w) for w in data.get("state_posts", [])),
        tuple(match_key(w) for w in data.get("government_posts", [])),
        tuple(match_key(w) for w in data.get("government_heads", [])),
        tuple(match_key(w) for w in data["post_heads"]["portfolio"] if w.startswith("وزير")) + ("الوزير", "الوزيره"),
        tuple(match_key(w) for w in data.get("unreferred_heads", [])),
        frozenset(match_key(w) for w in data.get("bare_heads", [])),
        tuple(match_key(w) for w in data.get("body_heads", [])),
    )


def is_sub_body(org: Entity) -> bool:
    """A body inside an organisation (مكتب الجاليات، لجنة العلاقات العربية), by its head
    word, unless the gazetteer knows it or it was quoted as a name."""
    if any(m.data.get("canonical") or m.data.get("rule") == "quoted" for m in org.mentions):
        return False
    key = match_key(org.name)
    bare = key.removeprefix("ال")  # اللجنة الثقافية: the head لجنة
    return key in _body_names() or any(k == h or k.startswith(h + " ")
                                       for h in _body_heads() for k in (key, bare)) or \
        any(key == h or key.startswith(h + " ") for h in post_references().body_heads)


@lru_cache(maxsize=1)
def _body_heads() -> tuple[str, ...]:
    return tuple(match_key(h) for h in load_json("organisation_phrases.json")["body_heads"])


def top_level(org: Entity, context: list[Mention], at: int) -> Entity:
    """The organisation itself for a sub-body named alone (المكتب التنفيذي): the one last named."""
    if not is_sub_body(org):
        return org
    parent = _parent_before(context, Span(at, at, "ORG"), org)
    return parent if parent is not None else org


def _is_body(org: Entity, role: str, head: str) -> bool:
    """Whether the organisation found inside a title is the title's own body (المكتب التنفيذي)."""
    body = role[len(head):].strip()
    return bool(body) and match_key(org.name) == match_key(body) and not any(
        m.data.get("canonical") or m.data.get("backref") for m in org.mentions)
