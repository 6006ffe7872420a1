"""Bodies named with their organisation: a body whose name goes on to name its parent (مجلس
إدارة نادي الوداد)، a body written right before its organisation's name, a ministry named with a
government's nationality; and the relations found so far."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sijill.claims.model import Mention, SentenceView
from sijill.claims.relation_cues import (
    StructureLexicon,
    is_body_name,
    parent_readings,
    post_words,
    undef,
)
from sijill.doc import Doc, Entity, Span
from sijill.text.normalize import match_key

PUNCT = re.compile(r"[،,.؛:()\"«»“”]")


@dataclass(slots=True)
class Relation:
    """One organisation is a body of, or a member of, another."""

    type: str
    child: Entity
    parent: Entity
    evidence: tuple[int, int]


def is_body(ent: Entity, lex: StructureLexicon) -> bool:
    """Whether an organisation is a body of another (by its name's head)."""
    # A gazetteer name is an organisation of its own, whatever its head; so is a quoted one,
    # unless the text also names it by its head alone (a headline's لـ"دائرة التحكيم").
    if any(m.data.get("canonical") for m in ent.mentions) or \
            (ent.mentions and all(m.data.get("rule") == "quoted" for m in ent.mentions)):
        return False
    return ent.type == "ORG" and is_body_name(ent.name, lex)


class Found:
    """Relations found so far, one per (type, child, parent)."""

    def __init__(self) -> None:
        self.items: list[Relation] = []
        self._seen: set[tuple[str, int, int]] = set()
        self.has_parent: set[int] = set()

    def add(self, kind: str, child: Entity, parent: Entity, evidence: tuple[int, int],
            weak: bool = False) -> None:
        # A body whose parent is stated takes no guessed one; two stated parents stay, for
        # one name (المجلس العام) may be that of bodies of two organisations.
        if child is parent or (weak and id(child) in self.has_parent):
            return
        key = (kind, id(child), id(parent))
        if key not in self._seen and (kind, id(parent), id(child)) not in self._seen:
            self._seen.add(key)
            self.items.append(Relation(kind, child, parent, evidence))
            if kind == "PART_OF":
                self.has_parent.add(id(child))


_BODY_WORDS = 3  # the most words of a body's name written before its organisation's


def bodies_before_names(doc: Doc, views: list[SentenceView], found: Found,
                         lex: StructureLexicon) -> None:
    """A body named right before its organisation's name (مجلس إدارة نادي الوداد، اللجنة
    التنفيذية لحزب ...) is an organisation of its own, named with its organisation's name."""
    for view in views:
        for n, m in enumerate(view.mentions):
            if m.type != "ORG" or is_body(m.entity, lex) or not headed(m.entity, lex):
                continue
            first = view.index_at(m.span.start)
            lo = view.tokens[max(0, first - _BODY_WORDS)].start if first else m.span.start
            previous = view.mentions[n - 1].span.end if n else view.span.start
            words = doc.text[max(lo, previous) : m.span.start].split()
            body = next((" ".join(words[k:]) for k in range(len(words))
                         if _body_before(words[k:], lex)), "")
            if not body:
                body = _body_after_clitic(words, lex)
            if body and " " not in body.strip() and \
                    " " not in doc.text[m.span.start : m.span.end].strip():
                continue  # فرع الوزارة: a branch of an organisation named back, a guess
            if body:
                at = doc.text.rfind(body, 0, m.span.start)
                _add_body(doc, found, m, at)


def headed(ent: Entity, lex: StructureLexicon) -> bool:
    """Whether a name opens with an organisation's head (نادي، الاتحاد، حزب): a parent, not a
    person or a field the model took for one."""
    words = ent.name.split()
    return bool(words) and undef(match_key(words[0])) in lex.parent_heads


def _body_before(words: list[str], lex: StructureLexicon) -> bool:
    """Whether words written before an organisation's name name a body of it: a listed body
    name, or a body head with its adjective (اللجنة التنفيذية), not a post's noun (رئاسة الحزب)
    nor a phrase (اللجنة المشكلة في، الرئاسة والاتحاد)."""
    name = " ".join(words)
    if PUNCT.search(name) or any(not w[:1].isalpha() or not w[-1:].isalpha() for w in words):
        return False
    keys = [match_key(w) for w in words]
    if keys[-1] in _PREPOSITIONS:
        return False  # القسم الأكبر من طالبان: a share of the organisation, not a body of it
    if any(undef(k) in post_words() or k in _HEADED_BY for k in keys[1:]):
        return False  # اللجنة برئاسة عضو مجلس ...: a body and who heads it, no body's name
    if " ".join(keys) in lex.body_names:
        return True
    if len(words) == 1 and keys[0] in lex.construct_heads:
        return True  # فرع حزب الوفد: a branch is named by its organisation in construct
    return len(words) >= 2 and is_body_name(name, lex) and undef(keys[0]) not in lex.post_nouns \
        and not any(k in lex.not_in_name or k.startswith("و") for k in keys[1:])


#: Prepositions that end a phrase before an organisation's name, never a body's name.
_PREPOSITIONS = frozenset(match_key(w) for w in ("من", "في", "على", "عن", "إلى", "الى", "مع",
                                                 "ضد", "بين", "داخل", "خارج", "لدى"))


#: Words that say who heads a body (اللجنة برئاسة ...، القوة بقيادة ...), as keys.
_HEADED_BY = frozenset(match_key(w) for w in ("برئاسة", "بقيادة", "برئاسته", "بقيادته"))


def _body_after_clitic(words: list[str], lex: StructureLexicon) -> str:
    """A body in construct written after a preposition or و (رئيسا لمجلس أمناء جامعة، وبمجلس
    إدارة الشركة): the words from after the clitic when they are a listed body name whose head
    has no article (the article's ل of لل is the names stage's to read)."""
    for k in range(len(words)):
        first = words[k]
        if len(first) < 4 or first[0] not in _CLITICS or first[1:3] == "ال":
            continue
        rest = [first[1:], *words[k + 1 :]]
        key = match_key(" ".join(rest))
        if (key in lex.body_names or key in lex.construct_heads) and \
                not PUNCT.search(" ".join(rest)):
            return " ".join(rest)
    return ""


#: Proclitics a body in construct may be written with (لمجلس، بمجلس، ومجلس، فمجلس).
_CLITICS = frozenset("لبوف")


def _add_body(doc: Doc, found: Found, m: Mention, at: int) -> None:
    """The body written from ``at`` up to the end of mention ``m``, a body of ``m``'s entity."""
    name = doc.text[at : m.span.end]
    if name.startswith(("لل", "بال")):
        return  # a preposition's object (للجنة ...): the names stage reads those
    key = match_key(name)
    ent = next((e for e in doc.entities if e.type == "ORG" and match_key(e.name) == key), None)
    if ent is None:
        ent = Entity("ORG", name, [], [Span(at, m.span.end, "ORG", None, {"rule": "body-before-name"})])
        doc.entities.append(ent)
    found.add("PART_OF", ent, m.entity, (at, m.span.end))


def ministries_of_governments(doc: Doc, found: Found, lex: StructureLexicon) -> None:
    """A ministry whose name ends with the nationality of a government the article names
    (وزارة الخارجية التركية، الحكومة التركية) is part of that government."""
    governments: dict[str, Entity] = {}
    for ent in doc.entities:
        words = [match_key(w) for w in ent.name.split()]
        if ent.type == "ORG" and len(words) >= 2 and undef(words[0]) in lex.government_heads:
            governments.setdefault(words[-1], ent)
    if not governments:
        return
    for ent in doc.entities:
        words = [match_key(w) for w in ent.name.split()]
        if ent.type == "ORG" and len(words) >= 3 and undef(words[0]) in lex.ministry_heads \
                and words[-1] in governments and ent.mentions:
            m = ent.mentions[0]
            found.add("PART_OF", ent, governments[words[-1]], (m.start, m.end), weak=True)


def parents_in_names(doc: Doc, found: Found, lex: StructureLexicon) -> None:
    """A body whose name goes on to name its parent (مجلس إدارة نادي الوحدة، لجنة الحكام
    بالاتحاد القطري، الهيئة العامة للائتلاف) is a body of that organisation; a parent named
    only there becomes an organisation of its own."""
    names = _OrgNames(doc, lex)
    for ent in list(doc.entities):
        if ent.type != "ORG" or id(ent) in found.has_parent or _vouched_name(ent):
            continue
        words = ent.name.split()
        for k in range(1, len(words)):
            if not is_body_name(" ".join(words[:k]), lex):
                continue
            parent = _named_parent(doc, ent, words, k, names, lex)
            if parent is not None and _linked_elsewhere(doc, ent, parent):
                break  # لجنة القوات المسلحة في مجلس الشيوخ: the name's genitive is its field
            if parent is not None and parent is not ent:
                at = ent.mentions[0] if ent.mentions else None
                evidence = (at.start, at.end) if at is not None else (0, 0)
                found.add("PART_OF", ent, parent, evidence)
                break


#: A link written right after a body's name before its organisation (في، لدى، بـ).
_LINK_AFTER = re.compile(r"\s+(?:في\s+|لدى\s+|ب)")


def _linked_elsewhere(doc: Doc, ent: Entity, parent: Entity) -> bool:
    """Whether a mention of a body is followed by a link and another organisation (لجنة القوات
    المسلحة في مجلس الشيوخ، لجنة الشؤون الخارجية بمجلس النواب): the text states the parent
    there, and the organisation its own name goes on to name is the field it deals with."""
    starts = {m.start: e for e in doc.entities if e.type == "ORG" and e is not ent
              for m in e.mentions}
    for x in ent.mentions:
        hit = _LINK_AFTER.match(doc.text, x.end)
        if hit is not None and starts.get(hit.end()) not in (None, parent):
            return True
    return False


class _OrgNames:
    """A document's organisations by the keys of their names and aliases, and by the head word
    a back-reference uses (الاتحاد، النادي), and by the word after their head (الشرق for
    نادي الشرق الرياضي), the most mentioned first."""

    def __init__(self, doc: Doc, lex: StructureLexicon) -> None:
        self.by_key: dict[str, Entity] = {}
        self.by_head: dict[str, Entity] = {}
        self.by_tail: dict[str, Entity] = {}
        orgs = sorted((e for e in doc.entities if e.type == "ORG"), key=lambda e: -len(e.mentions))
        # A name is first that of the organisation so named: the resolution stage may give a
        # body its parent's name as an alias (مجلس إدارة الاتحاد ... aka الاتحاد ...).
        for ent in orgs:
            self.by_key.setdefault(match_key(ent.name), ent)
        for ent in orgs:
            for name in ent.aliases:
                self.by_key.setdefault(match_key(name), ent)
            head = undef(match_key(ent.name.split()[0])) if ent.name.split() else ""
            self.by_head.setdefault(head, ent)
            words = match_key(ent.name).split()
            # Not a ministry's field (لجنة المالية is no body of وزارة المالية).
            if len(words) >= 2 and head in lex.parent_heads and head not in lex.state_heads:
                self.by_tail.setdefault(words[1], ent)


def _named_parent(doc: Doc, ent: Entity, words: list[str], k: int, names: _OrgNames,
                  lex: StructureLexicon) -> Entity | None:
    """The organisation the words from ``words[k]`` on name: one the document names so, the one
    a definite head refers back to (للنادي), or a new one that opens with an organisation head."""
    readings = parent_readings(words, k)
    # After a post's title (مكتب رئيس الإقليم) only an organisation named in full is the
    # parent: a bare word (الإقليم) is the post's domain, not a name referring back.
    after_post = k >= 2 and undef(match_key(words[k - 1])) in post_words()
    for reading in readings:
        found = names.by_key.get(match_key(" ".join(reading)))
        if found is not None and reading[0] != words[k] and not _named_alone(found, lex):
            continue  # اللجنة الوطنية للتعليم العالمي: a field a model took for a name
        if found is not None and len(found.name.split()) == 1:
            # A bare head (الغرفة) the names stage kept apart stands for the organisation
            # the article names with that head.
            fuller = names.by_head.get(undef(match_key(found.name)))
            return fuller if fuller is not None and not is_body_name(fuller.name, lex) else found
        if found is not None:
            return found
    for reading in readings if not after_post else []:
        key = match_key(reading[0])
        # A definite word written right after a definite one is its adjective (مركز التوافق
        # الديني), not a genitive naming the parent (مجلس إدارة الشرق، أمانة اللجنة).
        if reading[0] == words[k] and match_key(words[k - 1]).startswith("ال"):
            continue
        if len(reading) == 1 and key.startswith("ال"):
            found = names.by_head.get(undef(key))
            if found is not None and not is_body_name(found.name, lex):
                return found
            # A club or company named by its name without its head (مجلس إدارة الشرق for
            # نادي الشرق).
            found = names.by_tail.get(key)
            if found is not None and not is_body_name(found.name, lex):
                return found
    for reading in readings:
        head = undef(match_key(reading[0]))
        if k == 1 and reading[0] == words[k] and head in lex.body_heads:
            continue  # كلية الإدارة الصناعية، مكتب إدارة المشاريع: the body's field, in construct
        if len(reading) >= 2 and head in lex.parent_heads:
            return _new_parent(doc, ent, " ".join(reading), names)
    return None


def _named_alone(ent: Entity, lex: StructureLexicon) -> bool:
    """Whether an organisation joined to a body by a preposition (للحزب، بالاتحاد) is one the
    text names as such: by an organisation head, more than once, or by a stage's rule or
    gazetteer, not a field after لـ (للتعليم العالمي) that a model alone took for a name."""
    return headed(ent, lex) or len(ent.mentions) > 1 or \
        any(m.data.get("canonical") or m.data.get("rule") for m in ent.mentions)


def _new_parent(doc: Doc, ent: Entity, name: str, names: _OrgNames) -> Entity | None:
    """An organisation named only inside a body's name, with a mention inside the body's."""
    for m in ent.mentions:
        at = doc.text.find(name, m.start, m.end)
        if at >= 0:
            parent = Entity("ORG", name, [], [Span(at, at + len(name), "ORG", None,
                                                   {"rule": "parent-in-body-name"})])
            doc.entities.append(parent)
            names.by_key[match_key(name)] = parent
            return parent
    return None


def _vouched_name(ent: Entity) -> bool:
    # A gazetteer or quoted name is an organisation of its own, whatever words it holds.
    return any(m.data.get("canonical") or m.data.get("rule") == "quoted" for m in ent.mentions)

