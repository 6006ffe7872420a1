"""The web register's application: the API, the pages, the static files and the error
handlers over one register (``create_app``)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sijill import __version__
from sijill.web import errors, html
from sijill.web.connections import Connections

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _templates() -> Jinja2Templates:
    # Autoescape on for every template: article text is untrusted.
    # auto_reload off: the templates are the package's and do not change under a running
    # server, so no page stats their files again.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined, auto_reload=False)
    env.globals.update(name=html.name, evidence=html.evidence, claim_items=html.claim_items,
                       sentence_items=html.sentence_items, tenure_block=html.tenure_block,
                       timeline_bars=html.timeline_bars, board_row=html.board_row,
                       succession_items=html.succession_items,
                       decision_items=html.decision_items,
                       text_segments=html.text_segments, branch=html.branch,
                       event_row=html.event_row)
    # Compiled when the server starts, not by the first request for each kind of page
    # (tens of milliseconds of CPU each, in every worker); the apps of one process share
    # them, as nothing in the environment depends on the register.
    for name in env.list_templates():
        env.get_template(name)
    return Jinja2Templates(env=env)


#: Pages load nothing from elsewhere and run only the package's own scripts and styles.
HEADERS = [
    (b"content-security-policy",
     (b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds HEADERS to every HTTP response (a plain ASGI middleware: Starlette's
    BaseHTTPMiddleware costs about a millisecond of CPU a request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_url: str, read_only: bool = False) -> FastAPI:
    """The server for the register at ``db_url``; ``read_only`` turns every write off."""
    connections = Connections(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        connections.close()

    app = FastAPI(title="Sijill register", version=__version__, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="Organisations, posts, events and their evidence, read from "
                              "Arabic news.")
    app.state.connections = connections
    app.state.read_only = read_only
    app.state.templates = _templates()
    errors.install(app)
    from sijill.web import api, pages, review
    from sijill.web.deps import review_module

    # Imported now, not by each worker's first page (which asks whether it may offer review
    # actions): the corrections library took 150-200 ms of CPU to load.
    review_module()

    app.include_router(api.router)
    app.include_router(review.api)
    app.include_router(pages.router)
    app.include_router(review.pages)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.add_middleware(SecurityHeaders)
    return app


#: Where ``sijill serve --workers N`` tells each worker process what to serve.
DB_ENV = "SIJILL_SERVE_DB"
READ_ONLY_ENV = "SIJILL_SERVE_READ_ONLY"


def app_from_env() -> FastAPI:
    """The app a worker process of ``sijill serve --workers N`` builds (uvicorn's factory)."""
    return create_app(os.environ[DB_ENV], read_only=os.environ.get(READ_ONLY_ENV) == "1")
