"""The register as spreadsheet tables: one CSV file per kind in a folder.

UTF-8 with a byte-order mark, so that Excel and LibreOffice open Arabic intact; the columns
of each table are ``TABLES`` (documented in the README). Ids join the tables: ``*_id``
columns hold canonical entity ids, ``claim_id`` a claim, ``document_id`` a document.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from sijill.errors import SijillError
from sijill.export.filters import ExportFilter, View
from sijill.register.db import Database
from sijill.register.exports import Evidence, Ref

#: Every table and its columns, in the order they are written.
TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("id", "published", "title", "url", "source"),
    "entities": ("id", "type", "name", "latin", "documents"),
    "aliases": ("entity_id", "alias", "kind", "documents"),
    "positions": ("claim_id", "document_id", "person_id", "person", "org_id", "org", "role",
                  "status", "start", "end", "said_on", "confidence", "evidence"),
    "tenures": ("person_id", "person", "org_id", "org", "role", "status", "start", "end",
                "start_basis", "end_basis", "last_seen", "claims", "documents"),
    "events": ("claim_id", "document_id", "type", "date", "location_id", "location", "said_on",
               "evidence"),
    "participants": ("claim_id", "entity_id", "entity_type", "entity"),
    "relations": ("claim_id", "document_id", "type", "child_id", "child", "parent_id", "parent",
                  "said_on", "evidence"),
    "decisions": ("claim_id", "document_id", "kind", "body_id", "body", "event_claim_id",
                  "text", "said_on", "evidence"),
}
#: Excel reads a UTF-8 file as UTF-8 only when it starts with a byte-order mark.
ENCODING = "utf-8-sig"


def _ref(ref: Ref | None) -> list[Any]:
    return [ref.id, ref.name] if ref is not None else [None, None]


def _claim(ev: Evidence) -> list[Any]:
    return [ev.claim_id, ev.doc_id]


def write_csv(db: Database, folder: Path, wanted: ExportFilter | None = None) -> int:
    """Write every table into ``folder`` (created; its tables replaced only once all are
    written); how many rows were written."""
    view = View.open(db, wanted or ExportFilter())
    with _staging(folder) as stage, ExitStack() as files:
        out: dict[str, Any] = {}
        for name, columns in TABLES.items():
            handle = files.enter_context(
                (stage / f"{name}.csv").open("w", encoding=ENCODING, newline=""))
            out[name] = csv.writer(handle)
            out[name].writerow(columns)
        return _rows(view, out)


def _rows(view: View, out: dict[str, Any]) -> int:
    n = 0
    for doc in view.documents():
        out["documents"].writerow([doc.id, doc.published, doc.title, doc.url, doc.source])
        n += 1
    for a in view.actors():
        out["entities"].writerow([a.id, a.type, a.name, a.latin, a.documents])
        out["aliases"].writerows([a.id, u.name, u.kind, u.documents] for u in a.names)
        n += 1 + len(a.names)
    for p in view.positions():
        out["positions"].writerow([*_claim(p.evidence), *_ref(p.person), *_ref(p.org), p.role,
                                   p.status, p.start, p.end, p.evidence.said_on,
                                   p.evidence.confidence, p.evidence.sentence])
        n += 1
    for t in view.tenures():
        docs = sorted({c.doc for c in t.claims})
        out["tenures"].writerow([t.person.id, t.person.name, *(
            [t.org.id, t.org.name] if t.org else [None, None]),
                                 t.role, t.status, t.start, t.end, t.start_basis, t.end_basis,
                                 t.last_seen, len(t.claims), ";".join(docs)])
        n += 1
    for e in view.events():
        out["events"].writerow([*_claim(e.evidence), e.type, e.date, *_ref(e.location),
                                e.evidence.said_on, e.evidence.sentence])
        out["participants"].writerows([e.evidence.claim_id, r.id, r.type, r.name]
                                      for r in e.participants)
        n += 1 + len(e.participants)
    for r in view.relations():
        out["relations"].writerow([*_claim(r.evidence), r.type, *_ref(r.child), *_ref(r.parent),
                                   r.evidence.said_on, r.evidence.sentence])
        n += 1
    for d in view.decisions():
        out["decisions"].writerow([*_claim(d.evidence), d.kind, *_ref(d.body), d.event_claim,
                                   d.text, d.evidence.said_on, d.evidence.sentence])
        n += 1
    return n


@contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A temporary folder beside ``folder`` whose tables move into it once all are written."""
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise SijillError(f"folder {parent} does not exist", where=str(folder),
                          todo="create it or choose another -o folder")
    if folder.exists() and not folder.is_dir():
        raise SijillError("a file is in the way of the output folder", where=str(folder),
                          todo="give a folder path for --format csv")
    stage = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".part", dir=parent))
    try:
        yield stage
        folder.mkdir(exist_ok=True)
        for table in TABLES:
            os.replace(stage / f"{table}.csv", folder / f"{table}.csv")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
