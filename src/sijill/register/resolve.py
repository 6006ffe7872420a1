"""Cross-document entity resolution: document entities grouped into canonical entities.

First version: entities of one type with the same name key are one canonical entity.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sijill.register.db import Database

#: Entity types that are resolved across documents.
RESOLVED_TYPES = ("PERSON", "ORG", "LOC", "MISC")


@dataclass(slots=True)
class ResolveStats:
    """What one resolution pass did."""

    entities: int = 0
    canonical: int = 0


def canonical_id(entity_type: str, key: str) -> str:
    """A stable id for the canonical entity of a name key."""
    return "c" + hashlib.sha1(f"{entity_type}\0{key}".encode("utf-8")).hexdigest()[:12]


def resolve_pending(db: Database) -> ResolveStats:
    """Link every entity not yet linked to its canonical entity, creating those that are new."""
    stats = ResolveStats()
    placeholders = ", ".join("?" for _ in RESOLVED_TYPES)
    rows = db.query(
        "SELECT e.id, e.type, e.name, e.name_key, e.latin FROM entities e "
        "LEFT JOIN entity_canonical c ON c.entity_id = e.id "
        f"WHERE c.entity_id IS NULL AND e.type IN ({placeholders}) ORDER BY e.id",
        RESOLVED_TYPES)
    with db.transaction():
        for ent_id, etype, name, key, latin in rows:
            cid = canonical_id(etype, key)
            if db.scalar("SELECT 1 FROM canonical_entities WHERE id = ?", (cid,)) is None:
                db.execute("INSERT INTO canonical_entities (id, type, name, name_key, latin) "
                           "VALUES (?, ?, ?, ?, ?)", (cid, etype, name, key, latin))
                stats.canonical += 1
            db.execute("INSERT INTO entity_canonical (entity_id, canonical_id) VALUES (?, ?)",
                       (ent_id, cid))
            stats.entities += 1
    return stats
