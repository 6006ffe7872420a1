"""The party or bloc a parenthesis names after its member: ``المالكي (دولة القانون)``.

Reports on parliaments and governments write a politician's list, party or bloc in brackets
right after the name (``علاوي (الوطنية)``، ``النجيفي (متحدون)``), or after a word for a party
with the pronoun of its leader (``قناة تابعة لحزبه (الدعوة)``). What else such brackets hold
is left alone: an age (``77 عاما``), a post (``رئيس اللجنة``), a description with a
preposition (``القيادي في تياره``), a kunya (``أبو مازن``), a date, a nationality or a person's
adjective (``الكردي``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sijill.doc import Doc, Span, SpanIndex
from sijill.names.orgs import Lexicon, lexicon
from sijill.names.places import country_keys
from sijill.text.normalize import match_key

#: Words a party's name in brackets may have.
_MAX_WORDS = 3
#: How far the closing bracket may be.
_MAX_CHARS = 40
_BRACKETED = re.compile(rf"[ \t]?\(([^()\n]{{1,{_MAX_CHARS}}})\)")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f]+")
#: Words that open a person's other name (أبو مازن، ابن فلان), never a party's.
_NAME_LINKS = frozenset(match_key(w) for w in ("أبو", "أبي", "أم", "ابن", "بن", "بنت", "آل"))
#: How common a one-word name without the article may be (متحدون is rare; عاما, سابقا are not).
_RARE = 20_000
#: Attached pronouns of a party's leader on the head word before the bracket (حزبه، حركتهم).
_PRONOUNS = ("ه", "ها", "هم")
_BEFORE_BRACKET = re.compile(r"([\u0621-\u064a]+)(?= ?\()")


def bracketed_bodies(doc: Doc, mentions: Sequence[Span]) -> list[Span]:
    """ORG spans of the parties and blocs named in brackets after their member."""
    lex = lexicon()
    taken = SpanIndex(list(mentions) + doc.layers.get("titles", []) + doc.layers.get("dates", []))
    out: list[Span] = []
    heads = set(_leader_heads(doc, lex))
    for end in sorted(heads | {m.end for m in mentions if m.label == "PERSON"}):
        m = _BRACKETED.match(doc.text, end)
        if m is None:
            continue
        start, stop = m.start(1), m.end(1)
        inner = doc.text[start:stop].strip()
        start += len(doc.text[start:stop]) - len(doc.text[start:stop].lstrip())
        stop = start + len(inner)
        if _names_a_body(inner, lex, end in heads) and not taken.overlapping(start, stop):
            out.append(Span(start, stop, "ORG", None, {"rule": "bracketed"}))
    return out


def _leader_heads(doc: Doc, lex: Lexicon) -> list[int]:
    """Ends of head words with a leader's pronoun right before a bracket (لحزبه (الدعوة))."""
    ends: list[int] = []
    for m in _BEFORE_BRACKET.finditer(doc.text):
        word = match_key(m.group(1)).lstrip("وفبل")
        for pronoun in _PRONOUNS:
            stem = word.removesuffix(pronoun)
            # the ة of a feminine head is written ت before the pronoun (حركته)
            if stem != word and (stem in lex.heads or stem.removesuffix("ت") + "ه" in lex.heads):
                ends.append(m.end(1))
                break
    return ends


def _names_a_body(inner: str, lex: Lexicon, after_head: bool) -> bool:
    """Whether the words in brackets may be a party's or a bloc's name; ``after_head``: they
    follow a word for a party (لحزبه), which makes any definite word its name (الدعوة)."""
    from sijill.names.stages import word_rank  # the stages module imports this one

    words = inner.split()
    if not 1 <= len(words) <= _MAX_WORDS or not all(_ARABIC_WORD.fullmatch(w) for w in words):
        return False
    keys = [match_key(w) for w in words]
    first = keys[0].removeprefix("ال")
    if keys[0] in _NAME_LINKS or first in lex.post_words or \
            any(w in lex.not_quote_openers for w in words):
        return False
    last = keys[-1]
    if len(words) == 1:
        if not last.startswith("ال"):
            rank = word_rank(words[0])
            return rank is None or rank >= _RARE
        # A masculine adjective describes the person (الكردي، الشيعي); a feminine one names a
        # list or a bloc (الوطنية: القائمة الوطنية), unless it is a nationality.
        return after_head or (last.endswith("يه") and not _nationality(last))
    return last.startswith("ال")


@lru_cache(maxsize=1)
def _country_skeletons() -> frozenset[str]:
    from sijill.names.entities import _country_stem, _skeleton

    return frozenset(_skeleton(_country_stem(k)) for k in country_keys() if " " not in k)


def _nationality(key: str) -> bool:
    """A definite nisba of a country (السورية، الأفغانية) as a matching key."""
    from sijill.names.entities import _skeleton

    stem = key.removeprefix("ال").removesuffix("يه")
    return _skeleton(stem) in _country_skeletons()
