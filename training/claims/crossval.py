"""Two-fold cross-validation of the learned position decision against the rules alone, on
the same held-out articles, scored by the reference scorer.

    .venv/bin/python training/claims/crossval.py ../shared/dev/gold ../shared/dev/articles.jsonl \\
        --out /tmp/claims-cv [--scorer ../shared/tools/score_records.py]

The articles are split by sorted id into a first and a second half; a model trained on one
half (threshold chosen out of fold inside that half) decides the other half's positions.
It writes `rules.jsonl` (no model) and `model.jsonl` (every document decided by the model that
did not train on it) and prints the scorer's figures for both, per half and together.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from sijill.claims.learned import ClaimModel, keep_positions, use_model
from sijill.claims.model import sentence_views
from sijill.claims.train import examples_of, fit, run_rules
from sijill.read import read_inputs
from sijill.record import dumps, to_record


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("articles", nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--scorer", type=Path, default=Path("../shared/tools/score_records.py"))
    ap.add_argument("--ship", type=Path,
                    help="Also write the model trained on every article here, enabled only when "
                         "the held-out position F1 of the model beats the rules'")
    ap.add_argument("--also", nargs=2, type=Path, metavar=("GOLD_DIR", "ARTICLES"),
                    help="Other annotated articles, never trained on (the seeds): the shipped "
                         "model must not lower their position F1 either")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docs = sorted(run_rules(args.gold_dir, read_inputs(args.articles)), key=lambda dg: dg[0].id)
    examples = {doc.id: examples_of(doc, gold) for doc, gold in docs}
    half = len(docs) // 2
    halves = [docs[:half], docs[half:]]
    with open(args.out / "rules.jsonl", "w", encoding="utf-8") as rules_out, \
            open(args.out / "model.jsonl", "w", encoding="utf-8") as model_out:
        for k, held in enumerate(halves):
            model = fit([examples[d.id] for d, _ in halves[1 - k]])
            print(f"model trained on half {2 - k}: {model.card}; thresholds {model.threshold} / "
                  f"{model.threshold_new}; enabled {model.enabled}", file=sys.stderr)
            for doc, _ in held:
                rules_out.write(dumps(to_record(doc)) + "\n")
                found = doc.claims["positions"]
                use_model(ClaimModel(**{**model.__dict__, "enabled": True}))
                doc.claims["positions"] = keep_positions(doc, sentence_views(doc), found)
                use_model(False)
                model_out.write(dumps(to_record(doc)) + "\n")
                doc.claims["positions"] = found
    for k, held in enumerate(halves):
        ids = ",".join(d.id for d, _ in held)
        for name in ("rules", "model"):
            print(f"== half {k + 1} ({held[0][0].id}-{held[-1][0].id}) held out, {name}")
            _score(args.scorer, args.gold_dir, args.out / f"{name}.jsonl", ids)
    figures = {}
    for name in ("rules", "model"):
        print(f"== both halves held out, {name}")
        figures[name] = _score(args.scorer, args.gold_dir, args.out / f"{name}.jsonl", None)
    if args.ship:
        model = fit(list(examples.values()))
        model.enabled = figures["model"] > figures["rules"]
        if args.also:
            other = _elsewhere(model, args.also[0], args.also[1], args.out, args.scorer)
            model.card["other_position_f1"] = other
            model.enabled = model.enabled and other["model"] >= other["rules"]
        model.card.update({"held_out_position_f1": figures, "trained_on": "every article given",
                           "enabled_because": "held-out F1 of the model vs the rules, two folds"})
        model.save(args.ship)
        print(f"model written to {args.ship}: enabled {model.enabled}; {model.card}")


def _elsewhere(model: ClaimModel, gold: Path, articles: Path, out: Path,
               scorer: Path) -> dict[str, float]:
    """Position F1 of the rules alone and with ``model`` on other annotated articles."""
    docs = run_rules(gold, read_inputs([str(articles)]))
    figures = {}
    for name in ("rules", "model"):
        path = out / f"other-{name}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for doc, _ in docs:
                found = doc.claims["positions"]
                if name == "model":
                    use_model(ClaimModel(**{**model.__dict__, "enabled": True}))
                    doc.claims["positions"] = keep_positions(doc, sentence_views(doc), found)
                    use_model(False)
                f.write(dumps(to_record(doc)) + "\n")
                doc.claims["positions"] = found
        print(f"== {gold}, {name} (model trained on every article)")
        figures[name] = _score(scorer, gold, path, None)
    return figures


def _score(scorer: Path, gold: Path, records: Path, ids: str | None) -> float:
    """Print the scorer's main lines; return its position F1."""
    cmd = [sys.executable, str(scorer), str(gold), str(records)] + ([f"--ids={ids}"] if ids else [])
    lines = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.splitlines()
    print("\n".join(line for line in lines if line.split()[:1] in (["entities"], ["positions"],
                                                                     ["events"], ["relations"])))
    found = [line.split() for line in lines if line.startswith("positions")]
    return float(found[0][found[0].index("F1") + 1]) if found else 0.0


if __name__ == "__main__":
    main()
