"""The pages: server-rendered, right to left, every fact one link from its evidence. Each
route checks its parameters, calls the library, and hands the answer to a template."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from sijill.register import queries, views
from sijill.register.db import Database
from sijill.register.memo import remembered
from sijill.register.seats import board
from sijill.register.store import raw_text
from sijill.web import charts
from sijill.web.api import grouped_search
from sijill.web.deps import get_db, review_module
from sijill.web.errors import BadParameter
from sijill.web.html import sentences
from sijill.web.params import ENTITY_ID, MAX_QUERY, DateText, date_param

router = APIRouter(include_in_schema=False)
#: How many sentences of a tenure's evidence the person page quotes; the rest are a link away,
#: on pages of EVIDENCE_PAGE (a head of state's tenure has thousands: his page weighed 1.35 MB).
EVIDENCE_SHOWN = 5
EVIDENCE_PAGE = 50
Db = Annotated[Database, Depends(get_db)]
EntityId = Annotated[str, Path(pattern=ENTITY_ID)]
DocId = Annotated[str, Path(min_length=1, max_length=300)]


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    """A page from its template."""
    context.setdefault("read_only", request.app.state.read_only)
    context.setdefault("reviewing", review_module() is not None)
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, context)
    return response


def kept(request: Request, db: Database, key: tuple[Any, ...],
         build: Callable[[], HTMLResponse]) -> HTMLResponse:
    """A page as ``build`` renders it, kept by the server until the register changes
    (sijill.register.memo) and shared by its worker processes: a reader's return to a
    much-named actor, or another reader's visit, costs the HTTP round only."""
    state = request.app.state
    body = remembered(db, ("page", *key, state.read_only, review_module() is not None),
                      lambda: bytes(build().body))
    return HTMLResponse(body)


def _latin(db: Database, *groups: Any) -> dict[str, str]:
    """Latin spellings of every register entity the page shows."""
    ids: set[str] = set()
    for group in groups:
        for item in group:
            ids.add(item.id)
    return views.latin_names(db, sorted(ids))


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, db: Db, q: str = "") -> HTMLResponse:
    if len(q) > MAX_QUERY:
        raise BadParameter("q", f"the search is longer than {MAX_QUERY} characters",
                           "search for a name or a few words")
    if not q.strip():
        return render(request, "home.html", q=q, found=None)
    return kept(request, db, ("search", q), lambda: render(
        request, "home.html", q=q, found=grouped_search(db, q, 20)))


@router.get("/entities/{entity_id}")
async def entity(db: Db, entity_id: EntityId) -> RedirectResponse:
    where = {"PERSON": "people", "ORG": "orgs"}.get(views.entity_type(db, entity_id), "graph")
    return RedirectResponse(f"/{where}/{entity_id}", status_code=303)


@router.get("/people/{entity_id}", response_class=HTMLResponse)
async def person(request: Request, db: Db, entity_id: EntityId) -> Response:
    if views.entity_type(db, entity_id) != "PERSON":
        return RedirectResponse(f"/entities/{entity_id}", status_code=303)
    return kept(request, db, ("person", entity_id), lambda: _person(request, db, entity_id))


def _person(request: Request, db: Database, entity_id: str) -> HTMLResponse:
    page = queries.person_page(db, entity_id)
    orgs = views.person_orgs(page.tenures)
    latin = _latin(db, orgs, [e for ev in page.events for e in ev.participants])
    return render(request, "person.html", page=page, orgs=orgs, latin=latin,
                  timeline=charts.timeline(page.tenures), shown=EVIDENCE_SHOWN)


@router.get("/people/{entity_id}/tenures/{index}", response_class=HTMLResponse)
async def tenure(request: Request, db: Db, entity_id: EntityId,
           index: Annotated[int, Path(ge=0, le=100_000)],
           page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    """All the evidence of one of a person's tenures (the person page quotes the first few
    sentences), EVIDENCE_PAGE sentences a page."""
    return kept(request, db, ("tenure", entity_id, index, page),
                lambda: _tenure(request, db, entity_id, index, page))


def _tenure(request: Request, db: Database, entity_id: str, index: int,
            page: int) -> HTMLResponse:
    found = views.person_tenure(db, entity_id, index)
    groups = sentences(found.claims)
    pages = max(1, -(-len(groups) // EVIDENCE_PAGE))
    if page > pages:
        raise BadParameter("page", f"this tenure's evidence has {pages} pages, not {page}",
                           "follow the links between its pages")
    first = (page - 1) * EVIDENCE_PAGE
    shown = groups[first:first + EVIDENCE_PAGE]
    latin = _latin(db, [e for e in (found.person, found.org, found.predecessor, found.successor)
                        if e is not None])
    return render(request, "tenure.html", tenure=found, groups=shown, page=page, pages=pages,
                  total=len(groups), first=first + 1 if shown else 0, last=first + len(shown),
                  latin=latin)


@router.get("/orgs/{entity_id}", response_class=HTMLResponse)
async def org(request: Request, db: Db, entity_id: EntityId, on: DateText = None) -> Response:
    if views.entity_type(db, entity_id) != "ORG":
        return RedirectResponse(f"/entities/{entity_id}", status_code=303)
    day = date_param("on", on)
    return kept(request, db, ("org", entity_id, day), lambda: _org(request, db, entity_id, day))


def _org(request: Request, db: Database, entity_id: str, day: str | None) -> HTMLResponse:
    # The page draws the structure tree, not the page's lists of bodies and parents.
    found = views.org_view(db, entity_id, day, with_relations=False)
    page, tenures = found.page, found.tenures
    tree = views.org_structure(db, entity_id)
    meetings = views.meetings(db, entity_id)
    latin = _latin(db, [t.person for t in tenures],
                   [e.entity for e in tree.parents + tree.children + tree.members])
    return render(request, "org.html", page=page, day=day, dates=views.board_dates(tenures),
                  successions=views.org_successions(tenures), tree=tree,
                  sizes=charts.sizes(tree.sizes), decisions=views.org_decisions(db, entity_id),
                  meetings=meetings, latin=latin)


@router.get("/orgs/{entity_id}/board", response_class=HTMLResponse)
async def org_board(request: Request, db: Db, entity_id: EntityId, on: DateText = None) -> HTMLResponse:
    """The board table alone, for the date slider to swap in."""
    views.entity_type(db, entity_id)
    day = date_param("on", on)
    seats = board(db, entity_id, day)
    return render(request, "board.html", board=seats, day=day,
                  latin=_latin(db, [t.person for t in seats]))


@router.get("/graph/{entity_id}", response_class=HTMLResponse)
async def graph(request: Request, db: Db, entity_id: EntityId) -> HTMLResponse:
    found = views.entity(db, entity_id)
    return render(request, "graph.html", entity=found)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
async def document(request: Request, db: Db, doc_id: DocId) -> HTMLResponse:
    return kept(request, db, ("document", doc_id), lambda: _document(request, db, doc_id))


def _document(request: Request, db: Database, doc_id: str) -> HTMLResponse:
    doc = views.document(db, doc_id)
    review = review_module()
    corrections = list(review.corrections(db, doc_id)) if review is not None else []
    wrong = {str(c.claim_id) for c in corrections if c.action == "wrong" and c.claim_id}
    added = {str(c.claim_id) for c in corrections if c.action == "added" and c.claim_id}
    latin = views.latin_names(db, sorted({r.id for r in doc.entities.values()}))
    return render(request, "document.html", doc=doc, wrong=wrong, added=added,
                  corrections=corrections, latin=latin)


@router.get("/documents/{doc_id}/raw", response_class=PlainTextResponse)
async def document_raw(db: Db, doc_id: DocId) -> Response:
    text = raw_text(db, doc_id)
    if text is None:
        views.document(db, doc_id)
    return PlainTextResponse(text or "")

