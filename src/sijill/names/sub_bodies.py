"""Bodies inside an organisation named with the organisation they belong to.

News names an organ of a party, a movement or a government by its head and a generic adjective
and then the organisation after ل or ب (المكتب السياسي لحركة فلان، اللجنة المركزية للحزب،
الهيئة القيادية بالمجلس) or, after an indefinite head, in construct (مجلس إدارة شركة فلان).
The short form names no one body of its own (every party has a political bureau): the whole
phrase is a form of the entity's name, added as an alias. The mentions are left as they are, so
the organisation after the preposition stays an entity of its own.
"""

from __future__ import annotations

from functools import lru_cache

from sijill.doc import Doc, Entity, Span, SpanIndex
from sijill.lang import load_json
from sijill.names.entities import clean_name
from sijill.text.normalize import match_key

#: Prepositions written on the organisation's name that tie it to the body before it.
_LINKS = ("ل", "ب")
#: The most words of a body's short form (الإطار القيادي المؤقت).
_MOST_WORDS = 4


@lru_cache(maxsize=1)
def _sub_body_heads() -> frozenset[str]:
    """Heads of ``organisation_phrases.json`` ``sub_body_heads`` as keys without the article."""
    return frozenset(match_key(w) for w in load_json("organisation_phrases.json")["sub_body_heads"])


def _undef(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _generic_body(name: str) -> bool:
    """A head of a body inside an organisation with its generic adjectives (المكتب السياسي،
    الهيئة العامة، الإطار القيادي المؤقت) or, indefinite, with one genitive (مجلس إدارة، لجنة
    القيم): no nationality or state, which would make the name a body of a country."""
    from sijill.names.orgs import lexicon  # the orgs module imports the entities module

    words = [match_key(w) for w in name.split()]
    if not words or len(words) > _MOST_WORDS or _undef(words[0]) not in _sub_body_heads():
        return False
    if not words[0].startswith("ال"):
        return len(words) <= 2
    nationalities = lexicon().nationalities
    for word in words[1:]:
        if not word.startswith("ال"):
            return False
        stem = word[2:]
        if (stem[:-1] if stem.endswith("يه") else stem) in nationalities:
            return False
    return True


def _backref(doc: Doc, mention: Span) -> bool:
    """A body called by its bare head (للحركة، بالحزب), which the text may tie to any of the
    bodies of that kind it names: it shows no one owner."""
    from sijill.names.orgs import lexicon

    words = clean_name(doc, mention).split()
    if len(words) != 1:
        return False
    lex = lexicon()
    key = _undef(match_key(words[0]))
    return key in lex.heads | lex.ambiguous | lex.definite_only | lex.quote_heads | _sub_body_heads()


def _link(doc: Doc, body: Span, owner: Span) -> bool:
    """Whether ``owner`` follows ``body`` as its genitive: after ل or ب written on it, or right
    after an indefinite head in construct."""
    gap = doc.text[body.end : owner.start]
    if gap == " ":
        return not match_key(doc.text[body.start : body.end].split()[-1]).startswith("ال")
    return gap[:1] == " " and gap[1:] in _LINKS


def name_sub_bodies(doc: Doc, entities: list[Entity]) -> None:
    """Give a generic body (``_generic_body``) the whole name that its short form makes with the
    organisation's mention after it (``_link``), as an alias: claims keep naming the body by the
    short form. A short form that the text ties to two organisations (the general council of
    each of two bodies) gets neither."""
    owner_of = {(m.start, m.end): ent for ent in entities if ent.type == "ORG" for m in ent.mentions}
    orgs = SpanIndex([m for ent in entities if ent.type == "ORG" for m in ent.mentions])
    for ent in entities:
        if ent.type != "ORG" or ent.data.get("canonical_name") or len(ent.name.split()) < 2 or \
                not _generic_body(ent.name):
            continue
        named: dict[int, str] = {}
        bare: dict[int, str] = {}
        for mention in ent.mentions:
            if clean_name(doc, mention) != ent.name:
                continue
            after = [o for o in orgs.overlapping(mention.end, mention.end + 3)
                     if o.start > mention.end and _link(doc, mention, o)]
            if not after:
                continue
            owner = min(after, key=lambda o: o.start)
            home = owner_of.get((owner.start, owner.end))
            if home is None or home is ent:
                continue
            fulls = bare if _backref(doc, owner) else named
            fulls.setdefault(id(home), clean_name(doc, Span(mention.start, owner.end, "ORG")))
        # An owner the text names outweighs one it calls by the bare head (للحركة).
        fulls = named or bare
        if len(fulls) == 1:
            full = next(iter(fulls.values()))
            if full != ent.name and full not in ent.aliases:
                ent.aliases.append(full)
