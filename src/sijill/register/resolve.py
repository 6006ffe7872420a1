"""Cross-document entity resolution: document entities grouped into canonical entities.

Resolution is a set of pairwise decisions. Rules decide from names (name keys robust to
Arabic spelling, the organisation gazetteer, Latin spellings, rapidfuzz similarity) and, for
near matches, from what the documents say around the names; a bare state body
(``مجلس الوزراء``, ``وزارة الصحة``, ``اتحاد القدم``) is one per country, its country read from
its name, its story or its outlet (``resolution.country``, ``resolution.outlets``); people
decide with ``sijill merge``, ``distinct`` and ``split``. Groups follow from the decisions:
people's ``same`` first, then rule links in a fixed order, none joining what a person kept
apart nor organisations whose names say different scopes (``الاتحاد الآسيوي``, ``الاتحاد
السعودي``). Each link that joined two groups is stored as a rule decision with its reason and
score.

The grouping is a function of the stored documents and people's decisions only: triggers
queue every new entity and every entity that left a canonical entity, and a pass re-resolves
just the region around the queue (``resolution.region``), so the order and batches documents
came in do not matter, and a pass with nothing queued changes nothing. A canonical entity's
id comes from its best-supported name key, so it stays as documents are added.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sijill.register.db import Database, now
from sijill.register.keys import word_keys
from sijill.register.resolution.country import name_scope
from sijill.register.resolution.grouping import Canonical, canonical_id, describe, group
from sijill.register.resolution.outlets import refresh_outlets
from sijill.register.resolution.profiles import (
    Contexts,
    DocumentCountries,
    Profiles,
    context_keys,
    entity_keys,
    gazetteer_entry,
    needs_context,
)
from sijill.register.resolution.region import Region
from sijill.register.resolution.rules import Link
from sijill.register.resolution.sql import chunks, delete_pairs, insert_rows, marks
from sijill.register.seed import seed_key_rows, seed_names, seeded_groups

#: Entity types that are resolved across documents (also listed in migration 0003's triggers).
RESOLVED_TYPES = ("PERSON", "ORG", "LOC", "MISC")
#: Queued entities taken into one pass (one transaction). A pass holds its region (the batch
#: and all that joins it) in memory, and takes all of it off the queue, so a smaller batch
#: bounds the memory without re-resolving more: 100,000 held 1.3 GB on the full SaudiNewsNet.
BATCH = 25_000


@dataclass(slots=True)
class ResolveStats:
    """What resolution changed."""

    entities: int = 0  # document entities linked to a canonical entity or moved to another
    canonical: int = 0  # canonical entities created
    removed: int = 0  # canonical entities deleted (they lost every member)
    renamed: int = 0  # canonical entities whose name, key or Latin spelling changed
    decisions: int = 0  # rule decisions added, changed or removed
    examined: int = 0  # document entities re-resolved

    @property
    def changed(self) -> int:
        """Rows of the register changed."""
        return self.entities + self.canonical + self.removed + self.renamed + self.decisions


def resolve_pending(db: Database, batch: int = BATCH) -> ResolveStats:
    """Resolve every queued entity (new ones, and those whose group lost members)."""
    stats = ResolveStats()
    with db.transaction():
        refresh_outlets(db)  # before any key is made: a story's country may rest on it
    countries: DocumentCountries = {}  # shared by the passes: a text is scanned once
    index_pending(db, countries)
    while True:
        with db.transaction():
            rows = [(str(e), str(c)) for e, c in db.query(
                "SELECT entity_id, canonical_id FROM resolution_queue "
                "ORDER BY entity_id, canonical_id LIMIT ?", (batch,))]
            if rows:
                region = _resolve(db, rows, stats, countries)
                # Every queued new entity of the region is resolved now, as its region holds
                # all that joins it: taken off the queue too, it is not re-resolved (with much
                # of its region again) by a later pass.
                taken = set(rows)
                done = [(e, "") for e in sorted(region) if (e, "") not in taken]
                delete_pairs(db, "resolution_queue", ("entity_id", "canonical_id"),
                             rows + done)
        if not rows:
            return stats


def requeue_all(db: Database) -> int:
    """Queue every entity and forget the keys, so the next pass resolves the register anew;
    the number of entities queued."""
    types = marks(len(RESOLVED_TYPES))
    with db.transaction():
        db.execute("DELETE FROM resolution_keys")
        db.execute("INSERT INTO resolution_queue (entity_id, canonical_id) "
                   f"SELECT id, '' FROM entities WHERE type IN ({types}) "
                   "ON CONFLICT DO NOTHING", RESOLVED_TYPES)
    return int(db.scalar("SELECT COUNT(*) FROM resolution_queue") or 0)


def queue(db: Database, entity_ids: set[str]) -> None:
    """Queue entities to be resolved again (after a person's decision about them)."""
    insert_rows(db, "INSERT INTO resolution_queue (entity_id, canonical_id)",
                [(e, "") for e in sorted(entity_ids)], "ON CONFLICT DO NOTHING")


def index_pending(db: Database, countries: DocumentCountries | None = None) -> None:
    """Store the keys of every queued entity that has none yet, before any pass reads them,
    so that every pass sees every stored entity."""
    start = ""
    while True:
        with db.transaction():
            ids = [str(r[0]) for r in db.query(
                "SELECT DISTINCT q.entity_id FROM resolution_queue q "
                "WHERE q.canonical_id = '' AND q.entity_id > ? AND NOT EXISTS "
                "(SELECT 1 FROM resolution_keys k WHERE k.entity_id = q.entity_id) "
                "ORDER BY q.entity_id LIMIT ?", (start, BATCH))]
            if ids:
                _index(db, ids, countries)
        if len(ids) < BATCH:
            return
        start = ids[-1]


def _index(db: Database, ids: list[str], countries: DocumentCountries | None) -> None:
    found = Profiles(db, RESOLVED_TYPES).load(ids)
    contexts = Contexts(db, countries)
    contexts.load({p.doc_id for p in found.values() if needs_context(p)})
    rows: list[tuple[str, str, str]] = []
    by_entity: dict[str, tuple[str, frozenset[str]]] = {}
    for p in found.values():
        keys = entity_keys(p.type, p.name, p.aliases, p.latin)
        if needs_context(p):
            keys |= context_keys(p, contexts.get(p))
        rows.extend((p.id, p.type, k) for k in sorted(keys))
        by_entity[p.id] = (p.type, keys)
    rows.extend(seed_key_rows(db, by_entity))  # known actors (sijill seed) join by any name
    insert_rows(db, "INSERT INTO resolution_keys (entity_id, type, key)", rows,
                "ON CONFLICT DO NOTHING")


@dataclass(slots=True)
class _Plan:
    """The new state of a region: its canonical entities and the links that made them."""

    canonicals: list[Canonical]
    links: list[Link]


def _resolve(db: Database, rows: list[tuple[str, str]], stats: ResolveStats,
             countries: DocumentCountries | None = None) -> set[str]:
    """Re-resolve the region of the queued rows; the entities it re-resolved."""
    profiles = Profiles(db, RESOLVED_TYPES)
    region = Region(db, profiles, Contexts(db, countries))
    left = {c for _, c in rows if c}
    region.grow({e for e, _ in rows} | _members(db, left))
    while True:
        old = _current(db, region.ids) | left
        plan, pulls = _plan(db, region, old)
        if not pulls:
            break
        region.grow(pulls)
    touched = region.ids | {e for e, c in rows if c}
    stats.examined += len(region.ids)
    _write_links(db, plan, touched, profiles, stats)
    _write_canonicals(db, plan, old, stats)
    return region.ids


def _members(db: Database, canonical_ids: set[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(canonical_ids):
        found.update(str(r[0]) for r in db.query(
            f"SELECT entity_id FROM entity_canonical WHERE canonical_id IN ({marks(len(part))})",
            part))
    return found


def _current(db: Database, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(ids):
        found.update(str(r[0]) for r in db.query(
            f"SELECT canonical_id FROM entity_canonical WHERE entity_id IN ({marks(len(part))})",
            part))
    return found


def _plan(db: Database, region: Region, old: set[str]) -> tuple[_Plan, set[str]]:
    """The region's groups with their ids, and the members of groups outside the region
    whose ids depend on them (they join the region and the plan is made again)."""
    groups, links = group(sorted(region.ids), region.user.ordered_same(),
                          [*region.strong_links(), *region.links.values()],
                          region.user.different, region.user.tags, _scopes(region))
    described = []
    for members in groups:
        profiles = [p for m in members if (p := region.profiles.get(m)) is not None]
        described.append((members, profiles[0].type, describe(profiles)))
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, etype, (_, key, _, _)) in enumerate(described):
        by_key[(etype, key)].append(i)
    ids, pulls = _assign_ids(db, described, by_key, old)
    names = _seed_ids(db, region, described, ids)
    canonicals = []
    for i, (members, etype, (name, key, latin, _)) in enumerate(described):
        shown, spelled = names.get(ids[i], (name, None))  # a seeded actor keeps its name
        canonicals.append(Canonical(ids[i], etype, shown, key, spelled or latin, tuple(members)))
    return _Plan(canonicals, links), pulls


def _scopes(region: Region) -> dict[str, frozenset[str]]:
    """The scope each organisation's name says it works at (none for the rest); the names of
    one gazetteer organisation say its canonical name's (مجلس التعاون الخليجي and مجلس
    التعاون لدول الخليج العربية are one council, whatever words each uses)."""
    out = {}
    for i in region.ids:
        p = region.profiles.get(i)
        if p is not None and p.type == "ORG":
            entry = gazetteer_entry(p.name)
            out[i] = name_scope(word_keys(entry) if entry else p.words)
    return out


def _seed_ids(db: Database, region: Region, described: list[Described],
              ids: dict[int, str]) -> dict[str, tuple[str, str | None]]:
    """Give the groups that carry a seed's key the seed's id (a group whose own id a seed
    took gets one anchored on its first member); the seeds' names and Latin spellings."""
    seeded = seeded_groups([members for members, _, _ in described], region.keys)
    if not seeded:
        return {}
    taken = set(seeded.values())
    for i, (members, etype, (_, key, _, _)) in enumerate(described):
        if i in seeded:
            ids[i] = seeded[i]
        elif ids[i] in taken:
            ids[i] = canonical_id(etype, key, members[0])
    return seed_names(db, taken)


Described = tuple[list[str], str, tuple[str, str, str | None, int]]


def _assign_ids(db: Database, described: list[Described],
                by_key: dict[tuple[str, str], list[int]], old: set[str]
                ) -> tuple[dict[int, str], set[str]]:
    """Ids for the region's groups. Of all groups whose best name key is one key, the one
    with the most members of that key (then the one with the first member) gets the key's
    plain id, the others an id anchored on their first member."""
    checks = set(by_key) | _old_keys(db, old)
    ids: dict[int, str] = {}
    pulls: set[str] = set()
    for etype, key in sorted(checks):
        plain = canonical_id(etype, key)
        contenders = [(-described[i][2][3], described[i][0][0], f"#{i}")
                      for i in by_key.get((etype, key), [])]
        outside = _outside_groups(db, etype, key, old)
        contenders += [(-support, first, cid) for cid, (support, first) in outside.items()]
        primary = min(contenders)[2] if contenders else ""
        for cid, (_, first) in outside.items():
            if (cid == primary) != (cid == plain):
                pulls.update(_members(db, {cid}))
        for i in by_key.get((etype, key), []):
            first = described[i][0][0]
            ids[i] = plain if primary == f"#{i}" else canonical_id(etype, key, first)
    return ids, pulls


def _old_keys(db: Database, old: set[str]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for part in chunks(old):
        found.update((str(t), str(k)) for t, k in db.query(
            f"SELECT type, name_key FROM canonical_entities WHERE id IN ({marks(len(part))})",
            part))
    return found


def _outside_groups(db: Database, etype: str, key: str, old: set[str]
                    ) -> dict[str, tuple[int, str]]:
    """Groups outside the region whose best name key is ``key``: their support and first
    member."""
    ids = [str(r[0]) for r in db.query(
        "SELECT id FROM canonical_entities WHERE type = ? AND name_key = ?", (etype, key))]
    ids = [i for i in ids if i not in old]
    out: dict[str, tuple[int, str]] = {}
    for part in chunks(ids):
        rows = db.query(
            "SELECT c.canonical_id, e.id, e.name FROM entity_canonical c "
            f"JOIN entities e ON e.id = c.entity_id WHERE c.canonical_id IN ({marks(len(part))})",
            part)
        for cid, ent_id, name in rows:
            support, first = out.get(str(cid), (0, str(ent_id)))
            mine = " ".join(word_keys(str(name))) == key
            out[str(cid)] = (support + int(mine), min(first, str(ent_id)))
    return out


def _write_links(db: Database, plan: _Plan, touched: set[str], profiles: Profiles,
                 stats: ResolveStats) -> None:
    """Make the stored rule decisions about the region the links that made its groups."""
    old: dict[tuple[str, str], tuple[str, float | None]] = {}
    # A rule decision joins two members of one group, and a group is wholly in the region
    # or out of it, so looking up the left end finds every decision about the region.
    for part in chunks(touched):
        for left, right, reason, score in db.query(
                "SELECT left_id, right_id, reason, score FROM resolution_decisions "
                f"WHERE decided_by = 'rule' AND left_id IN ({marks(len(part))})", part):
            old[(str(left), str(right))] = (str(reason), score)
    new = {(lk.left, lk.right): lk for lk in plan.links}
    fresh = [lk for pair, lk in sorted(new.items())
             if pair not in old or old[pair] != (lk.reason, lk.score)]
    gone = sorted(set(old) - set(new))
    # A changed decision is deleted and written again, with the time of the change.
    delete_pairs(db, "resolution_decisions", ("left_id", "right_id"),
                 gone + [(lk.left, lk.right) for lk in fresh if (lk.left, lk.right) in old],
                 " AND decided_by = 'rule'")
    at = now()
    insert_rows(db, "INSERT INTO resolution_decisions (left_id, right_id, verdict, decided_by, "
                "reason, score, left_name, right_name, decided_at)",
                [(lk.left, lk.right, "same", "rule", lk.reason, lk.score,
                  _name(profiles, lk.left), _name(profiles, lk.right), at) for lk in fresh])
    stats.decisions += len(gone) + len(fresh)


def _name(profiles: Profiles, ent_id: str) -> str | None:
    p = profiles.get(ent_id)
    return p.name if p else None


def _write_canonicals(db: Database, plan: _Plan, old: set[str], stats: ResolveStats) -> None:
    """Make the stored canonical entities and links of the region those of the plan."""
    new_ids = {c.id for c in plan.canonicals}
    rows: dict[str, tuple[str, str, str, str | None]] = {}
    for part in chunks(old | new_ids):
        for cid, etype, name, key, latin in db.query(
                "SELECT id, type, name, name_key, latin FROM canonical_entities "
                f"WHERE id IN ({marks(len(part))})", part):
            rows[str(cid)] = (str(etype), str(name), str(key), latin)
    member_of: dict[str, str] = {}
    members = [m for c in plan.canonicals for m in c.members]
    for part in chunks(members):
        member_of.update((str(e), str(c)) for e, c in db.query(
            "SELECT entity_id, canonical_id FROM entity_canonical "
            f"WHERE entity_id IN ({marks(len(part))})", part))
    inserts, updates = [], []
    for c in plan.canonicals:
        values = (c.type, c.name, c.name_key, c.latin)
        if c.id not in rows:
            inserts.append((c.id, *values))
        elif rows[c.id] != values:
            updates.append((*values, c.id))
    insert_rows(db, "INSERT INTO canonical_entities (id, type, name, name_key, latin)", inserts)
    db.executemany("UPDATE canonical_entities SET type = ?, name = ?, name_key = ?, latin = ? "
                   "WHERE id = ?", updates)
    stats.canonical += len(inserts)
    stats.renamed += len(updates)
    _write_members(db, plan, member_of, stats)
    for cid in sorted(set(rows) - new_ids):
        stats.removed += max(0, db.execute(
            "DELETE FROM canonical_entities WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM entity_canonical c WHERE c.canonical_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM seeds s WHERE s.id = ?)", (cid, cid, cid)))


def _write_members(db: Database, plan: _Plan, member_of: dict[str, str],
                   stats: ResolveStats) -> None:
    inserts, updates = [], []
    for c in plan.canonicals:
        for m in c.members:
            if m not in member_of:
                inserts.append((m, c.id))
            elif member_of[m] != c.id:
                updates.append((c.id, m))
    insert_rows(db, "INSERT INTO entity_canonical (entity_id, canonical_id)", inserts)
    db.executemany("UPDATE entity_canonical SET canonical_id = ? WHERE entity_id = ?", updates)
    stats.entities += len(inserts) + len(updates)
