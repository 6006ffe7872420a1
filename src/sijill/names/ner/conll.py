"""Read and write CoNLL IOB2 files (ANERcorp 2-column and Wojood multi-column)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

Sentence = tuple[list[str], list[str]]

PARAGRAPH_MARK = "$#$"
WOJOOD_TYPE_MAP: Mapping[str, str] = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def _map_tag(tag: str, type_map: Mapping[str, str] | None) -> str:
    """Map a tag's entity type through type_map (unmapped types become O)."""
    if tag == "O" or type_map is None:
        return tag
    if "-" not in tag:
        return "O"
    prefix, etype = tag.split("-", 1)
    mapped = type_map.get(etype)
    return f"{prefix}-{mapped}" if mapped else "O"


def repair_iob2(tags: Sequence[str]) -> list[str]:
    """Turn stray I- tags (no preceding B/I of the same type) into B- tags."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_conll(path: str | Path, type_map: Mapping[str, str] | None = None) -> list[Sentence]:
    """Read a CoNLL file into (tokens, tags) sentences, using the first tag column.

    Blank lines and Wojood's ``$#$`` paragraph marks end a sentence; with ``type_map``
    (e.g. WOJOOD_TYPE_MAP) entity types are mapped and unmapped ones become O.
    """
    sentences: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            sentences.append((list(toks), repair_iob2(tags)))
        toks.clear()
        tags.clear()

    with Path(path).open(encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.split()
            if not parts or parts[0] == PARAGRAPH_MARK or parts[0].startswith("-DOCSTART-"):
                flush()
                continue
            toks.append(parts[0])
            tags.append(_map_tag(parts[1] if len(parts) > 1 else "O", type_map))
    flush()
    return sentences


def write_conll(path: str | Path, sentences: Iterable[Sentence]) -> None:
    """Write (tokens, tags) sentences as `token TAG` lines with blank lines between."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for toks, tags in sentences:
            fh.writelines(f"{tok} {tag}\n" for tok, tag in zip(toks, tags, strict=True))
            fh.write("\n")
