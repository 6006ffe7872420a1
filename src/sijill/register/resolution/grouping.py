"""From links to groups: union-find that keeps apart what people said is different, and the
name and id of each group's canonical entity."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sijill.register.resolution.profiles import Profile
from sijill.register.resolution.rules import Link
from sijill.text.normalize import strip_diacritics


class Groups:
    """Union-find over document entities with cannot-link constraints.

    ``different`` holds pairs a person said are different; ``tags`` holds, per entity, the
    splits it took part in: two entities sharing a tag are never joined. ``scopes`` holds
    the level or region an organisation's name says it works at (``resolution.country.
    name_scope``): a rule never joins two groups whose names say different scopes (the
    Asian and the Saudi federation), whatever chain of names links them.
    """

    def __init__(self, ids: Iterable[str], different: dict[str, set[str]],
                 tags: dict[str, set[str]],
                 scopes: dict[str, frozenset[str]] | None = None) -> None:
        self._parent = {i: i for i in ids}
        self._members = {i: [i] for i in self._parent}
        self._different = different
        self._tags = {i: set(tags.get(i, ())) for i in self._parent}
        self._scope = {i: s for i, s in (scopes or {}).items() if s and i in self._parent}

    def find(self, x: str) -> str:
        """The root of x's group."""
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:  # path compression keeps later finds short
            self._parent[x], x = root, self._parent[x]
        return root

    def allowed(self, ra: str, rb: str, scoped: bool = True) -> bool:
        """Whether the groups of two roots may be joined (``scoped``: unless their names
        say different scopes; a person's decision is not held to that)."""
        if self._tags[ra] & self._tags[rb]:
            return False
        sa, sb = self._scope.get(ra), self._scope.get(rb)
        if scoped and sa and sb and sa != sb:
            return False
        small, other = sorted((ra, rb), key=lambda r: len(self._members[r]))
        return not any(y in self._parent and self.find(y) == other
                       for x in self._members[small] for y in self._different.get(x, ()))

    def union(self, a: str, b: str, scoped: bool = True) -> bool:
        """Join the groups of a and b; False when they are one already or may not be joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.allowed(ra, rb, scoped):
            return False
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._members[ra].extend(self._members.pop(rb))
        self._tags[ra] |= self._tags.pop(rb)
        scope = self._scope.pop(rb, None)
        if scope and not self._scope.get(ra):  # the group's scope is its scoped names' one
            self._scope[ra] = scope
        return True

    def groups(self) -> list[list[str]]:
        """Every group as a sorted list of ids, groups in order of their first id."""
        return sorted(sorted(m) for m in self._members.values())


def group(ids: Iterable[str], same: list[tuple[str, str]], links: Iterable[Link],
          different: dict[str, set[str]], tags: dict[str, set[str]],
          scopes: dict[str, frozenset[str]] | None = None
          ) -> tuple[list[list[str]], list[Link]]:
    """The groups, and the links that joined them: people's ``same`` pairs first (in the
    order given), then rule links in their fixed order, each refused when it would join
    what a person kept apart or names of different scopes."""
    uf = Groups(ids, different, tags, scopes)
    for a, b in same:
        uf.union(a, b, scoped=False)
    applied = [link for link in sorted(links, key=Link.order) if uf.union(link.left, link.right)]
    return uf.groups(), applied


@dataclass(frozen=True, slots=True)
class Canonical:
    """A canonical entity as the resolver writes it."""

    id: str
    type: str
    name: str
    name_key: str
    latin: str | None
    members: tuple[str, ...]


def canonical_id(entity_type: str, key: str, anchor: str = "") -> str:
    """A stable id for the canonical entity of a name key; ``anchor`` (the group's first
    entity) tells apart groups that share their best name key."""
    seed = f"{entity_type}\0{key}" + (f"\0{anchor}" if anchor else "")
    return "c" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]


def _most(values: Iterable[str], rank: dict[str, tuple[object, ...]] | None = None) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], *(rank or {}).get(v, ()), v))


def describe(members: list[Profile]) -> tuple[str, str, str | None, int]:
    """Name, best name key, Latin spelling and the support of that key for a group:
    the most frequent full name and the most frequent name key."""
    names = [p.name for p in members]
    rank: dict[str, tuple[object, ...]] = {
        n: (strip_diacritics(n) != n, -len(n.split()), -len(n)) for n in set(names)}
    name = _most(names, rank)
    keys = [p.key for p in members]
    key = _most(keys, {k: (-len(k.split()),) for k in set(keys)})
    spellings = [p.latin for p in members if p.latin and p.key == key] or \
        [p.latin for p in members if p.latin]
    latin = _most(spellings) if spellings else None
    return name, key, latin, keys.count(key)
