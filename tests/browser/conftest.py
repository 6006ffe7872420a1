"""A live server on a free loopback port over a fresh register of the web tests' sentences,
and a headless Chromium (Debian's, driven by Playwright from PyPI) to browse it. The tests
are skipped, saying why, where Chromium or Playwright is missing."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web.corpus import build

from sijill.register.db import Database
from sijill.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def browser_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus' register, built once; each server gets a copy."""
    path = tmp_path_factory.mktemp("browser") / "register.db"
    db = Database(str(path))
    try:
        build(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


@pytest.fixture
def server(browser_register: Path, tmp_path: Path) -> Iterator[str]:
    """The address of a live server over a fresh copy of the register."""
    uvicorn = pytest.importorskip("uvicorn")
    path = tmp_path / "register.db"
    shutil.copy(browser_register, path)
    port = _free_port()
    config = uvicorn.Config(create_app(str(path)), host="127.0.0.1", port=port,
                            log_level="warning")
    live = uvicorn.Server(config)
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not live.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        live.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Chromium, shared by the session."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install "
                    "chromium) to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="Playwright is missing: pip install playwright")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    """A fresh browser page (its own cookies and storage)."""
    context = chromium.new_context(locale="ar", viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    try:
        yield tab
    finally:
        context.close()
