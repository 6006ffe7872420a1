"""What a client sees when a request fails: a 4xx that names the bad parameter and says what
to do, or a 500 that says only that the server failed (the trace goes to the server's log,
never to a client). API paths answer JSON, pages answer an HTML page."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from sijill.errors import SijillError
from sijill.register.queries import AmbiguousName, UnknownName

log = logging.getLogger("sijill.web")


class BadParameter(SijillError):
    """A request parameter the server cannot use as given."""

    def __init__(self, parameter: str, what: str, todo: str = "") -> None:
        self.parameter = parameter
        super().__init__(what, parameter, todo)


class NotAvailable(SijillError):
    """A feature this build of Sijill lacks (501)."""


class Forbidden(SijillError):
    """A request the server refuses: a cross-origin write, or a write to a read-only server."""


def _answer(request: Request, status: int, body: dict[str, Any]) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": body}, status_code=status)
    templates = request.app.state.templates
    page: Response = templates.TemplateResponse(
        request, "error.html", {"status": status, "error": body}, status_code=status)
    return page


def _body(exc: SijillError, parameter: str | None = None) -> dict[str, Any]:
    head = f"{exc.where}: {exc.what}" if exc.where else exc.what
    out: dict[str, Any] = {"message": head}
    if getattr(exc, "todo", ""):
        out["todo"] = exc.todo
    if parameter:
        out["parameter"] = parameter
    return out


def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(x) for x in first.get("loc", ())]
    parameter = loc[-1] if loc else "request"
    message = f"the parameter {parameter!r} is not valid: {first.get('msg', 'bad value')}"
    return _answer(request, 422, {"message": message, "parameter": parameter,
                                  "todo": "see /api/openapi.json for what each parameter takes"})


def _bad_parameter(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BadParameter)
    return _answer(request, 422, _body(exc, exc.parameter))


def _forbidden(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Forbidden)
    return _answer(request, 403, _body(exc))


def _not_available(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NotAvailable)
    return _answer(request, 501, _body(exc))


def _sijill(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SijillError)
    if isinstance(exc, AmbiguousName):
        body = _body(exc)
        body["candidates"] = [{"id": c.id, "type": c.type, "name": c.name, "latin": c.latin}
                              for c in exc.candidates]
        return _answer(request, 409, body)
    return _answer(request, 404 if isinstance(exc, UnknownName) else 400, _body(exc))


def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = str(exc.detail) if exc.detail else "request failed"
    response = _answer(request, exc.status_code, {"message": message})
    for k, v in (exc.headers or {}).items():
        response.headers[k] = v
    return response


def _crash(request: Request, exc: Exception) -> Response:
    log.exception("request %s %s failed", request.method, request.url.path)
    body = {"message": "the server failed on this request",
            "todo": "try again; if it fails again, see the server's log"}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": body}, status_code=500)
    return HTMLResponse("<!doctype html><html dir=\"rtl\" lang=\"ar\"><meta charset=\"utf-8\">"
                        "<title>500</title><p>the server failed on this request</p></html>",
                        status_code=500)


def install(app: FastAPI) -> None:
    """Attach the handlers: validation and library errors as 4xx, anything else as 500."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(BadParameter, _bad_parameter)
    app.add_exception_handler(Forbidden, _forbidden)
    app.add_exception_handler(NotAvailable, _not_available)
    app.add_exception_handler(SijillError, _sijill)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _crash)
