"""Screenshots of the web register's pages (docs/screens/*.png): ingests the example articles
(../shared/examples/seeds.jsonl and ../shared/dev/articles.jsonl) into a register unless one
is given, serves it on a free loopback port, and photographs each page in Debian's headless
Chromium through Playwright."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from sijill.register import views
from sijill.register.db import Database
from sijill.register.seats import org_tenures, person_tenures
from sijill.web import create_app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTICLES = [SHARED / "examples" / "seeds.jsonl", SHARED / "dev" / "articles.jsonl"]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _ingest(db_path: Path) -> None:
    if db_path.exists():
        return
    db_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "sijill", "ingest", *map(str, ARTICLES), "--db",
                    str(db_path), "--quiet"], check=True)


def _choices(db_path: Path) -> dict[str, str]:
    """The person and organisation with the most posts among the most named, and the
    document with the most claims."""
    db = Database(str(db_path))
    try:
        people = [c for c, _ in views.most_named(db, "PERSON", 10)]
        orgs = [c for c, _ in views.most_named(db, "ORG", 10)]
        person = max(people, key=lambda c: len(person_tenures(db, c)))
        org = max(orgs, key=lambda c: len(org_tenures(db, c)))
        name = views.entity(db, person).name
        return {"person": person, "org": org, "doc": views.busiest_documents(db, 1)[0][0],
                # the person's name as typed without hamza seats: the search folds them
                "query": name.replace("أ", "ا").replace("إ", "ا")}
    finally:
        db.close()


def _serve(db_path: Path) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(db_path), read_only=False),
                                           host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def _shoot(page: Page, url: str, out: Path, wait: str | None = None) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if wait:
        page.wait_for_selector(wait)
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(out))
    print(f"{out.relative_to(ROOT)}  {out.stat().st_size // 1024} KiB  {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=ROOT / "out" / "screens.db",
                        help="the register to photograph (built from the examples if missing)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    args = parser.parse_args()
    _ingest(args.db)
    pick = _choices(args.db)
    server, base = _serve(args.db)
    args.out.mkdir(parents=True, exist_ok=True)
    shots = [("home", f"/?q={pick['query']}", None), ("person", f"/people/{pick['person']}", None),
             ("org", f"/orgs/{pick['org']}", None),
             ("graph", f"/graph/{pick['person']}", "#graph[data-ready]"),
             ("document", f"/documents/{pick['doc']}", None), ("review", "/review", None)]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 760}, locale="ar")
        for name, path, wait in shots:
            _shoot(page, base + path, args.out / f"{name}.png", wait)
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
