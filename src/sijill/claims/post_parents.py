"""A post in a body of an organisation is the organisation's post, the body named in its role.

The annotation's organisation is the top-level one (``spec/annotation.md``): ``رئيس دائرة
التحكيم`` of a federation is a post of the federation, role ``رئيس دائرة التحكيم``. The
readings of positions find the body when the title's complement names it alone; the
structure of the document (its PART_OF relations: ``دائرة التحكيم بالاتحاد``، ``مجلس الشورى في
الحركة``) says whose body it is, though that was said in another sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sijill.claims.model import Position
from sijill.claims.post_orgs import is_sub_body, names_a_field
from sijill.claims.relation_cues import is_body_name, structure_lexicon, undef
from sijill.claims.relation_names import Relation
from sijill.doc import Entity
from sijill.lang import load_json
from sijill.text.normalize import match_key


def lift_to_parents(positions: list[Position], relations: Sequence[Relation]) -> list[Position]:
    """The positions with each post whose organisation is a body of another (by a PART_OF
    relation of the document) moved to that organisation, the body named in its role; a post
    that this makes the same as another is left out."""
    parents: dict[int, list[Entity]] = {}
    for r in relations:
        if r.type == "PART_OF" and _vouched(r):
            parents.setdefault(id(r.child), []).append(r.parent)
    # A body with two stated parents (المجلس العام of two organisations) is nobody's for sure.
    parent_of = {k: v[0] for k, v in parents.items() if len(v) == 1}
    positions = _without_restated(positions)
    if not parent_of:
        return positions
    for p in positions:
        if p.org is None or not _is_body(p.org):
            continue
        top = _top(p.org, parent_of)
        if top is p.org:
            continue
        p.role = _role_with_body(p.role, p.org)
        p.body = p.body or p.org
        p.org = top
    seen: set[tuple[int, int, str, str]] = set()
    out: list[Position] = []
    for p in positions:
        key = (id(p.person), id(p.org), match_key(p.role), p.status)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _without_restated(positions: list[Position]) -> list[Position]:
    """The positions without a post in a body that the same person holds, in the same words,
    in the body's organisation (رئيس اللجنة الثقافية of the club, and of اللجنة الثقافية)."""
    in_parent = {(id(p.person), id(p.body), match_key(p.role)) for p in positions
                 if p.body is not None and p.org is not None and p.org is not p.body}
    return [p for p in positions if p.org is None or
            (id(p.person), id(p.org), match_key(p.role)) not in in_parent]


def _vouched(rel: Relation) -> bool:
    """Whether the relation's evidence names the parent (دائرة التحكيم بالاتحاد، a headline's
    اتحاد القدم يعين ... لـ"دائرة التحكيم"): a guess that fell back on an organisation named
    elsewhere in the article moves no post, for half of such guesses on news are wrong."""
    start, end = rel.evidence
    return any(start <= m.start < end for m in rel.parent.mentions)


def _is_body(org: Entity) -> bool:
    """Whether ``org`` is a body of an organisation by its name (دائرة التحكيم، اللجنة الثقافية),
    though quoted as a name; no institution of its own that another runs (كلية الدراسات ...)."""
    if org.type != "ORG" or names_a_field(org.name):
        return False
    if is_sub_body(org):
        return True
    lex = structure_lexicon()
    if not is_body_name(org.name, lex):
        return False
    # A college is a body by its head, but an institution with posts of its own.
    return undef(match_key(org.name).split()[0]) not in _institution_heads()


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    """``institution_heads`` of ``lang/ar/post_orgs.json`` as matching keys."""
    return frozenset(match_key(w) for w in load_json("post_orgs.json")["institution_heads"])


def _top(org: Entity, parent_of: dict[int, Entity]) -> Entity:
    """The organisation ``org`` is a body of (``org`` itself without one). A body of another
    body (اللجنة التنفيذية of اللجنة العامة للانتخابات) is a commission of its own: it stays."""
    parent = parent_of.get(id(org))
    if parent is None or parent is org or parent.type != "ORG" or _is_body(parent):
        return org
    return parent


def _role_with_body(role: str, body: Entity) -> str:
    """The role with the body it is held in (عضو -> عضو غرفة فض المنازعات), unless it names it."""
    if match_key(body.name) in match_key(role):
        return role
    return f"{role} {body.name}"
