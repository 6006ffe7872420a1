"""Document-level entities: mentions of one actor grouped, named by the fullest clean form."""

from __future__ import annotations

import re

from sijill.doc import Doc, Entity, Span
from sijill.lang import load_lines
from sijill.text.normalize import match_key

_EDGE_PUNCT = re.compile(r"^[\s\"'«»“”()\[\]،,.:؛-]+|[\s\"'«»“”()\[\]،,.:؛-]+$")


def _honorifics() -> tuple[str, ...]:
    return tuple(match_key(h) for h in load_lines("honorifics.txt"))


def clean_name(doc: Doc, span: Span) -> str:
    """The mention's text without edge punctuation, leading honorifics, or the ل of لل."""
    text = _EDGE_PUNCT.sub("", doc.text[span.start : span.end])
    words = text.split()
    honorifics = _honorifics()
    while len(words) > 1 and match_key(words[0]).rstrip(".") in honorifics:
        words = words[1:]
    if words and words[0].startswith("ل") and len(words[0]) > 3 and \
            doc.text[span.start - 1 : span.start] == "ل":
        words[0] = "ا" + words[0]  # للائتلاف: the mention starts at the article's ل
    return " ".join(words)


def _word_keys(name: str) -> tuple[str, ...]:
    """Per-word keys that ignore the article: الحافظ and حافظ compare equal."""
    keys = []
    for w in name.split():
        k = match_key(w)
        k = k[2:] if k.startswith("ال") and len(k) > 3 else k
        # A final alef and ta marbuta spell one name two ways (سوريا، سورية).
        keys.append(k[:-1] + "ه" if k.endswith("ا") and len(k) > 3 else k)
    return tuple(keys)


def _is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    if not short or len(short) >= len(full):
        return short == full
    n = len(short)
    return any(full[i : i + n] == short for i in range(len(full) - n + 1))


def group_mentions(doc: Doc, mentions: list[Span]) -> list[Entity]:
    """One entity per actor: identical names, and shorter forms of one longer name, are merged."""
    named = [(span, clean_name(doc, span)) for span in mentions]
    named = [(span, name) for span, name in named if name]
    # Longest names first, so that short forms find the entity they belong to.
    order = sorted(range(len(named)), key=lambda i: (
        -len(_word_keys(str(named[i][0].data.get("canonical") or named[i][1]))), i))
    entities: list[Entity] = []
    keys: list[tuple[str, ...]] = []
    for i in order:
        span, name = named[i]
        wk = _word_keys(str(span.data.get("canonical") or name))
        same = [e for e, k in zip(entities, keys) if e.type == span.label and k == wk]
        home = same or [e for e, k in zip(entities, keys)
                        if e.type == span.label and _is_part(wk, k)]
        if len(home) == 1 or same:
            ent = home[0]
            ent.mentions.append(span)
            if name != ent.name and name not in ent.aliases:
                ent.aliases.append(name)
        else:
            entities.append(Entity(span.label, name, [], [span]))
            keys.append(wk)
    for ent in entities:
        ent.mentions.sort(key=lambda s: (s.start, s.end))
        fullest = max([ent.name, *ent.aliases], key=lambda n: (len(n.split()), len(n)))
        if fullest != ent.name:
            ent.aliases = [a for a in ent.aliases if a != fullest] + [ent.name]
            ent.name = fullest
        canonical = next((m.data["canonical"] for m in ent.mentions if m.data.get("canonical")), None)
        if canonical:
            ent.data["canonical_name"] = canonical
    entities.sort(key=lambda e: (e.mentions[0].start, e.type))
    return entities
