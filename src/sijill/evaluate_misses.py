"""What records miss and add against gold files, each item with the sentence that states it.

``sijill eval --misses`` prints this list so that errors can be grouped by cause: a missed
gold item is shown with the sentence of the record's text that names most of its actors (or,
for a decision, shares most of its words); a spurious or wrong record item with the sentence
around its evidence span. Date expressions are compared as ``shared/tools/score_dates.py``
does: a date gold value counts as found when a DATE entity with that value overlaps where the
expression stands.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from sijill.errors import InputError
from sijill.evaluate import Miss, ScoredDoc, norm

#: Where a sentence ends, for showing evidence: full stops, question and exclamation marks,
#: Arabic semicolons and line breaks.
_SENTENCE_END = re.compile(r"[.!؟?؛\n]+")
_MAX_SHOWN = 400


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _shorten(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _MAX_SHOWN else sentence[:_MAX_SHOWN] + " …"


def sentence_of(text: str, miss: Miss) -> str:
    """The sentence of ``text`` that states ``miss``: around its evidence, else the one that
    names most of its names (folded as the scorer folds them); empty when none does."""
    spans = _sentences(text)
    if miss.evidence is not None:
        start, end = miss.evidence
        hit = [text[a:b] for a, b in spans if a < end and start < b]
        return _shorten(" ".join(hit)) if hit else ""
    names = [n for n in miss.names if n]
    if not names:
        return ""
    best, best_score = "", 0.0
    for a, b in spans:
        folded = norm(text[a:b])
        if miss.kind == "decision":
            words = set(folded.split())
            gold = set(names[0].split())
            score = len(words & gold) / len(gold) if gold else 0.0
        else:
            score = float(sum(1 for n in set(names) if f" {n} " in f" {folded} "))
        if score > best_score:
            best, best_score = text[a:b], score
    return _shorten(best)


def date_misses(dates_dir: Path, systems: dict[str, ScoredDoc], ids: set[str] | None) -> tuple[list[Miss], int, int]:
    """Gold date expressions with a value that no DATE entity of the record gives where the
    expression stands; with the number right and the number of valued expressions."""
    if not dates_dir.is_dir():
        raise InputError("date gold folder not found", where=str(dates_dir),
                         todo="give a folder of date gold JSON files (one per article)")
    out: list[Miss] = []
    right = total = 0
    for f in sorted(dates_dir.glob("*.json")):
        try:
            gold = json.loads(f.read_text(encoding="utf-8"))
            doc_id, items = str(gold["doc"]), list(gold["dates"])
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
            continue  # not a date gold file: the main scorer reports unreadable files
        if ids is not None and doc_id not in ids:
            continue
        rec = systems.get(doc_id)
        text = rec.text if rec else ""
        dates = rec.dates if rec else []
        used: set[int] = set()
        for item in items:
            if not isinstance(item, dict) or not item.get("value"):
                continue
            total += 1
            expr, value = str(item.get("text", "")), str(item["value"])
            pos = text.find(expr)
            hit = None
            for i, e in enumerate(dates):
                if i in used or str(e.get("value")) != value:
                    continue
                spans = [(m.get("start", -1), m.get("end", -1)) for m in e.get("mentions", []) or []
                         if isinstance(m, dict)]
                if pos < 0 or any(s < pos + len(expr) and pos < t for s, t in spans):
                    hit = i
                    break
            if hit is None:
                found = [str(e.get("value")) for e in dates
                         if any(isinstance(m, dict) and pos >= 0
                                and m.get("start", -1) < pos + len(expr) and pos < m.get("end", -1)
                                for m in e.get("mentions", []) or [])]
                got = f" (record: {', '.join(found)})" if found else " (not found)"
                out.append(Miss(doc_id, "date", "missed", f"{expr} -> {value}{got}",
                                evidence=(pos, pos + len(expr)) if pos >= 0 else None))
            else:
                used.add(hit)
                right += 1
    return out, right, total


def format_misses(misses: list[Miss], systems: dict[str, ScoredDoc]) -> list[str]:
    """The misses as text, grouped by document, then a count by kind."""
    lines: list[str] = []
    current = None
    for m in misses:
        if m.doc != current:
            current = m.doc
            lines.append(f"== {m.doc}")
        lines.append(f"{m.kind} {m.which}: {m.what}")
        rec = systems.get(m.doc)
        sentence = sentence_of(rec.text, m) if rec else ""
        if sentence:
            lines.append(f"    « {sentence} »")
    counts = Counter((m.kind, m.which) for m in misses)
    lines.append("")
    lines.append("count  " + "  ".join(f"{k} {w} {n}" for (k, w), n in sorted(counts.items())))
    return lines


def misses_json(misses: list[Miss], systems: dict[str, ScoredDoc]) -> list[dict[str, Any]]:
    """The misses as JSON objects (for scripts that group them)."""
    out = []
    for m in misses:
        rec = systems.get(m.doc)
        out.append({"doc": m.doc, "kind": m.kind, "which": m.which, "what": m.what,
                    "sentence": sentence_of(rec.text, m) if rec else ""})
    return out
