"""One-core speed of the NER tagger against the tokenizer, on SaudiNewsNet.

In one run (one thread: OMP_NUM_THREADS=1 is set before numpy loads): the model load time,
then over the same articles (a) the tokenizer stages `tokens` + `sentences` and (b) the
model tagging exactly as the `ner` stage calls it (one `NerTagger.tag` call per document, on
the sentences' token strings), each in tokens/s, and their ratio. Tagging is timed with the
BiLSTM on onnxruntime (what the pipeline uses) and on the numpy fallback as the baseline,
by the clock and by CPU time, and their tags compared. The full `ner` stage (tagging +
mention building) is timed too, for reference.

With ``--base COMMIT`` it instead tags the articles with that commit's tagger and this one,
each in its own process with a fresh tagger, alternately (``--rounds``), and prints the CPU
time per article in each quarter of the run: the first quarter fills the caches, the later
ones show a long run's steady state.

usage: python benchmarks/ner_throughput.py [--data CORPUS_DIR] [--limit N] [--model M.npz]
       python benchmarks/ner_throughput.py --base COMMIT [--limit N] [--rounds 2]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"

#: Runs in the measured process: tag the first N articles with a fresh tagger, CPU per quarter.
_CHILD = r"""
import json, sys, time
from pathlib import Path
from sijill.extract import make_doc
from sijill.names.ner.tagger import NerTagger
from sijill.pipeline import Pipeline
from sijill.read import read_inputs
from sijill.read.article import Article
corpus, limit = Path(sys.argv[1]), int(sys.argv[2])
tokenize = Pipeline(("tokens", "sentences"))
inputs = []
for item in read_inputs([str(p) for p in sorted(corpus.glob("*.zip"))]):
    if isinstance(item, Article):
        doc = tokenize(make_doc(item))
        inputs.append([[doc.text[t.start:t.end] for t in g] for g in doc.sentence_tokens()])
        if len(inputs) == limit:
            break
tagger = NerTagger.load()
tagger.tag([["x"]])
quarters = []
size = max(1, len(inputs) // 4)
for first in range(0, len(inputs), size):
    part = inputs[first:first + size]
    start = time.process_time()
    for groups in part:
        tagger.tag(groups)
    quarters.append(1000 * (time.process_time() - start) / len(part))
print(json.dumps(quarters))
"""


def _quarters(src: Path, corpus: Path, limit: int) -> list[float]:
    """Tagging CPU ms/article per quarter of the run, with the ``sijill`` package in ``src``."""
    env = {"PYTHONPATH": str(src), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1", "PATH": os.environ.get("PATH", "")}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(limit)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"ner_throughput: the run with {src} failed:\n{done.stderr[-2000:]}")
    result: list[float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def compare_with_commit(base: str, corpus: Path, limit: int, rounds: int) -> None:
    """Print the tagging CPU per quarter of the run for ``base`` and this checkout."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", base, "src"],
                                 capture_output=True, check=False)
        if archive.returncode != 0:
            sys.exit(f"ner_throughput: git cannot export commit {base!r}: "
                     f"{archive.stderr.decode(errors='replace').strip()}")
        archive_path = Path(tmp) / "base.tar"
        archive_path.write_bytes(archive.stdout)
        with tarfile.open(archive_path) as tar:
            tar.extractall(tmp, filter="data")
        runs: dict[str, list[list[float]]] = {base: [], "now": []}
        for _ in range(rounds):
            runs[base].append(_quarters(Path(tmp) / "src", corpus, limit))
            runs["now"].append(_quarters(ROOT / "src", corpus, limit))
    print(f"first {limit} SaudiNewsNet articles, NER tagging CPU ms/article per quarter of the "
          "run (fresh tagger, one thread), base and now alternately")
    for name, rows in runs.items():
        for row in rows:
            later = sum(row[1:]) / max(1, len(row) - 1)
            print(f"{name:>10}: " + " ".join(f"{q:7.2f}" for q in row)
                  + f"   after the first quarter {later:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_CORPUS,
                        help="SaudiNewsNet folder (*.zip); default ../shared/data/saudinewsnet")
    parser.add_argument("--limit", type=int, default=2000, help="articles to use (0: all)")
    parser.add_argument("--model", type=Path, help="model file (default: the shipped model)")
    parser.add_argument("--base", help="compare the tagging with this earlier commit instead")
    parser.add_argument("--rounds", type=int, default=2, help="base/now rounds with --base")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"corpus folder {args.data} not found; give the SaudiNewsNet folder with --data")
    if args.base:
        compare_with_commit(args.base, args.data, args.limit, args.rounds)
        return

    from sijill.extract import make_doc
    from sijill.names import stages as names_stages
    from sijill.names.ner.tagger import NerTagger
    from sijill.pipeline import Pipeline
    from sijill.read import read_inputs
    from sijill.read.article import Article

    articles = []
    for item in read_inputs([str(p) for p in sorted(args.data.glob("*.zip"))]):
        if isinstance(item, Article):
            articles.append(item)
            if len(articles) == args.limit:
                break

    start = time.perf_counter()
    tagger = NerTagger.load(args.model)
    load_s = time.perf_counter() - start
    if args.model is None:
        names_stages.tagger()  # warm the pipeline's own cached copy outside the timings
    else:
        names_stages.tagger.cache_clear()
        names_stages.tagger = lambda: tagger  # type: ignore[assignment]

    tokenize = Pipeline(("tokens", "sentences"))
    docs = [make_doc(a) for a in articles]
    start = time.perf_counter()
    docs = [tokenize(d) for d in docs]
    tok_s = time.perf_counter() - start
    n_tokens = sum(len(d.tokens) for d in docs)

    # the ner stage's input: per document, the token strings of each sentence
    inputs = [[[doc.text[t.start : t.end] for t in group] for group in doc.sentence_tokens()]
              for doc in docs]
    n_tagged = sum(len(g) for groups in inputs for g in groups)
    start = time.perf_counter()
    for groups in inputs:
        tagger.tag(groups)
    tag_s = time.perf_counter() - start
    # Second passes, feature caches warm, CPU time: the shipped runtime, then the numpy one.
    reference = NerTagger.load(args.model, runtime="numpy")
    timed = {}
    for name, model in (("numpy", reference), (tagger.runtime, tagger)):
        if name == "numpy":
            for groups in inputs:
                model.tag(groups)
        cpu = time.process_time()
        tags = [model.tag(groups) for groups in inputs]
        timed[name] = (time.process_time() - cpu, tags)

    ner_stage = Pipeline(("tokens", "sentences", "ner")).stages[-1].fn
    fresh = [tokenize(make_doc(a)) for a in articles]
    # The stage's first call compiles the gazetteer and shape patterns once per process.
    start = time.perf_counter()
    ner_stage(tokenize(make_doc(Article(id="warm", text="عقد المجلس الوطني اجتماعه."))))
    warm_s = time.perf_counter() - start
    start = time.perf_counter()
    for doc in fresh:
        ner_stage(doc)
    stage_s = time.perf_counter() - start

    tok_rate = n_tokens / tok_s
    tag_rate = n_tagged / tag_s
    print(f"articles {len(articles)}, tokens {n_tokens:,} ({n_tagged:,} in sentences), one thread")
    print(f"model load:                      {load_s:.2f} s")
    print(f"tokenizer (tokens + sentences):  {tok_s:.1f} s = {tok_rate:,.0f} tokens/s")
    print(f"NER tagging (as the ner stage):  {tag_s:.1f} s = {tag_rate:,.0f} tokens/s")
    print(f"ner stage first call (patterns): {warm_s:.2f} s, once per process")
    print(f"ner stage incl. mentions:        {stage_s:.1f} s = {n_tagged / stage_s:,.0f} tokens/s")
    print(f"tagging / tokenizer speed ratio: {tag_rate / tok_rate:.3f}")
    base_cpu, base_tags = timed["numpy"]
    for name, (cpu, tags) in timed.items():
        print(f"tagging, warm caches, {name:>11}: {cpu:.2f} s CPU = "
              f"{1000 * cpu / len(inputs):.2f} ms/article, {n_tagged / cpu:,.0f} tokens/s CPU, "
              f"{base_cpu / cpu:.2f}x numpy")
    same = sum(a == b for tg, bt in zip(timed[tagger.runtime][1], base_tags, strict=True)
               for a, b in zip(tg, bt, strict=True))
    print(f"sentences tagged as numpy does:  {same:,} of {sum(len(t) for t in base_tags):,}")


if __name__ == "__main__":
    main()
