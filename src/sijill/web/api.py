"""The JSON API under /api/: each route checks its parameters and calls one library function
of sijill.register; the answer is that function's typed value as JSON."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse as StarletteJSON
from fastapi.responses import PlainTextResponse, Response

from sijill.register import queries, views
from sijill.register.db import Database
from sijill.register.memo import remembered
from sijill.register.search import search as search_texts
from sijill.register.seats import board
from sijill.register.store import raw_text
from sijill.register.tenures import Tenure
from sijill.web.deps import get_db
from sijill.web.errors import BadParameter
from sijill.web.params import (
    ENTITY_ID,
    MAX_LIMIT,
    DateText,
    EventType,
    Limit,
    Offset,
    Text,
    date_param,
)

router = APIRouter(prefix="/api")
Db = Annotated[Database, Depends(get_db)]
EntityId = Annotated[str, Path(pattern=ENTITY_ID, description="A canonical entity id.")]
DocId = Annotated[str, Path(min_length=1, max_length=300, description="A document's id.")]
TYPES = {"PERSON": ("PERSON",), "ORG": ("ORG",), "ANY": ("PERSON", "ORG")}
#: How many claims of each tenure the entity API gives by default (a head of state's tenure
#: has thousands; the rest are pages of /api/entities/{id}/tenures/{index}).
EVIDENCE = 5
Evidence = Annotated[int, Query(ge=0, le=MAX_LIMIT,
                                description="How many claims of each tenure to give (the "
                                            "rest: /api/entities/{id}/tenures/{index}).")]


class JSONResponse(StarletteJSON):
    """A JSON answer written by orjson, which writes dataclasses (the library's answers) as
    objects itself: turning a large page into dicts first (dataclasses.asdict, which deep-copies
    every value) and encoding them with the json module cost half the entity API's time."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def fields_of(value: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict whose values are left as they are (orjson writes them)."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


def as_json(value: Any) -> Any:
    """A dataclass (or a list or dict of them) as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    return value


def page(items: list[Any], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    """One page of a list, with its bounds."""
    return {"limit": limit, "offset": offset, "total": total, "items": items[offset:offset + limit]}


def _org(db: Database, cid: str) -> None:
    kind = views.entity_type(db, cid)
    if kind != "ORG":
        raise BadParameter("entity_id", f"{cid} is a {kind.lower()}, not an organisation",
                           "use /api/entities/{id} for it")


# -- entities ----------------------------------------------------------------------------------


@router.get("/entities", summary="Entities a name, alias or Latin spelling may mean")
async def entities(db: Db, q: Text, type: str = "ANY", limit: Limit = 20,
             offset: Offset = 0) -> JSONResponse:
    if type.upper() not in TYPES:
        raise BadParameter("type", f"{type[:20]!r} is not an entity type", "give PERSON or ORG")
    found = queries.find_entities(db, q, TYPES[type.upper()], limit=offset + limit)
    return JSONResponse(page(found, limit, offset))


@router.get("/entities/{entity_id}", summary="One entity: names, posts, events, quotes",
            response_class=JSONResponse)
async def entity(db: Db, entity_id: EntityId, limit: Limit = 50,
           evidence: Evidence = EVIDENCE) -> Response:
    # The answer, as written, is kept by the server until the register changes
    # (sijill.register.memo): readers come back to the same much-named actors.
    body = remembered(db, ("entity API", entity_id, limit, evidence),
                      lambda: entity_answer(db, entity_id, limit, evidence).body)
    return Response(body, media_type=JSONResponse.media_type)


def tenure_json(tenure: Tenure, evidence: int) -> dict[str, Any]:
    """A tenure as JSON with its first ``evidence`` claims and how many it has."""
    out = fields_of(tenure)
    out["claims"] = tenure.claims[:evidence]
    out["claims_total"] = len(tenure.claims)
    return out


def entity_answer(db: Database, entity_id: str, limit: int,
                  evidence: int = EVIDENCE) -> JSONResponse:
    """One entity's answer: names, posts and tenures (each with its first ``evidence``
    claims), events, quotes (and, for a person, the organisations it held posts in)."""
    kind = views.entity_type(db, entity_id)
    out: dict[str, Any]
    if kind == "PERSON":
        person = queries.person_page(db, entity_id, limit)
        out = fields_of(person)
        out["tenures"] = [tenure_json(t, evidence) for t in person.tenures]
        out["organisations"] = views.person_orgs(person.tenures)
    elif kind == "ORG":
        out = fields_of(queries.org_page(db, entity_id, limit=limit))
        out["board"] = [tenure_json(t, evidence) for t in out["board"]]
    else:
        out = {"entity": views.entity(db, entity_id)}
    return JSONResponse(out)


@router.get("/entities/{entity_id}/tenures/{index}",
            summary="One of a person's tenures with a page of its claims")
async def entity_tenure(db: Db, entity_id: EntityId,
                  index: Annotated[int, Path(ge=0, le=100_000,
                                             description="The tenure's place in the "
                                                         "person's list of tenures.")],
                  limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    found = views.person_tenure(db, entity_id, index)
    out = tenure_json(found, 0)
    out.update(limit=limit, offset=offset, claims=found.claims[offset:offset + limit])
    return JSONResponse(out)


@router.get("/entities/{entity_id}/events", summary="The events an entity took part in")
async def entity_events(db: Db, entity_id: EntityId, limit: Limit = 50,
                  offset: Offset = 0) -> JSONResponse:
    views.entity_type(db, entity_id)
    found, _ = queries.event_page(db, participants=[entity_id], newest_first=True, limit=limit,
                                  offset=offset)
    return JSONResponse({"limit": limit, "offset": offset, "total": None, "items": found})


@router.get("/entities/{entity_id}/graph", summary="An actor's ties: posts, co-members, events")
async def entity_graph(db: Db, entity_id: EntityId) -> JSONResponse:
    return JSONResponse(views.ego_graph(db, entity_id))


# -- organisations -----------------------------------------------------------------------------


@router.get("/orgs/{entity_id}/board", summary="Who held the organisation's posts on a date")
async def org_board(db: Db, entity_id: EntityId, on: DateText = None) -> JSONResponse:
    _org(db, entity_id)
    day = date_param("on", on)
    return JSONResponse({"on": day, "board": board(db, entity_id, day)})


@router.get("/orgs/{entity_id}/structure", summary="Parents, sub-bodies, members and sizes")
async def org_structure(db: Db, entity_id: EntityId) -> JSONResponse:
    _org(db, entity_id)
    return JSONResponse(views.org_structure(db, entity_id))


@router.get("/orgs/{entity_id}/sizes", summary="The organisation's size over time")
async def org_sizes(db: Db, entity_id: EntityId) -> JSONResponse:
    _org(db, entity_id)
    return JSONResponse(views.org_structure(db, entity_id).sizes)


@router.get("/orgs/{entity_id}/decisions", summary="The organisation's decisions log")
async def org_decisions(db: Db, entity_id: EntityId, limit: Limit = 100,
                  offset: Offset = 0) -> JSONResponse:
    _org(db, entity_id)
    found = views.org_decisions(db, entity_id)
    return JSONResponse(page(found, limit, offset, len(found)))


@router.get("/orgs/{entity_id}/meetings", summary="Meetings with other organisations")
async def org_meetings(db: Db, entity_id: EntityId, limit: Limit = 50) -> JSONResponse:
    _org(db, entity_id)
    return JSONResponse(views.meetings(db, entity_id, limit))


# -- events, documents, search -----------------------------------------------------------------


@router.get("/events", summary="Events by type, organisation, person and date range")
async def events(db: Db, type: EventType = None, org: str | None = None,
           person: str | None = None, date_from: DateText = None, date_to: DateText = None,
           limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    ids = [_id_param(name, value) for name, value in (("org", org), ("person", person))]
    found, total = queries.event_page(
        db, participants=[i for i in ids if i], event_type=type,
        date_from=date_param("date_from", date_from), date_to=date_param("date_to", date_to),
        limit=limit, offset=offset)
    return JSONResponse({"limit": limit, "offset": offset, "total": total, "items": found})


def _id_param(name: str, value: str | None) -> str | None:
    import re

    if value is None or value == "":
        return None
    if not re.fullmatch(ENTITY_ID, value):
        raise BadParameter(name, f"{value[:40]!r} is not an entity id",
                           "find the id with /api/entities?q=NAME")
    return value


@router.get("/documents/{doc_id}", summary="A document: text, entities with mentions, claims")
async def document(db: Db, doc_id: DocId) -> JSONResponse:
    doc = views.document(db, doc_id)
    out = fields_of(doc)
    del out["segments"]
    return JSONResponse(out)


@router.get("/documents/{doc_id}/raw", summary="The raw text a document was read as",
            response_class=PlainTextResponse)
async def document_raw(db: Db, doc_id: DocId) -> PlainTextResponse:
    text = raw_text(db, doc_id)
    if text is None:
        views.document(db, doc_id)  # raises the unknown-document error
    return PlainTextResponse(text or "")


@router.get("/search", summary="People, organisations and documents matching a text")
async def search(db: Db, q: Text, limit: Limit = 20) -> JSONResponse:
    return JSONResponse(grouped_search(db, q, limit))


def grouped_search(db: Database, q: str, limit: int) -> dict[str, Any]:
    """People, organisations and documents a text finds (any of the groups may be empty)."""
    people = queries.find_entities(db, q, ("PERSON",), limit=limit)
    orgs = queries.find_entities(db, q, ("ORG",), limit=limit)
    try:
        docs: Any = search_texts(db, q, limit=limit)
    except queries.QueryError:
        docs = None  # no words to look for in the texts (only names may match)
    return {"query": q, "people": people, "organisations": orgs, "documents": docs}
