"""People's resolution decisions: merge two entities, keep two apart, split one.

A decision names document entities (``DOC/eN``) with the names they bore, so it holds for
as long as those documents are stored as they are (re-ingesting an unchanged document keeps
it), and the resolver applies it on every pass, above any rule. A canonical id given by a
person stands for the group's best-named member.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sijill.errors import SijillError
from sijill.register.db import Database, now
from sijill.register.resolution.region import SPLIT
from sijill.register.resolution.sql import chunks, marks
from sijill.register.resolve import RESOLVED_TYPES, queue, resolve_pending

_UPSERT = (
    "INSERT INTO resolution_decisions (left_id, right_id, verdict, decided_by, reason, score, "
    "left_name, right_name, decided_at) VALUES (?, ?, ?, 'user', ?, NULL, ?, ?, ?) "
    "ON CONFLICT (left_id, right_id, decided_by) DO UPDATE SET verdict = excluded.verdict, "
    "reason = excluded.reason, score = NULL, left_name = excluded.left_name, "
    "right_name = excluded.right_name, decided_at = excluded.decided_at")


class ResolutionError(SijillError):
    """A resolution command that names unknown entities or asks for the impossible."""


@dataclass(frozen=True, slots=True)
class Target:
    """What a person named: a canonical entity or one document entity, and its group."""

    ref: str
    entity: str  # the document entity a decision is recorded on
    type: str
    canonical: str
    members: tuple[str, ...]


def _entity_row(db: Database, entity_id: str) -> tuple[str, str] | None:
    rows = db.query("SELECT type, name FROM entities WHERE id = ?", (entity_id,))
    return (str(rows[0][0]), str(rows[0][1])) if rows else None


def _members(db: Database, canonical: str) -> tuple[str, ...]:
    return tuple(str(r[0]) for r in db.query(
        "SELECT entity_id FROM entity_canonical WHERE canonical_id = ? ORDER BY entity_id",
        (canonical,)))


def target(db: Database, ref: str) -> Target:
    """The entity a person named by a canonical id or a document entity id."""
    row = db.query("SELECT type, name_key FROM canonical_entities WHERE id = ?", (ref,))
    if row:
        members = _members(db, ref)
        keyed = [m for m in members if _key_of(db, m) == row[0][1]]
        return Target(ref, (keyed or list(members))[0], str(row[0][0]), ref, members)
    found = _entity_row(db, ref)
    if found is None:
        raise ResolutionError(f"no entity {ref!r} in the register", where=ref,
                              todo="give a canonical id (c followed by 12 hex digits, as in "
                                   "exported records) or a document entity id DOC/eN")
    if found[0] not in RESOLVED_TYPES:
        raise ResolutionError(f"{ref} is of type {found[0]}, which is not resolved across "
                              "documents", where=ref,
                              todo=f"give a {', '.join(RESOLVED_TYPES)} entity")
    canonical = str(db.scalar("SELECT canonical_id FROM entity_canonical WHERE entity_id = ?",
                              (ref,)) or "")
    return Target(ref, ref, found[0], canonical, _members(db, canonical) if canonical else (ref,))


def _key_of(db: Database, entity_id: str) -> str:
    return str(db.scalar("SELECT name_key FROM entities WHERE id = ?", (entity_id,)) or "")


def _name(db: Database, entity_id: str) -> str | None:
    row = _entity_row(db, entity_id)
    return row[1] if row else None


def describe_groups(db: Database, entity_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
    """The canonical entities of these entities: name and number of members, by id."""
    out: dict[str, tuple[str, int]] = {}
    cids: set[str] = set()
    for part in chunks(set(entity_ids)):
        cids.update(str(r[0]) for r in db.query(
            "SELECT canonical_id FROM entity_canonical "
            f"WHERE entity_id IN ({marks(len(part))})", part))
    for cid in sorted(cids):
        name = db.scalar("SELECT name FROM canonical_entities WHERE id = ?", (cid,))
        count = db.scalar("SELECT COUNT(*) FROM entity_canonical WHERE canonical_id = ?", (cid,))
        out[cid] = (str(name), int(count or 0))
    return out


def _label(cid: str, info: tuple[str, int]) -> str:
    return f"{cid} {info[0]} ({info[1]} document entit{'y' if info[1] == 1 else 'ies'})"


def _record(db: Database, left: str, right: str, verdict: str, reason: str) -> None:
    a, b = sorted((left, right)) if not right.startswith(SPLIT) else (left, right)
    db.execute(_UPSERT, (a, b, verdict, reason, _name(db, a), _name(db, b), now()))


def _user_rows(db: Database, verdict: str) -> list[tuple[str, str]]:
    """Every person's decision of one verdict (they are few next to the entities)."""
    return [(str(a), str(b)) for a, b in db.query(
        "SELECT left_id, right_id FROM resolution_decisions WHERE decided_by = 'user' "
        "AND verdict = ?", (verdict,))]


def _delete_between(db: Database, verdict: str, side_a: Iterable[str],
                    side_b: Iterable[str]) -> None:
    """Remove people's decisions of one verdict between two sets of entities."""
    a, b = set(side_a), set(side_b)
    doomed = [(x, y) for x, y in _user_rows(db, verdict)
              if (x in a and y in b) or (x in b and y in a)]
    db.executemany("DELETE FROM resolution_decisions WHERE decided_by = 'user' "
                   "AND left_id = ? AND right_id = ?", doomed)


def _shared_splits(db: Database, side_a: tuple[str, ...], side_b: tuple[str, ...]) -> None:
    """Forget the splits that keep members of side_b apart from members of side_a."""
    splits = [(e, tag) for e, tag in _user_rows(db, "different") if tag.startswith(SPLIT)]
    a, b = set(side_a), set(side_b)
    shared = {tag for e, tag in splits if e in a} & {tag for e, tag in splits if e in b}
    db.executemany("DELETE FROM resolution_decisions WHERE decided_by = 'user' AND "
                   "left_id = ? AND right_id = ?",
                   [(e, tag) for e, tag in splits if e in b and tag in shared])


def _apply(db: Database, entity_ids: Iterable[str]) -> None:
    queue(db, set(entity_ids))
    resolve_pending(db)


def merge(db: Database, first: str, second: str) -> list[str]:
    """Record that two entities are one actor; lines saying what changed."""
    resolve_pending(db)
    a, b = target(db, first), target(db, second)
    if a.type != b.type:
        raise ResolutionError(f"{first} is of type {a.type} and {second} of type {b.type}",
                              todo="merge entities of one type")
    before = describe_groups(db, (a.entity, b.entity))
    if a.canonical and a.canonical == b.canonical:
        return [f"already one entity: {_label(a.canonical, before[a.canonical])}"]
    with db.transaction():
        _delete_between(db, "different", a.members, b.members)
        _shared_splits(db, a.members, b.members)
        _record(db, a.entity, b.entity, "same", "merge")
        _apply(db, a.members + b.members)
    after = describe_groups(db, (a.entity, b.entity))
    if len(after) == 1:
        cid, info = next(iter(after.items()))
        return [f"merged {' and '.join(_label(c, i) for c, i in before.items())}",
                f"into {_label(cid, info)}"]
    return [("recorded, but they stay apart: another decision of yours keeps them apart "
             f"({', '.join(after)}); see `sijill decisions`")]


def distinct(db: Database, first: str, second: str) -> list[str]:
    """Record that two entities are different actors; lines saying what changed."""
    resolve_pending(db)
    a, b = target(db, first), target(db, second)
    if a.entity == b.entity:
        raise ResolutionError(f"{first} and {second} name the same document entity",
                              todo="give two entities, or split a canonical entity with "
                                   "`sijill split`")
    before = describe_groups(db, (a.entity, b.entity))
    with db.transaction():
        _record(db, a.entity, b.entity, "different", "distinct")
        _apply(db, a.members + b.members)
    after = describe_groups(db, (a.entity, b.entity))
    if len(before) == 1 and len(after) > 1:
        cid = next(iter(before))
        return [f"separated {_label(cid, before[cid])}",
                *(f"into {_label(c, i)}" for c, i in after.items())]
    if len(after) > 1:
        return ["kept apart: " + " and ".join(_label(c, i) for c, i in after.items())]
    return [("recorded, but they stay together: one of your `merge` decisions joins them; "
             "see `sijill decisions`")]


def split(db: Database, ref: str) -> list[str]:
    """Separate a canonical entity into its document entities, kept apart from each other
    from now on; lines saying what changed."""
    resolve_pending(db)
    t = target(db, ref)
    if len(t.members) < 2:
        return [f"nothing to split: {ref} has one document entity"]
    before = describe_groups(db, t.members)
    tag = f"{SPLIT}{t.canonical}"
    with db.transaction():
        _delete_between(db, "same", t.members, t.members)
        for m in t.members:
            _record(db, m, tag, "different", "split")
        _apply(db, t.members)
    after = describe_groups(db, t.members)
    cid = t.canonical
    return [f"split {_label(cid, before[cid])} into {len(after)} canonical entities"]


def explain(db: Database, ref: str) -> list[str]:
    """Lines describing a canonical entity: its members and the decisions that made it."""
    resolve_pending(db)
    t = target(db, ref)
    info = describe_groups(db, t.members)
    lines = [_label(c, i) for c, i in info.items()]
    for m in t.members:
        lines.append(f"  member {m} {_name(db, m)}")
    rows: set[tuple[str, str, str, str, str, float | None]] = set()
    for part in chunks(t.members):
        q = marks(len(part))
        rows.update(db.query(
            "SELECT left_id, right_id, verdict, decided_by, reason, score "
            f"FROM resolution_decisions WHERE left_id IN ({q}) OR right_id IN ({q})",
            part + part))
    for left, right, verdict, by, reason, score in sorted(rows):
        shown = "" if score is None else f" {score:.2f}"
        lines.append(f"  {by} {verdict}: {left} {right} ({reason}{shown})")
    return lines
