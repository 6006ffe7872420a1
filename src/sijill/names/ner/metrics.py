"""CoNLL-2003 entity-level exact-match precision, recall and F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[str, int, int]


@dataclass(frozen=True)
class Score:
    """Precision/recall/F1 (fractions in 0..1) with gold and predicted counts."""

    precision: float
    recall: float
    f1: float
    n_gold: int
    n_pred: int
    n_correct: int


def get_spans(tags: Sequence[str]) -> list[Span]:
    """Return (type, start, end_exclusive) entity spans as conlleval reads IOB tags."""
    spans: list[Span] = []
    etype = ""
    start = -1
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if prefix not in ("B", "I", "E", "S") or not t:
            prefix, t = "O", ""
        begins = prefix in ("B", "S") or (prefix in ("I", "E") and t != etype)
        if start >= 0 and (prefix == "O" or begins):
            spans.append((etype, start, i))
            start, etype = -1, ""
        if prefix != "O" and (begins or start < 0):
            start, etype = i, t
    return spans


def _score(correct: int, n_pred: int, n_gold: int) -> Score:
    """Build a Score from counts."""
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, n_gold, n_pred, correct)


def entity_scores(
    gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]
) -> dict[str, Score]:
    """Score predicted against gold tag sequences per type; key 'micro' is the micro average."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in number of sentences")
    g_cnt: Counter[str] = Counter()
    p_cnt: Counter[str] = Counter()
    c_cnt: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError("gold and pred sentence lengths differ")
        gs, ps = set(get_spans(g)), set(get_spans(p))
        g_cnt.update(s[0] for s in gs)
        p_cnt.update(s[0] for s in ps)
        c_cnt.update(s[0] for s in gs & ps)
    out = {t: _score(c_cnt[t], p_cnt[t], g_cnt[t]) for t in sorted(set(g_cnt) | set(p_cnt))}
    out["micro"] = _score(sum(c_cnt.values()), sum(p_cnt.values()), sum(g_cnt.values()))
    return out


def format_report(scores: dict[str, Score]) -> str:
    """Format a per-type table; the last line is exactly `F1 <micro F1 %, 2 decimals>`."""
    lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for name, s in scores.items():
        lines.append(
            f"{name:<8}{100 * s.precision:8.2f}{100 * s.recall:8.2f}{100 * s.f1:8.2f}"
            f"{s.n_gold:7d}{s.n_pred:7d}"
        )
    lines.append(f"F1 {100 * scores['micro'].f1:.2f}")
    return "\n".join(lines)
