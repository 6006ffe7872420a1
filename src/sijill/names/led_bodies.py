"""Bodies named after the person who leads them: حكومة نجيب ميقاتي، حكومة عبد المالك سلال.

News names a cabinet by its head of government; the name is the head word and the person's
whole name, and the person is an actor of their own. The model tags the person alone, or the
head with the first part of the name (حكومة الحبيب | الصيد). The head words live in
``lang/ar/organisation_phrases.json`` (``leader_heads``); which words make a person's name the
name tables of the model say.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from sijill.doc import Doc, Span, Token
from sijill.lang import load_json
from sijill.names.people import is_common_word, is_given_name, is_name_part
from sijill.text.normalize import match_key

#: The words of a person's name after the head that are read at most.
_MAX_WORDS = 4
#: Words that link two parts of one name (عبد المالك، أبو بكر، ولد علي).
_LINKS = frozenset(match_key(w) for w in ("عبد", "أبو", "ابو", "بن", "ابن", "ولد", "آل"))
_CLITICS = ("", "و", "ف", "ل", "ب", "ول", "وب")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("organisation_phrases.json").get("leader_heads", []))


def led_bodies(doc: Doc, groups: list[list[Token]], mentions: list[Span],
               gazetteers: Mapping[str, Mapping[str, float]], ranks: Mapping[str, int]) -> list[Span]:
    """``mentions`` with each body named after its leader as one organisation over the whole
    name, and the leader as a person inside it."""
    heads = _heads()
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    added: list[Span] = []
    for toks in groups:
        for k, tok in enumerate(toks[:-1]):
            start = _head_start(doc, tok, heads)
            if start is None:
                continue
            person = people.get(toks[k + 1].start) or \
                _name_after(doc, toks, k + 1, gazetteers, ranks)
            if person is not None and doc.text[tok.end : person.start] == " ":
                added += [Span(start, person.end, "ORG", None, {"cue": "leader"}),
                          Span(person.start, person.end, "PERSON", person.value, dict(person.data))]
    if not added:
        return mentions
    # What the model tagged across the new names (حكومة الحبيب، عبد المالك) gives way.
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(kept + added, key=lambda s: (s.start, s.end))


def _head_start(doc: Doc, tok: Token, heads: frozenset[str]) -> int | None:
    """Where the head's name starts in ``tok`` (after its clitics), or None: no head, or a
    definite one (الحكومة الجديدة is no name after its leader)."""
    if tok.kind != "word" or tok.article:
        return None
    cut = _head_cut(tok.text(doc), heads)
    return None if cut is None else tok.start + cut


@lru_cache(maxsize=65_536)  # asked of every word of a document: remembered by the written word
def _head_cut(text: str, heads: frozenset[str]) -> int | None:
    for clitic in _CLITICS:
        if text.startswith(clitic) and match_key(text[len(clitic):]) in heads:
            return len(clitic)
    return None


def _name_after(doc: Doc, toks: list[Token], j: int, gazetteers: Mapping[str, Mapping[str, float]],
                ranks: Mapping[str, int]) -> Span | None:
    """A person's name of two words or more from ``toks[j]`` on: a well-attested given name or a
    link word first, then name parts (a common word only after a link: عبد المالك)."""
    first = toks[j]
    words = [first.text(doc)]
    if first.kind != "word" or not (is_given_name(words[0], gazetteers) or match_key(words[0]) in _LINKS):
        return None
    end = j
    for nxt in toks[j + 1 : j + _MAX_WORDS]:
        word = nxt.text(doc)
        linked = match_key(doc.text[toks[end].start : toks[end].end]) in _LINKS
        if nxt.kind != "word" or doc.text[toks[end].end : nxt.start] != " " or \
                not (linked or (is_name_part(word, gazetteers) and not is_common_word(word, gazetteers, ranks))):
            break
        end += 1
    if end == j or match_key(toks[end].text(doc)) in _LINKS:
        return None
    return Span(first.start, toks[end].end, "PERSON", None, {"cue": "leader"})
