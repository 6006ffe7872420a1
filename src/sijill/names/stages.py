"""The names stages: statistical NER mentions, then one entity per actor in the document."""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Doc, Span, Token
from sijill.names.entities import group_mentions
from sijill.names.gazetteer import OrgGazetteer
from sijill.names.ner.normalize import normalize
from sijill.names.ner.tagger import NerTagger
from sijill.pipeline import stage

_SPLITTERS = frozenset("-–—_،,؛;:/()[]«»\"“”")

#: ANERcorp's tag names -> the record's entity types.
TYPES = {"PERS": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@lru_cache(maxsize=1)
def tagger() -> NerTagger:
    """The shipped NER model, loaded once."""
    return NerTagger.load()


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    return tagger().features.emb_words


def _mention_start(doc: Doc, tok: Token) -> int:
    """Where a name starts inside its first token: after certain proclitics, and after a
    possible conjunction when the rest is the more common word (ومحمد, not وليد)."""
    if tok.kind == "clitic":
        return tok.end
    if tok.proclitics:
        return tok.start + len(tok.proclitics)
    if tok.maybe:
        ranks = _ranks()
        word = normalize(doc.text[tok.start : tok.end])
        for cut in range(len(tok.maybe), 0, -1):
            rest = ranks.get(word[cut:])
            whole = ranks.get(word)
            if rest is not None and (whole is None or rest < whole):
                return tok.start + cut
    return tok.start


def _split_at_punctuation(doc: Doc, tokens: list[Token], tags: list[str]) -> list[str]:
    """A name does not run across punctuation: in lists like "أ- ب" each side is a name."""
    out = list(tags)
    for i, tok in enumerate(tokens):
        if tok.kind == "punct" and doc.text[tok.start] in _SPLITTERS and out[i] != "O":
            out[i] = "O"
            if i + 1 < len(out) and out[i + 1].startswith("I-"):
                out[i + 1] = "B-" + out[i + 1][2:]
    return out


def _spans(doc: Doc, tokens: list[Token], tags: list[str]) -> list[Span]:
    tags = _split_at_punctuation(doc, tokens, tags)
    spans: list[Span] = []
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        label = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == f"I-{label}":
            j += 1
        first, last = i, j - 1
        while first <= last and tokens[first].kind in ("clitic", "punct"):
            first += 1
        while last >= first and tokens[last].kind == "punct":
            last -= 1
        if first <= last and label in TYPES:
            start = _mention_start(doc, tokens[first])
            if start < tokens[last].end:
                spans.append(Span(start, tokens[last].end, TYPES[label]))
        i = j
    return spans


@stage("ner", needs=("tokens", "sentences"), adds=("mentions",))
def add_mentions(doc: Doc) -> Doc:
    """Tag names of persons, organisations, places and other entities with the shipped model."""
    groups: list[list[Token]] = []
    k = 0
    for sentence in doc.sentences:
        group: list[Token] = []
        while k < len(doc.tokens) and doc.tokens[k].start < sentence.end:
            if doc.tokens[k].start >= sentence.start:
                group.append(doc.tokens[k])
            k += 1
        groups.append(group)
    words = [[doc.text[t.start : t.end] for t in g] for g in groups]
    mentions: list[Span] = []
    for group, tags in zip(groups, tagger().tag(words)):
        mentions.extend(_spans(doc, group, tags))
    doc.layers["mentions"] = _with_gazetteer(doc.text, mentions)
    return doc


def _with_gazetteer(text: str, mentions: list[Span]) -> list[Span]:
    """Add known organisations the model missed; a known name replaces a model ORG/MISC span
    it overlaps, but never a PERSON or LOC the model found."""
    known = OrgGazetteer.load().find(text)
    if not known:
        return mentions
    out: list[Span] = []
    taken: list[Span] = []
    for start, end, canonical in known:
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if any(m.label in ("PERSON", "LOC") for m in overlapping):
            continue
        taken.extend(overlapping)
        out.append(Span(start, end, "ORG", None, {"canonical": canonical}))
    out.extend(m for m in mentions if not any(m is t for t in taken))
    out.sort(key=lambda s: (s.start, s.end))
    return out


@stage("entities", needs=("mentions",), adds=("entities",))
def add_entities(doc: Doc) -> Doc:
    """Group mentions into one entity per actor, named by its fullest form."""
    doc.entities = group_mentions(doc, doc.layers.get("mentions", []))
    return doc
