"""The structure of organisations: bodies of an organisation (PART_OF), organisations in a
platform or alliance (MEMBER_OF), and their sizes, from the cues in ``lang/ar/relations.json``.

A body is an organisation whose name opens with a body head (مكتب العلاقات، الدائرة الإعلامية)
or is a listed body name (الهيئة العامة). Its parent is the organisation named right after it
(المكتب التنفيذي للتجمع، مجلس المرأة في الحزب), else the one last named before it. A body
named only inside a post (رئيس المكتب التنفيذي للتجمع) becomes an organisation of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.model import Mention, Position, SentenceView
from sijill.doc import Doc, Entity, Span
from sijill.lang import load_json
from sijill.text.normalize import match_key

_LINK_GAP = 24


@dataclass(slots=True)
class Relation:
    """One organisation is a body of, or a member of, another."""

    type: str
    child: Entity
    parent: Entity
    evidence: tuple[int, int]


@dataclass(slots=True)
class Attribute:
    """A dated fact about an entity stated in the text, such as its size."""

    entity: Entity
    kind: str
    value: int
    unit: str
    evidence: tuple[int, int]
    date: str | None = None


Cue = tuple[tuple[str, ...], bool]


@dataclass(frozen=True)
class StructureLexicon:
    """The cues of ``relations.json`` as matching keys."""

    body_heads: frozenset[str]
    body_names: frozenset[str]
    links: tuple[Cue, ...]
    part_of: tuple[Cue, ...]
    parent_before: tuple[Cue, ...]
    member_of: tuple[Cue, ...]
    members_after: tuple[Cue, ...]
    size: re.Pattern[str]
    not_in_name: frozenset[str]


def _undef(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _cue(text: str) -> Cue:
    """A cue's word keys; a final ل or لـ means the next word carries the preposition."""
    words = [match_key(w) for w in text.split()]
    lam = bool(words) and words[-1] in ("ل", "لـ")
    return (tuple(words[:-1] if lam else words), lam)


@lru_cache(maxsize=1)
def structure_lexicon() -> StructureLexicon:
    """The structure cues, loaded once."""
    data = load_json("relations.json")
    verbs = "|".join(re.escape(w) for w in sorted(data["size_verbs"], key=len, reverse=True))
    units = "|".join(re.escape(w) for w in sorted(data["size_units"], key=len, reverse=True))
    size = re.compile(rf"(?<!\w)[وف]?(?:{verbs})(?:\s+(?:في\s+)?(?:عضويت\w+|صفوف\w+))?"
                      rf"(?:\s+\S+){{0,7}}?\s+(?:من\s+)?\(?\s*([0-9٠-٩]+)\s*\)?\s*(?:{units})(?!\w)")
    return StructureLexicon(
        body_heads=frozenset(_undef(match_key(w)) for w in data["body_heads"]),
        body_names=frozenset(match_key(w) for w in data["body_names"]),
        links=tuple(_cue(c) for c in data["links"]),
        part_of=tuple(_cue(c) for c in data["part_of_cues"]),
        parent_before=tuple(_cue(c) for c in data["parent_before_cues"]),
        member_of=tuple(_cue(c) for c in data["member_of_cues"]),
        members_after=tuple(_cue(c) for c in data.get("members_after_cues", [])),
        size=size,
        not_in_name=frozenset(match_key(w) for w in data["not_in_name"]),
    )


def is_body_name(name: str, lex: StructureLexicon | None = None) -> bool:
    """Whether a name is that of a body inside an organisation (مكتب العلاقات، الهيئة العامة)."""
    lex = lex or structure_lexicon()
    key = match_key(name)
    words = key.split()
    if not words or key in lex.body_names:
        return bool(words)
    return _undef(words[0]) in lex.body_heads or " ".join([_undef(words[0])] + words[1:2]) \
        in lex.body_heads


def _is_body(ent: Entity, lex: StructureLexicon) -> bool:
    # A gazetteer or quoted name is an organisation of its own, whatever its head.
    if any(m.data.get("canonical") or m.data.get("rule") == "quoted" for m in ent.mentions):
        return False
    return ent.type == "ORG" and is_body_name(ent.name, lex)


def _word_keys(view: SentenceView) -> list[str]:
    return [match_key(view.doc.text[t.start : t.end]) for t in view.tokens]


def _cue_at(view: SentenceView, words: list[str], i: int, cue: Cue) -> int | None:
    """The token index after ``cue`` when it starts at token ``i``, else None."""
    keys, lam = cue
    n = len(keys)
    if i + n > len(words):
        return None
    for k, key in enumerate(keys):
        if words[i + k] != key and key not in view.keys[i + k]:
            return None
    after = i + n
    if lam:
        if after >= len(view.tokens):
            return None
        tok = view.tokens[after]
        if "ل" not in tok.proclitics and words[after] not in ("ل", "لـ"):
            return None
    return after


def _next_org(view: SentenceView, offset: int, gap: int = _LINK_GAP) -> Mention | None:
    """The first organisation mention starting within ``gap`` characters after ``offset``."""
    for m in view.mentions:
        if m.type == "ORG" and offset <= m.span.start <= offset + gap:
            return m
    return None


def _evidence(view: SentenceView, *spans: Span) -> tuple[int, int]:
    return (min(s.start for s in spans), max(s.end for s in spans))


class _Found:
    """Relations found so far, one per (type, child, parent)."""

    def __init__(self) -> None:
        self.items: list[Relation] = []
        self._seen: set[tuple[str, int, int]] = set()
        self.has_parent: set[int] = set()

    def add(self, kind: str, child: Entity, parent: Entity, evidence: tuple[int, int]) -> None:
        if child is parent:
            return
        key = (kind, id(child), id(parent))
        if key not in self._seen and (kind, id(parent), id(child)) not in self._seen:
            self._seen.add(key)
            self.items.append(Relation(kind, child, parent, evidence))
            if kind == "PART_OF":
                self.has_parent.add(id(child))


def _linked_parent(view: SentenceView, m: Mention, words: list[str],
                   lex: StructureLexicon) -> Mention | None:
    """The organisation named right after a body: للتجمع، في الحزب، التابعة للائتلاف."""
    text = view.doc.text
    nxt = _next_org(view, m.span.end)
    if nxt is None:
        return None
    between = text[m.span.end : nxt.span.start].strip(" \t\"'«»“”")
    if not between or between in ("لـ", "ل"):
        return nxt  # المكتب التنفيذي للتجمع، المجلس العام لمجلس المرأة
    start = view.index_at(m.span.end)
    for cue in lex.links:
        after = _cue_at(view, words, start, cue)
        if after is not None and (after >= len(view.tokens) or
                                  view.tokens[after].end > nxt.span.start):
            return nxt
    return None


def _bodies_of_titles(doc: Doc, positions: list[Position], found: _Found,
                      lex: StructureLexicon) -> None:
    """A body named only in a post (رئيس المكتب التنفيذي) becomes an organisation of its own,
    a body of the post's organisation; the position names it as ``body``."""
    for p in positions:
        if p.org is None:
            continue
        if p.body is not None:
            found.add("PART_OF", p.body, p.org, p.evidence)
            continue
        words = p.role.split() + _words_before_org(doc, p)
        for k in range(1, len(words)):
            body = _longest_body(words[k:], lex)
            if not body or match_key(body) == match_key(p.org.name):
                continue
            ent = next((e for e in doc.entities if e.type == "ORG" and
                        match_key(e.name) == match_key(body)), None)
            if ent is None:
                at = doc.text.find(body, p.evidence[0], p.evidence[1])
                if at < 0:
                    break
                ent = Entity("ORG", body, [], [Span(at, at + len(body), "ORG", None,
                                                     {"rule": "body-in-title"})])
                doc.entities.append(ent)
            p.body = ent
            found.add("PART_OF", ent, p.org, p.evidence)
            break


def _longest_body(words: list[str], lex: StructureLexicon) -> str:
    """The longest run of ``words`` from the first that names a body, or ''."""
    cut = next((k for k, w in enumerate(words) if match_key(w) in lex.not_in_name), len(words))
    words = words[:cut]
    for n in range(len(words), 0, -1):
        if is_body_name(" ".join(words[:n]), lex) and (n > 1 or not words[1:]):
            return " ".join(words[:n])
    return ""


def _words_before_org(doc: Doc, p: Position) -> list[str]:
    """Words between a post's title and its organisation (عضو مجلس إدارة منظمة "مدنية")."""
    if p.org is None:
        return []
    start, end = p.evidence
    at = doc.text.find(p.role, start, end)
    org_at = [m.start for m in p.org.mentions if start <= m.start < end]
    if at < 0 or not org_at or org_at[0] < at + len(p.role):
        return []
    # A preposition left before the organisation's mention (لحزب -> ل) is not part of a name.
    words = [w for w in doc.text[at + len(p.role) : org_at[0]].split() if len(w.strip("ـ")) > 1]
    return words[:3] if words and not any(c in "،,." for c in "".join(words)) else []


def _cued(view: SentenceView, words: list[str], found: _Found, lex: StructureLexicon,
          context: list[Mention]) -> None:
    """Relations stated by a cue phrase between two organisations."""
    before_orgs = [m for m in context if m.type == "ORG"]
    index = _cue_index(lex)
    for i in range(len(view.tokens)):
        heads = {words[i], *view.keys[i]}
        for group, (kind, parent_first) in enumerate(_CUE_GROUPS):
            # Each group stops at its first matching cue, in the data file's order.
            candidates = sorted(c for h in heads for c in index[group].get(h, ()))
            for _order, cue in candidates:
                after = _cue_at(view, words, i, cue)
                if after is None:
                    continue
                at = view.tokens[i].start
                end = view.tokens[after - 1].end
                prior = [m for m in view.mentions if m.type == "ORG" and m.span.end <= at]
                owners = prior or [m for m in before_orgs if m.span.end <= at]
                if not owners:
                    continue
                owner = owners[-1]
                if parent_first:
                    for m in _listed_orgs(view, end):
                        found.add(kind, m.entity, owner.entity, _evidence(view, owner.span, m.span))
                else:
                    nxt = _next_org(view, end)
                    if nxt is not None:
                        found.add(kind, owner.entity, nxt.entity,
                                  _evidence(view, owner.span, nxt.span))
                break


#: The cue lists of ``_cued`` in the order they are tried: (relation, parent named first).
_CUE_GROUPS = (("PART_OF", False), ("MEMBER_OF", False), ("PART_OF", True), ("MEMBER_OF", True))


@lru_cache(maxsize=4)
def _cue_index(lex: StructureLexicon) -> tuple[dict[str, list[tuple[int, Cue]]], ...]:
    """Each group's cues by their first word key, with their place in the list: a token meets
    the few cues that can start at it, not all of them."""
    out: list[dict[str, list[tuple[int, Cue]]]] = []
    for cues in (lex.part_of, lex.member_of, lex.parent_before, lex.members_after):
        by_head: dict[str, list[tuple[int, Cue]]] = {}
        for order, cue in enumerate(cues):
            if cue[0]:
                by_head.setdefault(cue[0][0], []).append((order, cue))
        out.append(by_head)
    return tuple(out)


def _listed_orgs(view: SentenceView, offset: int) -> list[Mention]:
    """Organisations listed after ``offset`` (وعلى رأسها أ وب، ج): until a non-list word."""
    out: list[Mention] = []
    pos = offset
    for m in view.mentions:
        if m.type != "ORG" or m.span.start < offset:
            continue
        between = view.doc.text[pos : m.span.start]
        words = [w for w in re.split(r"[\s،,]+", between) if w and w not in ("و",)]
        if out and words:
            break
        if not out and len(words) > 3:
            break
        out.append(m)
        pos = m.span.end
    return out


def find_relations(doc: Doc, views: list[SentenceView], positions: list[Position]) -> list[Relation]:
    """PART_OF and MEMBER_OF relations of a document's organisations."""
    lex = structure_lexicon()
    found = _Found()
    _bodies_of_titles(doc, positions, found, lex)
    context: list[Mention] = []
    for view in views:
        words = _word_keys(view)
        _cued(view, words, found, lex, context)
        for m in view.mentions:
            if m.type != "ORG" or not _is_body(m.entity, lex):
                continue
            parent = _linked_parent(view, m, words, lex)
            if parent is not None:
                found.add("PART_OF", m.entity, parent.entity, _evidence(view, m.span, parent.span))
        context.extend(m for m in view.mentions if m.type == "ORG")
    _fallback_parents(doc, views, found, lex)
    return found.items


def _fallback_parents(doc: Doc, views: list[SentenceView], found: _Found,
                      lex: StructureLexicon) -> None:
    """A body with no parent named beside it belongs to the organisation last named before it
    (or, with none before, the first named after)."""
    mentions = [(v, m) for v in views for m in v.mentions if m.type == "ORG"]
    for n, (view, m) in enumerate(mentions):
        ent = m.entity
        if id(ent) in found.has_parent or not _is_body(ent, lex) or m.span.start != \
                min(x.start for x in ent.mentions):
            continue
        tops = [x for _, x in reversed(mentions[:n]) if not _is_body(x.entity, lex)] + \
            [x for _, x in mentions[n + 1 :] if not _is_body(x.entity, lex)]
        # An organisation the text names again or vouches for beats a one-off model guess.
        sure = [x for x in tops if len(x.entity.mentions) > 1 or _vouched(x.entity)]
        if sure or tops:
            found.add("PART_OF", ent, (sure or tops)[0].entity, (view.span.start, view.span.end))


def _vouched(ent: Entity) -> bool:
    return any(m.data.get("canonical") or m.data.get("rule") for m in ent.mentions)


def find_sizes(doc: Doc, views: list[SentenceView]) -> list[Attribute]:
    """Sizes stated as a count of members (يضم المنبر 42 منظمة، المؤلف من (37) عضوة)."""
    lex = structure_lexicon()
    out: list[Attribute] = []
    context: list[Mention] = []
    for view in views:
        text = doc.text[view.span.start : view.span.end]
        for hit in lex.size.finditer(text):
            at = view.span.start + hit.start()
            end = view.span.start + hit.end()
            inside = [m for m in view.mentions if m.type == "ORG" and at <= m.span.start < end]
            before = [m for m in view.mentions if m.type == "ORG" and m.span.end <= at] or \
                [m for m in context if m.type == "ORG"]
            owner = inside[0] if inside else (before[-1] if before else None)
            if owner is None:
                continue
            value = int(hit.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
            unit = text[hit.end(1) : hit.end()].strip(" )")
            out.append(Attribute(owner.entity, "SIZE", value, unit,
                                 (min(at, owner.span.start), end), doc.published))
        context.extend(view.mentions)
    return out
