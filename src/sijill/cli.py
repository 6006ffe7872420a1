"""The ``sijill`` command: thin wrappers over the library, one command per capability."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from sijill import __version__
from sijill.errors import SijillError
from sijill.read.article import Problem

F = TypeVar("F", bound=Callable[..., Any])


class _Problems:
    """Counts skipped inputs and reports each on standard error as one line."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, problem: Problem) -> None:
        self.count += 1
        click.echo(f"sijill: skipped {problem}", err=True)


def _open_output(output: str | None) -> tuple[IO[str], Path | None]:
    """Standard output, or a temporary file beside OUTPUT that replaces it once complete."""
    if output is None or output == "-":
        return sys.stdout, None
    target = Path(output)
    if target.parent and not target.parent.exists():
        raise SijillError(f"output folder {target.parent} does not exist", where=output,
                          todo="create it or choose another -o path")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    return os.fdopen(fd, "w", encoding="utf-8", newline="\n"), Path(tmp)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sijill")
def main() -> None:
    """Sijill (سجل): read Arabic news about political and civil-society organisations and
    build a register of who they are, who holds which post, and who met, elected, appointed,
    resigned or founded what, every fact traced to its sentence."""


def workers_option(fn: F) -> F:
    """The --workers option of the commands that run the pipeline."""
    return click.option(
        "--workers", type=click.IntRange(min=1), default=None, metavar="N",
        help="Processes that run the pipeline (default: the cores this process may use). "
             "Output order does not depend on it.")(fn)


def doc_timeout_option(fn: F) -> F:
    """The --doc-timeout option of the commands that run the pipeline."""
    return click.option(
        "--doc-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
        help="Seconds one document may take (its worker's CPU time, or five times as long "
             "by the clock) before it is skipped and reported (default: 20 s plus 1 s per "
             "20,000 characters; 0: no limit). With --workers 1 and --doc-timeout 0 "
             "everything runs in this one process.")(fn)


class _Lines:
    """Records written as they come: OUT is opened at the first one, each line is written
    whole, so an interrupted run keeps every record made so far and a run that makes none
    leaves OUT as it was."""

    def __init__(self, output: str | None) -> None:
        self.output = None if output == "-" else output
        self.count = 0
        self._file: IO[bytes] | None = None
        if self.output is not None:
            folder = Path(self.output).parent
            if not folder.is_dir():
                raise SijillError(f"output folder {folder} does not exist", where=self.output,
                                  todo="create it or choose another -o path")

    def write(self, line: str) -> None:
        if self.output is None:
            sys.stdout.write(line + "\n")
        else:
            if self._file is None:
                self._file = open(self.output, "wb", buffering=0)  # noqa: SIM115 - closed in close()
            self._file.write((line + "\n").encode("utf-8"))
        self.count += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", metavar="OUT.jsonl",
              help="Write the records here, each as soon as it is made (default: standard "
                   "output); an interrupted run keeps those made so far, and a run that "
                   "makes none leaves the file as it was.")
@click.option("--stages", metavar="NAMES",
              help="Comma-separated pipeline stages to run, in order "
                   "(default: every stage; see `sijill stages`).")
@workers_option
@doc_timeout_option
def extract(inputs: tuple[str, ...], output: str | None, stages: str | None,
            workers: int | None, doc_timeout: float | None) -> None:
    """Read articles (.txt, .jsonl, .html, SaudiNewsNet .zip, folders, - for JSONL on stdin)
    and write one JSON record per document (spec/record.md), in input order.

    Unreadable files and lines, and documents that fail or outlive their time budget
    (--doc-timeout), are reported on standard error and skipped; the exit status is 1 when
    anything was skipped."""
    from sijill.batch import BatchError, default_workers
    from sijill.extract import extract_lines
    from sijill.pipeline import Pipeline

    problems = _Problems()
    try:
        pipeline = Pipeline(stages.split(",")) if stages else Pipeline()
        out = _Lines(output)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    try:
        for line in extract_lines(list(inputs), stdin=sys.stdin, stages=pipeline.names,
                                  on_problem=problems, workers=workers or default_workers(),
                                  doc_timeout=doc_timeout):
            out.write(line)
    except BatchError as exc:
        raise click.ClickException(f"{exc.message}; {_kept(out)}") from exc
    except OSError as exc:
        raise click.ClickException(f"cannot write {output or 'standard output'}: {exc}") from exc
    except KeyboardInterrupt:
        out.close()
        click.echo(f"sijill: interrupted; {_kept(out)}", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        # Exit now: the records are written, the workers die with this process (they asked
        # the kernel for that), and nothing at interpreter exit may wait on them.
        os._exit(130)
    finally:
        out.close()
    if output not in (None, "-") and out.count == 0 and problems.count:
        click.echo(f"sijill: no record written; {output} left as it was", err=True)
    if problems.count:
        click.echo(f"sijill: {problems.count} input(s) skipped", err=True)
        sys.exit(1)


def _kept(out: _Lines) -> str:
    where = out.output or "standard output"
    return f"the {out.count} record(s) made before are in {where}"


@main.command()
@click.argument("records", type=click.Path(dir_okay=False, allow_dash=True), metavar="RECORDS.jsonl")
def show(records: str) -> None:
    """Print a short summary of each record: id, publication date and its entities."""
    from sijill.record import summarize

    try:
        with click.open_file(records, encoding="utf-8") as f:
            for line in summarize(f):
                click.echo(line)
    except (OSError, SijillError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("eval")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.argument("records", metavar="RECORDS.jsonl")
@click.option("--ids", metavar="A,B",
              help="Comma-separated document ids to score (default: every gold file).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--xdoc", is_flag=True,
              help="Score cross-document resolution instead: records exported from a register "
                   "(`sijill export --format jsonl`, entities carry `canonical`) against gold "
                   "entities linked across documents by `ref`; pairwise and B-cubed P/R/F1.")
@click.option("--misses", is_flag=True,
              help="Also list every missed, spurious and wrong item (entities, positions, "
                   "statuses, events, event dates, relations, decisions, and dates with --dates), "
                   "each with the sentence that states it, then a count by kind.")
@click.option("--dates", "dates_dir", metavar="DATES_DIR",
              help="Also score date values against a folder of date gold files (as "
                   "`shared/tools/score_dates.py` does).")
def evaluate_records(gold_dir: str, records: str, ids: str | None, as_json: bool,
                     xdoc: bool, misses: bool, dates_dir: str | None) -> None:
    """Score records (from `sijill extract`) against gold files (spec/annotation.md):
    entities, positions with status, events with dates, relations and decisions, overall
    and per document; with --xdoc, the canonical entities of exported records.

    A gold file or record line that cannot be read is reported on standard error and
    skipped, and a gold document with no record is scored as empty and reported; the exit
    status is then 1."""
    import json
    from collections.abc import Iterable

    from sijill import evaluate, evaluate_xdoc

    load_gold: Callable[[Path, list[str]], dict[str, Any]] = evaluate.load_gold
    load_records: Callable[[Iterable[str], str, list[str]], dict[str, Any]] = evaluate.load_records
    score: Callable[[dict[str, Any], dict[str, Any], set[str] | None], dict[str, Any]] = \
        evaluate.score
    format_table: Callable[[dict[str, Any]], list[str]] = evaluate.format_table
    if xdoc:
        load_gold, load_records = evaluate_xdoc.load_gold_refs, evaluate_xdoc.load_canonical_records
        score, format_table = evaluate_xdoc.score_xdoc, evaluate_xdoc.format_xdoc
    problems: list[str] = []
    try:
        golds = load_gold(Path(gold_dir), problems)
        try:
            with click.open_file(records, encoding="utf-8") as f:
                systems = load_records(f, records, problems)
        except (OSError, UnicodeDecodeError) as exc:
            raise SijillError(f"cannot read the records ({exc})", where=records,
                              todo="give the JSONL file written by `sijill extract -o`") from exc
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc
    wanted = {i.strip() for i in ids.split(",") if i.strip()} if ids else None
    problems += [f"--ids: no gold file for document {i} in {gold_dir} (check the id)"
                 for i in sorted((wanted or set()) - set(golds))]
    for line in problems:
        click.echo(f"sijill: {line}", err=True)
    if not golds:
        raise click.ClickException(f"{gold_dir}: no gold file could be read (give a folder of "
                                   "*.json gold files, one per article)")
    found: list[evaluate.Miss] | None = [] if misses and not xdoc else None
    res = (evaluate.score(golds, systems, wanted, found) if found is not None
           else score(golds, systems, wanted))
    if dates_dir and not xdoc:
        from sijill.evaluate_misses import date_misses
        try:
            wrong_dates, right, total = date_misses(Path(dates_dir), systems, wanted)
        except SijillError as exc:
            raise click.ClickException(exc.message) from exc
        res["dates"] = {"right": right, "total": total,
                        "acc": round(100 * right / total, 1) if total else None}
        if found is not None:
            found += wrong_dates
    if not res["docs"]:
        raise click.ClickException(f"--ids {ids}: none of these documents has a gold file in "
                                   f"{gold_dir} (use the gold files' `doc` ids)")
    for doc_id in res["missing_docs"]:
        click.echo(f"sijill: {records}: no record for gold document {doc_id}; scored as empty "
                   "(extract its article, or leave it out with --ids)", err=True)
    if found is not None:
        from sijill.evaluate_misses import format_misses, misses_json
        found.sort(key=lambda m: m.doc)
        if as_json:
            res["misses"] = misses_json(found, systems)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False))
    else:
        lines = format_table(res)
        if "dates" in res:
            d = res["dates"]
            lines.insert(lines.index(""), f"dates      right {d['right']}/{d['total']}  acc {d['acc']}")
        if found is not None:
            lines += ["", *format_misses(found, systems)]
        for line in lines:
            click.echo(line)
    if problems or res["missing_docs"]:
        sys.exit(1)


@main.command("eval-ner")
@click.argument("conll", type=click.Path(exists=True, dir_okay=False), metavar="FILE.conll")
@click.option("--model", type=click.Path(exists=True, dir_okay=False),
              help="A model file written by `sijill train-ner` (default: the shipped model).")
def eval_ner(conll: str, model: str | None) -> None:
    """Score the NER model on a CoNLL IOB2 file: precision, recall and F1 per type and
    micro-averaged (CoNLL-2003 exact match); the last line is `F1 <micro>`."""
    from sijill.names.ner.tagger import NerTagger
    from sijill.names.ner.train import evaluate

    try:
        click.echo(evaluate(NerTagger.load(model), conll))
    except (OSError, ValueError, SijillError) as exc:
        raise click.ClickException(f"{conll}: {exc}") from exc


@main.command("train-ner")
@click.argument("conll", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False),
                metavar="FILE.conll...")
@click.option("-o", "--output", required=True, metavar="MODEL.npz",
              help="Where to write the trained model.")
@click.option("--dev-fraction", type=float, default=0.1, show_default=True,
              help="Share of sentences held out (seeded) to pick the best epoch.")
@click.option("--seed", type=int, default=13, show_default=True,
              help="Random seed; the same data and seed give the same model.")
def train_ner(conll: tuple[str, ...], output: str, dev_fraction: float, seed: int) -> None:
    """Train an NER model from CoNLL IOB2 files (token TAG per line) with the shipped word
    representations; needs PyTorch (pip install torch==2.13.0)."""
    try:
        from sijill.names.ner.train import train
    except ImportError as exc:
        raise click.ClickException(
            f"training needs PyTorch ({exc}); install it with pip install torch==2.13.0") from exc
    try:
        result = train([Path(c) for c in conll], Path(output), dev_fraction=dev_fraction,
                       seed=seed, log=lambda m: click.echo(m, err=True))
    except (OSError, ValueError, SijillError) as exc:
        raise click.ClickException(str(exc)) from exc
    scores = [m.get("dev_f1") for m in result.get("members", [])]
    click.echo(f"model written to {output}; dev F1 {scores}")


@main.command()
def stages() -> None:
    """List the registered pipeline stages with what each needs and adds."""
    from sijill.pipeline import DEFAULT_STAGES, registered

    known = registered()
    for name in list(DEFAULT_STAGES) + sorted(set(known) - set(DEFAULT_STAGES)):
        st = known[name]
        click.echo(f"{name:<12} needs {','.join(st.needs) or '-':<20} adds "
                   f"{','.join(st.adds) or '-':<20} {st.doc}")


# Register commands live beside this module, one module per area; importing them attaches them.
from sijill import (  # noqa: F401
    cli_ingest,
    cli_query,
    cli_resolve,
    cli_review,
    cli_seed,
    cli_serve,
    cli_train_claims,
)

if __name__ == "__main__":  # pragma: no cover
    # Run as ``python -m sijill.cli``, this file is __main__, and the command modules above
    # attached their commands to the group of the module ``sijill.cli`` they imported.
    from sijill.cli import main as registered

    registered()
