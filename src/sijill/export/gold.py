"""Gold files from the register: one per reviewed document, its claims as corrected.

A document a reader went through (``sijill review``: a claim marked wrong or added, or the
document marked done) is written in the format of hand-made gold files
(spec/annotation.md), from the register's claims with the corrections applied: claims marked
wrong left out, added ones in. ``sijill eval FOLDER RECORDS`` then scores records against a
team's reviewing, and ``train-claims`` can learn from it. Entities carry ``ref``, their
register entity, so ``sijill eval --xdoc`` can score resolution against them too.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sijill.errors import SijillError
from sijill.register.db import Database
from sijill.register.review import reviewed_documents
from sijill.register.store import load_record

#: Entity types a gold file lists (spec/annotation.md); entities of other types that a
#: claim names are listed too, so every name a claim gives is one of the file's entities.
GOLD_TYPES = ("PERSON", "ORG", "LOC")
#: Types never listed: they are values, not actors.
_NOT_ACTORS = frozenset({"DATE", "TIME", "TITLE"})
_UNSAFE = re.compile(r"[^\w.-]+")


class GoldExportError(SijillError):
    """A gold folder that cannot be written."""


def gold_document(db: Database, doc_id: str) -> dict[str, Any] | None:
    """A document as a gold file (spec/annotation.md), corrections applied; None when the
    register does not hold it."""
    record = load_record(db, doc_id, canonical=True)
    if record is None:
        return None
    entities = {str(e["id"]): e for e in record.get("entities", [])}
    claims = _claims(db, doc_id)
    named = {str(r) for kind, data in claims for r in _refs(kind, data)}
    listed = [e for e in record.get("entities", [])
              if e["type"] in GOLD_TYPES or (str(e["id"]) in named and e["type"] not in _NOT_ACTORS)]

    def name(ref: Any) -> str | None:
        ent = entities.get(str(ref)) if ref is not None else None
        return str(ent["name"]) if ent is not None else None

    gold: dict[str, Any] = {"doc": record["id"], "published": record.get("published"),
                            "entities": [_entity(e) for e in listed], "positions": [],
                            "events": [], "relations": [], "decisions": []}
    for kind, data in claims:
        item = _item(kind, data, name)
        if item is not None:
            gold[kind + "s"].append(item)
    gold["notes"] = ("written by `sijill export --format gold` from the register's claims, "
                     "with its readers' corrections applied")
    return gold


def _claims(db: Database, doc_id: str) -> list[tuple[str, dict[str, Any]]]:
    """A document's claims in record order, without those marked wrong."""
    return [(str(kind), json.loads(data)) for kind, data in db.query(
        "SELECT c.kind, c.data FROM claims c WHERE c.doc_id = ? AND NOT EXISTS ("
        "SELECT 1 FROM claim_corrections k WHERE k.claim_id = c.id AND k.action = 'wrong') "
        "ORDER BY c.seq, c.id", (doc_id,))]


def _refs(kind: str, data: dict[str, Any]) -> list[Any]:
    fields = {"position": ("person", "org"), "event": ("participants", "location"),
              "relation": ("child", "parent"), "decision": ("body",)}.get(kind, ())
    out: list[Any] = []
    for f in fields:
        value = data.get(f)
        out += value if isinstance(value, list) else [value]
    return [r for r in out if r is not None]


def _entity(e: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": e["type"], "name": e["name"]}
    aliases = [a for a in e.get("aliases") or [] if a != e["name"]]
    if aliases:
        out["aliases"] = aliases
    if e["type"] in ("PERSON", "ORG") and e.get("canonical"):
        out["ref"] = e["canonical"]
    return out


def _item(kind: str, data: dict[str, Any], name: Any) -> dict[str, Any] | None:
    if kind == "position":
        return {"person": name(data.get("person")), "role": data.get("role"),
                "org": name(data.get("org")), "status": data.get("status") or "unknown"}
    if kind == "event":
        item = {"type": data.get("type"), "date": data.get("date"),
                "participants": [n for n in map(name, data.get("participants") or []) if n]}
        if data.get("location") is not None:
            item["location"] = name(data["location"])
        return item
    if kind == "relation":
        return {"type": data.get("type"), "child": name(data.get("child")),
                "parent": name(data.get("parent"))}
    if kind == "decision":
        return {"kind": data.get("kind"), "body": name(data.get("body")),
                "text": data.get("text")}
    return None  # quotes and attributes are not in gold files


def file_name(doc_id: str) -> str:
    """The gold file of a document: its id made safe for a file name."""
    return (_UNSAFE.sub("_", doc_id).strip("._") or "doc") + ".json"


def write_gold(db: Database, folder: Path, doc_ids: Iterable[str] | None = None) -> int:
    """Write a gold file for each reviewed document (or each of ``doc_ids``) into ``folder``,
    each replaced only once written; how many were written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GoldExportError(f"cannot create the folder ({exc})", where=str(folder),
                              todo="give a folder you can write to") from exc
    written = 0
    for doc_id in doc_ids if doc_ids is not None else reviewed_documents(db):
        gold = gold_document(db, doc_id)
        if gold is None:
            continue
        _write(folder / file_name(doc_id), gold)
        written += 1
    return written


def _write(path: Path, gold: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GoldExportError(f"cannot write a gold file ({exc})", where=str(path),
                              todo="check the folder's space and permissions") from exc
