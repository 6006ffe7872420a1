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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sijill.claims.features import Features, position_features
from sijill.claims.learned import ClaimModel, use_model
from sijill.claims.model import sentence_views
from sijill.doc import Doc
from sijill.errors import InputError, SijillError
from sijill.evaluate import ScoredDoc, _entities, _same, _to_gold, load_gold, role_key
from sijill.read.article import Article, Problem
from sijill.record import to_record

#: Regularisation of the logistic regression (inverse strength); small data wants a firm prior.
C = 0.3
FOLDS = 5


@dataclass
class DocExamples:
    """One document's candidates: features, labels, and how many positions its gold holds."""

    doc: str
    features: list[Features]
    labels: list[bool]
    gold_positions: int


def _state_org(ent: Any) -> Any:
    """A post whose organisation is only a place counts as one with none (annotators write
    either)."""
    return None if ent is not None and ent.type == "LOC" else ent


def label_positions(record: dict[str, Any], gold: ScoredDoc) -> list[bool]:
    """For each position of ``record``, whether the scorer matches it to a gold position."""
    system = ScoredDoc.of(record)
    _, pair = _entities(gold, system)
    cands = [(_to_gold(system.resolve(p.get("person")), pair),
              _state_org(_to_gold(system.resolve(p.get("org")), pair)) if p.get("org") else None,
              role_key(p.get("role", ""))) for p in system.positions]
    used: set[int] = set()
    for gp in gold.positions:
        person = gold.resolve(gp["person"])
        org = _state_org(gold.resolve(gp.get("org")) if gp.get("org") else None)
        key = role_key(gp.get("role", ""))
        for i, (sp, so, sk) in enumerate(cands):
            if i in used or sk != key or not _same(person, sp):
                continue
            if key != "MINISTER" and ((org is None) != (so is None) or
                                      (org is not None and not _same(org, so))):
                continue
            used.add(i)
            break
    return [i in used for i in range(len(cands))]


def examples_of(doc: Doc, gold: ScoredDoc) -> DocExamples:
    """The candidates of a document the pipeline ran on with no model, labelled."""
    positions = doc.claims.get("positions", [])
    feats = position_features(doc, sentence_views(doc), positions)
    labels = label_positions(dict(to_record(doc)), gold)
    return DocExamples(doc.id, feats, labels, len(gold.positions))


def collect(gold_dir: Path, articles: Iterable[Article | Problem],
            on_problem: Callable[[str], None] | None = None) -> list[DocExamples]:
    """Run the rules (no model) on every article that has a gold file, and label the candidates.

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
    out: list[DocExamples] = []
    use_model(None)
    try:
        for item in articles:
            if isinstance(item, Problem):
                if on_problem is not None:
                    on_problem(f"skipped {item}")
                continue
            if item.id in golds:
                out.append(examples_of(run(make_doc(item)), golds[item.id]))
    finally:
        use_model(False)
    if not out:
        raise InputError("no article has a gold file", where=str(gold_dir),
                         todo="the articles' ids must equal the gold files' `doc` ids")
    return out


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


def f1_at(scored: Sequence[tuple[float, bool]], gold: int, threshold: float | None) -> float:
    """Position F1 when candidates scoring below ``threshold`` are dropped (None: keep all)."""
    kept = [y for s, y in scored if threshold is None or s >= threshold]
    tp = sum(kept)
    return 2 * tp / (len(kept) + gold) if kept or gold else 0.0


def _best_threshold(scored: Sequence[tuple[float, bool]], gold: int) -> tuple[float, float]:
    """The threshold with the highest F1 on ``scored`` (the lowest among ties), and that F1."""
    best, best_f = 0.0, f1_at(scored, gold, None)
    for t in sorted({s for s, _ in scored}):
        f = f1_at(scored, gold, t)
        if f > best_f + 1e-9:
            best, best_f = t, f
    return best, best_f


def fit(docs: Sequence[DocExamples], seed: int = 13) -> ClaimModel:
    """The model for ``docs``: weights on all of them, threshold from out-of-fold scores.

    The model is enabled only when the out-of-fold F1 beats keeping every candidate."""
    ordered = sorted(docs, key=lambda d: d.doc)
    folds = [ordered[k::FOLDS] for k in range(FOLDS)] if len(ordered) >= FOLDS else [ordered]
    scored: list[tuple[float, bool]] = []
    for k, held in enumerate(folds):
        train = [d for j, f in enumerate(folds) if j != k for d in f] if len(folds) > 1 else held
        try:
            model = _fit_raw(train, seed)
        except SijillError:
            continue
        scored += [(model.score(x), y) for d in held for x, y in zip(d.features, d.labels)]
    gold = sum(d.gold_positions for d in ordered)
    threshold, oof_f1 = _best_threshold(scored, gold)
    rules_f1 = f1_at([(0.0, y) for d in ordered for y in d.labels], gold, None)
    model = _fit_raw(ordered, seed)
    model.threshold = threshold
    model.enabled = threshold > 0.0 and oof_f1 > rules_f1
    cands = sum(len(d.labels) for d in ordered)
    model.card = {"docs": len(ordered), "candidates": cands,
                  "right_candidates": sum(sum(d.labels) for d in ordered),
                  "gold_positions": gold, "C": C, "folds": len(folds), "seed": seed,
                  "rules_f1": round(100 * rules_f1, 1),
                  "out_of_fold_f1": round(100 * oof_f1, 1), "library": _library()}
    return model


def _library() -> str:
    import sklearn

    return f"scikit-learn {sklearn.__version__}"
