"""Web register latency and throughput against loopback: p50/p95 of the person, organisation,
document and search pages, and requests/s on the entity API.

    .venv/bin/python benchmarks/web_latency.py [--db PATH] [--limit N] [--records FILE]
                                               [--scale 1,4,16,31] [--requests 200]
                                               [--concurrency 8] [--seed 7] [--base COMMIT]
                                               [--wrk SECONDS] [--wrk-ids 6000]

Without --db it ingests the example articles (../shared/examples/seeds.jsonl and
../shared/dev/articles.jsonl) and, with --limit N, the first N SaudiNewsNet articles of
../shared/data/saudinewsnet/*.zip, into a register under --work. ``--records FILE`` stores
records `sijill extract` wrote (JSON Lines) as they are, then resolves them and stores their
tenures and other answers (migration 0014), as an ingest does: a large register
without extracting it again (extraction dominates an ingest). ``--scale 1,4,16,31`` grows one
register from the records to each of those multiples of their number and measures each in
turn (the full SaudiNewsNet register, 31,030 articles, is 31x records of 1,000): copy k of a
record gets its own document id, and its people's, organisations' and other actors' names
(places stay, as a corpus names the same places again) are replaced, each name with the
chance that keeps the count of distinct names growing as n^b with the number of documents,
b fitted on the records themselves (names seen in their first quarter, half and all), so a
bigger register has both more documents per entity and more entities, as a corpus has. A
renamed name stays the same across all documents of its copy. It starts `sijill serve` in
its own process on a free loopback port and loads it with an asyncio client (httpx) holding
--concurrency requests in flight. Pages are drawn from the register with a fixed seed: people
and organisations evenly from each band of how many documents name them, random documents,
searches half for words of random texts, half for names of people and organisations of
every band (as written, with hamza and ta marbuta folded, in Latin letters, or one word of
the name); the entity API gets its own
draw of people and organisations (so the pages before it do not fill the server's memo with
its answers), then the same draw again ("entity API again": what a reader coming
back to an actor costs); each page kind is asked again the same way ("person again", ...).
Before each server starts, the answers an earlier one shared about the register
(sijill.register.memo's file) are dropped, so first requests are first. Beside each kind's HTTP figures it prints, as the baseline from the
same run, the CPU time of the library calls the page wraps, made in this process on a
connection without the server's memo (every answer computed, or read from the register where
it stores it: migration 0014's tenures, structures, names, events and meetings, which a first
request reads as a user meets it), and the server's CPU time per
request (user+sys of its processes, from /proc), which a shared machine's clock does not blur,
with the requests per second two cores give at that cost (2000 / CPU ms per request): the
target machine has two. --workers (default 2) sets the server's processes. ``--base COMMIT``
first serves the same register with that commit's code (``git archive``) under the same draws,
so a change is measured beside its baseline in one run; where this checkout adds migrations
that commit cannot open, it serves a copy of the register made before they were applied
(``REGISTER.base-COMMIT.db``, made on the first such run and kept). The events API row asks for the
organisations' events (``/api/events?org=ID``, the first page of 50). The client runs
on the same machine and takes CPU too: on a loaded machine the clock figures measure the
load; the CPU figures measure the server. ``--wrk SECONDS`` then loads the entity API and each
page with wrk, a load generator in C (``apt-get install wrk``) that takes a small share of the
cores where the asyncio client takes about one: --concurrency connections, SECONDS a row, over
a draw of its own of --wrk-ids URLs of each kind asked in turn (first, then again), with
p50/p95/p99, requests/s and the server's CPU per request.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import math
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from sijill.read import read_inputs
from sijill.register import queries, views
from sijill.register.db import Database
from sijill.register.ingest import ingest
from sijill.register.memo import SharedAnswers
from sijill.register.resolve import resolve_pending
from sijill.register.search import search
from sijill.register.seats import fill_tenures
from sijill.register.store import store_record

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = [SHARED / "examples" / "seeds.jsonl", SHARED / "dev" / "articles.jsonl"]
_WORD = re.compile(r"[\u0621-\u064a]{3,}")


# -- the register ------------------------------------------------------------------------------


def build(path: Path, limit: int) -> None:
    """Ingest the examples and the first ``limit`` SaudiNewsNet articles into ``path``."""
    zips = sorted(str(p) for p in (SHARED / "data" / "saudinewsnet").glob("*.zip"))
    items = itertools.chain(read_inputs([str(p) for p in EXAMPLES]),
                            itertools.islice(read_inputs(zips), limit) if limit else ())
    db = Database(str(path))
    try:
        started = time.process_time()
        stats = ingest(db, items, workers=1, doc_timeout=0)
        print(f"ingested {stats}: {time.process_time() - started:.1f} s CPU", file=sys.stderr)
    finally:
        db.close()


def store_records(path: Path, files: list[Path]) -> None:
    """Store extracted records as they are, then resolve their entities."""
    db = Database(str(path))
    try:
        started = time.process_time()
        n = 0
        for file in files:
            with file.open(encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    digest = hashlib.sha256(record["text"].encode("utf-8")).hexdigest()
                    store_record(db, record, version="records", digest=digest)
                    n += 1
        resolve_pending(db)
        fill_tenures(db)  # as an ingest does (migration 0014): pages read what it stores
        print(f"stored {n} records: {time.process_time() - started:.1f} s CPU", file=sys.stderr)
    finally:
        db.close()


# -- a register grown from records --------------------------------------------------------------

#: Entity types whose names a copy of a record replaces (places recur in any corpus).
RENAMED = ("PERSON", "ORG", "MISC")
_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _names_seen(records: list[dict[str, Any]]) -> int:
    return len({(e["type"], e["name"]) for r in records for e in r.get("entities", [])
                if e["type"] in RENAMED})


def growth_exponent(records: list[dict[str, Any]]) -> float:
    """b in distinct names ~ documents^b, from the records' first quarter, half and all."""
    points = [(n, _names_seen(records[:n])) for n in (len(records) // 4, len(records) // 2,
                                                       len(records))]
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(d) for _, d in points]
    mx, my = sum(xs) / 3, sum(ys) / 3
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def _code(k: int) -> str:
    out = ""
    while True:
        k, rest = divmod(k, len(_LETTERS))
        out += _LETTERS[rest]
        if not k:
            return out


def _renamed(name: str, k: int, suffix: str) -> str:
    """Every word of the name marked with the copy's code, so no key or surname of the
    original is left to link the two."""
    return " ".join(w + suffix for w in name.split()) if name.strip() else name


def copy_record(record: dict[str, Any], k: int, chance: float) -> dict[str, Any]:
    """Copy k of a record: its own document id, each of its actors' names replaced with
    ``chance`` (the same draw for a name in every document of the copy)."""
    out: dict[str, Any] = json.loads(json.dumps(record))
    out["id"] = f"{record['id']}-x{k}"
    arabic, latin = _code(k), f"x{k}"
    for entity in out.get("entities", []):
        if entity["type"] not in RENAMED:
            continue
        draw = hashlib.sha1(f"{k}|{entity['type']}|{entity['name']}".encode()).digest()
        if int.from_bytes(draw[:4], "big") / 2**32 >= chance:
            continue
        entity["name"] = _renamed(str(entity["name"]), k, arabic)
        entity["aliases"] = [_renamed(str(a), k, arabic) for a in entity.get("aliases", [])]
        if entity.get("latin"):
            entity["latin"] = _renamed(str(entity["latin"]), k, latin)
    return out


def _store(db: Database, record: dict[str, Any]) -> None:
    digest = hashlib.sha256((record["id"] + record["text"]).encode("utf-8")).hexdigest()
    store_record(db, record, version="records", digest=digest)


def grow(path: Path, records: list[dict[str, Any]], copies: range, exponent: float) -> None:
    """Store the copies of the records in ``copies`` (copy 0 is the records themselves),
    then resolve them."""
    db = Database(str(path))
    try:
        started = time.process_time()
        for k in copies:
            # Copy k brings (k+1)^b - k^b times the first copy's names, as n^b growth asks.
            chance = (k + 1) ** exponent - k ** exponent
            for record in records:
                _store(db, copy_record(record, k, chance) if k else record)
        resolve_pending(db)
        fill_tenures(db)  # as an ingest does (migration 0014): pages read what it stores
        print(f"stored copies {copies.start}..{copies.stop - 1} of {len(records)} records: "
              f"{time.process_time() - started:.1f} s CPU", file=sys.stderr)
    finally:
        db.close()


def scaled_registers(work: Path, files: list[Path], scales: list[int]) -> Iterator[Path]:
    """Registers of each scale (multiples of the records' number), grown one from another,
    each given as soon as it is made. An interrupted growth goes on from the copies stored."""
    records = [json.loads(line) for file in files
               for line in file.open(encoding="utf-8") if line.strip()]
    exponent = growth_exponent(records)
    print(f"{len(records)} records; distinct names grow as documents^{exponent:.2f}",
          file=sys.stderr)
    tag = hashlib.sha1(" ".join(map(str, files)).encode()).hexdigest()[:8]
    growing = work / f"web-grow-{tag}.db"
    for scale in sorted(scales):
        path = work / f"web-grow-{tag}-{scale}x.db"
        if not path.exists():
            done = _copies(growing, len(records))
            if done > scale:  # a register cannot shrink: grow another from nothing
                growing.unlink()
                done = 0
            grow(growing, records, range(done, scale), exponent)
            snapshot(growing, path)
        yield path


def _copies(path: Path, records: int) -> int:
    """How many whole copies of the records a growing register holds (a copy cut short is
    stored again: storing a document replaces it)."""
    if not path.exists():
        return 0
    db = Database(str(path))
    try:
        return int(db.scalar("SELECT COUNT(*) FROM documents") or 0) // records
    finally:
        db.close()


def snapshot(source: Path, target: Path) -> None:
    """A copy of a SQLite register (its write-ahead log folded in)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def ids_by_band(db: Database, etype: str, n: int, rng: random.Random) -> list[str]:
    """n canonical ids of a type, drawn evenly from bands of document counts."""
    rows = db.query("SELECT ec.canonical_id, COUNT(*) FROM entity_canonical ec JOIN "
                    "canonical_entities c ON c.id = ec.canonical_id WHERE c.type = ? "
                    "GROUP BY ec.canonical_id ORDER BY ec.canonical_id", (etype,))
    bands: dict[int, list[str]] = defaultdict(list)
    for cid, count in rows:
        bands[int(count).bit_length()].append(str(cid))
    picked: list[str] = []
    while len(picked) < n and any(bands.values()):
        for band in sorted(bands):
            if bands[band] and len(picked) < n:
                picked.append(bands[band].pop(rng.randrange(len(bands[band]))))
    return picked


def sample(db: Database, n: int, rng: random.Random) -> dict[str, list[str]]:
    """The entities, documents and search words the load is made of."""
    docs = [str(r[0]) for r in db.query("SELECT id FROM documents ORDER BY id")]
    words: list[str] = []
    while docs and len(words) < n - n // 2:
        text = str(db.scalar("SELECT text FROM documents WHERE id = ?", (rng.choice(docs),)))
        found = _WORD.findall(text)
        if found:
            i = rng.randrange(len(found))
            words.append(" ".join(found[i:i + rng.choice((1, 1, 2))]))
    searches = words + name_searches(db, n // 2, rng)
    rng.shuffle(searches)
    return {"person": ids_by_band(db, "PERSON", n, rng), "org": ids_by_band(db, "ORG", n, rng),
            "document": [rng.choice(docs) for _ in range(n)], "search": searches}


#: A name as a reader may type it: hamza seats and ta marbuta left out (the register folds
#: them), which name search must find as it finds the name written in full.
_FOLDED = str.maketrans("أإآة", "اااه")


def name_searches(db: Database, n: int, rng: random.Random) -> list[str]:
    """Searches for names: of people and organisations of every band of how many documents
    name them (common and rare), in turn as written, folded and in Latin letters where the
    register has them, and one word of a name (a common one such as محمد)."""
    ids = ids_by_band(db, "PERSON", n - n // 2, rng) + ids_by_band(db, "ORG", n // 2, rng)
    out: list[str] = []
    for i, cid in enumerate(ids):
        name, latin = db.query("SELECT name, latin FROM canonical_entities WHERE id = ?",
                               (cid,))[0]
        ways = [str(name), str(name).translate(_FOLDED), *([str(latin)] if latin else []),
                rng.choice(str(name).split() or [str(name)])]
        out.append(ways[i % len(ways)])
    return out


# -- the library baseline ----------------------------------------------------------------------


def library_calls(db: Database) -> dict[str, Callable[[str], Any]]:
    """What each page asks of the library, in this process."""
    return {
        "person": lambda cid: queries.person_page(db, cid),
        "org": lambda cid: (views.org_view(db, cid, with_relations=False),
                            views.org_structure(db, cid),
                            views.meetings(db, cid), views.org_decisions(db, cid)),
        "document": lambda doc: views.document(db, doc),
        "search": lambda q: (queries.find_entities(db, q, ("PERSON",)),
                             queries.find_entities(db, q, ("ORG",)), search(db, q)),
        "entity API": lambda cid: (queries.person_page(db, cid)
                                   if views.entity_type(db, cid) == "PERSON"
                                   else queries.org_page(db, cid)),
        "events API": lambda cid: queries.event_page(db, participants=[cid]),
    }


def library_times(db: Database, picks: dict[str, list[str]]) -> dict[str, list[float]]:
    """CPU seconds of each page's library calls, one value each (a connection without the
    server's memo: every answer computed)."""
    out: dict[str, list[float]] = {}
    for kind, call in library_calls(db).items():
        times = []
        for value in picks[kind]:
            started = time.process_time()
            try:
                call(value)
            except queries.QueryError:
                pass
            times.append(time.process_time() - started)
        out[kind] = times
    return out


# -- the server and the load -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, workers: int,
                 source: Path | None = None) -> subprocess.Popen[bytes]:
    """``sijill serve`` in its own process; from ``source`` (a tree holding ``sijill``) where
    given, else from this checkout."""
    env = dict(os.environ, PYTHONPATH=str(source or ROOT / "src"))
    server = subprocess.Popen([sys.executable, "-m", "sijill", "serve", "--db", db, "--port",
                               str(port), "--read-only", "--workers", str(workers)],
                              stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/openapi.json").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


def cpu_seconds(pid: int) -> float:
    """User+sys CPU time of a process and its children (the worker processes) so far."""
    total = 0.0
    for proc in [pid, *_children(pid)]:
        fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids = (task / "children").read_text().split()
        for kid in map(int, kids):
            found += [kid, *_children(kid)]
    return found


async def load(base: str, urls: list[str], concurrency: int) -> tuple[list[float], float, int]:
    """Latencies of the URLs fetched with ``concurrency`` in flight; wall time; failures."""
    queue = list(reversed(urls))
    times: list[float] = []
    failed = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal failed
        while queue:
            url = queue.pop()
            started = time.perf_counter()
            answer = await client.get(url)
            times.append(time.perf_counter() - started)
            failed += answer.status_code >= 500

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        return times, time.perf_counter() - started, failed


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


_WRK_LUA = """
paths = {%s}
i = 0
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %%.2fms\\n", latency:percentile(95) / 1000))
end
"""
#: The kinds wrk loads, each with its own draw (``--wrk-ids`` of them), and their URL.
WRK_PATHS = {"entity API": "/api/entities/{}", "person": "/people/{}", "org": "/orgs/{}",
             "document": "/documents/{}", "search": "/?q={}"}


def wrk_rows(base: str, pid: int, draws: dict[str, list[str]],
             args: argparse.Namespace) -> None:
    """The entity API and the pages loaded by wrk (one thread, ``--concurrency`` connections,
    the draw's URLs in turn) for ``--wrk`` seconds each, twice: first (each URL asked once
    where the run is long enough to reach it), then again over the same URLs. A generator in
    C takes a small share of the two cores the server shares with it, where the asyncio client
    above takes about one core."""
    if shutil.which("wrk") is None:
        print("wrk: not installed (apt-get install wrk); rows skipped")
        return
    print(f"wrk, {args.concurrency} connections, {args.wrk:g} s a row; latency ms")
    for kind, urls in draws.items():
        paths = ", ".join(json.dumps(url) for url in urls)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(_WRK_LUA % paths)
        try:
            for row in (kind, kind + AGAIN):
                _wrk_row(base, pid, row, script.name, len(urls), args)
        finally:
            os.unlink(script.name)


def _wrk_row(base: str, pid: int, row: str, script: str, urls: int,
             args: argparse.Namespace) -> None:
    cpu = cpu_seconds(pid)
    run = subprocess.run(["wrk", "-t1", f"-c{args.concurrency}", f"-d{args.wrk:g}s",
                          "--latency", "-s", script, base],
                         capture_output=True, text=True, check=False)
    out = run.stdout
    rate = re.search(r"Requests/sec:\s*([\d.]+)", out)
    done = re.search(r"(\d+) requests in", out)
    errors = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out)
    lat = {k: _ms(v) for k, v in
           re.findall(r"^\s*(50|90|99)%\s+([\d.]+[a-z]+)", out, re.MULTILINE)}
    p95 = re.search(r"^p95 ([\d.]+)ms", out, re.MULTILINE)
    if rate is None or done is None:
        print(f"{row:<17} wrk failed: {(run.stderr or out).strip()[:200]}")
        return
    used = (cpu_seconds(pid) - cpu) / max(int(done.group(1)), 1) * 1000
    print(f"{'wrk ' + row:<21} p50 {lat.get('50', 0):>6.1f} p95 "
          f"{float(p95.group(1)) if p95 else 0:>6.1f} p99 {lat.get('99', 0):>6.1f} "
          f"req/s {float(rate.group(1)):>6.1f} srv CPU ms {used:>5.2f} "
          f"requests {done.group(1)} (of {urls}) non-2xx {errors.group(1) if errors else 0}")


def _ms(text: str) -> float:
    """wrk's latency ("812.00us", "12.36ms", "1.02s") in milliseconds."""
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", text).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}.get(unit, 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing register (default: build one)")
    parser.add_argument("--limit", type=int, default=0,
                        help="SaudiNewsNet articles to ingest besides the examples")
    parser.add_argument("--records", type=Path, action="append", default=[],
                        help="records (JSON Lines from sijill extract) to store as well")
    parser.add_argument("--scale", help="with --records: registers of these multiples of the "
                                        "records' number, e.g. 1,4,16,31")
    parser.add_argument("--work", type=Path, default=Path("/tmp/sijill-web-bench"))
    parser.add_argument("--requests", type=int, default=200, help="requests per page kind")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2,
                        help="server processes (default 2, one per core of the target machine)")
    parser.add_argument("--wrk", type=float, default=0, metavar="SECONDS",
                        help="also load the entity API for SECONDS with wrk (a load generator "
                             "in C: apt-get install wrk), over --wrk-ids actors each asked once "
                             "first, then again")
    parser.add_argument("--wrk-ids", type=int, default=6000,
                        help="actors the wrk run asks for (default 6,000: people and "
                             "organisations drawn evenly from the bands)")
    parser.add_argument("--base", help="also serve the register with this git commit's code "
                                       "(git archive), measured first in the same run")
    args = parser.parse_args()
    if args.scale:
        if not args.records or args.db:
            parser.error("--scale grows a register from --records (and takes no --db)")
        try:
            scales = [int(n) for n in args.scale.split(",")]
        except ValueError:
            parser.error(f"--scale takes whole numbers separated by commas, not {args.scale!r}")
        args.work.mkdir(parents=True, exist_ok=True)
        for path in scaled_registers(args.work, args.records, scales):
            measure(str(path), args)
            print()
        return
    db_url = args.db
    if db_url is None:
        args.work.mkdir(parents=True, exist_ok=True)
        tag = hashlib.sha1(" ".join(map(str, args.records)).encode()).hexdigest()[:8]
        db_url = str(args.work / f"web-{args.limit}-{tag}.db")
        if not Path(db_url).exists():
            build(Path(db_url), args.limit)
            store_records(Path(db_url), args.records)
    measure(db_url, args)


#: The server's URL of each kind of request.
PATHS = {"person": "/people/{}", "person again": "/people/{}", "org": "/orgs/{}",
         "org again": "/orgs/{}", "document": "/documents/{}", "document again": "/documents/{}",
         "search": "/?q={}", "search again": "/?q={}", "entity API": "/api/entities/{}",
         "entity API again": "/api/entities/{}", "events API": "/api/events?org={}"}
#: The rows that ask for what the row before them asked (a reader's return, another reader).
AGAIN = " again"


def measure(db_url: str, args: argparse.Namespace) -> None:
    """The pages' and the entity API's figures on one register, beside the library's."""
    base_url = base_register(db_url, args.base) if args.base else None
    db = Database(db_url)
    docs = int(db.scalar("SELECT COUNT(*) FROM documents") or 0)
    people = int(db.scalar("SELECT COUNT(*) FROM canonical_entities WHERE type = 'PERSON'") or 0)
    orgs = int(db.scalar("SELECT COUNT(*) FROM canonical_entities WHERE type = 'ORG'") or 0)
    picks = sample(db, args.requests, random.Random(args.seed))
    # The entity API gets its own draw (the same bands), so that the pages' requests before it
    # do not fill the server's memo with its answers; "again" asks for the same ones a second
    # time, as readers come back to the same much-named actors.
    other = random.Random(args.seed + 1)
    picks["entity API"] = (ids_by_band(db, "PERSON", args.requests // 2, other)
                           + ids_by_band(db, "ORG", args.requests // 2, other))
    other.shuffle(picks["entity API"])
    for kind in list(picks):
        picks[kind + AGAIN] = picks[kind]
    picks["events API"] = picks["org"]
    wrk_draws = wrk_picks(db, args) if args.wrk else {}
    baseline = library_times(db, picks)
    db.close()
    print(f"register: {db_url}, {docs} documents, {people} people, {orgs} organisations; "
          f"{args.requests} requests per page, {args.concurrency} in flight; "
          f"{args.workers} worker(s)")
    if args.base:
        with tempfile.TemporaryDirectory() as tree:
            print(f"\nthe code of {args.base} (the same register, draws and library baseline):")
            serve_and_load(base_url or db_url, args, picks, baseline,
                           source_of(args.base, Path(tree)), wrk_draws)
        print("\nthis checkout:")
    serve_and_load(db_url, args, picks, baseline, None, wrk_draws)


def wrk_picks(db: Database, args: argparse.Namespace) -> dict[str, list[str]]:
    """wrk's URLs of each kind: ``--wrk-ids`` of them, drawn apart from the pages' and from
    each other's (the entity API's: people and organisations evenly from the bands), so that
    no row before finds its answers in the server's memo."""
    more = random.Random(args.seed + 2)
    n = args.wrk_ids
    entity = ids_by_band(db, "PERSON", n // 2, more) + ids_by_band(db, "ORG", n // 2, more)
    more.shuffle(entity)
    drawn = sample(db, n, more)
    values = {"entity API": entity, "person": drawn["person"], "org": drawn["org"],
              "document": list(dict.fromkeys(drawn["document"])), "search": drawn["search"]}
    # wrk sends the path as written: percent-encoded here (ids are safe as they are).
    return {kind: [WRK_PATHS[kind].format(quote(v, safe="") if kind == "search" else v)
                   for v in values[kind]] for kind in WRK_PATHS}


def _migration_numbers(names: list[str]) -> set[int]:
    return {int(m.group(1)) for n in names if (m := re.match(r"(\d{4})_", Path(n).name))}


def base_register(db_url: str, commit: str) -> str:
    """The register the base commit serves: this one, or, where this checkout adds migrations
    the base does not know (it refuses a register with them), a copy made before they are
    applied (kept beside the register as ``NAME.base-COMMIT.db`` for the next run)."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", commit,
                             "src/sijill/register/migrations/"], capture_output=True, text=True,
                            check=False)
    if listed.returncode != 0:
        raise SystemExit(f"--base {commit}: {listed.stderr.strip()}")
    known = max(_migration_numbers(listed.stdout.split()), default=0)
    ours = max(_migration_numbers([p.name for p in (ROOT / "src/sijill/register/migrations")
                                   .glob("*.sql")]), default=0)
    if ours <= known or "://" in db_url:
        return db_url
    copy = Path(f"{db_url}.base-{commit[:12]}.db")
    if copy.exists():
        return str(copy)
    plain = sqlite3.connect(db_url)
    try:
        applied = int(plain.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0])
    finally:
        plain.close()
    if applied > known:
        raise SystemExit(f"--base {commit}: the register has migration {applied}, which that "
                         f"commit cannot open, and no copy from before it ({copy}): give a "
                         "register this checkout has not opened yet, or make the copy")
    print(f"a copy of the register for {commit} (before this checkout's migrations): {copy}",
          file=sys.stderr)
    snapshot(Path(db_url), copy)
    return str(copy)


def source_of(commit: str, tree: Path) -> Path:
    """The ``src`` folder of a commit of this repository, written under ``tree``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                             capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"--base {commit}: git archive failed: "
                         f"{archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree / "src"


def forget_shared_answers(db_url: str) -> None:
    """Drop what an earlier server shared about the register (sijill.register.memo), so that
    first requests are first: the file outlives a server, and would answer them warm."""
    shared = SharedAnswers.for_register(db_url)
    if shared is None:
        return
    shared.close()
    # Every code's file of this register (the base commit's too: files are named by the
    # register's path, then by the code that drew them).
    for stale in shared.path.parent.glob(f"{shared.path.name[:20]}*.sqlite*"):
        stale.unlink(missing_ok=True)


def serve_and_load(db_url: str, args: argparse.Namespace, picks: dict[str, list[str]],
                   baseline: dict[str, list[float]], source: Path | None,
                   wrk_draws: dict[str, list[str]]) -> None:
    """Start a server (from ``source`` where given), load it kind by kind, print a row each."""
    forget_shared_answers(db_url)
    port = free_port()
    server = start_server(db_url, port, args.workers, source)
    base = f"http://127.0.0.1:{port}"
    print(f"{'request':<17} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'req/s':>6} "
          f"{'srv CPU ms':>10} {'req/s 2 cores':>13} {'lib CPU mean':>12} {'lib p50':>8} "
          f"{'lib p95':>8}  failed")
    try:
        asyncio.run(load(base, [PATHS["person"].format(picks["person"][0])] * 20, 4))  # warm up
        for kind, path in PATHS.items():
            urls = [path.format(httpx.URL(v).path if not kind.startswith("search") else v)
                    for v in picks[kind]]
            cpu = cpu_seconds(server.pid)
            times, wall, failed = asyncio.run(load(base, urls, args.concurrency))
            used = (cpu_seconds(server.pid) - cpu) / len(urls) * 1000
            lib = baseline.get(kind, [])
            lib_cols = (f"{sum(lib) / len(lib) * 1000:>12.2f} {pct(lib, .5):>8.2f} "
                        f"{pct(lib, .95):>8.2f}" if lib and not kind.endswith(AGAIN)
                        else f"{'-':>12} {'-':>8} {'-':>8}")
            print(f"{kind:<17} {pct(times, .5):>7.1f} {pct(times, .95):>7.1f} "
                  f"{max(times) * 1000:>7.1f} {len(urls) / wall:>6.1f} {used:>10.2f} "
                  f"{2000 / used if used else 0:>13.0f} {lib_cols}  {failed}")
        if wrk_draws:
            wrk_rows(base, server.pid, wrk_draws, args)
    finally:
        server.terminate()
        try:
            server.wait(60)  # uvicorn lets its workers finish; a loaded machine is slow at it
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
