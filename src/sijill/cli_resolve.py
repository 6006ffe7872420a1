"""Register commands (resolve, merge, distinct, split, decisions): thin wrappers over
sijill.register.resolve and sijill.register.resolution.decisions."""

from __future__ import annotations

import click

from sijill.cli import main
from sijill.cli_register import db_option
from sijill.cli_register import run_lines as _run
from sijill.register.db import Database
from sijill.register.seats import fill_tenures


def _kept(lines: list[str], db: Database) -> list[str]:
    """A command's lines, once the stored tenures and structures it changed are stored again
    (sijill.register.stored): pages read none while a change is pending."""
    fill_tenures(db, only=())
    return lines


@main.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Resolve every entity of the register anew (after an upgrade of the "
                   "rules); people's decisions are kept.")
def resolve(db_url: str, everything: bool) -> None:
    """Resolve the entities waiting for it (ingest does this itself) and print what changed."""
    from sijill.register.resolve import requeue_all, resolve_pending

    def action(db: Database) -> list[str]:
        queued = requeue_all(db) if everything else None
        stats = resolve_pending(db)
        fill_tenures(db, only=())
        head = f"{queued} entities queued; " if queued is not None else ""
        return [(f"{head}{stats.examined} entities examined, {stats.entities} linked or moved, "
                 f"{stats.canonical} canonical entities created, {stats.removed} removed, "
                 f"{stats.renamed} renamed, {stats.decisions} rule decisions written")]

    _run(db_url, action)


@main.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@db_option
def merge(first: str, second: str, db_url: str) -> None:
    """Say that A and B are one actor (canonical ids or document entity ids DOC/eN); kept
    on every later ingest, above the rules."""
    from sijill.register.resolution.decisions import merge as record_merge

    _run(db_url, lambda db: _kept(record_merge(db, first, second), db))


@main.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@db_option
def distinct(first: str, second: str, db_url: str) -> None:
    """Say that A and B are different actors (canonical ids or document entity ids DOC/eN);
    no rule joins them afterwards."""
    from sijill.register.resolution.decisions import distinct as record_distinct

    _run(db_url, lambda db: _kept(record_distinct(db, first, second), db))


@main.command()
@click.argument("entity", metavar="ENTITY")
@db_option
def split(entity: str, db_url: str) -> None:
    """Separate a canonical entity (or the one a document entity DOC/eN belongs to) into its
    document entities, kept apart from each other from now on."""
    from sijill.register.resolution.decisions import split as record_split

    _run(db_url, lambda db: _kept(record_split(db, entity), db))


@main.command()
@click.argument("entity", metavar="ENTITY")
@db_option
def decisions(entity: str, db_url: str) -> None:
    """Show a canonical entity (or the one a document entity DOC/eN belongs to): its
    members and the rule and people's decisions that made it."""
    from sijill.register.resolution.decisions import explain

    _run(db_url, lambda db: explain(db, entity))
