"""The region a resolution pass re-resolves: everything joined, directly or through others,
to the entities that changed.

Starting from new entities and from what is left of groups that lost members, the region
grows by the members of their current groups, by people's ``same`` decisions, by every
entity sharing a strong key, and by every entity a rule links through a shared candidate
key, until nothing more joins. Groups outside it cannot change, so the pass re-resolves only
the region, and the result is the one a pass over the whole register would give.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from sijill.register.db import Database
from sijill.register.keys import word_keys
from sijill.register.resolution.country import name_countries
from sijill.register.resolution.profiles import (
    STRONG_KINDS,
    Contexts,
    Profile,
    Profiles,
    entity_country,
    gazetteer_entry,
)
from sijill.register.resolution.rules import Link, ambiguous, disagree, judge, names_match
from sijill.register.resolution.sql import chunks, marks

#: Most entity pairs of two candidate names tried for a context that backs their link.
MAX_PAIR_TRIES = 400
#: The prefix of the right end of a ``split`` decision: entities sharing one stay apart.
SPLIT = "split:"


def still_named(profile: Profile, stored_name: str | None) -> bool:
    """Whether an entity still bears the name a decision about it was taken on."""
    return stored_name is None or word_keys(stored_name) == profile.words


#: A block's member profiles, and its candidate pairs: two name classes and how their names
#: may match.
_Candidates = tuple[dict[str, Profile], list[tuple[list[str], list[str], tuple[str, float]]]]

DecisionRow = tuple[str, str, str, "str | None", "str | None", str]


@dataclass
class UserDecisions:
    """People's decisions about the entities of a region.

    They are few next to the entities, so all are read once per pass and looked up here.
    """

    same: dict[tuple[str, str], str] = field(default_factory=dict)
    different: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    tags: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _by_entity: dict[str, list[DecisionRow]] | None = None

    def ordered_same(self) -> list[tuple[str, str]]:
        """The ``same`` pairs in the order they were decided."""
        return sorted(self.same, key=lambda pair: (self.same[pair], pair))

    def _read(self, db: Database) -> dict[str, list[DecisionRow]]:
        if self._by_entity is None:
            self._by_entity = defaultdict(list)
            for row in db.query(
                    "SELECT left_id, right_id, verdict, left_name, right_name, decided_at "
                    "FROM resolution_decisions WHERE decided_by = 'user' "
                    "ORDER BY left_id, right_id"):
                r: DecisionRow = (str(row[0]), str(row[1]), str(row[2]), row[3], row[4],
                                  str(row[5]))
                self._by_entity[r[0]].append(r)
                self._by_entity[r[1]].append(r)
        return self._by_entity

    def load(self, db: Database, ids: set[str], profiles: Profiles) -> set[str]:
        """Take in the decisions about ``ids``; the entities they say are the same as them."""
        by_entity = self._read(db)
        rows = {r for i in ids for r in by_entity.get(i, ())}
        known = profiles.load({r[0] for r in rows} | {r[1] for r in rows})
        partners: set[str] = set()
        for left, right, verdict, left_name, right_name, at in sorted(rows, key=lambda r: r[:2]):
            a = known.get(left)
            if a is None or not still_named(a, left_name):
                continue
            if right.startswith(SPLIT):
                self.tags[left].add(right)
                continue
            b = known.get(right)
            if b is None or not still_named(b, right_name):
                continue
            if verdict == "same":
                self.same[(left, right)] = at
                partners.update((left, right))
            elif verdict == "different":
                self.different[left].add(right)
                self.different[right].add(left)
        return partners


class Region:
    """The entities a pass re-resolves, with their keys, rule links and people's decisions."""

    def __init__(self, db: Database, profiles: Profiles, contexts: Contexts) -> None:
        self.db = db
        self.profiles = profiles
        self.contexts = contexts
        self.ids: set[str] = set()
        self.keys: dict[str, frozenset[str]] = {}
        self.links: dict[tuple[str, str, str], Link] = {}
        self.user = UserDecisions()
        self._blocks: dict[tuple[str, str], list[str]] = {}
        # Per block, the names already judged against all its other names in this pass.
        self._judged: dict[tuple[str, str], set[str]] = {}
        self._groups: set[str] = set()  # canonical entities whose members joined already

    def grow(self, seeds: Iterable[str]) -> None:
        """Add the seeds and everything joined to them."""
        frontier = set(self.profiles.load(seeds)) - self.ids
        while frontier:
            self.ids |= frontier
            self._read_keys(frontier)
            found = self._group_members(frontier)
            found |= self.user.load(self.db, frontier, self.profiles)
            found |= self._block_partners(frontier)
            frontier = set(self.profiles.load(found - self.ids)) - self.ids

    def strong_links(self) -> list[Link]:
        """Links along every strong key: its entities in id order, each to the next."""
        by_key: dict[str, list[str]] = defaultdict(list)
        for ent_id in self.ids:
            profile = self.profiles.get(ent_id)
            for key in self.keys.get(ent_id, ()):
                if key[0] in STRONG_KINDS and profile is not None:
                    by_key[f"{profile.type}\0{key}"].append(ent_id)
        out = []
        for tkey, ids in by_key.items():
            etype, key = tkey.split("\0", 1)
            if key[0] == "n":
                ids = self._unless_ambiguous(etype, key, ids)
            ids.sort()
            for a, b in pairwise(ids):
                out.append(Link.of(a, b, self._strong_reason(key, a, b), 1.0))
        return out

    def _unless_ambiguous(self, etype: str, key: str, ids: list[str]) -> list[str]:
        """The entities a name key joins: all, or only those it is the name of when it is
        an alias of entities whose names say they are different actors (``حزب العمال`` of
        ``حزب العمال الكردستاني`` and of ``حزب العمال البريطاني``)."""
        named = [i for i in ids if (p := self.profiles.get(i)) is not None and p.key == key[2:]]
        others = set(ids) - set(named)
        aliased = [p for i in sorted(others) if (p := self.profiles.get(i)) is not None]
        # Names of one gazetteer organisation are one actor's, however they read.
        mains = [word_keys(gazetteer_entry(p.name) or p.name) if etype == "ORG" else p.words
                 for p in aliased]
        return named if disagree(mains, head=etype == "ORG") else ids

    def _strong_reason(self, key: str, a: str, b: str) -> str:
        if key[0] == "g":
            return "gazetteer"
        if key[0] == "c":
            return "generic name"
        if key[0] == "k":
            return "seed"
        if key[0] == "o":
            return "word order"
        pa, pb = self.profiles.get(a), self.profiles.get(b)
        own = pa is not None and pb is not None and pa.key == pb.key == key[2:]
        return "name key" if own else "alias"

    def _read_keys(self, ids: set[str]) -> None:
        got: dict[str, set[str]] = defaultdict(set)
        for part in chunks(ids):
            for ent_id, key in self.db.query(
                    f"SELECT entity_id, key FROM resolution_keys WHERE entity_id IN ({marks(len(part))})",
                    part):
                got[ent_id].add(key)
        for ent_id in ids:
            self.keys[ent_id] = frozenset(got.get(ent_id, ()))

    def _group_members(self, ids: set[str]) -> set[str]:
        groups: set[str] = set()
        for part in chunks(ids):
            groups.update(str(r[0]) for r in self.db.query(
                "SELECT DISTINCT canonical_id FROM entity_canonical "
                f"WHERE entity_id IN ({marks(len(part))})", part))
        fresh = groups - self._groups
        self._groups |= fresh
        found: set[str] = set()
        for part in chunks(fresh):
            found.update(str(r[0]) for r in self.db.query(
                "SELECT entity_id FROM entity_canonical "
                f"WHERE canonical_id IN ({marks(len(part))})", part))
        return found

    def _block_partners(self, frontier: set[str]) -> set[str]:
        wanted: dict[tuple[str, str], set[str]] = defaultdict(set)
        for ent_id in frontier:
            profile = self.profiles.get(ent_id)
            if profile is not None:
                for key in self.keys[ent_id]:
                    wanted[(profile.type, key)].add(ent_id)
        self._read_blocks({b for b in wanted if b not in self._blocks})
        found: set[str] = set()
        judged: list[tuple[tuple[str, str], set[str], list[str]]] = []
        for block, focus in sorted(wanted.items()):
            members = self._blocks.get(block, [])
            if block[1][0] in STRONG_KINDS:
                found.update(members)
            else:
                judged.append((block, focus, members))
        # Names first, for every block, then the contexts of all the documents the candidate
        # pairs need, read together (a few queries per chunk of documents, not a few per
        # block), then the judgements.
        work = [(block, focus, self._candidates(block, focus, members))
                for block, focus, members in judged]
        self.contexts.load(self._documents_needed(work))
        for block, focus, candidates in work:
            found |= self._judge_block(block, focus, candidates)
        return found

    def _documents_needed(self, work: list[tuple[tuple[str, str], set[str], _Candidates]]
                          ) -> set[str]:
        docs: set[str] = set()
        for block, _, (known, candidates) in work:
            if block[1][0] == "b":
                docs.update(p.doc_id for p in known.values())
            elif any(form != "latin" for _, _, (form, _) in candidates):
                docs.update(known[i].doc_id for a, b, _ in candidates for i in a + b)
        return docs

    def _read_blocks(self, blocks: set[tuple[str, str]]) -> None:
        by_type: dict[str, set[str]] = defaultdict(set)
        for etype, key in blocks:
            by_type[etype].add(key)
            self._blocks[(etype, key)] = []
        for etype, keys in by_type.items():
            for part in chunks(keys):
                for key, ent_id in self.db.query(
                        "SELECT key, entity_id FROM resolution_keys WHERE type = ? "
                        f"AND key IN ({marks(len(part))})", [etype, *part]):
                    self._blocks[(etype, key)].append(ent_id)
        for block in blocks:
            self._blocks[block].sort()

    def _candidates(self, block: tuple[str, str], focus: set[str],
                    members: list[str]) -> _Candidates:
        """The profiles of a block's members, and the pairs of name classes (the focus's
        names with the block's other names) whose names may be one actor's."""
        known = self.profiles.load(members)
        if block[1][0] == "b":
            return known, []
        classes: dict[str, list[str]] = defaultdict(list)
        for ent_id in members:
            if ent_id in known:
                classes[known[ent_id].key].append(ent_id)
        words = {k: known[ids[0]].words for k, ids in classes.items()}
        # A block's members are read once a pass, so a name judged against the block was
        # judged against every other name of it: a pair is new unless one of its names is.
        done = self._judged.setdefault(block, set())
        shorts: dict[tuple[str, ...], bool] = {}
        candidates = []
        for ka in sorted({known[f].key for f in focus if f in known}):
            if ka in done:
                continue
            for kb in sorted(classes):
                if ka == kb or kb in done:
                    continue
                low, high = sorted((ka, kb))
                # Name order, not focus order, so the same block gives the same link.
                match = names_match(block[1][0], known[classes[low][0]], known[classes[high][0]])
                if match is None:
                    continue
                if match[0] in ("short form", "surname"):
                    short = min(words[low], words[high], key=len)
                    if short not in shorts:
                        shorts[short] = self._ambiguous(block, short, words)
                    if shorts[short]:
                        continue
                candidates.append((classes[low], classes[high], match))
            done.add(ka)
        return known, candidates

    def _judge_block(self, block: tuple[str, str], focus: set[str],
                     found_names: _Candidates) -> set[str]:
        """Rule links between the names of the focus and the other names of a block."""
        known, candidates = found_names
        if block[1][0] == "b":
            return self._judge_state_block(focus, self._blocks.get(block, []), known)
        found: set[str] = set()
        for side_a, side_b, (form, score) in candidates:
            link = self._first_backed(form, side_a, side_b, score, known)
            if link is not None:
                self.links[(link.left, link.right, link.reason)] = link
                found.update((link.left, link.right))
        return found

    def _judge_state_block(self, focus: set[str], members: list[str],
                           known: dict[str, Profile]) -> set[str]:
        """Links of a bare state body whose country is not known (its story names none) to
        that body of one country, when the stories share actors around it. Bodies of a
        known country joined by their strong key already; one of no known country joins
        one country's or none, so it never bridges two countries' bodies."""
        self.contexts.load({p.doc_id for p in known.values()})
        countries = {i: entity_country(p, self.contexts.get(p)) for i, p in known.items()}
        by_country: dict[str, list[str]] = defaultdict(list)
        for ent_id in members:
            if countries.get(ent_id):
                by_country[str(countries[ent_id])].append(ent_id)
        # A body of a known country in the pass can back only the stories it shares an actor
        # with; the others' verdicts stand (their groups re-judge them when they join).
        near = set().union(*(self._actors(known[f]) for f in focus
                             if f in known and countries.get(f)))
        found: set[str] = set()
        for ent_id in members:
            if ent_id not in known or countries[ent_id] or not self._loose(known[ent_id]):
                continue
            if ent_id not in focus and not near & self._actors(known[ent_id]):
                continue
            backed = self._backing_country(ent_id, by_country, known)
            if backed is not None:
                self.links[(backed.left, backed.right, backed.reason)] = backed
                found.update((backed.left, backed.right))
        return found

    def _actors(self, profile: Profile) -> frozenset[str]:
        ctx = self.contexts.get(profile)
        return ctx.posts | ctx.parents | ctx.around

    def _loose(self, profile: Profile) -> bool:
        """Whether neither a state body's name nor its story says whose it is."""
        return not self.contexts.get(profile).country and not name_countries(profile.words)

    def _backing_country(self, ent_id: str, by_country: dict[str, list[str]],
                         known: dict[str, Profile]) -> Link | None:
        """The link to the one country whose body a loose one's story backs, trying at most
        ``MAX_PAIR_TRIES`` members in turn across countries; None when none or two back it."""
        queues = {country: iter(ids) for country, ids in sorted(by_country.items())}
        backed: dict[str, Link] = {}
        tries = 0
        while queues and tries < MAX_PAIR_TRIES and len(backed) < 2:
            for country, queue in list(queues.items()):
                other = next(queue, None)
                if other is None:
                    del queues[country]
                    continue
                tries += 1
                link = judge("state body", known[ent_id], known[other], 100.0, self.contexts.get)
                if link is not None:
                    backed[country] = link
                    del queues[country]
        return next(iter(backed.values())) if len(backed) == 1 else None

    def _ambiguous(self, block: tuple[str, str], short: tuple[str, ...],
                   words: dict[str, tuple[str, ...]]) -> bool:
        """Whether a short name of a block fits two different longer names of the block."""
        return ambiguous(short, sorted(words.values()), head=block[0] == "ORG")

    def _first_backed(self, form: str, side_a: list[str], side_b: list[str], score: float,
                      known: dict[str, Profile]) -> Link | None:
        tries = 0
        for a in side_a:
            for b in side_b:
                link = judge(form, known[a], known[b], score, self.contexts.get)
                tries += 1
                if link is not None or tries >= MAX_PAIR_TRIES:
                    return link
        return None
