"""``sijill train-claims``: retrain the learned claim decision on your own gold files."""

from __future__ import annotations

from pathlib import Path

import click

from sijill.cli import main
from sijill.errors import SijillError


@main.command("train-claims")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLES...")
@click.option("-o", "--output", required=True, metavar="MODEL.json",
              help="Where to write the model (JSON); use it with SIJILL_CLAIMS_MODEL=MODEL.json.")
@click.option("--seed", type=int, default=13, show_default=True,
              help="Random seed; the same gold, articles and seed give the same model.")
def train_claims(gold_dir: str, articles: tuple[str, ...], output: str, seed: int) -> None:
    """Train the decision that keeps or drops the rules' candidate positions on gold files
    (spec/annotation.md) and the articles they annotate (any input of `sijill extract`;
    article ids must equal the gold `doc` ids). Needs scikit-learn (the `train` extra)."""
    try:
        from sijill.claims.train import collect, fit
    except ImportError as exc:  # pragma: no cover - the train extra is missing
        raise click.ClickException(f"training needs scikit-learn ({exc}); install it with "
                                   "pip install 'sijill[train]'") from exc
    from sijill.read import read_inputs

    target = Path(output)
    if not target.parent.exists():
        raise click.ClickException(f"{output}: output folder {target.parent} does not exist "
                                   "(create it or choose another -o path)")
    skipped: list[str] = []

    def report(line: str) -> None:
        skipped.append(line)
        click.echo(f"sijill: {line}", err=True)

    try:
        docs = collect(Path(gold_dir), read_inputs(list(articles)), report)
        model = fit(docs, seed=seed)
        model.save(target)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc}") from exc
    card = model.card
    click.echo(f"model written to {output}: {card['docs']} documents, {card['candidates']} "
               f"candidates ({card['right_candidates']} right); position F1 out of fold "
               f"{card['out_of_fold_f1']} vs rules alone {card['rules_f1']}; "
               + ("enabled" if model.enabled else "disabled (it does not beat the rules)"))
