"""Training the learned claim decision on gold files (needs scikit-learn: ``pip install
sijill[train]``).

Each candidate position of the rules is labelled by matching it against the gold file with
the reference scorer's semantics (person, role class and organisation; a country counts as no
organisation; a minister's organisation is not compared). A logistic regression is fitted on
the candidates' features; the threshold is the one that maximises position F1 on
out-of-fold scores of the training documents, so it is not tuned on what it is scored on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sijill.claims.features import Features
from sijill.claims.learned import ClaimModel, decide, position_key, readings, use_model
from sijill.claims.model import sentence_views
from sijill.doc import Doc
from sijill.errors import InputError, SijillError
from sijill.evaluate import (
    ScoredDoc,
    _entities,
    _to_gold,
    load_gold,
    role_key,
    same_post,
    state_org,
)
from sijill.read.article import Article, Problem
from sijill.record import to_record

#: Regularisation of the logistic regression (inverse strength); small data wants a firm prior.
C = 0.1
FOLDS = 5
#: Whether the decision also weighs the other readings of each title (candidates.py), or only
#: keeps or drops the rules' readings (a filter). Measured on held-out articles with the rules
#: of 2026-12-07 the other readings were never worth adding, and the filter did at least as
#: well (models/MODEL_CARD.md), so training builds a filter unless asked otherwise.
ALTERNATIVES = False
#: How much the out-of-fold F1 must beat the rules' for the model to be enabled: less is noise
#: (on ~1000 gold positions, half a point is five positions).
MARGIN = 0.005


@dataclass
class DocExamples:
    """One document's candidates: features, the gold positions each matches, title groups,
    whether the rules proposed each, their identity keys, and the gold's position count."""

    doc: str
    features: list[Features]
    matches: list[list[int]]
    gold_positions: int
    groups: list[int] = field(default_factory=list)
    rules: list[bool] = field(default_factory=list)
    keys: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.features)
        self.groups = self.groups or [-1] * n
        self.rules = self.rules or [True] * n
        self.keys = self.keys or [(i, 0, "") for i in range(n)]

    @property
    def labels(self) -> list[bool]:
        """Whether each candidate matches some gold position."""
        return [bool(m) for m in self.matches]

    def right(self, kept: Sequence[bool]) -> int:
        """How many of the kept candidates the scorer counts right (one per gold position,
        taken in gold order, as the scorer does)."""
        used: set[int] = set()
        for g in range(self.gold_positions):
            for i, m in enumerate(self.matches):
                if kept[i] and i not in used and g in m:
                    used.add(i)
                    break
        return len(used)


def gold_matches(record: dict[str, Any], gold: ScoredDoc) -> list[list[int]]:
    """For each position of ``record``, the gold positions (by index) it would match."""
    system = ScoredDoc.of(record)
    _, pair = _entities(gold, system)
    cands = [(_to_gold(system.resolve(p.get("person")), pair),
              state_org(_to_gold(system.resolve(p.get("org")), pair)) if p.get("org") else None,
              role_key(p.get("role", ""))) for p in system.positions]
    out: list[list[int]] = [[] for _ in cands]
    for g, gp in enumerate(gold.positions):
        person = gold.resolve(gp["person"])
        org = state_org(gold.resolve(gp.get("org")) if gp.get("org") else None)
        key = role_key(gp.get("role", ""))
        for i, (sp, so, sk) in enumerate(cands):
            if same_post(person, org, key, sp, so, sk):
                out[i].append(g)
    return out


def label_positions(record: dict[str, Any], gold: ScoredDoc) -> list[bool]:
    """For each position of ``record``, whether the scorer matches it to a gold position."""
    matches = gold_matches(record, gold)
    ex = DocExamples(str(record.get("id")), [{} for _ in matches], matches, len(gold.positions))
    used: set[int] = set()
    for g in range(ex.gold_positions):
        i = next((i for i, m in enumerate(matches) if i not in used and g in m), None)
        if i is not None:
            used.add(i)
    return [i in used for i in range(len(matches))]


def examples_of(doc: Doc, gold: ScoredDoc, alternatives: bool = ALTERNATIVES) -> DocExamples:
    """The candidates of a document the pipeline ran on with no model, with their matches."""
    views = sentence_views(doc)
    found, feats, groups, rules = readings(doc, views, doc.claims.get("positions", []), alternatives)
    keep = doc.claims.get("positions", [])
    doc.claims["positions"] = found
    try:
        matches = gold_matches(dict(to_record(doc)), gold)
    finally:
        doc.claims["positions"] = keep
    return DocExamples(doc.id, feats, matches, len(gold.positions), groups, rules,
                       [position_key(p) for p in found])


def run_rules(gold_dir: Path, articles: Iterable[Article | Problem],
              on_problem: Callable[[str], None] | None = None) -> list[tuple[Doc, ScoredDoc]]:
    """Every article that has a gold file, run through the pipeline with no model, with its gold.

    InputError when the gold folder is missing or empty, or when no article has a gold file."""
    from sijill.extract import make_doc
    from sijill.pipeline import Pipeline

    problems: list[str] = []
    golds = load_gold(gold_dir, problems)
    for line in problems:
        if on_problem is not None:
            on_problem(line)
    if not golds:
        raise InputError("no gold file could be read", where=str(gold_dir),
                         todo="give a folder of *.json gold files, one per article")
    run = Pipeline()
    out: list[tuple[Doc, ScoredDoc]] = []
    use_model(None)
    try:
        for item in articles:
            if isinstance(item, Problem):
                if on_problem is not None:
                    on_problem(f"skipped {item}")
                continue
            if item.id not in golds:
                continue
            try:
                out.append((run(make_doc(item)), golds[item.id]))
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop training
                if on_problem is not None:
                    on_problem(f"skipped {item.origin or item.id}: internal error while "
                               f"processing ({type(exc).__name__}: {exc}); please report it")
    finally:
        use_model(False)
    if not out:
        raise InputError("no article has a gold file", where=str(gold_dir),
                         todo="the articles' ids must equal the gold files' `doc` ids")
    return out


def collect(gold_dir: Path, articles: Iterable[Article | Problem],
            on_problem: Callable[[str], None] | None = None) -> list[DocExamples]:
    """The labelled candidates of every article that has a gold file (see :func:`run_rules`)."""
    return [examples_of(doc, gold) for doc, gold in run_rules(gold_dir, articles, on_problem)]


def _matrix(feats: Sequence[Features], vocab: dict[str, int]) -> Any:
    import numpy as np

    x = np.zeros((len(feats), len(vocab)))
    for i, f in enumerate(feats):
        for k, v in f.items():
            j = vocab.get(k)
            if j is not None:
                x[i, j] = v
    return x


def _fit_raw(docs: Sequence[DocExamples], seed: int) -> ClaimModel:
    """A logistic regression on the candidates of ``docs`` (threshold 0.5 for now)."""
    from sklearn.linear_model import LogisticRegression

    feats = [f for d in docs for f in d.features]
    labels = [int(y) for d in docs for y in d.labels]
    vocab = {k: j for j, k in enumerate(sorted({k for f in feats for k in f}))}
    if len(set(labels)) < 2:
        raise SijillError("the candidates are all right or all wrong; nothing to learn from",
                          todo="give more annotated articles")
    clf = LogisticRegression(C=C, solver="liblinear", random_state=seed, max_iter=1000)
    clf.fit(_matrix(feats, vocab), labels)
    weights = {k: float(clf.coef_[0][j]) for k, j in vocab.items() if abs(clf.coef_[0][j]) > 1e-9}
    return ClaimModel(weights, float(clf.intercept_[0]), 0.5)


#: The thresholds tried for the rules' readings and for the other readings. Fixed grids, so
#: the choice depends on the training gold only through out-of-fold F1. The rules' grid goes
#: past 0.5: with the rules' readings right ~80% of the time, a kind of reading right less
#: than half the time may still be worth dropping.
RULE_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
NEW_GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def f1_at(docs: Sequence[DocExamples], scores: Sequence[Sequence[float]],
          threshold: float | None, threshold_new: float | None = None) -> float:
    """Position F1 of the decision at the thresholds (None: the rules' candidates alone)."""
    right = kept_n = gold = 0
    for d, sc in zip(docs, scores):
        if threshold is None:
            kept = decide([1.0] * len(sc), [-1] * len(sc), d.rules, d.keys, 0.5, 2.0)
        else:
            kept = decide(sc, d.groups, d.rules, d.keys, threshold, threshold_new)
        right += d.right(kept)
        kept_n += sum(kept)
        gold += d.gold_positions
    return 2 * right / (kept_n + gold) if kept_n or gold else 0.0


def _best_thresholds(docs: Sequence[DocExamples], scores: Sequence[Sequence[float]],
                     alternatives: bool) -> tuple[float, float | None, float]:
    """The thresholds with the highest F1 (the first on the grids among ties), and that F1."""
    best: tuple[float, float | None, float] = (0.0, None, -1.0)
    for t in RULE_GRID:
        for t_new in (NEW_GRID if alternatives else (None,)):
            f = f1_at(docs, scores, t, t_new)
            if f > best[2] + 1e-9:
                best = (t, t_new, f)
    return best


def fit(docs: Sequence[DocExamples], seed: int = 13, alternatives: bool = ALTERNATIVES) -> ClaimModel:
    """The model for ``docs``: weights on all of them, threshold from out-of-fold scores.

    The model is enabled only when the out-of-fold F1 beats the rules alone by ``MARGIN``."""
    ordered = sorted(docs, key=lambda d: d.doc)
    folds = [ordered[k::FOLDS] for k in range(FOLDS)] if len(ordered) >= FOLDS else [ordered]
    held_docs: list[DocExamples] = []
    held_scores: list[list[float]] = []
    for k, held in enumerate(folds):
        train = [d for j, f in enumerate(folds) if j != k for d in f] if len(folds) > 1 else held
        held_docs += held
        try:
            model = _fit_raw(train, seed)
        except SijillError:  # one class only: this fold's articles keep the rules' readings
            held_scores += [[1.0 if r else 0.0 for r in d.rules] for d in held]
            continue
        held_scores += [[model.score(x) for x in d.features] for d in held]
    threshold, threshold_new, oof_f1 = _best_thresholds(held_docs, held_scores, alternatives)
    rules_f1 = f1_at(ordered, [[0.0] * len(d.features) for d in ordered], None)
    try:
        model = _fit_raw(ordered, seed)
    except SijillError:  # every candidate right (or every one wrong): the rules alone
        if not any(d.features for d in ordered):
            raise
        model, oof_f1 = ClaimModel({}, 0.0, 0.0), rules_f1
    model.threshold, model.threshold_new = threshold, threshold_new
    model.alternatives = alternatives
    model.enabled = oof_f1 >= rules_f1 + MARGIN
    cands = sum(len(d.features) for d in ordered)
    model.card = {"docs": len(ordered), "candidates": cands,
                  "right_candidates": sum(sum(d.labels) for d in ordered),
                  "gold_positions": sum(d.gold_positions for d in ordered), "C": C,
                  "folds": len(folds), "seed": seed, "rules_f1": round(100 * rules_f1, 2),
                  "out_of_fold_f1": round(100 * oof_f1, 2), "margin": 100 * MARGIN, "library": _library()}
    return model


def _library() -> str:
    import sklearn

    return f"scikit-learn {sklearn.__version__}"
