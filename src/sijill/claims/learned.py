"""The learned claim decision: rules propose candidate positions, a small logistic model
trained on gold files decides which to keep.

The model is a JSON file of feature weights, an intercept and a threshold (no pickle, no
heavy import at run time: scoring is a sum over a candidate's few features). The shipped one
is ``models/positions.json`` (see ``models/MODEL_CARD.md``); ``SIJILL_CLAIMS_MODEL`` names
another file written by ``sijill train-claims``, or ``off`` to keep every candidate.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sijill.claims.features import Features, position_features
from sijill.claims.model import Position, SentenceView
from sijill.doc import Doc
from sijill.errors import ConfigError

FORMAT = "sijill-claims-logistic/1"
SHIPPED = Path(__file__).resolve().parent / "models" / "positions.json"
ENV = "SIJILL_CLAIMS_MODEL"


@dataclass
class ClaimModel:
    """A logistic model over named features: keep a candidate when its score reaches
    ``threshold``; ``enabled`` False keeps every candidate (the rules alone)."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    enabled: bool = True
    claim: str = "positions"
    #: Whether the model weighs every reading of a title (candidates.py), not only the rules'.
    alternatives: bool = False
    #: The score a reading the rules did not propose needs (None: ``threshold``).
    threshold_new: float | None = None
    card: dict[str, Any] = field(default_factory=dict)

    def score(self, features: Features) -> float:
        """The probability that the candidate is a real claim."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def keeps(self, features: Features) -> bool:
        """Whether the candidate is kept."""
        return not self.enabled or self.score(features) >= self.threshold

    def to_json(self) -> dict[str, Any]:
        """The model as a JSON object (weights sorted, so the same model gives the same file)."""
        return {"format": FORMAT, "claim": self.claim, "enabled": self.enabled,
                "threshold": self.threshold, "threshold_new": self.threshold_new,
                "alternatives": self.alternatives, "intercept": round(self.intercept, 6),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
                "card": self.card}

    def save(self, path: Path) -> None:
        """Write the model as JSON."""
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ClaimModel:
        """Read a model written by :meth:`save`; ConfigError when the file is not one."""
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read the claims model ({exc})", where=str(path),
                              todo="give a file written by `sijill train-claims`") from exc
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise ConfigError(f"not a claims model (format is not {FORMAT})", where=str(path),
                              todo="give a file written by `sijill train-claims`")
        try:
            return cls({str(k): float(v) for k, v in obj["weights"].items()},
                       float(obj["intercept"]), float(obj["threshold"]), bool(obj["enabled"]),
                       str(obj.get("claim", "positions")), bool(obj.get("alternatives", False)),
                       None if obj.get("threshold_new") is None else float(obj["threshold_new"]),
                       dict(obj.get("card") or {}))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"malformed claims model ({exc!r})", where=str(path),
                              todo="retrain it with `sijill train-claims`") from exc


@lru_cache(maxsize=4)
def _load(path: str) -> ClaimModel | None:
    file = Path(path)
    if path == str(SHIPPED) and not file.exists():
        return None  # a checkout without a trained model: the rules alone
    return ClaimModel.load(file)


#: A model set in-process (training runs the rules alone); ``False`` when none was set.
_chosen: list[ClaimModel | None | bool] = [False]


def use_model(model: ClaimModel | None | bool) -> None:
    """Use ``model`` for the decisions of this process (None: the rules alone; False: back to
    the environment's or the shipped model)."""
    _chosen[0] = model


def active_model() -> ClaimModel | None:
    """The model that decides: one set by :func:`use_model`, else ``$SIJILL_CLAIMS_MODEL``
    (``off`` for none), else the shipped one."""
    chosen = _chosen[0]
    if chosen is not False:
        return chosen if isinstance(chosen, ClaimModel) else None
    name = os.environ.get(ENV, "").strip()
    if name.lower() in ("off", "none", "0", "rules"):
        return None
    return _load(name or str(SHIPPED))


def decide(scores: Sequence[float], groups: Sequence[int], rules: Sequence[bool],
           keys: Sequence[tuple[int, int, str]], threshold: float,
           threshold_new: float | None = None) -> list[bool]:
    """Which candidates to keep. A reading the rules proposed passes at ``threshold``, another
    reading at ``threshold_new`` (default: the same). In each title's group (``groups``, -1
    for none) another reading is kept when it passes and beats every reading of the rules for
    that title; it then replaces the rules' readings of the same person (the rules' readings
    of other people named with the title stay). A position kept twice is kept once."""
    bar_new = threshold if threshold_new is None else threshold_new
    passes = [s >= (threshold if r else bar_new) for s, r in zip(scores, rules)]
    best: dict[int, int] = {}
    for i, g in enumerate(groups):
        if g >= 0 and (g not in best or scores[i] > scores[best[g]]):
            best[g] = i
    kept: list[bool] = []
    seen: set[tuple[int, int, str]] = set()
    for i, g in enumerate(groups):
        keep = passes[i]
        if keep and g >= 0:
            top = best[g]
            if rules[i]:  # replaced by a better new reading of the same person
                keep = rules[top] or not passes[top] or keys[top][0] != keys[i][0]
            else:
                keep = top == i
        if keep and keys[i] in seen:
            keep = False
        if keep:
            seen.add(keys[i])
        kept.append(keep)
    return kept


def readings(doc: Doc, views: Sequence[SentenceView], positions: list[Position],
             alternatives: bool) -> tuple[list[Position], list[Features], list[int], list[bool]]:
    """The candidates (the rules' positions, and with ``alternatives`` every other reading of
    their titles), their features, title groups and whether the rules proposed each."""
    if not alternatives:
        return positions, position_features(doc, views, positions), [-1] * len(positions), \
            [True] * len(positions)
    from sijill.claims.candidates import candidates

    cands = candidates(views, positions)
    found = [c.position for c in cands]
    feats = position_features(doc, views, found, [c.title for c in cands], positions)
    group_ids: dict[tuple[int, int], int] = {}
    groups = []
    for c, f in zip(cands, feats):
        if c.rule:
            f["rule"] = 1.0
        for trait in c.traits:
            f[trait] = 1.0
        groups.append(-1 if c.title is None else
                      group_ids.setdefault((c.title.start, c.title.end), len(group_ids)))
    return found, feats, groups, [c.rule for c in cands]


def position_key(p: Position) -> tuple[int, int, str]:
    """What makes two positions the same claim: person, organisation and role."""
    return (id(p.person), id(p.org), p.role)


def keep_positions(doc: Doc, views: Sequence[SentenceView], positions: list[Position]) -> list[Position]:
    """The positions the active model keeps (the rules' own without a model)."""
    model = active_model()
    if model is None or not model.enabled:
        return positions
    found, feats, groups, rules = readings(doc, views, positions, model.alternatives)
    scores = [model.score(f) for f in feats]
    kept = decide(scores, groups, rules, [position_key(p) for p in found], model.threshold,
                  model.threshold_new)
    return [p for p, k in zip(found, kept) if k]
