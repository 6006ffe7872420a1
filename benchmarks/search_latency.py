"""Search latency on an existing register: the CPU time of the search page's library calls
(people, organisations and documents a text finds), by kind of search, beside a baseline.

    .venv/bin/python benchmarks/search_latency.py --db PATH [--queries 10] [--seed 7]
                                                  [--base COMMIT --base-db PATH]

Searches are drawn from the register with a fixed seed, ``--queries`` of each kind: common
names (the names of the most-named people and organisations, and their first words, such as
محمد), rare names (of entities one or two documents name), the same names folded as a reader
may type them (hamza seats and ta marbuta left out), Latin spellings, and words of random
documents (one or two). Each search is made once on a fresh connection's first use of it, as
a server's first request for it is (no memo), and its three parts are timed in CPU
milliseconds (``time.process_time``): the people and organisations name search finds
(``queries.find_entities``, as ``web.api.grouped_search`` asks) and the documents full-text
search finds (``search.search``). ``--base COMMIT`` first runs the same draws with that
commit's code (``git archive``) on ``--base-db`` (a register that code can open: one made
before this checkout's migrations, such as ``web_latency.py``'s ``NAME.base-COMMIT.db``), so
a change is measured beside its baseline in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sijill.register import queries
from sijill.register.db import Database
from sijill.register.search import search

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
#: A name as a reader may type it: hamza seats and ta marbuta left out.
_FOLDED = str.maketrans("أإآة", "اااه")
KINDS = ("common name", "rare name", "folded", "latin", "full text")
PARTS = ("people", "organisations", "documents")


def _by_count(db: Database, having: str, order: str) -> list[tuple[str, str | None]]:
    return [(str(r[0]), r[1]) for r in db.query(
        "SELECT c.name, c.latin FROM canonical_entities c JOIN entity_canonical ec "
        "ON ec.canonical_id = c.id WHERE c.type IN ('PERSON', 'ORG') GROUP BY c.id, c.name, "
        f"c.latin HAVING {having} ORDER BY {order}")]


def draw(db: Database, n: int, rng: random.Random) -> dict[str, list[str]]:
    """``n`` searches of each kind, drawn from the register."""
    common = _by_count(db, "COUNT(*) >= 1", "COUNT(*) DESC, c.id")[: 4 * n]
    rare = _by_count(db, "COUNT(*) <= 2", "c.id")
    rare = rng.sample(rare, min(len(rare), 4 * n))
    names = [name for name, _ in common[:n]]
    firsts = list(dict.fromkeys(name.split()[0] for name, _ in common if name.split()))
    out = {"common name": (names[: n - n // 2] + firsts[: n // 2])[:n],
           "rare name": [name for name, _ in rare[:n]]}
    folded = [f for f in (name.translate(_FOLDED) for name, _ in common + rare)
              if f not in {name for name, _ in common + rare}]
    out["folded"] = rng.sample(folded, min(n, len(folded)))
    latin = [str(spelled) for _, spelled in common + rare if spelled]
    out["latin"] = latin[:n]
    docs = [str(r[0]) for r in db.query("SELECT id FROM documents ORDER BY id")]
    words: list[str] = []
    while docs and len(words) < n:
        text = str(db.scalar("SELECT text FROM documents WHERE id = ?", (rng.choice(docs),)))
        found = _WORD.findall(text)
        if found:
            i = rng.randrange(len(found))
            words.append(" ".join(found[i : i + rng.choice((1, 2))]))
    out["full text"] = words
    return out


def _cpu_ms(call: Callable[[], Any]) -> float:
    started = time.process_time()
    try:
        call()
    except queries.QueryError:
        pass  # a text without words to look for: the page shows names only
    return (time.process_time() - started) * 1000


def measure(db: Database, searches: dict[str, list[str]]) -> dict[str, list[list[float]]]:
    """CPU ms of each search's three parts, by kind."""
    return {kind: [_parts(db, q) for q in texts] for kind, texts in searches.items()}


def _parts(db: Database, q: str) -> list[float]:
    return [_cpu_ms(lambda: queries.find_entities(db, q, ("PERSON",), limit=20)),
            _cpu_ms(lambda: queries.find_entities(db, q, ("ORG",), limit=20)),
            _cpu_ms(lambda: search(db, q, limit=20))]


def run(db_url: str, n: int, seed: int) -> tuple[dict[str, list[str]], dict[str, Any]]:
    """The draws and their times on one register, with this process's code."""
    db = Database(db_url)
    try:
        searches = draw(db, n, random.Random(seed))
        queries.find_entities(db, "warm", ("PERSON",))  # module imports, the first statement
        return searches, measure(db, searches)
    finally:
        db.close()


def _figures(times: list[list[float]]) -> str:
    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    cols = [[t[i] for t in times] for i in range(len(PARTS))] + [[sum(t) for t in times]]
    return "  ".join(f"{statistics.median(c):6.1f} {p95(c):6.1f}" for c in cols)


def report(label: str, times: dict[str, Any]) -> None:
    print(f"\n{label}: CPU ms, median and p95 of each part and of the whole search")
    print(f"{'kind':<12} " + "  ".join(f"{p[:13]:>13}" for p in (*PARTS, "all")))
    for kind in KINDS:
        if times.get(kind):
            print(f"{kind:<12} {_figures(times[kind])}")


def base_times(commit: str, base_db: str, n: int, seed: int) -> dict[str, Any]:
    """The same run with a commit's code, in its own process."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                                 capture_output=True, check=False)
        if archive.returncode != 0:
            raise SystemExit(f"--base {commit}: git archive failed: "
                             f"{archive.stderr.decode(errors='replace').strip()}")
        subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
        env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"))
        done = subprocess.run([sys.executable, __file__, "--db", base_db, "--queries", str(n),
                               "--seed", str(seed), "--json"], env=env, capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"--base {commit}: {done.stderr.strip()[-2000:]}")
        result: dict[str, Any] = json.loads(done.stdout)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an existing register (path or URL)")
    parser.add_argument("--queries", type=int, default=10, help="searches of each kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--base", help="also run the same searches with this commit's code")
    parser.add_argument("--base-db", help="with --base: a register that commit can open")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.base and not args.base_db:
        parser.error("--base needs --base-db (a register made before this checkout's "
                     "migrations, with the same content)")
    searches, times = run(args.db, args.queries, args.seed)
    if args.json:
        print(json.dumps({"searches": searches, "times": times}, ensure_ascii=False))
        return
    print(f"register: {args.db}; {args.queries} searches of each kind")
    for kind in KINDS:
        print(f"  {kind}: {' | '.join(searches.get(kind, []))}")
    if args.base:
        base = base_times(args.base, args.base_db, args.queries, args.seed)
        if base["searches"] != searches:
            print("(the base register gave other draws: compare the kinds, not the searches)")
        report(f"the code of {args.base} on {args.base_db}", base["times"])
    report("this checkout", times)


if __name__ == "__main__":
    main()
