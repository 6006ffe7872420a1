"""What the claim stages cost `sijill extract`: the default pipeline with and without `claims`.

Both runs read the same SaudiNewsNet articles in one process, alternately (twice each, the faster run kept) (the model
is loaded and caches are warmed on a tenth of them before timing), and write JSON records nowhere. Prints articles/s and tokens/s of
each, their ratio (the issue asks for at least 0.5), and how many claims were found.

usage: python benchmarks/claims_throughput.py [CORPUS_DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def _articles(corpus: Path, limit: int) -> list[object]:
    from sijill.read import read_inputs
    from sijill.read.article import Article

    out: list[object] = []
    for item in read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))]):
        if isinstance(item, Article):
            out.append(item)
            if len(out) == limit:
                break
    return out


def run(articles: list[object], stages: tuple[str, ...]) -> dict[str, float]:
    """Process every article through ``stages`` and time it."""
    from sijill.extract import make_doc
    from sijill.pipeline import Pipeline
    from sijill.record import dumps, to_record

    pipeline = Pipeline(stages)
    start = time.perf_counter()
    tokens = claims = 0
    for article in articles:
        doc = pipeline(make_doc(article))  # type: ignore[arg-type]
        rec = to_record(doc)
        dumps(rec)
        tokens += len(doc.tokens)
        claims += len(rec["positions"]) + len(rec["events"]) + len(rec["quotes"])
    seconds = time.perf_counter() - start
    return {"docs": len(articles), "tokens": tokens, "claims": claims, "seconds": seconds}


def main() -> None:
    """Measure both pipelines and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1000, help="articles to process (default 1000)")
    args = parser.parse_args()
    from sijill.names.stages import tagger
    from sijill.pipeline import DEFAULT_STAGES

    tagger()  # load the model outside the timings
    articles = _articles(args.corpus, args.limit)
    without = tuple(s for s in DEFAULT_STAGES if s != "claims")
    warm = articles[: max(1, len(articles) // 10)]
    run(warm, DEFAULT_STAGES)  # fill the caches (dates, gazetteer patterns) before timing
    # Alternate the two, twice, and keep each one's faster run: the machine may be shared.
    rounds = [(run(articles, without), run(articles, DEFAULT_STAGES)) for _ in range(2)]
    base = min((r[0] for r in rounds), key=lambda r: r["seconds"])
    full = min((r[1] for r in rounds), key=lambda r: r["seconds"])
    for name, r in (("without claims", base), ("with claims", full)):
        print(f"{name:>15}: {r['docs'] / r['seconds']:8.1f} articles/s  "
              f"{r['tokens'] / r['seconds']:9.0f} tokens/s  ({r['docs']:.0f} articles, "
              f"{r['seconds']:.1f} s, {r['claims']:.0f} claims)")
    print(f"ratio with/without claims: {base['seconds'] / full['seconds']:.3f}")


if __name__ == "__main__":
    main()
