"""The cues of ``lang/ar/relations.json`` as matching keys, and what they say about a name: whether
it names a body inside an organisation, and where a parent named inside it begins."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sijill.lang import load_json
from sijill.text.normalize import match_key

Cue = tuple[tuple[str, ...], bool]


@dataclass(frozen=True)
class StructureLexicon:
    """The cues of ``relations.json`` as matching keys."""

    body_heads: frozenset[str]
    body_names: frozenset[str]
    links: tuple[Cue, ...]
    part_of: tuple[Cue, ...]
    parent_before: tuple[Cue, ...]
    member_of: tuple[Cue, ...]
    members_after: tuple[Cue, ...]
    size: re.Pattern[str]
    not_in_name: frozenset[str]
    parent_heads: frozenset[str]
    not_bodies: frozenset[str]
    post_nouns: frozenset[str]
    ministry_heads: frozenset[str]
    government_heads: frozenset[str]
    back_refs: frozenset[str]
    ad_hoc: frozenset[str]
    ad_hoc_heads: frozenset[str]
    referent_heads: tuple[str, ...]
    governing: frozenset[str]
    state_heads: frozenset[str]
    movement_bodies: frozenset[str]
    offices: tuple[tuple[str, frozenset[str]], ...]
    movement_heads: frozenset[str]
    linked_heads: frozenset[str]
    post_taking: frozenset[str]
    post_taking_suffixes: tuple[str, ...]
    guess_not_under: tuple[tuple[str, frozenset[str]], ...]
    #: For a body head, the only heads of organisations a guess may take as its parent.
    guess_only_under: tuple[tuple[str, frozenset[str]], ...]
    #: By a body head, the words after which it opens an idiom (خارج دائرة الحساب), no body.
    idioms_after: tuple[tuple[str, frozenset[str]], ...]
    #: Heads of organisations in their own right, never a post's body (حزب، حركة، حكومة).
    own_heads: frozenset[str]
    #: Heads of organisations whose bodies a guess may place under them when the article names
    #: them once (نادي، جامعة، غرفة، اتحاد): any other parent named once is too weak a guess.
    once_parent_heads: frozenset[str] = frozenset()
    #: Parent-first cues with no pronoun (ممثلة في): their owner is written right before them.
    parent_before_adjacent: frozenset[Cue] = frozenset()
    #: Child-first part-of cues (فرع) that only the organisation written right before places.
    part_of_adjacent: frozenset[Cue] = frozenset()
    #: Verbs of composition (يضم، تتألف) and the words between them and their list (كلا من).
    compose_verbs: frozenset[str] = frozenset()
    compose_fillers: frozenset[str] = frozenset()
    #: Heads of alliances, fronts and platforms, which have members.
    alliance_heads: frozenset[str] = frozenset()
    #: Words of rank, not of field, in a body's or ministry's name (العامة، العليا، الوطنية).
    field_stop: frozenset[str] = frozenset()
    #: Heads of news outlets (صحيفة، وكالة، قناة), which a guess never takes as a parent.
    media_heads: frozenset[str] = frozenset()
    #: Verbs of joining written before their subject (انضمت الجبهة إلى الهيئة).
    join_verbs: frozenset[str] = frozenset()
    #: The prepositions after a joining verb's subject that name what it joined (إلى).
    join_links: frozenset[str] = frozenset()
    #: Words that with an object pronoun after them place a body in an organisation named
    #: before it (التابعة لها).
    subordinate_links: frozenset[str] = frozenset()
    #: By a parent's head, the heads of the only bodies a guess may place under it (a
    #: university's faculty, a hospital's department); boards go under any organisation.
    guess_units: tuple[tuple[str, frozenset[str]], ...] = ()
    #: Body heads that name a body alone in construct with its organisation (فرع الحزب).
    construct_heads: frozenset[str] = frozenset()
    #: Adjectives of a count of members (الرباعية، الثلاثية): a body so named is a group of
    #: states or parties, which no guess places in one of them.
    count_groups: frozenset[str] = frozenset()
    #: Words of research that make a centre an organisation of its own (للدراسات، للأبحاث).
    research_words: frozenset[str] = frozenset()


def undef(key: str) -> str:
    """A key without the article (``اللجنة`` -> ``لجنة``)."""
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _cue(text: str) -> Cue:
    """A cue's word keys; a final ل or لـ means the next word carries the preposition."""
    words = [match_key(w) for w in text.split()]
    lam = bool(words) and words[-1] in ("ل", "لـ")
    return (tuple(words[:-1] if lam else words), lam)


@lru_cache(maxsize=1)
def structure_lexicon() -> StructureLexicon:
    """The structure cues, loaded once."""
    data = load_json("relations.json")
    verbs = "|".join(re.escape(w) for w in sorted(data["size_verbs"], key=len, reverse=True))
    units = "|".join(re.escape(w) for w in sorted(data["size_units"], key=len, reverse=True))
    size = re.compile(rf"(?<!\w)[وف]?(?:{verbs})(?:\s+(?:في\s+)?(?:عضويت\w+|صفوف\w+))?"
                      rf"(?:\s+\S+){{0,7}}?\s+(?:من\s+)?\(?\s*([0-9٠-٩]+)\s*\)?\s*(?:{units})(?!\w)")
    # A parent named inside a body's name opens with an organisation head: the names stage's
    # heads, and the few more of relations.json (نادي، شركة) that are no bodies' heads there.
    heads = load_json("organisation_phrases.json")
    # Verbs of taking or giving a post: the titles stage's, so both read one list.
    titles = load_json("titles.json")
    parent_heads = [*heads["heads"], *heads["definite_only_heads"], *heads["named_heads"],
                    *data["parent_heads"]]
    return StructureLexicon(
        body_heads=frozenset(undef(match_key(w)) for w in data["body_heads"]),
        body_names=frozenset(match_key(w) for w in data["body_names"]),
        links=tuple(_cue(c) for c in data["links"]),
        part_of=tuple(_cue(c) for c in data["part_of_cues"]),
        parent_before=tuple(_cue(c) for c in data["parent_before_cues"]),
        member_of=tuple(_cue(c) for c in data["member_of_cues"]),
        members_after=tuple(_cue(c) for c in data.get("members_after_cues", [])),
        size=size,
        not_in_name=frozenset(match_key(w) for w in data["not_in_name"]),
        parent_heads=frozenset(undef(match_key(w)) for w in parent_heads),
        not_bodies=frozenset(match_key(w) for w in data["not_bodies"]),
        post_nouns=frozenset(undef(match_key(w)) for w in data["post_nouns"]),
        ministry_heads=frozenset(undef(match_key(w)) for w in data["ministry_heads"]),
        government_heads=frozenset(undef(match_key(w)) for w in data["government_heads"]),
        back_refs=frozenset(match_key(w) for w in data["back_refs"]),
        ad_hoc=frozenset(match_key(w) for w in data.get("ad_hoc_words", [])),
        ad_hoc_heads=frozenset(match_key(w) for w in data.get("ad_hoc_heads", [])),
        referent_heads=tuple(data.get("referent_heads", [])),
        governing=frozenset(match_key(w) for w in data.get("governing_bodies", [])),
        state_heads=frozenset(undef(match_key(w)) for w in data.get("state_heads", [])),
        offices=tuple((match_key(body), frozenset(match_key(t) for t in titles))
                      for body, titles in data.get("offices_of_titles", {}).items()),
        movement_bodies=frozenset(match_key(w) for w in data.get("movement_bodies", [])),
        movement_heads=frozenset(undef(match_key(w)) for w in data.get("movement_heads", [])),
        linked_heads=frozenset(undef(match_key(w)) for w in data.get("linked_heads", [])),
        post_taking=frozenset(match_key(w) for w in [*titles.get("held_verbs", []),
                                                      *titles.get("given_verbs", [])]),
        post_taking_suffixes=tuple(match_key(w) for w in data.get("post_taking_suffixes", [])),
        guess_not_under=tuple((undef(match_key(body)), frozenset(undef(match_key(w)) for w in heads))
                              for body, heads in data.get("guess_not_under", {}).items()),
        guess_only_under=tuple((undef(match_key(body)), frozenset(undef(match_key(w)) for w in heads))
                               for body, heads in data.get("guess_only_under", {}).items()),
        own_heads=frozenset(undef(match_key(w)) for w in data.get("own_heads", [])),
        once_parent_heads=frozenset(undef(match_key(w))
                                    for w in data.get("guess_once_named_heads", [])),
        parent_before_adjacent=frozenset(_cue(c) for c in data.get("parent_before_adjacent", [])),
        part_of_adjacent=frozenset(_cue(c) for c in data.get("part_of_adjacent", [])),
        compose_verbs=frozenset(match_key(w) for w in data.get("compose_verbs", [])),
        compose_fillers=frozenset(match_key(w) for w in data.get("compose_fillers", [])),
        alliance_heads=frozenset(undef(match_key(w)) for w in data.get("alliance_heads", [])),
        field_stop=frozenset(undef(match_key(w)) for w in data.get("field_stop", [])),
        media_heads=frozenset(undef(match_key(w)) for w in data.get("media_heads", [])),
        join_verbs=frozenset(match_key(w) for w in data.get("join_verbs", [])),
        join_links=frozenset(match_key(w) for w in data.get("join_links", [])),
        subordinate_links=frozenset(match_key(w) for w in data.get("subordinate_links", [])),
        construct_heads=frozenset(undef(match_key(w)) for w in data.get("construct_heads", [])),
        research_words=frozenset(match_key(w) for w in data.get("research_words", [])),
        count_groups=frozenset(undef(match_key(w)) for w in data.get("count_groups", [])),
        guess_units=tuple((undef(match_key(head)), frozenset(undef(match_key(w)) for w in units))
                          for head, units in data.get("guess_units", {}).items()),
        idioms_after=tuple((undef(match_key(head)), frozenset(match_key(w) for w in words))
                           for head, words in data.get("idioms_after", {}).items()),
    )


@lru_cache(maxsize=16384)
def is_body_name(name: str, lex: StructureLexicon | None = None) -> bool:
    """Whether a name is that of a body inside an organisation (مكتب العلاقات، الهيئة العامة)."""
    lex = lex or structure_lexicon()
    key = match_key(name)
    words = key.split()
    if not words or key in lex.body_names:
        return bool(words)
    if any(key == b or key.startswith(b + " ") for b in lex.not_bodies):
        return False
    return undef(words[0]) in lex.body_heads or " ".join([undef(words[0])] + words[1:2]) \
        in lex.body_heads


def takes_post(word: str, lex: StructureLexicon) -> bool:
    """Whether a word is a verb of taking or giving a post (تولى، أسند، منحاني), with و or ف
    before it and an object pronoun after it."""
    key = match_key(word)
    if key[:1] in ("و", "ف") and key[1:] in lex.post_taking:
        return True
    return key in lex.post_taking or any(
        key.endswith(s) and key[: -len(s)] in lex.post_taking for s in lex.post_taking_suffixes)


def is_ad_hoc(name: str, lex: StructureLexicon) -> bool:
    """Whether a body's name is that of a committee formed for a task rather than a standing
    body: a word of forming, urgency or inquiry (لجنة مكلفة، اللجنة المشكلة، لجنة عاجلة، لجنة
    تحقيق مستقلة)."""
    words = match_key(name).split()
    if any(w in lex.ad_hoc for w in words[1:]):
        return True
    # An indefinite head followed by a purpose (لجنة لإصلاح الاتحاد، فريق لدراسة الملف) is
    # one formed for that task; a standing body is named definite or by its field (لجنة الحكام).
    return len(words) > 1 and words[0] in lex.ad_hoc_heads and \
        words[1].startswith("ل") and not words[1].startswith("ال")


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Nationality adjectives as matching keys, with the article and the feminine ending
    (الكويتية), from the country words of ``resolution.json``."""
    out: set[str] = set()
    for words in load_json("resolution.json")["countries"].values():
        for w in words:
            key = match_key(w)
            if " " in key or not key.endswith("ي"):
                continue  # a city or a country's name, not an adjective
            base = undef(key)
            out.update({base, "ال" + base, match_key(base + "ة"), match_key("ال" + base + "ة")})
    return frozenset(out)


def is_national(name: str) -> bool:
    """Whether a body's name is qualified by a nationality right after its head (اللجنة
    الكويتية العليا للإغاثة، المكتب الأردني): a state's own body, not one of an organisation
    the article names."""
    words = match_key(name).split()
    if len(words) >= 2 and words[1] in _nationalities():
        return True
    # Further on, before the name goes on to another's (مكتب التحقيقات البريطاني، مركز
    # الإحصاءات الإيراني، مكتب التحقيقات الفيدرالي; not لجنة الحكام بالاتحاد القطري).
    for w in words[2:]:
        if w.startswith(_JOINED) or w == "في":
            return False
        if w in _nationalities() or w in _FEDERAL:
            return True
    return False


#: How a word joined to a parent's name is written (للاتحاد، بالحزب، لحركة، بمجلس).
_JOINED = ("لل", "بال", "ل", "ب")
#: A federal body is a state's own (مكتب التحقيقات الفيدرالي، المكتب الاتحادي للإحصاء).
_FEDERAL = frozenset(match_key(w) for w in ("الفيدرالي", "الفيديرالي", "الفدرالي", "الاتحادي",
                                            "الفيدرالية", "الفدرالية", "الاتحادية"))


#: Prepositions a parent named inside a body's name is joined by, as written: the ل of للـ
#: leaves the article's lam (للاتحاد -> الاتحاد).
_JOINS = (("بال", "ال"), ("لل", "ال"), ("ب", ""), ("ل", ""))


def parent_readings(words: list[str], k: int) -> list[list[str]]:
    """The ways the words from ``words[k]`` on may name a parent: as written (an idafa, مجلس إدارة
    نادي الوحدة), and without a joining preposition (بالاتحاد القطري -> الاتحاد القطري)."""
    first = words[k]
    out = [words[k:]] if len(first) >= 3 else []
    for written, kept in _JOINS:
        if first.startswith(written) and len(first) - len(written) >= 3:
            out.append([kept + first[len(written) :]] + words[k + 1 :])
    return out


@lru_cache(maxsize=1)
def post_words() -> frozenset[str]:
    """The one-word post titles of ``titles.json`` (رئيس، مدير، أمين), as keys without the
    article: a body's name that goes on with one names the office of that post's holder."""
    heads = load_json("titles.json")["post_heads"]
    return frozenset(undef(match_key(w)) for group in heads.values() for w in group
                     if " " not in w.strip())
