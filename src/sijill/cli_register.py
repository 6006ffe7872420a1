"""Shared pieces of the register commands: the --db option and opening the register."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from sijill.errors import SijillError
from sijill.register.db import DEFAULT_DB, Database

F = TypeVar("F", bound=Callable[..., Any])


def db_option(fn: F) -> F:
    """The --db option every register command takes."""
    return click.option(
        "--db", "db_url", default=DEFAULT_DB, show_default=True, envvar="SIJILL_DB",
        metavar="PATH|URL",
        help="The register: an SQLite file path, or postgresql://user:pass@host/dbname "
             "(also from $SIJILL_DB).")(fn)


def open_register(db_url: str) -> Database:
    """The register at ``db_url``, migrated; a clear error when it cannot be opened."""
    try:
        return Database(db_url)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc


def run_lines(db_url: str, action: Callable[[Database], list[str]]) -> None:
    """Open the register, run one library call, print its lines; errors as one line."""
    db = open_register(db_url)
    try:
        for line in action(db):
            click.echo(line)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        db.close()
