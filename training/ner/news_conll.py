#!/usr/bin/env python3
"""Turn the gold entities of annotated news articles into CoNLL IOB2 training sentences.

usage: python training/ner/news_conll.py -o news.conll [--ids s01-s72] [--dev-ids s65-s72
           --dev-out news-dev.conll] [--data DIR] [--keep-unsure]

The articles are those of training/claims/annotated (gold records in gold/sNN.json, texts
rebuilt at run time from the SaudiNewsNet zips by training/claims/annotated/build.py: no
article text is stored in the repository). Each gold entity of type PERSON/ORG/LOC (name
and aliases, cleaned of titles and clitics by the annotation rules) is searched in the
article's tokens (sijill.names.ner.normalize.tokenize, ANERcorp-style with clitics
attached) and its mentions tagged PERS/ORG/LOC, longest names first. Matching:

- a mention's first token may carry one attached clitic (و ف ب ل ك and pairs such as وب،
  ول) and ل+ال is written لل (للمجلس = ل + المجلس); the other tokens must match exactly
  (both sides normalised: no diacritics, unified alef, ى->ي, ة->ه);
- generic one-word back-references of an organisation or place (an ال-word standing for a
  longer name, e.g. "the council") are not tagged: they are not names;
- a one-word ال-place name right after another definite word is read as an adjective
  ("the Syrian government") and left O;
- optional (debatable) organisations (vague collectives, bodies named only as part of a
  role such as "the board", platforms) are left O; optional people and places are tagged.

Gold records list each entity once, so a mention written in a form the record does not list
(a partial name, a variant spelling) would be a false O. Sentences that look like they hold
such a mention are dropped unless --keep-unsure: a token of a person's name left O, unless
the token is a name particle (بن/أبو/عبد) or mostly not a name in ANERcorp train (such as
على written علي, or the title امين).

Sentences are cut at . ! ? ؟ and line ends; pieces under 3 tokens are left out. --ids/--dev-ids take ranges like s01-s64 or
lists s01,s05; keep the blind batches (s73-s104) out of training.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ANNOT = REPO / "training" / "claims" / "annotated"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(ANNOT))

from sijill.names.ner.normalize import normalize, tokenize

TAG = {"PERSON": "PERS", "ORG": "ORG", "LOC": "LOC"}
CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
#: Tokens of person names that do not identify the person on their own.
NAME_PARTICLES = {"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "عبد", "ال", "اّل", "الله",
                  "الدين", "ولد", "بو"}
SENT_END = {".", "!", "?", "؟"}


def parse_ids(spec: str) -> list[str]:
    """'s01-s64' or 's01,s05' (or a mix) -> sorted ids."""
    out: list[str] = []
    for part in filter(None, spec.split(",")):
        if "-" in part:
            a, b = part.split("-")
            out.extend(f"s{i:02d}" for i in range(int(a[1:]), int(b[1:]) + 1))
        else:
            out.append(part)
    return out


def first_matches(tok: str, word: str) -> bool:
    """True if tok is word with at most one attached clitic (ل+ال written لل)."""
    for p in CLITICS:
        if tok == p + word:
            return True
        if p.endswith("ل") and word.startswith("ال") and tok == p + word[1:]:
            return True
    return False


def is_generic(alias: str, etype: str, name: str) -> bool:
    """A one-word ال back-reference to a longer organisation/place name."""
    ws = alias.split()
    return etype != "PERSON" and len(ws) == 1 and ws[0].startswith("ال") and len(name.split()) > 1


def is_definite(tok: str) -> bool:
    """True if a normalised token carries the article (after an optional clitic)."""
    return any(tok.startswith(p + "ال") for p in CLITICS) or tok.startswith(("لل", "ولل", "فلل"))


def common_words(conll: Path) -> set[str]:
    """Normalised tokens that ANERcorp tags O at least 5 times and at least twice as often
    as they are part of a person's name."""
    o_count: Counter = Counter()
    pers: Counter = Counter()
    for line in conll.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            t = normalize(parts[0])
            if parts[-1].endswith("PERS"):
                pers[t] += 1
            else:  # O or another type: not a person's name
                o_count[t] += 1
    return {t for t, n in o_count.items() if n >= 5 and n >= 2 * pers[t]}


COMMON: set[str] = set()


def entity_forms(gold: dict) -> tuple[list[tuple[list[str], str]], set[str]]:
    """(forms to tag, distinctive person-name tokens)."""
    forms: list[tuple[list[str], str]] = []
    person_tokens: set[str] = set()
    for e in gold["entities"]:
        if e["type"] not in TAG:
            continue
        for a in [e["name"], *e.get("aliases", [])]:
            if not a or is_generic(a, e["type"], e["name"]):
                continue
            toks = [normalize(t) for t in tokenize(a)]
            if not toks:
                continue
            if e.get("optional") and e["type"] == "ORG":
                continue
            forms.append((toks, TAG[e["type"]]))
            if e["type"] == "PERSON":
                person_tokens.update(t for t in toks if len(t) >= 3 and t not in NAME_PARTICLES
                                     and t not in COMMON)
    forms.sort(key=lambda x: -len(x[0]))
    return forms, person_tokens


def tag_line(nt: list[str], forms: list[tuple[list[str], str]]) -> list[str]:
    """IOB2 tags for one line of normalised tokens."""
    tags = ["O"] * len(nt)
    for ftoks, tag in forms:
        k = len(ftoks)
        for i in range(len(nt) - k + 1):
            if any(t != "O" for t in tags[i:i + k]):
                continue
            if not (first_matches(nt[i], ftoks[0]) and nt[i + 1:i + k] == ftoks[1:]):
                continue
            if (tag == "LOC" and k == 1 and ftoks[0].startswith("ال") and i > 0
                    and tags[i - 1] == "O" and is_definite(nt[i - 1])):
                continue  # adjective after a definite noun: "the Saudi government"
            tags[i] = "B-" + tag
            for j in range(i + 1, i + k):
                tags[j] = "I-" + tag
    return tags


def unsure_sentence(nt: list[str], tags: list[str], person_tokens: set[str]) -> bool:
    """True if the sentence likely holds a mention the gold record does not list."""
    for t, tg in zip(nt, tags):
        if tg == "O" and any(first_matches(t, w) for w in person_tokens if len(w) <= len(t)):
            return True
    return False


def convert(gold: dict, text: str, keep_unsure: bool, stats: Counter) -> list[list[tuple[str, str]]]:
    """The article's sentences as (token, tag) lists."""
    forms, person_tokens = entity_forms(gold)
    out: list[list[tuple[str, str]]] = []
    for line in text.split("\n"):
        toks = tokenize(line)
        if not toks:
            continue
        nt = [normalize(t) for t in toks]
        tags = tag_line(nt, forms)
        start = 0
        for i, t in enumerate(toks):
            if (t in SENT_END and tags[i] == "O") or i == len(toks) - 1:
                s_nt, s_tags = nt[start:i + 1], tags[start:i + 1]
                sent = list(zip(toks[start:i + 1], s_tags))
                start = i + 1
                if len(sent) < 3:  # a stray full stop or a lone word
                    continue
                stats["sentences"] += 1
                if not keep_unsure and unsure_sentence(s_nt, s_tags, person_tokens):
                    stats["dropped"] += 1
                    continue
                stats["mentions"] += sum(tg.startswith("B-") for tg in s_tags)
                out.append(sent)
    return out


def write(path: Path, sents: list[list[tuple[str, str]]]) -> None:
    """Write sentences as two-column CoNLL."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines("\n".join(f"{t} {tg}" for t, tg in s) + "\n\n" for s in sents)


def main() -> None:
    """Convert the chosen articles and report counts."""
    import build  # training/claims/annotated/build.py

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--ids", default="s01-s72")
    ap.add_argument("--dev-ids", default="")
    ap.add_argument("--dev-out", type=Path)
    ap.add_argument("--data", default=str(build.DEFAULT_DATA))
    ap.add_argument("--keep-unsure", action="store_true")
    a = ap.parse_args()
    COMMON.update(common_words(Path(a.data).parent / "anercorp" / "train.txt"))
    texts = {r["id"]: r["text"] for r in build.articles(a.data)}
    for ids, path in ((parse_ids(a.ids), a.output), (parse_ids(a.dev_ids), a.dev_out)):
        if not ids or path is None:
            continue
        stats: Counter = Counter()
        sents = []
        for i in ids:
            gold = json.loads((ANNOT / "gold" / f"{i}.json").read_text(encoding="utf-8"))
            sents.extend(convert(gold, texts[gold["doc"]], a.keep_unsure, stats))
        write(path, sents)
        print(f"{path}: {len(ids)} articles, {stats['sentences']} sentences "
              f"({stats['dropped']} dropped as unsure), {stats['mentions']} mentions")


if __name__ == "__main__":
    main()
