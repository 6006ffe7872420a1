"""Known actors loaded as canonical entities (``sijill seed``): their ids are kept.

A seed list is FollowTheMoney JSON lines (an OpenSanctions or Sijill export: ``Person``,
``Organization``, ``PublicBody``, ``Company``, ``LegalEntity``; other schemata, such as
links and articles, are passed over) or a CSV with the header ``id,type,name,aliases``
(aliases separated by ``;``; a Latin alias is the Latin spelling; an empty id is made
from the name as resolution would make it).

Each seed becomes a canonical entity at once, and the strong keys of its names (``n``
name keys, ``g`` gazetteer entries, the keys resolution joins document entities by) are
stored. Indexing a document entity then adds a key ``k:<seed id>`` for every seed it
shares a strong key with, so every entity named like a seed, by any of the seed's names,
falls into one group, and that group takes the seed's id and name.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sijill.read.article import Problem
from sijill.register.db import Database
from sijill.register.keys import name_key
from sijill.register.resolution.grouping import canonical_id
from sijill.register.resolution.profiles import entity_keys, strong_keys
from sijill.register.resolution.sql import chunks, insert_rows, marks

#: FtM schemata read as actors, and the register type of each.
FTM_ACTORS = {"Person": "PERSON", "Organization": "ORG", "PublicBody": "ORG", "Company": "ORG",
              "LegalEntity": "ORG"}
#: The header a CSV seed list must have.
CSV_HEADER = ("id", "type", "name", "aliases")
#: Register types a seed may have (the resolved types).
SEED_TYPES = ("PERSON", "ORG", "LOC", "MISC")
#: The key kind that joins an entity to a seed.
SEED_KIND = "k:"


@dataclass(frozen=True, slots=True)
class Seed:
    """A known actor: the id to keep, its type, its name, other names and Latin spelling."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    latin: str | None = None

    def keys(self) -> frozenset[str]:
        """The strong resolution keys of its names."""
        return strong_keys(entity_keys(self.type, self.name, self.aliases, self.latin))


@dataclass(slots=True)
class SeedStats:
    """What loading a seed list did."""

    seeds: int = 0  # actors loaded
    new: int = 0  # canonical entities created for them
    passed: int = 0  # FtM entities that are no actors (links, articles), passed over
    requeued: int = 0  # stored entities queued again because they share a key with a seed

    def summary(self) -> str:
        """One line for the command line."""
        return (f"seeded {self.seeds} actor(s) ({self.new} new); {self.passed} non-actor "
                f"entit(ies) passed over; {self.requeued} stored entit(ies) to resolve again")


# -- reading ----------------------------------------------------------------------------------


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _seed(seed_id: str, etype: str, names: list[str]) -> Seed:
    """A seed from its names: the first Arabic one is the name (else the first), the first
    Latin one the Latin spelling, the other Arabic ones aliases."""
    names = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    main = next((n for n in names if _arabic(n)), names[0])
    latin = next((n for n in names if not _arabic(n)), None)
    aliases = tuple(n for n in names if n != main and n != latin and _arabic(n))
    return Seed(seed_id, etype, main, aliases, latin if latin != main else None)


def read_seeds(path: Path) -> Iterator[Seed | Problem]:
    """The seeds of a file, and a Problem for each line that cannot be one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            first = f.read(1)
            f.seek(0)  # lines are read one at a time: a sanctions list may be gigabytes
            if first == "{" or path.suffix in (".jsonl", ".json", ".ftm"):
                yield from _read_ftm(path, f)
            else:
                yield from _read_csv(path, f)
    except (OSError, UnicodeDecodeError) as exc:
        yield Problem(str(path), f"cannot read it ({exc})")


def _read_ftm(path: Path, lines: Iterable[str]) -> Iterator[Seed | Problem]:
    from followthemoney import model

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not a JSON object ({exc.msg})")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("schema"), str):
            yield Problem(where, "not a FollowTheMoney entity (no schema)")
            continue
        schema = model.get(data["schema"])
        if schema is None:
            yield Problem(where, f"unknown FollowTheMoney schema {data['schema']!r}")
            continue
        if schema.name not in FTM_ACTORS:
            yield _PASSED
            continue
        yield _ftm_seed(where, data, FTM_ACTORS[schema.name])


def _ftm_seed(where: str, data: dict[str, Any], etype: str) -> Seed | Problem:
    props = data.get("properties")
    if not isinstance(props, dict):
        return Problem(where, "no properties")
    if not isinstance(data.get("id"), str) or not data["id"]:
        return Problem(where, "no id (give every entity the id it should keep)")
    names = [str(v) for p in ("name", "alias", "weakAlias", "previousName")
             for v in (props.get(p) or []) if isinstance(v, str) and v.strip()]
    if not names:
        return Problem(where, "no name")
    return _seed(data["id"], etype, names)


def _read_csv(path: Path, f: Iterable[str]) -> Iterator[Seed | Problem]:
    rows = csv.reader(f)
    header = next(rows, None)
    if header is None or tuple(h.strip().lower() for h in header) != CSV_HEADER:
        yield Problem(f"{path}:1", f"the header is {','.join(header or [])!r}, not "
                                   f"{','.join(CSV_HEADER)!r}; nothing of this file is loaded")
        return
    for n, row in enumerate(rows, 2):
        where = f"{path}:{n}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(CSV_HEADER):
            yield Problem(where, f"{len(row)} cells, not {len(CSV_HEADER)}")
            continue
        seed_id, etype, name, aliases = (cell.strip() for cell in row)
        if etype.upper() not in SEED_TYPES:
            yield Problem(where, f"type {etype!r} is none of {', '.join(SEED_TYPES)}")
            continue
        if not name:
            yield Problem(where, "no name")
            continue
        etype = etype.upper()
        seed = _seed(seed_id, etype, [name, *aliases.split(";")])
        yield seed if seed_id else Seed(canonical_id(etype, name_key(etype, seed.name)),
                                        seed.type, seed.name, seed.aliases, seed.latin)


#: What reading yields for an FtM entity that is no actor.
_PASSED = Problem("", "")


# -- storing ----------------------------------------------------------------------------------


def store_seeds(db: Database, items: Iterable[Seed | Problem], origin: str,
                on_problem: Callable[[Problem], None] | None = None) -> SeedStats:
    """Store the seeds as canonical entities, report the problems, and queue the stored
    entities that share a key with a seed, so that resolution attaches them to it."""
    stats = SeedStats()
    batch: list[Seed] = []
    for item in items:
        if item is _PASSED:
            stats.passed += 1
        elif isinstance(item, Problem):
            if on_problem is not None:
                on_problem(item)
        else:
            batch.append(item)
            if len(batch) >= 500:
                _store(db, batch, origin, stats)
                batch = []
    _store(db, batch, origin, stats)
    return stats


def _store(db: Database, seeds: list[Seed], origin: str, stats: SeedStats) -> None:
    if not seeds:
        return
    seeds = list({s.id: s for s in seeds}.values())  # the last line of an id wins
    ids = [s.id for s in seeds]
    with db.transaction():
        known = {str(r[0]) for part in chunks(ids) for r in db.query(
            f"SELECT id FROM canonical_entities WHERE id IN ({marks(len(part))})", part)}
        for part in chunks(ids):
            db.execute(f"DELETE FROM seeds WHERE id IN ({marks(len(part))})", part)
            db.execute(f"DELETE FROM seed_keys WHERE seed_id IN ({marks(len(part))})", part)
        insert_rows(db, "INSERT INTO seeds (id, type, name, aliases, latin, origin)",
                    [(s.id, s.type, s.name, json.dumps(list(s.aliases), ensure_ascii=False),
                      s.latin, origin) for s in seeds])
        keys = [(s.id, s.type, k) for s in seeds for k in sorted(s.keys())]
        insert_rows(db, "INSERT INTO seed_keys (seed_id, type, key)", keys,
                    "ON CONFLICT DO NOTHING")
        fresh = [(s.id, s.type, s.name, name_key(s.type, s.name), s.latin)
                 for s in seeds if s.id not in known]
        insert_rows(db, "INSERT INTO canonical_entities (id, type, name, name_key, latin)",
                    fresh)
        stats.requeued += _requeue(db, keys)
    stats.seeds += len(seeds)
    stats.new += len(fresh)


def _requeue(db: Database, keys: list[tuple[str, str, str]]) -> int:
    """Forget the keys of stored entities sharing a key with the seeds and queue them, so
    the next pass indexes them with their seed keys and resolves them again."""
    found: set[str] = set()
    by_type: dict[str, set[str]] = {}
    for _, etype, key in keys:
        by_type.setdefault(etype, set()).add(key)
    for etype, wanted in by_type.items():
        for part in chunks(wanted):
            found.update(str(r[0]) for r in db.query(
                "SELECT DISTINCT entity_id FROM resolution_keys WHERE type = ? "
                f"AND key IN ({marks(len(part))})", [etype, *part]))
    for part in chunks(found):
        db.execute(f"DELETE FROM resolution_keys WHERE entity_id IN ({marks(len(part))})", part)
    insert_rows(db, "INSERT INTO resolution_queue (entity_id, canonical_id)",
                [(e, "") for e in sorted(found)], "ON CONFLICT DO NOTHING")
    return len(found)


# -- the hooks resolution calls -----------------------------------------------------------------


def seed_key_rows(db: Database, keys: dict[str, tuple[str, frozenset[str]]]
                  ) -> list[tuple[str, str, str]]:
    """The ``k:<seed>`` keys of document entities (id -> (type, keys)) that share a strong
    key with a seed, as resolution_keys rows."""
    if not keys or db.scalar("SELECT 1 FROM seeds LIMIT 1") is None:
        return []
    wanted: dict[tuple[str, str], list[str]] = {}
    for ent_id, (etype, ent_keys) in keys.items():
        for key in strong_keys(ent_keys):
            wanted.setdefault((etype, key), []).append(ent_id)
    rows: set[tuple[str, str, str]] = set()
    for etype in sorted({t for t, _ in wanted}):
        for part in chunks({k for t, k in wanted if t == etype}):
            for seed_id, key in db.query(
                    "SELECT seed_id, key FROM seed_keys WHERE type = ? "
                    f"AND key IN ({marks(len(part))})", [etype, *part]):
                rows.update((e, etype, SEED_KIND + str(seed_id))
                            for e in wanted[(etype, str(key))])
    return sorted(rows)


def seeded_groups(groups: list[list[str]], keys: dict[str, frozenset[str]]) -> dict[int, str]:
    """The seed each group takes (index -> seed id): the seed most of its members carry
    (then the smallest id); a seed two groups carry (a person kept them apart) goes to the
    group with more members carrying it."""
    choice: dict[int, tuple[int, str]] = {}
    for i, members in enumerate(groups):
        counts = Counter(k[len(SEED_KIND):] for m in members for k in keys.get(m, ())
                         if k.startswith(SEED_KIND))
        if counts:
            seed_id = min(counts, key=lambda s: (-counts[s], s))
            choice[i] = (counts[seed_id], seed_id)
    owner: dict[str, int] = {}
    for i, (count, seed_id) in sorted(choice.items()):
        j = owner.get(seed_id)
        if j is None or (count, -i) > (choice[j][0], -j):
            owner[seed_id] = i
    return {i: seed_id for seed_id, i in owner.items()}


def seed_names(db: Database, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """The name and Latin spelling of each seed."""
    out: dict[str, tuple[str, str | None]] = {}
    for part in chunks(set(ids)):
        for seed_id, name, latin in db.query(
                f"SELECT id, name, latin FROM seeds WHERE id IN ({marks(len(part))})", part):
            out[str(seed_id)] = (str(name), str(latin) if latin else None)
    return out
