"""``sijill review``: the review page's actions on the command line, thin wrappers over
sijill.register.review."""

from __future__ import annotations

import json
from typing import Any

import click

from sijill.cli import main
from sijill.cli_register import db_option
from sijill.cli_register import run_lines as _run
from sijill.register.db import Database


@main.group()
def review() -> None:
    """Review the register: the entity pairs the resolver was unsure of (merge or keep them
    apart with `sijill merge` / `distinct`), claims marked wrong, claims added. Corrections
    are kept whatever an ingest does; `sijill export --format gold` writes them as gold."""


@review.command("pairs")
@db_option
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0),
              help="Most pairs to list.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0),
              help="Pairs to skip (the next page).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per pair.")
def pairs(db_url: str, limit: int, offset: int, as_json: bool) -> None:
    """List the entity pairs the resolver was unsure of, least sure first: A and B (give them
    to `sijill merge A B` or `sijill distinct A B`), names, documents, score and reason."""
    from dataclasses import asdict

    from sijill.register.review import unsure_pairs

    def action(db: Database) -> list[str]:
        found = unsure_pairs(db, limit, offset)
        if as_json:
            return [json.dumps(asdict(p), ensure_ascii=False) for p in found]
        return [f"{p.a}\t{p.b}\t{p.type}\t{p.a_name} ({p.a_documents})\t"
                f"{p.b_name} ({p.b_documents})\t{p.reason}"
                f"{'' if p.score is None else f' {p.score:.2f}'}" for p in found]

    _run(db_url, action)


@review.command("wrong")
@click.argument("claim_id", metavar="CLAIM_ID")
@click.option("--note", default="", help="Why the claim is wrong (kept with the correction).")
@db_option
def wrong(claim_id: str, note: str, db_url: str) -> None:
    """Mark a claim (DOC/KIND/N) wrong: every view leaves it out, after any re-ingest too."""
    from sijill.register.review import mark_claim_wrong

    def action(db: Database) -> list[str]:
        mark_claim_wrong(db, claim_id, note)
        return [f"marked wrong: {claim_id}"]

    _run(db_url, action)


@review.command("unmark")
@click.argument("claim_id", metavar="CLAIM_ID")
@db_option
def unmark(claim_id: str, db_url: str) -> None:
    """Undo a correction: show a claim marked wrong again, or remove an added claim (give
    the claim id, or the correction id `review list` shows for one that marks no claim)."""
    from sijill.register.review import unmark as undo

    def action(db: Database) -> list[str]:
        undo(db, claim_id)
        return [f"unmarked: {claim_id}"]

    _run(db_url, action)


@review.command("add")
@click.argument("doc_id", metavar="DOC_ID")
@click.argument("kind", metavar="KIND", type=click.Choice(["position", "event", "relation",
                                                           "decision"]))
@click.option("--data", "data_json", required=True, metavar="JSON",
              help="The claim as in a record (spec/record.md), entities by their ids in the "
                   "document, e.g. '{\"person\": \"e1\", \"role\": \"رئيس\", \"org\": \"e2\"}'.")
@click.option("--start", required=True, type=int, help="Where its evidence starts (character "
                                                      "offset into the document's text).")
@click.option("--end", required=True, type=int, help="Where its evidence ends (exclusive).")
@db_option
def add(doc_id: str, kind: str, data_json: str, start: int, end: int, db_url: str) -> None:
    """Add a claim the machine missed to a document, with its evidence span; prints its id."""
    from sijill.register.review import add_claim

    try:
        data: Any = json.loads(data_json)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"not JSON ({exc})", param_hint="--data") from exc

    _run(db_url, lambda db: [add_claim(db, doc_id, kind, data, start, end)])


@review.command("done")
@click.argument("doc_id", metavar="DOC_ID")
@db_option
def done(doc_id: str, db_url: str) -> None:
    """Mark a document reviewed (its claims, as corrected, are right), so that
    `sijill export --format gold` writes it even with no correction."""
    from sijill.register.review import mark_reviewed

    def action(db: Database) -> list[str]:
        mark_reviewed(db, doc_id)
        return [f"reviewed: {doc_id}"]

    _run(db_url, action)


@review.command("list")
@click.option("--doc", "doc_id", metavar="ID", help="Only this document's corrections.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per correction.")
def list_corrections(doc_id: str | None, db_url: str, as_json: bool) -> None:
    """List the corrections: document, kind, wrong or added, the claim each marks now (`-`
    when the document as now extracted has no such claim), time and note."""
    from dataclasses import asdict

    from sijill.register.review import corrections

    def action(db: Database) -> list[str]:
        found = corrections(db, doc_id)
        if as_json:
            return [json.dumps(asdict(c), ensure_ascii=False) for c in found]
        return [f"{c.id}\t{c.doc_id}\t{c.kind}\t{c.action}\t{c.claim_id or '-'}\t{c.made_at}"
                f"{chr(9) + c.note if c.note else ''}" for c in found]

    _run(db_url, action)
