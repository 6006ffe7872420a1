"""`sijill seed`: known actors loaded into the register as canonical entities."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sijill.cli import _Problems, main
from sijill.cli_register import db_option, open_register
from sijill.errors import SijillError


@main.command("seed")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@db_option
def seed(files: tuple[str, ...], db_url: str) -> None:
    """Load known actors (FollowTheMoney JSON lines, or a CSV with the header
    id,type,name,aliases) as canonical entities whose ids are kept: resolution attaches
    the documents' mentions of any of their names to them, now and on every later ingest.

    A line that cannot be read (not JSON, an unknown schema, a CSV with a wrong header or
    type) is reported on standard error with its file and line and skipped; the rest loads
    and the exit status is then 1. Ends with a one-line summary."""
    from sijill.register.resolve import resolve_pending
    from sijill.register.seed import read_seeds, store_seeds

    problems = _Problems()
    db = open_register(db_url)
    try:
        for name in files:
            stats = store_seeds(db, read_seeds(Path(name)), origin=name, on_problem=problems)
            click.echo(f"{name}: {stats.summary()}")
        resolve_pending(db)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        db.close()
    if problems.count:
        sys.exit(1)
