"""The serve command: the web register and its HTTP API (sijill.web) run by uvicorn."""

from __future__ import annotations

import os

import click

from sijill.cli import main
from sijill.cli_register import db_option, open_register


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; the default answers this machine only (give "
                   "0.0.0.0 to serve others, behind a proxy that guards it).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="The port to listen on.")
@click.option("--read-only", "read_only", is_flag=True,
              help="Turn every writing endpoint off (merges, corrections): for a register "
                   "published to readers.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; more than one serves more requests at once on a "
                   "machine with several cores.")
def serve(db_url: str, host: str, port: int, read_only: bool, workers: int) -> None:
    """Serve the register's web pages and JSON API (OpenAPI at /api/openapi.json) and print
    the address; Ctrl-C stops it."""
    try:
        import uvicorn

        from sijill.web.app import DB_ENV, READ_ONLY_ENV, create_app
    except ImportError as exc:
        raise click.ClickException(f"the web server needs {exc.name}: pip install "
                                   "fastapi uvicorn jinja2 python-multipart") from exc
    open_register(db_url).close()  # a clear error for a bad --db before the server starts
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"sijill: serving {db_url} at http://{shown}:{port}/"
               f"{' (read-only)' if read_only else ''}", err=True)
    if workers == 1:
        uvicorn.run(create_app(db_url, read_only=read_only), host=host, port=port,
                    log_level="warning")
        return
    # Worker processes build their own app from the environment (uvicorn's factory).
    os.environ[DB_ENV] = db_url
    os.environ[READ_ONLY_ENV] = "1" if read_only else "0"
    uvicorn.run("sijill.web.app:app_from_env", factory=True, workers=workers, host=host,
                port=port, log_level="warning")
