"""One-core speed of the NER tagger against the tokenizer, on SaudiNewsNet.

In one run (one thread: OMP_NUM_THREADS=1 is set before numpy loads): the model load time,
then over the same articles (a) the tokenizer stages `tokens` + `sentences` and (b) the
model tagging exactly as the `ner` stage calls it (one `NerTagger.tag` call per document, on
the sentences' token strings), each in tokens/s, and their ratio. Tagging is timed with the
BiLSTM on onnxruntime (what the pipeline uses) and on the numpy fallback as the baseline,
by the clock and by CPU time, and their tags compared. The full `ner` stage (tagging +
mention building) is timed too, for reference.

usage: python benchmarks/ner_throughput.py [--data CORPUS_DIR] [--limit N] [--model M.npz]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_CORPUS,
                        help="SaudiNewsNet folder (*.zip); default ../shared/data/saudinewsnet")
    parser.add_argument("--limit", type=int, default=2000, help="articles to use (0: all)")
    parser.add_argument("--model", type=Path, help="model file (default: the shipped model)")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"corpus folder {args.data} not found; give the SaudiNewsNet folder with --data")

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
