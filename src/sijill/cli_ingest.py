"""Register commands (ingest, export): thin wrappers over sijill.register and sijill.export."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from sijill.cli import _open_output, _Problems, doc_timeout_option, main, workers_option
from sijill.cli_register import db_option, open_register
from sijill.errors import SijillError
from sijill.export import FORMATS
from sijill.read.article import Problem


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@click.option("--reextract", is_flag=True,
              help="Extract every document again, even one stored unchanged by this version "
                   "of the pipeline.")
@workers_option
@doc_timeout_option
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar (it is shown only when standard error is a terminal).")
def ingest(inputs: tuple[str, ...], db_url: str, reextract: bool, workers: int | None,
           doc_timeout: float | None, quiet: bool) -> None:
    """Read articles (the inputs of `sijill extract`), extract the new and changed ones and
    store them in the register, one transaction per document, then resolve their entities.

    Documents stored unchanged by the same pipeline version are not extracted again; they
    are stored in input order, so the register is the same for any number of --workers.
    Unreadable inputs, repeated ids and documents that fail or outlive their time budget
    (--doc-timeout) are reported on standard error and skipped; the exit status is then 1.
    Failed documents are kept with their reason (`sijill failures`) until an ingest stores
    them. Ends with a one-line summary."""
    from sijill.batch import default_workers
    from sijill.read import read_inputs
    from sijill.register.ingest import ingest as run_ingest

    problems = _Problems()
    db = open_register(db_url)
    try:
        with _progress(list(inputs), quiet) as (on_problem, on_progress):
            stats = run_ingest(db, read_inputs(list(inputs), stdin=sys.stdin),
                               reextract=reextract, workers=workers or default_workers(),
                               doc_timeout=doc_timeout,
                               on_problem=on_problem(problems), on_progress=on_progress)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        db.close()
    click.echo(stats.summary())
    if stats.skipped:
        sys.exit(1)


ProblemHook = Callable[[Callable[[Problem], None]], Callable[[Problem], None]]


@contextmanager
def _progress(inputs: list[str],
              quiet: bool) -> Iterator[tuple[ProblemHook, Callable[[int], None] | None]]:
    """A tqdm bar on standard error when it is a terminal, and problem lines that keep it whole."""
    if quiet or not sys.stderr.isatty():
        yield (lambda report: report), None
        return
    from tqdm import tqdm

    from sijill.read import read_inputs

    # Reading is fast next to extraction (SaudiNewsNet: 1 s of a long run), so count the
    # documents first to give the bar an end and an ETA; standard input can be read once only.
    total = None if "-" in inputs else sum(1 for _ in read_inputs(inputs))
    bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def around(report: Callable[[Problem], None]) -> Callable[[Problem], None]:
        def write(problem: Problem) -> None:
            with bar.external_write_mode(file=sys.stderr):
                report(problem)
        return write

    try:
        yield around, bar.update
    finally:
        bar.close()


@main.command("failures")
@db_option
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object a line (doc_id, origin, reason, failed_at) instead of a table.")
def failures(db_url: str, as_json: bool) -> None:
    """List the documents an ingest could not extract (the pipeline failed, its worker
    died, or it outlived its time budget): id, where it was read, why, and when (UTC).
    An ingest that stores the document removes it from the list."""
    import json

    from sijill.register.failures import failures as list_failures

    _require_register(db_url)
    db = open_register(db_url)
    try:
        found = list_failures(db)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        db.close()
    for failure in found:
        if as_json:
            click.echo(json.dumps({"doc_id": failure.doc_id, "origin": failure.origin,
                                   "reason": failure.reason, "failed_at": failure.failed_at},
                                  ensure_ascii=False))
        else:
            click.echo(f"{failure.doc_id}\t{failure.origin or '-'}\t{failure.failed_at}\t"
                       f"{failure.reason}")
    if not as_json:
        click.echo(f"{len(found)} failed document(s)", err=True)


@main.command("export")
@click.option("--format", "format_name", type=click.Choice(sorted([*FORMATS, "gold"])),
              default="jsonl", show_default=True,
              help="The output format: jsonl writes one record per document "
                   "(spec/record.md), each entity with its `canonical` id; gold writes a "
                   "folder of gold files (spec/annotation.md), one per reviewed document, "
                   "with the readers' corrections (`sijill review`) applied.")
@db_option
@click.option("-o", "--output", metavar="FILE",
              help="Write here (default: standard output; gold: a folder, required). The "
                   "file is replaced only once everything is written.")
def export(format_name: str, db_url: str, output: str | None) -> None:
    """Write what the register holds in an exchange format."""
    _require_register(db_url)
    if format_name == "gold" and not output:
        raise click.UsageError("--format gold writes a folder of gold files: give it with "
                               "-o DIR")
    db = open_register(db_url)
    try:
        if format_name == "gold":
            from sijill.export.gold import write_gold

            written = write_gold(db, Path(output or ""))
            hint = "" if written else " (no document is reviewed yet: see `sijill review`)"
            click.echo(f"{written} gold file(s) written to {output}{hint}", err=True)
            return
        _write_atomically(output, lambda out: FORMATS[format_name](db, out))
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        db.close()


def _require_register(db_url: str) -> None:
    """Refuse an SQLite path with no file, which opening would create empty."""
    if "://" in db_url or db_url == ":memory:" or Path(db_url).exists():
        return
    raise click.ClickException(f"{db_url}: no register there (run `sijill ingest --db "
                               f"{db_url}` first, or give the right --db)")


def _write_atomically(output: str | None, write: Callable[[IO[str]], Any]) -> None:
    """Run ``write`` on standard output, or on a temporary file that then replaces OUTPUT."""
    out, tmp = _open_output(output)
    try:
        write(out)
        if tmp is not None:
            out.close()
            os.replace(tmp, output or "")
            tmp = None
    except OSError as exc:
        raise click.ClickException(f"cannot write {output or 'standard output'}: {exc}") from exc
    finally:
        if tmp is not None:
            out.close()
            tmp.unlink(missing_ok=True)
