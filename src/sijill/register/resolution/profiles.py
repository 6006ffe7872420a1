"""What resolution knows about a document entity: its keys, and the context of its document.

Keys are strings ``kind:value``. Strong kinds join every two entities that share them:
``n`` (a name key of the name or an alias), ``o`` (the words of an organisation's name of
three words or more, in any order), ``g`` (a gazetteer organisation) and ``c`` (a
generic organisation name such as ``المكتب التنفيذي`` together with the key of its parent
body or of a post holder, or a bare state body such as ``مجلس الوزراء`` together with its
country: generic names join only in the same context). The other kinds
only find candidates whose pair a rule then judges: ``l`` (Latin spelling), ``s`` (surname
block), ``f`` (first name and the next name that is not ``بن``), ``h`` (organisation
head and one more word) and ``b`` (a bare state body, whatever its country).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sijill.lang import load_json
from sijill.names.gazetteer import OrgGazetteer
from sijill.register.db import Database
from sijill.register.keys import latin_key, word_keys
from sijill.register.resolution.country import (
    document_country,
    name_countries,
    sports_head,
    state_body,
)
from sijill.register.resolution.outlets import outlet_countries
from sijill.register.resolution.sql import chunks, marks

#: Key kinds whose sharing alone makes two entities one (``k``: a known actor of a seed list
#: whose names the entity shares, sijill.register.seed).
STRONG_KINDS = frozenset({"n", "g", "c", "k", "o"})
#: Most names of one entity that are turned into keys (a guard against runaway alias lists).
MAX_NAMES = 12
#: Most given names (بن and آل left out) of a person's name; a longer one is a run of names
#: the extraction took for one (a team's line-up), and would join every player to the others.
MAX_PERSON_WORDS = 8


@dataclass(frozen=True, slots=True)
class Profile:
    """A document entity as resolution sees it, with the word keys and name key of its name."""

    id: str
    doc_id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    latin: str | None
    words: tuple[str, ...] = ()
    key: str = ""

    @classmethod
    def of(cls, ent_id: str, doc_id: str, entity_type: str, name: str,
           aliases: tuple[str, ...] = (), latin: str | None = None) -> Profile:
        """A profile with its keys computed."""
        words = word_keys(name)
        return cls(ent_id, doc_id, entity_type, name, aliases, latin, words, " ".join(words))


@dataclass(frozen=True, slots=True)
class Context:
    """What a document says around an entity, as strong keys of other entities."""

    published: str | None = None
    country: str | None = None  # the country the document is mostly about
    states: frozenset[str] = field(default_factory=frozenset)  # its state bodies' keys
    posts: frozenset[str] = field(default_factory=frozenset)
    parents: frozenset[str] = field(default_factory=frozenset)
    around: frozenset[str] = field(default_factory=frozenset)
    #: The units below a state the document names (``إقليم كردستان``), by the key of their
    #: kind's word (``اقليم``): what ``حكومة الإقليم`` refers back to.
    regions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The telling posts the document gives the entity (``role_key``).
    roles: frozenset[str] = field(default_factory=frozenset)


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(k for w in words for k in word_keys(w))


@lru_cache(maxsize=1)
def _all_heads() -> frozenset[str]:
    # Not the named heads: alone, الهلال is the club's own name, no generic head.
    phrases = load_json("organisation_phrases.json")
    return _keys([*phrases["heads"], *phrases["definite_only_heads"], *phrases["quote_heads"],
                  *load_json("resolution.json")["generic_heads"]])


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return _keys(load_json("resolution.json")["generic_heads"])


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return _keys([*load_json("organisation_phrases.json")["adjectives"],
                  *load_json("resolution.json")["generic_org_words"]])


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    return _keys(load_json("resolution.json")["name_links"])


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """Words between the parts of a person's name (بن، آل) that are no name themselves."""
    return _keys(load_json("resolution.json")["name_particles"])


@lru_cache(maxsize=1)
def _weak_role_words() -> frozenset[str]:
    return _keys(load_json("resolution.json")["weak_role_words"])


@lru_cache(maxsize=1)
def _member_words() -> frozenset[str]:
    return _keys(load_json("resolution.json")["member_role_words"])


@lru_cache(maxsize=65536)
def role_key(role: str) -> str | None:
    """The key of a post that tells who holds it (``ملك``, ``وزير خارجيه``, ``ولي ولي عهد``),
    or None for a post many hold at once or that says only a rank or a kind of body
    (``الرئيس``, ``رئيس مجلس الإدارة``) or one of its many members (``عضو مجلس الشورى``)."""
    words = word_keys(role)
    if not words or words[0] in _member_words() or all(w in _weak_role_words() for w in words):
        return None
    return " ".join(words)


@lru_cache(maxsize=1)
def _generic_names() -> frozenset[tuple[str, ...]]:
    return frozenset(word_keys(n) for n in load_json("resolution.json")["generic_names"])


def is_generic(words: tuple[str, ...]) -> bool:
    """Whether an organisation name says only what kind of body it is: a bare head
    (``الهيئة``), a body head with generic words (``المكتب التنفيذي``, ``وزارة الخارجية``) or
    a description of one (``وكالة الأنباء``)."""
    if words in _generic_names():
        return True
    if len(words) == 1:
        return words[0] in _all_heads()
    generic = _generic_words()
    return bool(words) and words[0] in _generic_heads() and all(w in generic for w in words[1:])


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    return _keys(load_json("resolution.json")["region_references"])


def region_reference(name: str) -> str | None:
    """The kind of unit (its word's key) an organisation name refers back to by its definite
    last word (``حكومة الإقليم``, ``مجلس المحافظة``), else None."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1].startswith("ال"):
        return None
    kind = word_keys(parts[-1])
    return kind[0] if len(kind) == 1 and kind[0] in _region_words() else None


def region_names(name: str, aliases: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """The names of a place that are a unit below a state with its own name (``إقليم
    كردستان``, ``محافظة البصرة``), with the key of their kind's word."""
    found = []
    for n in (name, *aliases[:MAX_NAMES - 1]):
        words = word_keys(n)
        if len(words) >= 2 and words[0] in _region_words():
            found.append((words[0], words))
    return found


def _completed(profile: Profile, context: Context) -> frozenset[str]:
    """The name key of an organisation named by a back-reference to a unit (``حكومة
    الإقليم``) completed with the one unit of that kind its document names (``حكومة إقليم
    كردستان``); none when the document names none or two."""
    kind = region_reference(profile.name)
    units = {words for k, words in context.regions if k == kind}
    if kind is None or len(units) != 1:
        return frozenset()
    return frozenset({"n:" + " ".join((*profile.words[:-1], *units.pop()))})


@lru_cache(maxsize=65536)
def gazetteer_entry(name: str) -> str | None:
    """The gazetteer organisation a name is a variant of, as a name key, or None."""
    hit = OrgGazetteer.load().canonical(name)
    return " ".join(word_keys(hit)) if hit else None


def _person_keys(names: list[str], latin: str | None) -> set[str]:
    main = word_keys(names[0])
    given = [w for w in main if w not in particles()]
    if len(main) == 1 and given:
        # A surname alone (إردوغان) only finds the people of that surname, whom a rule
        # judges (rules.surname_form): never enough to join two documents by itself.
        return {"s:" + main[0]}
    if len(main) < 2 or len(given) > MAX_PERSON_WORDS:
        return set()  # a list of names is no one's name
    keys = {"n:" + " ".join(main), "s:" + main[-1]}
    if len(given) >= 2:  # the name with the father's (أحمد عيد, أحمد بن عيد الحربي)
        keys.add(f"f:{given[0]}|{given[1]}")
    for alias in names[1:]:
        wk = word_keys(alias)
        # An alias that keeps the first name is this person (محمد بن سلمان); one that drops
        # it names another as often (سلمان بن عبدالعزيز, the father).
        if len(wk) >= 2 and wk[0] == main[0]:
            keys.add("n:" + " ".join(wk))
    lk = latin_key(latin)
    if lk:
        keys.add("l:" + lk)
    return keys


def state_key(words: tuple[str, ...], country: str) -> str:
    """The strong key of a bare state body of one country."""
    return f"c:{state_body(words)}@{country}"


def _own_state_countries(names: list[tuple[str, ...]]) -> frozenset[str]:
    """The countries the entity's state-body names say they belong to."""
    return frozenset().union(*(name_countries(w) for w in names if state_body(w)))


def _is_parent(alias: tuple[str, ...], main: tuple[str, ...]) -> bool:
    """Whether an alias is the organisation the main name is a body of: ``الاتحاد السعودي``
    as an alias of ``مجلس إدارة الاتحاد السعودي`` names the federation, not its board; the
    body named inside a name before what the body is for (``الأمم المتحدة`` in ``منظمة الأمم
    المتحدة للطفولة``, ``مكتب الأمم المتحدة لتنسيق ...``) is its parent too."""
    if len(alias) >= len(main):
        return False
    if main[-len(alias):] == alias and main[0] in _generic_heads():
        return True
    return len(alias) >= 2 and any(
        main[i:i + len(alias)] == alias and main[i + len(alias)].startswith("ل")
        for i in range(1, len(main) - len(alias)))


def _distinctive(alias: tuple[str, ...], main: tuple[str, ...]) -> bool:
    """Whether a one-word alias is the proper name inside a headed name (``طالبان`` of
    ``حركة طالبان الأفغانية``), not a head, a generic word or a place."""
    word = alias[0]
    return len(main) >= 2 and main[0] in _all_heads() and word in main[1:] \
        and word not in _all_heads() and word not in _generic_words() \
        and not name_countries(alias) and len(word) >= 3


def _org_keys(names: list[str]) -> set[str]:
    keys: set[str] = set()
    main = word_keys(names[0])
    for i, n in enumerate(names):
        wk = word_keys(n)
        if not wk or (i > 0 and _is_parent(wk, main)):
            continue
        # A one-word alias that is a word of the name is this body's short name, not the
        # body the gazetteer knows by that word (الجزيرة of بنك الجزيرة is no channel);
        # another one is an acronym or a byname (حماس of حركة المقاومة الإسلامية).
        entry = None if i > 0 and len(wk) == 1 and wk[0] in main else gazetteer_entry(n)
        if entry:
            keys.add("g:" + entry)
        if state_body(wk) is not None and state_body(wk) == state_body(main):
            # A bare state body joins only within its country (``مجلس الوزراء`` of one
            # state, not of every state); the country comes from the name or the document.
            keys.update(state_key(wk, c) for c in name_countries(wk))
            keys.add(f"b:{state_body(wk)}")  # a story that names no country may join by context
        if (state_body(wk) is not None and not name_countries(wk)) or sports_head(wk):
            continue  # whose body it is only the document says
        if region_reference(n):
            continue  # every region has one: whose it is only the document says
        # A one-word alias is too often a bare head or a place (الهيئة، تنظيم، سوريا).
        if not is_generic(wk) and (i == 0 or len(wk) >= 2 or _distinctive(wk, main)):
            keys.add("n:" + " ".join(wk))
    if len(main) >= 2 and not is_generic(main) and not (
            state_body(main) and not name_countries(main)):
        keys.update(f"h:{main[0]}|{w}" for w in main[1:] if w not in _links())
        if len(main) >= MIN_ORDER_FREE and not sports_head(main) \
                and not region_reference(names[0]):
            keys.add("o:" + " ".join(sorted(_unclitic(w) for w in main)))
    return keys


#: Least number of words of an organisation's name for its words in any order to name it.
MIN_ORDER_FREE = 3


def _unclitic(word: str) -> str:
    """A word of a name with a joining preposition off (بالرياض, لحقوق, للكرة), so that the
    same words in another order name the same body: ``النادي الأدبي بالرياض`` and ``نادي
    الرياض الأدبي``, ``الجمعية الوطنية لحقوق الإنسان`` and ``جمعية حقوق الإنسان الوطنية``."""
    for clitic in ("بال", "لل", "كال"):
        if word.startswith(clitic) and len(word) > len(clitic) + 1:
            return word[len(clitic):]
    return word[1:] if word[:1] in "بل" and len(word) > 4 else word


@lru_cache(maxsize=131072)
def entity_keys(entity_type: str, name: str, aliases: tuple[str, ...],
                latin: str | None) -> frozenset[str]:
    """Every key of a document entity (see the module docstring for the kinds)."""
    names = [name, *aliases][:MAX_NAMES]
    if entity_type == "PERSON":
        keys = _person_keys(names, latin)
    elif entity_type == "ORG":
        keys = _org_keys(names)
    else:  # places and the rest: their aliases are too often another place (حلب، سوريا)
        keys = {"n:" + " ".join(word_keys(name))} if word_keys(name) else set()
    return frozenset(keys)


def _state_names(profile: Profile) -> list[tuple[str, ...]]:
    """The names of an entity that is a state body that name that body; none for another
    entity, whose bare alias (``البرلمان`` of ``برلمان الإقليم``) is a back-reference to
    itself, nor an alias naming another body (``الحكومة`` of ``الحكومة السورية المؤقتة``)."""
    body = state_body(profile.words)
    if not body:
        return []
    aliases = (word_keys(a) for a in profile.aliases[:MAX_NAMES - 1])
    return [profile.words, *(w for w in aliases if state_body(w) == body)]


def _bare_states(profile: Profile) -> list[tuple[str, ...]]:
    """The entity's names that are state bodies naming no country (``وزارة الصحة``)."""
    return [w for w in _state_names(profile) if w and state_body(w) and not name_countries(w)]


def needs_context(profile: Profile) -> bool:
    """Whether an entity's keys depend on its context: a generic organisation name, or a
    state body whose country or kind its name does not say."""
    return profile.type == "ORG" and bool(profile.words) and (
        is_generic(profile.words) or bool(_bare_states(profile))
        or sports_head(profile.words) is not None or region_reference(profile.name) is not None)


def state_keys(profile: Profile, country: str | None) -> frozenset[str]:
    """The keys of an entity that is a state body: each of its names with its country (the
    one its names say, else the document's)."""
    names = _state_names(profile)
    own = _own_state_countries(names)
    countries = own or ({country} if country else set())
    return frozenset(state_key(w, c) for w in names if w and state_body(w) for c in countries
                     if not name_countries(w) or c in name_countries(w))


def entity_country(profile: Profile, context: Context) -> str | None:
    """The country of a state body: the one its names say, else its document's."""
    own = _own_state_countries(_state_names(profile))
    if own:
        return next(iter(own)) if len(own) == 1 else None
    return context.country


def _the_federation(words: tuple[str, ...], context: Context) -> frozenset[str]:
    """The key of the one state body of the document with the head and country of a name
    such as ``الاتحاد السعودي`` (none when the document names two or none)."""
    head = sports_head(words)
    found = set()
    for country in name_countries(words):
        found |= {k for k in context.states if k.startswith(f"c:{head} ")
                  and k.endswith(f"@{country}")}
    return frozenset(found) if len(found) == 1 else frozenset()


def context_keys(profile: Profile, context: Context) -> frozenset[str]:
    """The ``c`` keys of a generic organisation name: the name with each parent body's and
    each post holder's strong key; a bare state body with its country (the one its other
    names say, else the document's; its holders' and parents' only when it has none)."""
    if not needs_context(profile):
        return frozenset()
    keys: set[str] = set()
    if is_generic(profile.words):
        keys.update(f"c:{profile.key}|{k}" for k in context.parents | context.posts)
    if _bare_states(profile):
        states = state_keys(profile, context.country)
        if states:
            # One body of the state per country; its holders' keys would join it to the
            # body of another state their post is in as well (a story of a visit names the
            # cabinet of its host, and the country it is mostly about is the guest's).
            keys = set(states)
    return frozenset(keys | _the_federation(profile.words, context) | _completed(profile, context))


def strong_keys(keys: Iterable[str]) -> frozenset[str]:
    """The keys of kinds that join entities by themselves."""
    return frozenset(k for k in keys if k[0] in STRONG_KINDS)


def _aliases(raw: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except json.JSONDecodeError:
        return ()
    return tuple(str(a) for a in value) if isinstance(value, list) else ()


class Profiles:
    """Profiles of document entities, read from the register once and kept."""

    def __init__(self, db: Database, types: tuple[str, ...]) -> None:
        self.db = db
        self.types = types
        self._known: dict[str, Profile | None] = {}

    def load(self, ids: Iterable[str]) -> dict[str, Profile]:
        """The profiles of those ids that are stored entities of a resolved type."""
        missing = {i for i in ids if i not in self._known}
        for part in chunks(missing):
            for row in self.db.query(
                    "SELECT id, doc_id, type, name, aliases, latin FROM entities "
                    f"WHERE id IN ({marks(len(part))})", part):
                self._known[row[0]] = self._profile(row)
        for i in missing:
            self._known.setdefault(i, None)
        return {i: p for i in ids if (p := self._known.get(i)) is not None}

    def get(self, entity_id: str) -> Profile | None:
        """A profile loaded before, or None."""
        return self._known.get(entity_id)

    def _profile(self, row: tuple[object, ...]) -> Profile | None:
        ent_id, doc_id, etype, name, aliases, latin = (str(row[0]), str(row[1]), str(row[2]),
                                                       str(row[3]), row[4], row[5])
        if etype not in self.types:
            return None
        alias_tuple = _aliases(str(aliases) if aliases is not None else None)
        spelled = str(latin) if latin else None
        return Profile.of(ent_id, doc_id, etype, name, alias_tuple, spelled)


#: A document's country as worked out from its text, by (id, content hash): reading and
#: scanning the text is most of a context's cost, and the texts do not change in between.
DocumentCountries = dict[tuple[str, str], "str | None"]


@dataclass(frozen=True, slots=True)
class _DocumentContext:
    """What a document says around all its entities alike."""

    published: str | None
    country: str | None
    states: frozenset[str]
    everyone: frozenset[str]  # the strong keys of its people and organisations
    regions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # see Context.regions


@dataclass(frozen=True, slots=True)
class _EntityContext:
    """What is one entity's own in its document's context."""

    doc: _DocumentContext
    strong: frozenset[str]
    posts: frozenset[str]
    parents: frozenset[str]
    roles: frozenset[str] = frozenset()


class Contexts:
    """The context of entities, read per document from entities, positions and relations.

    A ``Context`` is made when asked for, from its document's part and the entity's own: kept
    whole for every entity, the ``around`` sets (every other actor of the document) grew with
    the square of a document's actors and held most of a large pass's memory. ``countries``
    shares the documents' countries between passes.
    """

    #: Most contexts made and kept at once (``judge`` asks for the same few again and again).
    KEPT = 4096

    def __init__(self, db: Database, countries: DocumentCountries | None = None) -> None:
        self.db = db
        self._by_entity: dict[str, _EntityContext] = {}
        self._docs: set[str] = set()
        self._made: dict[str, Context] = {}
        self._countries: DocumentCountries = {} if countries is None else countries
        self._outlets: dict[str, str] | None = None  # outlets' countries, read when needed

    def get(self, profile: Profile) -> Context:
        """The context of one entity (its document is read when first needed)."""
        made = self._made.get(profile.id)
        if made is not None:
            return made
        if profile.doc_id not in self._docs:  # asked for in tight loops: no set work then
            self.load([profile.doc_id])
        own = self._by_entity.get(profile.id)
        if own is None:
            return Context()
        doc = own.doc
        made = Context(doc.published, doc.country, doc.states, own.posts, own.parents,
                       doc.everyone - own.strong, doc.regions, own.roles)
        if len(self._made) >= self.KEPT:
            self._made.clear()
        self._made[profile.id] = made
        return made

    def load(self, doc_ids: Iterable[str]) -> None:
        """Read the context of every entity of these documents."""
        todo = set(doc_ids) - self._docs
        for part in chunks(todo):
            self._read(part)
        self._docs |= todo

    def _document_facts(self, q: str, doc_ids: list[str]
                        ) -> tuple[dict[str, str | None], dict[str, str | None]]:
        """Publication date and country of each document; a text is read only for a country
        not worked out before."""
        published: dict[str, str | None] = {}
        country: dict[str, str | None] = {}
        unknown: dict[str, tuple[str, str]] = {}
        for doc_id, date, digest, url in self.db.query(
                f"SELECT id, published, content_hash, url FROM documents WHERE id IN ({q})",
                doc_ids):
            published[doc_id] = date
            key = (str(doc_id), str(digest))
            if key in self._countries:
                country[doc_id] = self._countries[key]
            else:
                unknown[doc_id] = key
        if unknown and self._outlets is None:
            self._outlets = outlet_countries(self.db)
        outlets = self._outlets or {}
        for part in chunks(unknown):
            for doc_id, text, url, source in self.db.query(
                    f"SELECT id, text, url, source FROM documents WHERE id IN ({marks(len(part))})",
                    part):
                found = document_country(str(text), url, outlets.get(str(source)))
                country[doc_id] = self._countries[unknown[doc_id]] = found
        return published, country

    def _read(self, doc_ids: list[str]) -> None:
        q = marks(len(doc_ids))
        published, country = self._document_facts(q, doc_ids)
        states: dict[str, set[str]] = {}
        strong: dict[str, frozenset[str]] = {}
        by_doc: dict[str, list[str]] = {}
        for ent_id, doc_id, etype, name, aliases, latin in self.db.query(
                "SELECT id, doc_id, type, name, aliases, latin FROM entities "
                f"WHERE doc_id IN ({q}) AND type IN ('PERSON', 'ORG')", doc_ids):
            keys = entity_keys(etype, name, _aliases(aliases), latin)
            strong[ent_id] = _strong_of(keys)
            by_doc.setdefault(doc_id, []).append(ent_id)
            if etype == "ORG":
                profile = Profile.of(ent_id, doc_id, etype, name, _aliases(aliases))
                states.setdefault(doc_id, set()).update(
                    state_keys(profile, country.get(doc_id)))
        posts: dict[str, set[str]] = {}
        roles: dict[str, set[str]] = {}
        for person, org, role in self.db.query(
                f"SELECT person, org, role FROM positions WHERE doc_id IN ({q}) "
                "AND person IS NOT NULL", doc_ids):
            key = role_key(str(role))
            if key is not None:
                roles.setdefault(person, set()).add(key)
            if org is not None:
                posts.setdefault(person, set()).update(strong.get(org, ()))
                posts.setdefault(org, set()).update(strong.get(person, ()))
        parents: dict[str, set[str]] = {}
        for child, parent in self.db.query(
                f"SELECT child, parent FROM relations WHERE doc_id IN ({q})", doc_ids):
            parents.setdefault(child, set()).update(strong.get(parent, ()))
        regions: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
        for doc_id, name, aliases in self.db.query(
                f"SELECT doc_id, name, aliases FROM entities WHERE doc_id IN ({q}) "
                "AND type = 'LOC'", doc_ids):
            regions.setdefault(doc_id, set()).update(
                region_names(str(name), _aliases(aliases)))
        for doc_id, members in by_doc.items():
            doc = _DocumentContext(published.get(doc_id), country.get(doc_id),
                                   frozenset(states.get(doc_id, ())),
                                   frozenset().union(*(strong[m] for m in members)),
                                   tuple(sorted(regions.get(doc_id, ()))))
            for m in members:
                self._by_entity[m] = _EntityContext(
                    doc, strong[m], frozenset(posts.get(m, ())), frozenset(parents.get(m, ())),
                    frozenset(roles.get(m, ())))


@lru_cache(maxsize=131072)
def _strong_of(keys: frozenset[str]) -> frozenset[str]:
    """``strong_keys`` of an entity's keys, shared by every entity with the same keys."""
    return strong_keys(keys)
