"""Posts of the dead: a person the article tells has died (الفقيد فلان، وفاة فلان، تشييع جثمان
فلان) holds none of his posts at the time of the article, so each is ``former`` (annotation.md:
``current`` is a post held at the time of the article). The cues are the ``deceased`` key of
``lang/ar/claims.json``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from sijill.claims.lexicon import Forms
from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.post_orgs import is_modifier
from sijill.doc import Token
from sijill.lang import load_json, load_lines
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key

# Words between a death word and the name it is said of: honorifics, a title, له (المغفور له
# الملك فلان، وفاة الدكتور فلان، رحيل الأمين العام للاتحاد فلان).
_REACH = 4


@lru_cache(maxsize=2)
def _cues(lang: str = "ar") -> tuple[Forms, Forms, frozenset[str]]:
    data = load_json("claims.json", lang)["deceased"]
    kin = frozenset(match_key(w) for w in load_lines("kinship.txt", lang))
    return Forms.of(data["before_name"]), Forms.of(data["death_words"]), kin


#: What may stand between a name and a prayer for the dead after it: spaces, commas, dashes,
#: quotes and brackets (الملك فلان -رحمه الله-، “رحمه الله”).
_PUNCT = " \t\n،,-–—\"'«»“”()"


@lru_cache(maxsize=2)
def _prayers(lang: str = "ar") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Match keys of the prayers for one dead person and for two, said after the name."""
    data = load_json("claims.json", lang)["deceased"]
    return (tuple(match_key(w) for w in data.get("after_name", [])),
            tuple(match_key(w) for w in data.get("after_two", [])))


def deceased(views: list[SentenceView]) -> set[int]:
    """The ids of the entities the document tells have died."""
    before, death, kin = _cues()
    dead: set[int] = set()
    for view in views:
        persons = [m for m in view.mentions if m.type == "PERSON"]
        if not persons:
            continue
        for i, tok in enumerate(view.tokens):
            if tok.kind != "word" or not (before.match(view.keys[i]) or death.match(view.keys[i])):
                continue
            person = next((m for m in persons if m.span.start >= tok.end), None)
            if person is not None and _said_of(view, tok.end, person, kin):
                dead.add(id(person.entity))
        dead |= _prayed_for(view, persons)
    return dead


def _prayed_for(view: SentenceView, persons: list[Mention]) -> set[int]:
    """The ids of the persons a prayer for the dead right after their name is said of (فلان
    رحمه الله; two names then رحمهما الله: both)."""
    one, two = _prayers()
    text = view.doc.text
    dead: set[int] = set()
    for k, person in enumerate(persons):
        after = match_key(text[person.span.end : min(view.span.end, person.span.end + 40)].lstrip(_PUNCT))
        if any(after.startswith(p) for p in one):
            dead.add(id(person.entity))
        elif any(after.startswith(p) for p in two):
            dead.update(id(m.entity) for m in persons[max(0, k - 1) : k + 1])
    return dead


def _said_of(view: SentenceView, start: int, person: Mention, kin: frozenset[str]) -> bool:
    """Whether the words from ``start`` to the name are few and name no kin of the dead (وفاة
    والدة فلان: his mother died, not he)."""
    gap = [j for j, t in enumerate(view.tokens)
           if start <= t.start and t.end <= person.span.start and t.kind == "word"]
    if any(k in kin for j in gap for k in view.keys[j]):
        return False
    for n, j in enumerate(gap):
        tok = view.tokens[j]
        if any(t.start < tok.end and tok.start < t.end for t in view.titles):
            # وفاة الأمين العام للحركة فلان، توفي أمس رئيس اتحاد الشغل فلان: the title's
            # complement runs to the name, however long; only the words before it are counted.
            return True
        if n >= _REACH or not _of_the_name(view, tok):
            return False
    return True


#: Words that may stand between a word of death and the name besides titles and honorifics.
_LINKS = frozenset(match_key(w) for w in ("له", "لها", "المغفور", "المغفورة"))


def _of_the_name(view: SentenceView, tok: Token) -> bool:
    """Whether a word between a word of death and a name belongs to the name's phrase: a
    title, an honorific, a name or its organisation, a nisba, or له; not another noun or a verb
    (ردّاً على مقتل الطفل أعلن الرئيس فلان: the child died)."""
    text = view.doc.text
    word = text[tok.start : tok.end]
    return any(m.span.start < tok.end and tok.start < m.span.end for m in view.mentions) or \
        any(d.start < tok.end and tok.start < d.end for d in view.dates) or \
        (tok.proclitics[-1:] == "ل" or tok.maybe == "ل") or \
        match_key(word) in _LINKS or strip_honorifics(word + " _") == "_" or is_modifier(word)


def former_if_dead(views: list[SentenceView], positions: list[Position]) -> list[Position]:
    """Positions of the dead made ``former`` (a post said to come, ``future``, is left)."""
    dead = deceased(views)
    if not dead:
        return positions
    return [replace(p, status="former", stated=True)
            if id(p.person) in dead and p.status == "current" else p for p in positions]
