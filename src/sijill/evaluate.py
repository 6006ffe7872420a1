"""Score records against hand-made gold files, with the semantics of ``spec/annotation.md``.

Entities match one-to-one by a shared normalised name or alias (leading titles dropped,
spelling folded); optional gold entities are neither missed nor held against the system.
Positions match on person, role key (``lang/ar/eval_roles.json``) and organisation; events on
type and one shared participant; dates by prefix at the gold's precision. The figures equal
those of ``shared/tools/score_records.py`` on the same files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sijill.errors import InputError
from sijill.lang import load_json

TYPES = ("PERSON", "ORG", "LOC")
EVENT_TYPES = ("MEETING", "ELECTION", "APPOINTMENT", "RESIGNATION", "DISMISSAL", "FOUNDING")
_TYPE_ALIASES = {"PER": "PERSON", "PERS": "PERSON", "ORGANIZATION": "ORG", "GPE": "LOC",
                 "LOCATION": "LOC", "ORGANISATION": "ORG"}
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\"'«»“”‘’\(\)\[\]\.,،؛:!؟?\-–—_/]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                       "ئ": "ي", "&": " "})


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((k, re.compile(p)) for k, p in load_json("eval_roles.json")["role_keys"])


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    fold = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
    return frozenset(_DIACRITICS.sub("", t).translate(fold).rstrip(".")
                     for t in load_json("eval_roles.json")["titles"])


def norm(s: str | None) -> str:
    """A name's comparison form: folded spelling, no punctuation, no leading titles."""
    s = _PUNCT.sub(" ", _DIACRITICS.sub("", unicodedata.normalize("NFKC", s or "")).translate(_FOLD))
    words = s.split()
    while words and words[0] in _titles():
        words = words[1:]
    return " ".join(words)


def role_key(role: str) -> str:
    """The coarse role class a role belongs to (HEAD, DEPUTY_HEAD, MEMBER...)."""
    r = norm(role)
    for key, pattern in _roles():
        if pattern.search(r):
            return key
    return r or "NONE"


@dataclass
class _Ent:
    type: str
    name: str
    names: set[str]
    optional: bool


@dataclass
class ScoredDoc:
    """A gold file or a record, reduced to what is scored."""

    id: str
    published: str | None
    entities: list[_Ent]
    by_id: dict[str, _Ent]
    positions: list[dict[str, Any]]
    events: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    has_structure: bool
    text: str = ""
    dates: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, rec: dict[str, Any]) -> ScoredDoc:
        """Read a gold file's or a record's JSON object."""
        ents, by_id = [], {}
        for e in rec.get("entities", []) or []:
            t = str(e.get("type", "")).upper()
            names = {norm(e.get("name", ""))} | {norm(a) for a in e.get("aliases", []) or []}
            names.discard("")
            ent = _Ent(_TYPE_ALIASES.get(t, t), e.get("name", ""), names, bool(e.get("optional")))
            ents.append(ent)
            if e.get("id") is not None:
                by_id[str(e["id"])] = ent
        text = rec.get("text")
        return cls(str(rec.get("id") or rec.get("doc")), rec.get("published"), ents, by_id,
                   rec.get("positions") or [], rec.get("events") or [], rec.get("relations") or [],
                   rec.get("decisions") or [], "relations" in rec or "decisions" in rec,
                   text if isinstance(text, str) else "",
                   [e for e in rec.get("entities", []) or []
                    if isinstance(e, dict) and str(e.get("type", "")).upper() in ("DATE", "TIME")])

    def resolve(self, ref: Any) -> _Ent | None:
        """The entity a claim names, by record id or by name."""
        if ref is None:
            return None
        if isinstance(ref, dict):
            ref = ref.get("entity") or ref.get("id") or ref.get("name")
        ref = str(ref)
        if ref in self.by_id:
            return self.by_id[ref]
        n = norm(ref)
        for e in self.entities:
            if n and n in e.names:
                return e
        return _Ent("?", ref, {n}, False)


def _same(a: _Ent | None, b: _Ent | None) -> bool:
    return a is not None and b is not None and bool(a.names & b.names)


@dataclass
class Miss:
    """One gold item the records lack (``missed``) or one record item the gold lacks
    (``spurious``), with what is needed to show the sentence that states it."""

    doc: str
    kind: str
    which: str
    what: str
    names: tuple[str, ...] = ()
    evidence: tuple[int, int] | None = None


def _label(ent: _Ent | None) -> str:
    return "-" if ent is None else ent.name


def _span(item: dict[str, Any]) -> tuple[int, int] | None:
    ev = item.get("evidence")
    if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
        return (ev["start"], ev["end"])
    return None


def state_org(org: _Ent | None) -> _Ent | None:
    """A post whose organisation is only a country or place counts as a post with none."""
    return None if org is not None and org.type == "LOC" else org


def same_post(person: _Ent | None, org: _Ent | None, key: str,
              sys_person: _Ent | None, sys_org: _Ent | None, sys_key: str) -> bool:
    """Whether a record's post (person, organisation after ``state_org``, role key) is a gold
    one: same person and role key, and same organisation unless the post is a minister's (the
    ministry, the government, the country or none are all written by careful annotators)."""
    if sys_key != key or not _same(person, sys_person):
        return False
    return key == "MINISTER" or ((org is None) == (sys_org is None)
                                 and (org is None or _same(org, sys_org)))


@dataclass
class Tally:
    """Counts summed over documents."""

    entities: dict[str, list[int]] = field(default_factory=lambda: {t: [0, 0, 0] for t in TYPES})
    positions: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])
    events: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])
    relations: list[int] = field(default_factory=lambda: [0, 0, 0])
    decisions: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    published: list[int] = field(default_factory=lambda: [0, 0])
    structure_docs: int = 0


def _entities(gold: ScoredDoc, sys_: ScoredDoc,
              misses: list[Miss] | None = None) -> tuple[dict[str, list[int]], dict[int, _Ent]]:
    counts = {t: [0, 0, 0] for t in TYPES}
    pair: dict[int, _Ent] = {}
    used: set[int] = set()
    g_ents = [g for g in gold.entities if g.type in TYPES]
    s_ents = [s for s in sys_.entities if s.type in TYPES]
    for g in g_ents:
        for i, s in enumerate(s_ents):
            if i not in used and s.type == g.type and _same(g, s):
                used.add(i)
                pair[id(s)] = g
                if not g.optional:
                    counts[g.type][0] += 1
                break
        else:
            if not g.optional:
                counts[g.type][2] += 1
                if misses is not None:
                    misses.append(Miss(gold.id, "entity", "missed", f"{g.type} {g.name}",
                                       tuple(g.names)))
    for i, s in enumerate(s_ents):
        if i in used or any(g.optional and g.type == s.type and _same(g, s) for g in g_ents):
            continue
        counts[s.type][1] += 1
        if misses is not None:
            misses.append(Miss(gold.id, "entity", "spurious", f"{s.type} {s.name}", tuple(s.names)))
    return counts, pair


def _to_gold(ent: _Ent | None, pair: dict[int, _Ent]) -> _Ent | None:
    return None if ent is None else pair.get(id(ent), ent)


def _positions(gold: ScoredDoc, sys_: ScoredDoc, pair: dict[int, _Ent],
               misses: list[Miss] | None = None) -> list[int]:
    tp = fn = ok = n = 0
    used: set[int] = set()
    sys_pos = [(_to_gold(sys_.resolve(p.get("person")), pair),
                state_org(_to_gold(sys_.resolve(p.get("org")), pair)) if p.get("org") else None,
                role_key(p.get("role", "")), p.get("status")) for p in sys_.positions]
    for gp in gold.positions:
        person = gold.resolve(gp["person"])
        org = state_org(gold.resolve(gp.get("org"))) if gp.get("org") else None
        key = role_key(gp.get("role", ""))
        for i, (sp, so, sk, ss) in enumerate(sys_pos):
            if i in used or not same_post(person, org, key, sp, so, sk):
                continue
            used.add(i)
            tp += 1
            n += 1
            ok += int((ss or "unknown") == gp.get("status", "unknown"))
            if misses is not None and (ss or "unknown") != gp.get("status", "unknown"):
                misses.append(Miss(gold.id, "status", "wrong",
                                   f"{_label(person)} | {gp.get('role', '')}: "
                                   f"{ss or 'unknown'}, gold {gp.get('status', 'unknown')}",
                                   evidence=_span(sys_.positions[i])))
            break
        else:
            fn += 1
            if misses is not None:
                misses.append(Miss(gold.id, "position", "missed",
                                   f"{_label(person)} | {gp.get('role', '')} | {_label(org)} | "
                                   f"{gp.get('status', 'unknown')}",
                                   _names(person) + _names(org)))
    if misses is not None:
        for i, (sp, so, _, ss) in enumerate(sys_pos):
            if i not in used:
                p = sys_.positions[i]
                misses.append(Miss(gold.id, "position", "spurious",
                                   f"{_label(sp)} | {p.get('role', '')} | {_label(so)} | {ss}",
                                   _names(sp) + _names(so), _span(p)))
    return [tp, len(sys_pos) - len(used), fn, ok, n]


def _names(ent: _Ent | None) -> tuple[str, ...]:
    return () if ent is None else tuple(ent.names)


def _date_ok(gold_date: str | None, sys_date: Any) -> bool | None:
    if not gold_date:
        return None
    s = str(sys_date) if sys_date else ""
    return bool(s) and s[: len(gold_date)] == gold_date and len(s) >= len(gold_date)


def _events(gold: ScoredDoc, sys_: ScoredDoc, pair: dict[int, _Ent],
            misses: list[Miss] | None = None) -> list[int]:
    tp = fn = good = n = 0
    used: set[int] = set()
    sys_ev = [(str(e.get("type", "")).upper(),
               [_to_gold(sys_.resolve(x), pair) for x in e.get("participants", []) or []],
               e.get("date")) for e in sys_.events]
    for ge in gold.events:
        gparts = [gold.resolve(x) for x in ge.get("participants") or []]
        for i, (st, sparts, sdate) in enumerate(sys_ev):
            if i in used or st != ge["type"] or not any(_same(g, s) for g in gparts for s in sparts):
                continue
            used.add(i)
            tp += 1
            ok = _date_ok(ge.get("date"), sdate)
            if ok is not None:
                n += 1
                good += int(ok)
                if misses is not None and not ok:
                    misses.append(Miss(gold.id, "event date", "wrong",
                                       f"{st} {', '.join(_label(g) for g in gparts)}: {sdate}, "
                                       f"gold {ge.get('date')}", evidence=_span(sys_.events[i])))
            break
        else:
            fn += 1
            if misses is not None:
                misses.append(Miss(gold.id, "event", "missed",
                                   f"{ge['type']} {ge.get('date')} "
                                   f"[{', '.join(_label(g) for g in gparts)}]",
                                   tuple(x for g in gparts for x in _names(g))))
    fp = 0
    for i, (st, sparts, sdate) in enumerate(sys_ev):
        if i not in used and st in EVENT_TYPES:
            fp += 1
            if misses is not None:
                misses.append(Miss(gold.id, "event", "spurious",
                                   f"{st} {sdate} [{', '.join(_label(p) for p in sparts)}]",
                                   evidence=_span(sys_.events[i])))
    return [tp, fp, fn, good, n]


def _same_body(a: _Ent | None, b: _Ent | None) -> bool:
    if _same(a, b):
        return True
    if a is None or b is None:
        return False
    for x in a.names:
        for y in b.names:
            short, long_ = sorted((x, y), key=len)
            if len(short.split()) >= 2 and (long_ + " ").startswith(short + " "):
                return True
    return False


def _relations(gold: ScoredDoc, sys_: ScoredDoc, pair: dict[int, _Ent],
               misses: list[Miss] | None = None) -> list[int]:
    sys_rel = [(str(r.get("type", "")).upper(), _to_gold(sys_.resolve(r.get("child")), pair),
                _to_gold(sys_.resolve(r.get("parent")), pair)) for r in sys_.relations]
    sys_rel = [r for r in sys_rel if r[0] in ("PART_OF", "MEMBER_OF")]
    gold_rel = [(r["type"], gold.resolve(r["child"]), gold.resolve(r["parent"])) for r in gold.relations]

    def under(body: _Ent | None, parent: _Ent | None, depth: int = 0) -> bool:
        if _same_body(body, parent):
            return True
        return depth < 4 and any(_same_body(body, c) and under(p, parent, depth + 1)
                                 for t, c, p in gold_rel if t == "PART_OF")

    used: set[int] = set()
    tp = 0
    for gt, gc, gpar in gold_rel:
        for i, (st, sc, sp) in enumerate(sys_rel):
            if i not in used and st == gt and _same_body(gc, sc) and under(sp, gpar):
                used.add(i)
                tp += 1
                break
        else:
            if misses is not None:
                misses.append(Miss(gold.id, "relation", "missed",
                                   f"{_label(gc)} {gt} {_label(gpar)}", _names(gc) + _names(gpar)))
    if misses is not None:
        kept = [r for r in sys_.relations if str(r.get("type", "")).upper() in ("PART_OF", "MEMBER_OF")]
        for i, (st, sc, sp) in enumerate(sys_rel):
            if i not in used:
                misses.append(Miss(gold.id, "relation", "spurious", f"{_label(sc)} {st} {_label(sp)}",
                                   _names(sc) + _names(sp), _span(kept[i])))
    return [tp, len(sys_rel) - tp, len(gold_rel) - tp]


def _decisions(gold: ScoredDoc, sys_: ScoredDoc, misses: list[Miss] | None = None) -> list[int]:
    sys_dec = [(str(d.get("kind", "")).upper(), set(norm(d.get("text", "")).split())) for d in sys_.decisions]
    used: set[int] = set()
    tp = kind_ok = 0
    for gd in gold.decisions:
        gw = set(norm(gd["text"]).split())
        for i, (sk, sw) in enumerate(sys_dec):
            if i in used or not gw or not sw:
                continue
            if len(gw & sw) / min(len(gw), len(sw)) >= 0.6:
                used.add(i)
                tp += 1
                kind_ok += int(sk == gd["kind"])
                break
        else:
            if misses is not None:
                misses.append(Miss(gold.id, "decision", "missed", f"{gd['kind']} {gd['text']}",
                                   (norm(gd["text"]),)))
    if misses is not None:
        for i, d in enumerate(sys_.decisions):
            if i not in used:
                misses.append(Miss(gold.id, "decision", "spurious",
                                   f"{sys_dec[i][0]} {d.get('text', '')}", evidence=_span(d)))
    return [tp, len(sys_dec) - tp, len(gold.decisions) - tp, kind_ok]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 in percent, rounded to one decimal."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(100 * p, 1), "R": round(100 * r, 1), "F": round(100 * f, 1)}


#: What each list of a gold file must hold for scoring: keys every item needs, and keys
#: whose value, when given, must be text. Anything else is read as leniently as the scorer does.
_GOLD_SHAPE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "entities": ((), ("name",)),
    "positions": (("person",), ("role",)),
    "events": (("type",), ("date",)),
    "relations": (("type", "child", "parent"), ()),
    "decisions": (("text", "kind"), ("text",)),
}
_RECORD_SHAPE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "entities": ((), ("name",)),
    "positions": ((), ("role",)),
    "events": ((), ()),
    "relations": ((), ()),
    "decisions": ((), ("text",)),
}


def shape_problem(obj: Any, gold: bool) -> str | None:
    """Why a gold file's or a record's JSON cannot be scored, or None when it can."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    if gold and obj.get("doc") is None and obj.get("id") is None:
        return "no `doc` id"
    for key, (required, texts) in (_GOLD_SHAPE if gold else _RECORD_SHAPE).items():
        items = obj.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            return f"`{key}` is not a list"
        for i, item in enumerate(items):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                return f"{where} is not an object"
            for k in required:
                if k not in item:
                    return f"{where} has no `{k}`"
            for k in texts:
                if item.get(k) is not None and not isinstance(item[k], str):
                    return f"{where}.{k} is not text"
            aliases, parts = item.get("aliases"), item.get("participants")
            if aliases is not None and not (isinstance(aliases, list)
                                            and all(isinstance(a, str) for a in aliases)):
                return f"{where}.aliases is not a list of names"
            if parts is not None and not isinstance(parts, list):
                return f"{where}.participants is not a list"
    return None


def load_gold(gold_dir: Path, problems: list[str]) -> dict[str, ScoredDoc]:
    """Every ``*.json`` gold file of a folder, by document id.

    A file that cannot be read or scored is skipped and described, one line each, in
    ``problems``; a folder that does not exist raises InputError.
    """
    if not gold_dir.is_dir():
        raise InputError("gold folder not found", where=str(gold_dir),
                         todo="give a folder of gold JSON files, one per article")
    golds: dict[str, ScoredDoc] = {}
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
        doc = ScoredDoc.of(obj)
        golds[doc.id] = doc
    return golds


def load_records(lines: Iterable[str], where: str, problems: list[str]) -> dict[str, ScoredDoc]:
    """Records by id from JSON lines (a later line with the same id wins).

    A line that is not a record is skipped and described, with its line number, in ``problems``.
    """
    out: dict[str, ScoredDoc] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"skipped {where}:{n}: not JSON ({exc}) "
                            "(give the lines written by `sijill extract`)")
            continue
        why = shape_problem(obj, gold=False)
        if why is not None:
            problems.append(f"skipped {where}:{n}: not a record: {why} (see spec/record.md)")
            continue
        doc = ScoredDoc.of(obj)
        out[doc.id] = doc
    return out


def score(golds: dict[str, ScoredDoc], systems: dict[str, ScoredDoc],
          ids: set[str] | None = None, misses: list[Miss] | None = None) -> dict[str, Any]:
    """The figures of records against gold documents, overall and per document; every missed,
    spurious and wrong item is appended to ``misses`` when it is given."""
    tally = Tally()
    per_doc = []
    missing = []
    for doc_id, g in golds.items():
        if ids is not None and doc_id not in ids:
            continue
        s = systems.get(doc_id)
        if s is None:
            missing.append(doc_id)
            s = ScoredDoc.of({"id": doc_id})
        counts, pair = _entities(g, s, misses)
        for t in TYPES:
            tally.entities[t] = [a + b for a, b in zip(tally.entities[t], counts[t])]
        pos, ev = _positions(g, s, pair, misses), _events(g, s, pair, misses)
        tally.positions = [a + b for a, b in zip(tally.positions, pos)]
        tally.events = [a + b for a, b in zip(tally.events, ev)]
        if g.has_structure:
            tally.structure_docs += 1
            rel, dec = _relations(g, s, pair, misses), _decisions(g, s, misses)
            tally.relations = [a + b for a, b in zip(tally.relations, rel)]
            tally.decisions = [a + b for a, b in zip(tally.decisions, dec)]
        if g.published:
            tally.published[1] += 1
            tally.published[0] += int(str(s.published or "")[:10] == g.published)
        ent_sum = [sum(counts[t][k] for t in TYPES) for k in range(3)]
        per_doc.append({"doc": doc_id, "entities": _doc_f(ent_sum), "positions": _doc_f(pos[:3]),
                        "events": _doc_f(ev[:3])})
    all_ent = [sum(tally.entities[t][k] for t in TYPES) for k in range(3)]
    pos, ev, dec = tally.positions, tally.events, tally.decisions
    return {
        "docs": len(per_doc), "missing_docs": missing,
        "entities": prf(*all_ent),
        "entities_by_type": {t: prf(*tally.entities[t]) for t in TYPES},
        "positions": prf(*pos[:3]),
        "position_status_acc": round(100 * pos[3] / pos[4], 1) if pos[4] else None,
        "events": prf(*ev[:3]),
        "event_date_acc": round(100 * ev[3] / ev[4], 1) if ev[4] else None,
        "published_acc": round(100 * tally.published[0] / tally.published[1], 1) if tally.published[1] else None,
        "structure_docs": tally.structure_docs,
        "relations": prf(*tally.relations),
        "decisions": prf(*dec[:3]),
        "decision_kind_acc": round(100 * dec[3] / dec[0], 1) if dec[0] else None,
        "per_doc": per_doc,
    }


def _doc_f(counts: list[int]) -> float | None:
    """A document's F1, or None when neither gold nor system has anything of the kind."""
    return prf(*counts)["F"] if any(counts) else None


def format_table(res: dict[str, Any]) -> list[str]:
    """The figures as lines of a plain-text table."""
    def row(name: str, v: dict[str, float], tail: str = "") -> str:
        return f"{name:<10} P {v['P']:5}  R {v['R']:5}  F1 {v['F']:5}   {tail}".rstrip()

    lines = [f"docs {res['docs']}  missing {len(res['missing_docs'])}"
             + (f" ({', '.join(res['missing_docs'])})" if res["missing_docs"] else "")]
    lines.append(row("entities", res["entities"], "  ".join(
        f"{t} {v['F']}" for t, v in res["entities_by_type"].items())))
    lines.append(row("positions", res["positions"], f"status acc {res['position_status_acc']}"))
    lines.append(row("events", res["events"], f"date acc {res['event_date_acc']}"))
    lines.append(f"published acc {res['published_acc']}")
    if res["structure_docs"]:
        lines.append(row("relations", res["relations"], f"({res['structure_docs']} docs)"))
        lines.append(row("decisions", res["decisions"], f"kind acc {res['decision_kind_acc']}"))
    lines.append("")
    lines.append(f"{'doc':<20} {'entities':>9} {'positions':>10} {'events':>7}")
    for d in res["per_doc"]:
        cells = ["-" if d[k] is None else str(d[k]) for k in ("entities", "positions", "events")]
        lines.append(f"{d['doc']:<20} {cells[0]:>9} {cells[1]:>10} {cells[2]:>7}")
    return lines
