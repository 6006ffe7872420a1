"""Cross-validation of the learned position decision against the rules alone, on the same
held-out articles, scored by the reference scorer.

Two folds of one annotated set (split by sorted id into halves, each decided by a model
trained on the other half):

    .venv/bin/python training/claims/crossval.py ../shared/dev/gold ../shared/dev/articles.jsonl \\
        --out /tmp/claims-cv [--scorer ../shared/tools/score_records.py]

Several annotated sets, with named folds (``TRAIN:TEST``, each side a ``+``-joined list of id
ranges such as ``d01-d60`` or ``s89-s120``; ``--skip`` keeps ids out of everything, even
scoring):

    .venv/bin/python training/claims/crossval.py ../shared/dev/gold ../shared/dev/articles.jsonl \\
        --more training/claims/annotated/gold /tmp/annot.jsonl --skip s121-s136 \\
        --fold d01-d60+s01-s88:s89-s120 --fold s01-s120:d01-d60 --out /tmp/claims-cv \\
        [--cache /tmp/claims-cv/docs.pickle] [--ship model.json]

Each fold's model chooses its thresholds out of fold inside its training articles. It writes
``rules-K.jsonl`` (no model) and ``model-K.jsonl`` (the held-out articles decided by the model
of fold K) and prints the scorer's figures for both. ``--cache`` keeps the rules' documents
between runs (delete it after changing the rules). ``--ship`` writes the model trained on every
article that is not skipped, enabled only when it beats the rules on every fold's held-out
articles (position F1, status accuracy not lower) and on the ``--also`` articles.
"""

from __future__ import annotations

import argparse
import pickle
import re
import subprocess
import sys
from pathlib import Path

from sijill.claims.learned import ClaimModel, keep_positions, use_model
from sijill.claims.model import sentence_views
from sijill.claims.train import ALTERNATIVES, examples_of, fit, run_rules
from sijill.doc import Doc
from sijill.evaluate import ScoredDoc
from sijill.read import read_inputs
from sijill.record import dumps, to_record

Figures = dict[str, float]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("articles", nargs="+")
    ap.add_argument("--more", nargs=2, action="append", default=[], metavar=("GOLD_DIR", "ARTICLES"),
                    help="Another annotated set (repeatable)")
    ap.add_argument("--fold", action="append", default=[], metavar="TRAIN:TEST",
                    help="Train on these ids, score those (id ranges joined by +); default: halves")
    ap.add_argument("--skip", default="", help="Ids never used, not even for scoring (ranges joined by +)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cache", type=Path, help="Pickle of the rules' documents, reused when present")
    ap.add_argument("--alternatives", action="store_true", default=ALTERNATIVES,
                    help="The model also weighs the other readings of each title (default: it "
                         "only keeps or drops the rules' readings)")
    ap.add_argument("--scorer", type=Path, default=Path("../shared/tools/score_records.py"))
    ap.add_argument("--ship", type=Path,
                    help="Also write the model trained on every article here, enabled only when "
                         "the held-out position F1 of the model beats the rules' on every fold")
    ap.add_argument("--also", nargs=2, type=Path, metavar=("GOLD_DIR", "ARTICLES"),
                    help="Other annotated articles, never trained on (the seeds): the shipped "
                         "model must not lower their position F1 either")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    skip = _ids(args.skip)
    sets = [(args.gold_dir, list(args.articles))] + [(Path(g), [a]) for g, a in args.more]
    gold = _merged_gold(args.out / "gold", [g for g, _ in sets], skip)
    docs = _rules_docs(sets, skip, args.cache)
    alternatives = args.alternatives
    examples = {doc.id: examples_of(doc, g, alternatives) for doc, g in docs}
    ids = [d.id for d, _ in docs]
    if args.fold:
        specs = [f.split(":", 1) for f in args.fold]
        folds = [(_select(ids, train), _select(ids, test)) for train, test in specs]
    else:
        half = len(ids) // 2
        folds = [(ids[half:], ids[:half]), (ids[:half], ids[half:])]
        specs = [[_span(train), _span(test)] for train, test in folds]
    by_id = {d.id: d for d, _ in docs}
    results: list[dict[str, tuple[float, float]]] = []
    for k, (train, test) in enumerate(folds):
        model = fit([examples[i] for i in train], alternatives=alternatives)
        print(f"fold {k + 1}: trained on {len(train)} ({specs[k][0]}), scored on {len(test)} "
              f"({specs[k][1]}); {model.card}; thresholds {model.threshold} / "
              f"{model.threshold_new}; enabled {model.enabled}", file=sys.stderr)
        _write(args.out / f"rules-{k + 1}.jsonl", [by_id[i] for i in test], None)
        _write(args.out / f"model-{k + 1}.jsonl", [by_id[i] for i in test], model)
        fig = {}
        for name in ("rules", "model"):
            print(f"== fold {k + 1}: {specs[k][1]} held out ({len(test)} docs), {name}")
            fig[name] = _score(args.scorer, gold, args.out / f"{name}-{k + 1}.jsonl", test)
        results.append(fig)
    if args.ship:
        model = fit(list(examples.values()), alternatives=alternatives)
        beats = all(f["model"][0] > f["rules"][0] and f["model"][1] >= f["rules"][1] for f in results)
        model.enabled = model.enabled and beats
        if args.also:
            other = _elsewhere(model, args.also[0], args.also[1], args.out, args.scorer)
            model.card["other_position_f1"] = {k: v[0] for k, v in other.items()}
            model.enabled = model.enabled and other["model"][0] >= other["rules"][0]
        model.card.update({
            "held_out_position_f1": [{k: v[0] for k, v in f.items()} for f in results],
            "held_out_folds": [f"trained on {train}, scored on {test}" for train, test in specs],
            "trained_on": f"{len(ids)} articles, {_span(ids)}" + (f" (never {args.skip})" if skip else ""),
            "enabled_because": "held-out F1 of the model vs the rules on every fold"})
        model.save(args.ship)
        print(f"model written to {args.ship}: enabled {model.enabled}; {model.card}")


def _ids(spec: str) -> set[str]:
    """The ids of ``a01-a20+b3-b5``: each range keeps its letters and zero padding."""
    out: set[str] = set()
    for part in filter(None, spec.split("+")):
        m = re.fullmatch(r"([A-Za-z_]*)(\d+)-(?:[A-Za-z_]*)(\d+)", part)
        if m is None:
            out.add(part)
            continue
        prefix, lo, hi = m.group(1), m.group(2), m.group(3)
        for n in range(int(lo), int(hi) + 1):
            out.add(f"{prefix}{n:0{len(lo)}d}")
    return out


def _select(ids: list[str], spec: str) -> list[str]:
    wanted = _ids(spec)
    return [i for i in ids if i in wanted]


def _span(ids: list[str]) -> str:
    """The first and last id, numbers in numeric order (s99 before s100)."""
    if not ids:
        return "none"
    order = sorted(ids, key=lambda i: (i.rstrip("0123456789"), len(i), i))
    return f"{order[0]}..{order[-1]}"


def _merged_gold(where: Path, dirs: list[Path], skip: set[str]) -> Path:
    """One folder of links to every gold file not skipped (the scorer reads one folder)."""
    where.mkdir(parents=True, exist_ok=True)
    for old in where.glob("*.json"):
        old.unlink()
    for d in dirs:
        for f in sorted(d.glob("*.json")):
            if f.stem not in skip:
                (where / f.name).symlink_to(f.resolve())
    return where


def _rules_docs(sets: list[tuple[Path, list[str]]], skip: set[str],
                cache: Path | None) -> list[tuple[Doc, ScoredDoc]]:
    if cache is not None and cache.exists():
        with open(cache, "rb") as f:
            docs: list[tuple[Doc, ScoredDoc]] = pickle.load(f)  # our own file, written below
    else:
        docs = []
        for gold_dir, articles in sets:
            docs += run_rules(gold_dir, (a for a in read_inputs(articles)
                                         if getattr(a, "id", None) not in skip))
        if cache is not None:
            with open(cache, "wb") as f:
                pickle.dump(docs, f)
    return sorted(((d, g) for d, g in docs if d.id not in skip), key=lambda dg: dg[0].id)


def _write(path: Path, docs: list[Doc], model: ClaimModel | None) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for doc in docs:
            found = doc.claims["positions"]
            if model is not None:
                use_model(ClaimModel(**{**model.__dict__, "enabled": True}))
                doc.claims["positions"] = keep_positions(doc, sentence_views(doc), found)
                use_model(False)
            out.write(dumps(to_record(doc)) + "\n")
            doc.claims["positions"] = found


def _elsewhere(model: ClaimModel, gold: Path, articles: Path, out: Path,
               scorer: Path) -> dict[str, tuple[float, float]]:
    """Position F1 of the rules alone and with ``model`` on other annotated articles."""
    docs = [d for d, _ in run_rules(gold, read_inputs([str(articles)]))]
    figures = {}
    for name in ("rules", "model"):
        path = out / f"other-{name}.jsonl"
        _write(path, docs, model if name == "model" else None)
        print(f"== {gold}, {name} (model trained on every article)")
        figures[name] = _score(scorer, gold, path, None)
    return figures


def _score(scorer: Path, gold: Path, records: Path, ids: list[str] | None) -> tuple[float, float]:
    """Print the scorer's main lines; return its position F1 and status accuracy."""
    cmd = [sys.executable, str(scorer), str(gold), str(records)] + \
        ([f"--ids={','.join(ids)}"] if ids else [])
    lines = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.splitlines()
    print("\n".join(line for line in lines if line.split()[:1] in (["entities"], ["positions"],
                                                                     ["events"], ["relations"])))
    found = [line.split() for line in lines if line.startswith("positions")]
    if not found:
        return 0.0, 0.0
    words = found[0]
    status = float(words[words.index("acc") + 1]) if "acc" in words else 0.0
    return float(words[words.index("F1") + 1]), status


if __name__ == "__main__":
    main()
