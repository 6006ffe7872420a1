"""Score cross-document resolution: canonical entities against gold entities linked by ``ref``.

Items are the gold PERSON and ORG entities with a ``ref``, one per document; each is paired
with a record entity as ``sijill eval`` pairs them, and takes that entity's ``canonical`` id
(an unpaired item is a cluster of its own). B-cubed precision and recall average over items;
pairwise precision and recall count pairs of items in different documents, so a resolver
that never merges scores 0 there. The figures equal those of ``shared/tools/score_xdoc.py``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sijill.errors import InputError
from sijill.evaluate import ScoredDoc, _entities, shape_problem

#: Entity types whose cross-document clusters are scored.
XDOC_TYPES = ("PERSON", "ORG")


@dataclass(frozen=True, slots=True)
class LinkedDoc:
    """A gold file or a record with, per entity, its ``ref`` (gold) or ``canonical`` (record)."""

    doc: ScoredDoc
    links: list[str | None]

    @classmethod
    def of(cls, obj: dict[str, Any], field: str) -> LinkedDoc:
        """Read a gold file's (``ref``) or an exported record's (``canonical``) JSON object."""
        ents = obj.get("entities") or []
        return cls(ScoredDoc.of(obj), [_text(e.get(field)) for e in ents])


def _text(value: Any) -> str | None:
    return str(value) if value else None


def load_gold_refs(gold_dir: Path, problems: list[str]) -> dict[str, LinkedDoc]:
    """Every ``*.json`` gold file of a folder with its entities' ``ref`` keys, by document id;
    unreadable files are described in ``problems`` and skipped."""
    if not gold_dir.is_dir():
        raise InputError("gold folder not found", where=str(gold_dir),
                         todo="give a folder of gold JSON files, one per article")
    out: dict[str, LinkedDoc] = {}
    for f in sorted(gold_dir.glob("*.json")):
        try:
            obj = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"skipped {f}: not readable as JSON ({exc}) (fix or remove the file)")
            continue
        why = shape_problem(obj, gold=True)
        if why is not None:
            problems.append(f"skipped {f}: not a gold file: {why} (see spec/annotation.md; "
                            "fix or remove the file)")
            continue
        linked = LinkedDoc.of(obj, "ref")
        out[linked.doc.id] = linked
    return out


def load_canonical_records(lines: Iterable[str], where: str,
                           problems: list[str]) -> dict[str, LinkedDoc]:
    """Exported records by id with their entities' ``canonical`` ids (a later line with the
    same id wins); lines that are not records are described in ``problems``."""
    out: dict[str, LinkedDoc] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"skipped {where}:{n}: not JSON ({exc}) "
                            "(give the lines written by `sijill export --format jsonl`)")
            continue
        why = shape_problem(obj, gold=False)
        if why is None and obj.get("id") is None:
            why = "no `id`"
        if why is not None:
            problems.append(f"skipped {where}:{n}: not a record: {why}")
            continue
        linked = LinkedDoc.of(obj, "canonical")
        out[linked.doc.id] = linked
    if out and not any(c for d in out.values() for c in d.links):
        problems.append(f"{where}: no entity carries a `canonical` id (give records exported "
                        "from a register: `sijill export --format jsonl`)")
    return out


def items(gold: LinkedDoc, system: LinkedDoc | None) -> list[tuple[str, str, str]]:
    """(document, gold ref, system cluster) of each scored gold entity of one document."""
    doc_id = gold.doc.id
    sys_ = system or LinkedDoc(ScoredDoc.of({"id": doc_id}), [])
    _, pair = _entities(gold.doc, sys_.doc)
    canon = {id(se): c for se, c in zip(sys_.doc.entities, sys_.links)}
    by_gold = {id(ge): sid for sid, ge in pair.items()}
    out = []
    for ge, ref in zip(gold.doc.entities, gold.links):
        if ge.type not in XDOC_TYPES or not ref:
            continue
        sid = by_gold.get(id(ge))
        cluster = canon.get(sid) if sid is not None else None
        out.append((doc_id, ref, cluster if cluster is not None else
                    f"unpaired:{doc_id}:{ge.name}"))
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(groups: dict[str, set[int]], found: list[tuple[str, str, str]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups.values() for a in g for b in g
            if a < b and found[a][0] != found[b][0]}


def score_xdoc(golds: dict[str, LinkedDoc], systems: dict[str, LinkedDoc],
               wanted: set[str] | None = None) -> dict[str, Any]:
    """B-cubed and pairwise precision, recall and F1 (percent) of the records' canonical
    entities against the gold ``ref`` clusters."""
    docs = [d for d in golds if wanted is None or d in wanted]
    found = [it for d in docs for it in items(golds[d], systems.get(d))]
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_sys: dict[str, set[int]] = defaultdict(set)
    for i, (_, ref, cluster) in enumerate(found):
        by_gold[ref].add(i)
        by_sys[cluster].add(i)
    n = len(found) or 1
    bp = 100 * sum(len(by_gold[r] & by_sys[c]) / len(by_sys[c]) for _, r, c in found) / n
    br = 100 * sum(len(by_gold[r] & by_sys[c]) / len(by_gold[r]) for _, r, c in found) / n
    gp, sp = _pairs(by_gold, found), _pairs(by_sys, found)
    pp = 100 * len(gp & sp) / len(sp) if sp else 0.0
    pr = 100 * len(gp & sp) / len(gp) if gp else 0.0
    return {
        "docs": len(docs), "missing_docs": [d for d in docs if d not in systems],
        "items": len(found), "gold_clusters": len(by_gold),
        "multi_doc_clusters": sum(1 for v in by_gold.values() if len(v) > 1),
        "gold_pairs": len(gp), "system_pairs": len(sp),
        "bcubed": {"P": round(bp, 1), "R": round(br, 1), "F": round(_f1(bp, br), 1)},
        "pairwise": {"P": round(pp, 1), "R": round(pr, 1), "F": round(_f1(pp, pr), 1)},
    }


def format_xdoc(res: dict[str, Any]) -> list[str]:
    """The figures as the lines ``score_xdoc.py`` prints."""
    b, p = res["bcubed"], res["pairwise"]
    return [(f"items {res['items']} gold clusters {res['gold_clusters']} "
             f"(multi-doc {res['multi_doc_clusters']}) gold pairs {res['gold_pairs']} "
             f"system pairs {res['system_pairs']}"),
            f"B-cubed P {b['P']:.1f} R {b['R']:.1f} F1 {b['F']:.1f}",
            f"pairwise P {p['P']:.1f} R {p['R']:.1f} F1 {p['F']:.1f}"]
