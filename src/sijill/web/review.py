"""Corrections from readers: merge or keep apart entities the resolver was unsure of, mark a
claim wrong, add a claim the machine missed. The library side is sijill.register.review;
where a build lacks it, merging and keeping apart still work through the people's decisions
of sijill.register.resolution, and the claim corrections answer 501."""

from __future__ import annotations

import json
import re
from types import ModuleType
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BaseModel, Field

from sijill.register.db import Database
from sijill.register.resolution import decisions
from sijill.register.store import CLAIM_KINDS
from sijill.web.api import as_json
from sijill.web.deps import get_db, require_write, review_module
from sijill.web.errors import BadParameter, NotAvailable
from sijill.web.params import Limit, Offset

api = APIRouter(prefix="/api")
pages = APIRouter(include_in_schema=False)
Db = Annotated[Database, Depends(get_db)]
Writes = Depends(require_write)
#: A canonical id, or a document entity id (DOC/eN) as `sijill merge` takes them.
ENTITY_REF = re.compile(r"c[0-9a-f]{12}|[^\s/]{1,300}/e\d{1,6}")
#: A claim id: DOC/KIND/N as extracted, DOC/KIND/added-… as a reader added it.
CLAIM_ID = re.compile(r"[^\s/]{1,300}/[a-z]{1,20}/(\d{1,6}|added-[\w-]{1,80})")
KINDS = tuple(CLAIM_KINDS.values())
MAX_DATA = 4000


def _library() -> ModuleType:
    found = review_module()
    if found is None:
        raise NotAvailable("claim corrections are not in this build of Sijill",
                           todo="install a Sijill with sijill.register.review")
    return found


def _ref(name: str, value: str) -> str:
    value = value.strip()
    if not ENTITY_REF.fullmatch(value):
        raise BadParameter(name, f"{value[:40]!r} is not an entity id",
                           "give a canonical id (c0123456789ab) or a document entity (DOC/e1)")
    return value


def _claim(value: str) -> str:
    value = value.strip()
    if not CLAIM_ID.fullmatch(value):
        raise BadParameter("claim", f"{value[:60]!r} is not a claim id",
                           "claim ids look like DOC/position/0")
    return value


def _lines(answer: Any) -> list[str]:
    return [str(x) for x in answer] if isinstance(answer, list) else []


def merge(db: Database, a: str, b: str) -> list[str]:
    """Record that two entities are one actor."""
    lib = review_module()
    return _lines(lib.merge(db, a, b) if lib else decisions.merge(db, a, b))


def keep_apart(db: Database, a: str, b: str) -> list[str]:
    """Record that two entities are different actors."""
    lib = review_module()
    return _lines(lib.keep_apart(db, a, b) if lib else decisions.distinct(db, a, b))


def unsure(db: Database, limit: int, offset: int) -> list[Any]:
    """Pairs the resolver was unsure of (none where the build lacks the review library)."""
    lib = review_module()
    return list(lib.unsure_pairs(db, limit=limit, offset=offset)) if lib else []


def _data(text: str) -> dict[str, Any]:
    if len(text) > MAX_DATA:
        raise BadParameter("data", f"the claim is longer than {MAX_DATA} characters")
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise BadParameter("data", f"the claim is not JSON ({exc.msg}, column {exc.colno})",
                           'write it as a JSON object, e.g. {"role": "رئيس"}') from None
    if not isinstance(value, dict):
        raise BadParameter("data", "the claim is not a JSON object")
    return value


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise BadParameter("kind", f"{kind[:20]!r} is not a kind of claim",
                           f"give one of {', '.join(KINDS)}")
    return kind


def _span(start: int, end: int) -> None:
    if not 0 <= start < end <= 10_000_000:
        raise BadParameter("end", f"[{start}, {end}) is not a span of the text",
                           "give 0 <= start < end")


# -- API -------------------------------------------------------------------------------------


class Pair(BaseModel):
    a: str = Field(max_length=320, description="A canonical id or document entity id.")
    b: str = Field(max_length=320)


class Wrong(BaseModel):
    claim: str = Field(max_length=340)
    note: str = Field("", max_length=2000)


class NewClaim(BaseModel):
    doc: str = Field(max_length=300)
    kind: str = Field(max_length=20)
    data: dict[str, Any]
    start: int = Field(ge=0, le=10_000_000)
    end: int = Field(ge=1, le=10_000_000)


@api.get("/review/unsure", summary="Entity pairs the resolver was unsure of")
async def api_unsure(db: Db, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return JSONResponse({"limit": limit, "offset": offset,
                         "items": as_json(unsure(db, limit, offset))})


@api.post("/review/merge", summary="Say two entities are one actor", dependencies=[Writes])
def api_merge(request: Request, pair: Pair) -> JSONResponse:
    with request.app.state.connections.writer() as db:
        return JSONResponse({"lines": merge(db, _ref("a", pair.a), _ref("b", pair.b))})


@api.post("/review/keep-apart", summary="Say two entities are different actors",
          dependencies=[Writes])
def api_keep_apart(request: Request, pair: Pair) -> JSONResponse:
    with request.app.state.connections.writer() as db:
        return JSONResponse({"lines": keep_apart(db, _ref("a", pair.a), _ref("b", pair.b))})


@api.post("/claims/wrong", summary="Mark a claim wrong", dependencies=[Writes])
def api_wrong(request: Request, body: Wrong) -> JSONResponse:
    lib = _library()
    with request.app.state.connections.writer() as db:
        lib.mark_claim_wrong(db, _claim(body.claim), note=body.note)
    return JSONResponse({"claim": body.claim, "wrong": True})


@api.post("/claims", summary="Add a claim the machine missed", dependencies=[Writes])
def api_add(request: Request, body: NewClaim) -> JSONResponse:
    lib = _library()
    _span(body.start, body.end)
    with request.app.state.connections.writer() as db:
        claim = lib.add_claim(db, body.doc, _kind(body.kind), body.data, body.start, body.end)
    return JSONResponse({"claim": claim})


@api.get("/corrections", summary="The corrections readers made, of one document or all")
async def api_corrections(db: Db, doc: str | None = None) -> JSONResponse:
    lib = _library()
    return JSONResponse(as_json(list(lib.corrections(db, doc_id=doc))))


# -- pages -----------------------------------------------------------------------------------


@pages.get("/review", response_class=HTMLResponse)
async def review_page(request: Request, db: Db, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    from sijill.web.pages import render

    return render(request, "review.html", pairs=unsure(db, limit, offset), lines=[],
                  limit=limit, offset=offset)


def _decide(request: Request, a: str, b: str, together: bool) -> HTMLResponse:
    from sijill.web.pages import render

    with request.app.state.connections.writer() as db:
        lines = (merge if together else keep_apart)(db, _ref("a", a), _ref("b", b))
        return render(request, "review.html", pairs=unsure(db, 50, 0), lines=lines, limit=50,
                      offset=0)


@pages.post("/review/merge", response_class=HTMLResponse, dependencies=[Writes])
def review_merge(request: Request, a: Annotated[str, Form(max_length=320)],
                 b: Annotated[str, Form(max_length=320)]) -> HTMLResponse:
    return _decide(request, a, b, True)


@pages.post("/review/keep-apart", response_class=HTMLResponse, dependencies=[Writes])
def review_keep_apart(request: Request, a: Annotated[str, Form(max_length=320)],
                      b: Annotated[str, Form(max_length=320)]) -> HTMLResponse:
    return _decide(request, a, b, False)


@pages.post("/documents/{doc_id}/wrong", dependencies=[Writes])
def document_wrong(request: Request, doc_id: str, claim: Annotated[str, Form(max_length=340)],
                   note: Annotated[str, Form(max_length=2000)] = "") -> RedirectResponse:
    lib = _library()
    with request.app.state.connections.writer() as db:
        lib.mark_claim_wrong(db, _claim(claim), note=note)
    return RedirectResponse(f"/documents/{doc_id}#claims", status_code=303)


@pages.post("/documents/{doc_id}/claims", dependencies=[Writes])
def document_add(request: Request, doc_id: str, kind: Annotated[str, Form(max_length=20)],
                 start: Annotated[int, Form(ge=0, le=10_000_000)],
                 end: Annotated[int, Form(ge=1, le=10_000_000)],
                 data: Annotated[str, Form(max_length=MAX_DATA)] = "{}") -> RedirectResponse:
    lib = _library()
    _span(start, end)
    with request.app.state.connections.writer() as db:
        lib.add_claim(db, doc_id, _kind(kind), _data(data), start, end)
    return RedirectResponse(f"/documents/{doc_id}#claims", status_code=303)
