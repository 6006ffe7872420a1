"""The filter options of `sijill export` and the writing of the filtered formats (ftm,
graphml, gexf, csv); the command itself is in cli_ingest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from sijill.export import FOLDER_FORMATS, write_folder, write_stream
from sijill.export.filters import ACTOR_TYPES, ExportFilter
from sijill.register.db import Database

F = TypeVar("F", bound=Callable[..., Any])


def filter_options(fn: F) -> F:
    """--org, --from, --to and --type."""
    for option in reversed((
        click.option("--org", metavar="NAME|ID",
                     help="Only what names this organisation (a name or canonical id): its "
                          "posts and their holders, its events, structure links and decisions."),
        click.option("--from", "date_from", metavar="DATE",
                     help="Only claims dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); a "
                          "claim with no date of its own is dated by its document."),
        click.option("--to", "date_to", metavar="DATE",
                     help="Only claims dated on or before DATE."),
        click.option("--type", "types", multiple=True,
                     type=click.Choice(ACTOR_TYPES, case_sensitive=False),
                     help="Only actors of this type (repeat for several); a link needs both "
                          "ends of a kept type."),
    )):
        fn = option(fn)
    return fn


def export_filter(org: str | None, date_from: str | None, date_to: str | None,
                  types: tuple[str, ...]) -> ExportFilter:
    """The filter the options ask for."""
    return ExportFilter(org, date_from, date_to,
                        tuple(t.upper() for t in types) if types else None)


def has_filter(wanted: ExportFilter) -> bool:
    """Whether any filter option was given."""
    return wanted != ExportFilter()


def write_filtered(format_name: str, db: Database, output: str | None, wanted: ExportFilter,
                   write_file: Callable[[str | None, Callable[..., Any]], None]) -> None:
    """Write a filtered format: a folder for csv, else a file (or standard output) through
    ``write_file`` (which replaces the file only once it is complete)."""
    if format_name in FOLDER_FORMATS:
        if not output or output == "-":
            raise click.UsageError(f"--format {format_name} writes a folder of tables: "
                                   "give it with -o DIR")
        try:
            write_folder(format_name, db, Path(output), wanted)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc}") from exc
        return
    write_file(output, lambda out: write_stream(format_name, db, out, wanted))
