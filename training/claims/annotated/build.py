#!/usr/bin/env python3
"""Rebuild articles.jsonl for the annotated articles from the SaudiNewsNet corpus.

usage: python3 build.py -o /tmp/annot/articles.jsonl [--data DIR]

Each row of sources.tsv (beside this file) names a zip of the SaudiNewsNet corpus
(default ../shared/data/saudinewsnet relative to the repository root, i.e.
/work/shared/data/saudinewsnet), the article's index in that zip's JSON array, and
its url (checked). Each output line is {"id", "text", "published", "url", "title",
"source"}: text = title + empty line + content exactly as stored; published = the
day of date_extracted. The article texts are never stored in the repository.
"""
import argparse
import csv
import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "saudinewsnet"


def articles(data):
    with open(HERE / "sources.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    cache = {}
    out = []
    for r in rows:
        z = r["zip"]
        if z not in cache:
            with zipfile.ZipFile(Path(data) / z) as f:
                cache[z] = [a for name in f.namelist() for a in json.loads(f.read(name))]
        a = cache[z][int(r["index"])]
        if a["url"] != r["url"]:
            sys.exit(f"{r['id']}: article {r['index']} of {z} has url {a['url']}, not {r['url']}")
        out.append({"id": r["id"], "text": a["title"] + "\n\n" + a["content"],
                    "published": a["date_extracted"][:10], "url": a["url"],
                    "title": a["title"].strip(), "source": a["source"]})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", required=True, help="where to write articles.jsonl")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder of the SaudiNewsNet zips")
    args = ap.parse_args()
    lines = [json.dumps(a, ensure_ascii=False) for a in articles(args.data)]
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} articles to {args.output}")


if __name__ == "__main__":
    main()
