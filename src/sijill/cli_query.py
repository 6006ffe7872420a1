"""Register commands (query): thin wrappers over sijill.register.queries and .search."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from sijill.cli import main
from sijill.cli_register import db_option, open_register
from sijill.errors import SijillError
from sijill.register.db import Database

T = TypeVar("T")


# -- shared pieces -----------------------------------------------------------------------------


@contextmanager
def _register(db_url: str) -> Iterator[Database]:
    db = open_register(db_url)
    try:
        yield db
    finally:
        db.close()


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: an ISO date at any precision, or a usage error."""
    from sijill.register.queries import QueryError, check_date

    if value is None:
        return None
    try:
        return check_date(value)
    except QueryError as exc:
        raise click.BadParameter(exc.message) from exc


def _json(value: Any) -> str:
    is_instance = dataclasses.is_dataclass(value) and not isinstance(value, type)
    data = dataclasses.asdict(value) if is_instance else value
    return json.dumps(data, ensure_ascii=False, indent=1)


def _answer(ask: Callable[[], T], as_json: bool) -> T:
    """The library's answer; an unknown or ambiguous name ends the command with status 1."""
    from sijill.register.queries import AmbiguousName

    try:
        return ask()
    except AmbiguousName as exc:
        if as_json:
            click.echo(_json({"error": exc.message, "candidates": [
                dataclasses.asdict(c) for c in exc.candidates]}))
        else:
            click.echo(f"sijill: {exc.message}", err=True)
            for c in exc.candidates:
                latin = f" ({c.latin})" if c.latin else ""
                click.echo(f"  {c.id}  {c.type:<6} {c.documents:>5} docs  {c.name}{latin}")
        sys.exit(1)
    except SijillError as exc:
        raise click.ClickException(exc.message) from exc


def _json_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print the answer as one JSON object.")(fn)


def _limit_option(default: int, what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--limit", type=click.IntRange(min=1), default=default,
                        show_default=True, help=f"How many {what} to list at most.")


# -- commands ----------------------------------------------------------------------------------


@main.command()
@click.argument("name", metavar="NAME|ID")
@db_option
@_limit_option(50, "events and quotes (the newest)")
@_json_option
def person(name: str, db_url: str, limit: int, as_json: bool) -> None:
    """Show a person: names, posts as dated tenures with the claims behind each, events and
    quotes, every claim with its document and evidence sentence.

    NAME is matched by its spelling-folded key, then as the beginning or a part of a name; when
    it may mean several people they are listed with their ids (exit status 1): pass the id."""
    from sijill.register.queries import person_page

    with _register(db_url) as db:
        page = _answer(lambda: person_page(db, name, limit), as_json)
    click.echo(_json(page) if as_json else _person_text(page))


@main.command()
@click.argument("name", metavar="NAME|ID")
@db_option
@click.option("--on", "on", metavar="DATE", callback=_date,
              help="The board as of this date (YYYY, YYYY-MM or YYYY-MM-DD); default: the posts "
                   "still held as far as the register knows.")
@_limit_option(50, "events (the newest)")
@click.option("--structure", "show_structure", is_flag=True,
              help="Show its structure instead of its page: the bodies it belongs to, its "
                   "sub-bodies and member organisations as a tree, and its size over time, "
                   "each with dates and sources.")
@click.option("--decisions", "show_decisions", is_flag=True,
              help="Show its decisions log instead of its page: decisions, recommendations "
                   "and statement points of it or its meetings, in date order.")
@_json_option
def org(name: str, db_url: str, on: str | None, limit: int, show_structure: bool,
        show_decisions: bool, as_json: bool) -> None:
    """Show an organisation: names, its board (who held which post, with the claims behind
    it), events, and its bodies and the bodies it belongs to; or, with --structure or
    --decisions, its structure tree or decisions log.

    NAME is matched as for `sijill person`; an ambiguous name lists the candidates."""
    from sijill.register.queries import org_page

    if show_structure or show_decisions:
        _org_views(db_url, name, show_structure, show_decisions, as_json)
        return
    with _register(db_url) as db:
        page = _answer(lambda: org_page(db, name, on, limit), as_json)
    click.echo(_json(page) if as_json else _org_text(page))


def _org_views(db_url: str, name: str, show_structure: bool, show_decisions: bool,
               as_json: bool) -> None:
    """Print an organisation's structure and/or decisions log (`org --structure/--decisions`)."""
    from sijill.register.queries import resolve_entity
    from sijill.register.structure import decisions_log, structure

    def ask() -> dict[str, Any]:
        cid = resolve_entity(db, name, ("ORG",)).id
        out: dict[str, Any] = {}
        if show_structure:
            out["structure"] = dataclasses.asdict(structure(db, cid))
        if show_decisions:
            out["decisions"] = [dataclasses.asdict(d) for d in decisions_log(db, cid)]
        return out

    with _register(db_url) as db:
        views = _answer(ask, as_json)
    if as_json:
        click.echo(_json(views if len(views) > 1 else next(iter(views.values()))))
        return
    texts = [_structure_text(views["structure"])] if "structure" in views else []
    texts += [_decisions_text(views["decisions"])] if "decisions" in views else []
    click.echo("\n\n".join(texts))


@main.command()
@db_option
@click.option("--org", "org_name", metavar="NAME|ID",
              help="Only events this organisation took part in.")
@click.option("--type", "event_type", metavar="TYPE",
              help="Only events of this type (MEETING, ELECTION, APPOINTMENT, RESIGNATION, "
                   "DISMISSAL, FOUNDING).")
@click.option("--from", "date_from", metavar="DATE", callback=_date,
              help="Only events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "date_to", metavar="DATE", callback=_date,
              help="Only events dated on or before this date.")
@_limit_option(100, "events (the earliest)")
@_json_option
def events(db_url: str, org_name: str | None, event_type: str | None, date_from: str | None,
           date_to: str | None, limit: int, as_json: bool) -> None:
    """List events in date order with their participants, place, document and evidence
    sentence. A partial date compares on the precision both sides give; events with no date
    are left out when --from or --to is given."""
    from sijill.register.queries import find_events, resolve_entity

    def ask() -> list[Any]:
        org_id = resolve_entity(db, org_name, ("ORG",)).id if org_name else None
        return find_events(db, participant=org_id, event_type=event_type,
                           date_from=date_from, date_to=date_to, limit=limit)

    with _register(db_url) as db:
        found = _answer(ask, as_json)
    click.echo(_json([dataclasses.asdict(e) for e in found]) if as_json else _events_text(found))


@main.command()
@click.argument("text", metavar="TEXT")
@db_option
@_limit_option(20, "documents")
@click.option("--phrase", is_flag=True,
              help="Match the words side by side in this order, not anywhere in the document.")
@click.option("--best", is_flag=True,
              help="List the best matches first (bm25 on SQLite, ts_rank_cd on PostgreSQL) "
                   "instead of the newest documents.")
@_json_option
def search(text: str, db_url: str, limit: int, phrase: bool, best: bool,
           as_json: bool) -> None:
    """Full-text search of the stored documents, Arabic spelling folded (المؤقتة finds الموقتة,
    الائتلاف finds للائتلاف): every word must occur; newest documents first, each with the
    text around its first hit."""
    from sijill.register.search import search as run_search

    with _register(db_url) as db:
        result = _answer(lambda: run_search(db, text, limit, phrase, best), as_json)
    click.echo(_json(result) if as_json else _search_text(result))


# -- text views: labels in English, names and evidence as written ------------------------------


def _bound(date: str | None, basis: str | None) -> str:
    return f"{date or '?'}" + (f" ({basis})" if basis and date else "")


def _claim_line(c: Any) -> str:
    label = c.status or c.type or c.kind
    return f"      - {c.doc} {c.said_on or '-'} [{c.kind} {label}] {c.evidence}"


def _tenure_lines(t: Any, person: bool) -> list[str]:
    who = (t.org.name if t.org else "-") if person else t.person.name
    lines = [f"  {t.role} · {who}",
             f"    {_bound(t.start, t.start_basis)} → {_bound(t.end, t.end_basis)} · {t.status}"
             + (f" · last seen {t.last_seen}" if t.last_seen else "")]
    if t.predecessor is not None:
        lines.append(f"    after: {t.predecessor.name} ({t.predecessor.id})")
    if t.successor is not None:
        lines.append(f"    followed by: {t.successor.name} ({t.successor.id})")
    lines += [_claim_line(c) for c in t.claims]
    return lines


def _event_lines(e: Any) -> list[str]:
    members = "، ".join(p.name for p in e.participants) or "-"
    place = f" · at {e.location.name}" if e.location else ""
    return [f"  {e.date or '(no date)'} {e.type} · {members}{place}",
            f"      - {e.doc} {e.said_on or '-'} {e.evidence}"]


def _names_line(names: list[Any]) -> str:
    return "Names: " + " · ".join(f"{n.name} ({n.documents})" for n in names[:12])


def _person_text(page: Any) -> str:
    e = page.entity
    lines = [f"{e.name}", f"id {e.id} · {e.documents} documents", _names_line(page.names)]
    if page.latin:
        lines.append("Latin: " + " · ".join(page.latin[:3]))
    lines.append(f"\nPosts ({len(page.tenures)})")
    for t in page.tenures:
        lines += _tenure_lines(t, person=True)
    lines.append(f"\nEvents ({len(page.events)} of {page.events_total}, newest first)")
    for ev in page.events:
        lines += _event_lines(ev)
    lines.append(f"\nQuotes ({len(page.quotes)} of {page.quotes_total}, newest first)")
    for q in page.quotes:
        to = f" → {q.to.name}" if q.to else ""
        lines += [f"  «{q.text}»{to}", f"      - {q.doc} {q.said_on or '-'} {q.evidence}"]
    return "\n".join(lines)


def _org_text(page: Any) -> str:
    e = page.entity
    when = f"on {page.on}" if page.on else "posts still held"
    lines = [f"{e.name}", f"id {e.id} · {e.documents} documents", _names_line(page.names),
             f"\nBoard ({when}): {len(page.board)}"]
    for t in page.board:
        lines += _tenure_lines(t, person=False)
    for title, rels in (("Bodies", page.bodies), ("Part of", page.part_of)):
        if rels:
            lines.append(f"\n{title}")
            lines += [f"  {r.entity.name} ({r.type}, {len(r.claims)} claims, {r.entity.id})"
                      for r in rels]
    lines.append(f"\nEvents ({len(page.events)} of {page.events_total}, newest first)")
    for ev in page.events:
        lines += _event_lines(ev)
    return "\n".join(lines)


def _edge_lines(edge: dict[str, Any], indent: str) -> list[str]:
    ent = edge["entity"]
    seen = f"{edge['first_seen'] or '?'} … {edge['last_seen'] or '?'}"
    lines = [f"{indent}{ent['name']} ({edge['type']}, {ent['id']}) · {seen}"]
    lines += [f"{indent}    - {c['doc']} {c['said_on'] or '-'} {c['evidence']}"
              for c in edge["claims"]]
    for sub in edge["below"]:
        lines += _edge_lines(sub, indent + "  ")
    return lines


def _structure_text(s: dict[str, Any]) -> str:
    e = s["entity"]
    lines = [f"{e['name']}", f"id {e['id']}"]
    for title, key in (("Part of", "parents"), ("Sub-bodies", "children"),
                       ("Members", "members")):
        lines.append(f"\n{title} ({len(s[key])})")
        for edge in s[key]:
            lines += _edge_lines(edge, "  ")
    lines.append(f"\nSize ({len(s['sizes'])})")
    lines += [f"  {z['date'] or '(no date)'} {z['kind']} {z['value']} {z['unit'] or ''}".rstrip()
              + f"\n      - {z['doc']} {z['said_on'] or '-'} {z['evidence']}" for z in s["sizes"]]
    return "\n".join(lines)


def _decisions_text(found: list[dict[str, Any]]) -> str:
    lines = [f"Decisions ({len(found)}, in date order)"]
    for d in found:
        body = f" · {d['body']['name']}" if d["body"] else ""
        lines += [f"  {d['date'] or d['said_on'] or '(no date)'} {d['kind']}{body}: {d['text']}",
                  f"      - {d['doc']} {d['said_on'] or '-'} {d['evidence']}"]
    return "\n".join(lines)


def _events_text(found: list[Any]) -> str:
    lines = [f"{len(found)} events"]
    for ev in found:
        lines += _event_lines(ev)
    return "\n".join(lines)


def _search_text(result: Any) -> str:
    order = "best" if result.best else "newest"
    lines = [(f"{result.total} documents match ({' '.join(result.keys)}); "
              f"showing {len(result.hits)}, {order} first")]
    for h in result.hits:
        lines.append(f"  {h.doc} {h.published or '-'} {h.title or ''}".rstrip())
        lines.append(f"      {h.snippet}")
    return "\n".join(lines)
