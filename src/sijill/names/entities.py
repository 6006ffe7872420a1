"""Document-level entities: mentions of one actor grouped, named by the fullest clean form."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from sijill.doc import Doc, Entity, Span, SpanIndex
from sijill.lang import load_json, load_lines
from sijill.names.places import country_keys, is_kept_type, makes_another_place
from sijill.text.normalize import match_key

_EDGE_PUNCT = re.compile(r"^[\s\"'«»“”()\[\]،,.:؛-]+|[\s\"'«»“”()\[\]،,.:؛-]+$")


def _honorifics() -> tuple[str, ...]:
    return tuple(match_key(h) for h in load_lines("honorifics.txt"))


def clean_name(doc: Doc, span: Span) -> str:
    """The mention's text without edge punctuation, leading honorifics, or the ل of لل."""
    text = _EDGE_PUNCT.sub("", doc.text[span.start : span.end])
    words = text.split()
    honorifics = _honorifics()
    while len(words) > 1:
        if match_key(words[0]).rstrip(".") in honorifics:
            words = words[1:]
        elif len(words) > 2 and match_key(" ".join(words[:2])) in honorifics:
            words = words[2:]  # a rank of two words: آية الله
        else:
            break
    if words and words[0].startswith("ل") and len(words[0]) > 3 and \
            doc.text[span.start - 1 : span.start] == "ل" and \
            not (len(words) > 1 and (_is_indefinite(words[1]) or _definite_genitive(words[1]))):
        # A head before a genitive is itself indefinite (للجنة تكافؤ الفرص، للجنة العلاقات
        # الدولية: the preposition and لجنة), so the word stays as written.
        words[0] = _after_lam(words[0])
    return " ".join(words)


def _is_indefinite(word: str) -> bool:
    """An Arabic word without the article (تكافؤ، العلاقة is definite)."""
    key = match_key(word)
    return key[:1].isalpha() and not key.startswith(("ال", "لل"))


def _definite_genitive(word: str) -> bool:
    """A definite noun that no definite head takes after it, only an indefinite one in
    construct (العلاقات، الشؤون): not an adjective by list or shape, a nisba, a participle
    (المنظمة، المكلفة), a فاعل (الدائمة، الحاكمة), a فعيل (الجديدة) or an أفعل (الأوسط)."""
    from sijill.names.orgs import lexicon  # the orgs module imports this one

    key = match_key(word)
    if not key.startswith("ال") or key.startswith("الم") or lexicon().is_adjective(key):
        return False
    stem = key[2:]
    if len(stem) == 4 and stem[0] == "ا" and stem[-1] not in "ايه":
        return False  # an أفعل adjective of colour or degree: للشرق الأوسط، للصليب الأحمر
    return not (4 <= len(stem) <= 5 and (stem[1] == "ا" or stem[2] == "ي"))


def _after_lam(word: str) -> str:
    """The word a mention opening after a ``ل`` stands for, the most common of its readings:
    the article's ل (للائتلاف -> الائتلاف), the article merged into a ل of the word
    (للجنة -> اللجنة), or no article at all (للبنان -> لبنان)."""
    from sijill.names.stages import word_rank  # the stages module imports this one

    readings = ("ا" + word, "ال" + word, word)
    ranked = [(rank, n) for n, w in enumerate(readings) if (rank := word_rank(w)) is not None]
    return readings[min(ranked)[1]] if ranked else readings[0]


_ABD = match_key("عبد")


def _word_keys(name: str) -> tuple[str, ...]:
    """Per-word keys that ignore the article: الحافظ and حافظ compare equal."""
    keys: list[str] = []
    for w in name.split():
        k = match_key(w)
        if keys and keys[-1] == _ABD:
            keys[-1] += k  # عبد الله and عبدالله are one name written two ways
            continue
        k = k[2:] if k.startswith("ال") and len(k) > 3 else k
        # A final alef and ta marbuta spell one name two ways (سوريا، سورية).
        keys.append(k[:-1] + "ه" if k.endswith("ا") and len(k) > 3 else k)
    return tuple(keys)


def _same_word(short: str, full: str) -> bool:
    """One word of a short form and of a longer name: the longer may carry the ل of a
    complement (رعاية الشباب in الرئاسة العامة لرعاية الشباب)."""
    return short == full or (full.startswith("ل") and full[1:] == short)


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """Nouns that open an organisation's name (حزب، اتحاد، مؤسسة), as word keys."""
    data = load_json("organisation_phrases.json")
    words = data["heads"] + data["definite_only_heads"] + data["named_heads"]
    return frozenset(k for w in words for k in _word_keys(w))


def _is_part(short: tuple[str, ...], full: tuple[str, ...], label: str = "") -> bool:
    if not short or len(short) >= len(full):
        return short == full
    n = len(short)
    at = [i for i in range(len(full) - n + 1)
          if all(_same_word(a, b) for a, b in zip(short, full[i : i + n]))]
    # An organisation named inside a longer name after its first word is the genitive
    # complement (الاتحاد القطري in مجلس إدارة الاتحاد القطري، الائتلاف in الهيئة العامة
    # للائتلاف): another actor, the one the body belongs to, not a short form of it.
    if label == "ORG" and at and 0 not in at and short[0] in _org_heads():
        return False
    if at:
        return True
    # An organisation or a state is also called by its head and some of its words, in order
    # (جمعية المنتجين السعوديين for جمعية المنتجين والموزعين السعوديين, المملكة السعودية).
    if label == "PERSON":
        # A person is also called by the given and the family name without the father's
        # (عبدالعزيز الشعيل for عبدالعزيز بن عبدالرحمن الشعيل، محمد خلفان for محمد بن خلفان).
        return n >= 2 and short[0] == full[0] and short[-1] == full[-1] and \
            _in_order(short[1:-1], full[1:-1])
    return label in ("ORG", "LOC") and n >= 2 and short[0] == full[0] and \
        _in_order(short[1:], full[1:])


def _in_order(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    rest = iter(full)
    return all(any(_same_word(w, f) for f in rest) for w in short)


def _nearest_before(candidates: list[Entity], at: int, label: str = "") -> list[Entity]:
    """Of several actors a short form fits (الدوسري after عبدالعزيز الدوسري and أحمد الدوسري),
    the one named last before it, as a reader takes it; none when none was named before, but
    for an organisation or a place, which a headline calls by its short form before the report
    names it in full (طالبان ... حركة طالبان الأفغانية): the one named first after."""
    named = [(max((m.start for m in e.mentions if m.start < at), default=-1), k)
             for k, e in enumerate(candidates)]
    best, k = max(named)
    if best >= 0:
        return [candidates[k]]
    if label not in ("ORG", "LOC"):
        return []
    return [min(candidates, key=lambda e: min(m.start for m in e.mentions))]


def _add_alias(ent: Entity, name: str) -> None:
    if name != ent.name and name not in ent.aliases:
        ent.aliases.append(name)


def _another_place(ent: Entity) -> bool:
    """A place named with a word that makes it another place (منطقة القصيم، ريف دمشق): the bare
    name (القصيم، دمشق) is the city, not a short form of it. المنطقة الشرقية is one name."""
    first, _, rest = ent.name.partition(" ")
    return ent.type == "LOC" and bool(rest) and makes_another_place(match_key(first))


def _bare_place_aliases(entities: list[Entity], keys: list[tuple[str, ...]]) -> None:
    """A region written only with its unit word (ولاية بورنو) also goes by the bare name,
    unless the bare name is a place of its own in the text."""
    taken = {k for e, k in zip(entities, keys) if e.type == "LOC"}
    for ent, key in zip(entities, keys):
        first, _, rest = ent.name.partition(" ")
        if ent.type == "LOC" and rest and is_kept_type(match_key(first)) and key[1:] not in taken:
            _add_alias(ent, rest)


_OPEN = re.compile(r"\s*[«(\"“']\s*")
_CLOSE = re.compile(r"\s*[»)\"”']")


def _declared_short_forms(doc: Doc, named: list[tuple[Span, str]]) -> dict[tuple[str, ...], Span]:
    """Short forms a text declares in quotes or brackets right after an organisation's name
    (وكالة الأنباء الإيرانية «إرنا»، حلف شمال الأطلسي (ناتو)): the keys of the short form,
    each with the name's mention; the short form names that organisation wherever it stands."""
    out: dict[tuple[str, ...], Span] = {}
    spans = sorted(named, key=lambda sn: sn[0].start)
    for (full, name), (short, alias) in pairwise(spans):
        words = alias.split()
        if full.label != "ORG" or short.label == "PERSON" or not 0 < len(words) <= 3 or \
                len(words) >= len(name.split()):
            continue
        if _OPEN.fullmatch(doc.text[full.end : short.start]) and \
                _CLOSE.match(doc.text, short.end):
            out.setdefault(_word_keys(alias), full)
    return out


def _other_uses(doc: Doc, named: list[tuple[Span, str]],
                declared: dict[tuple[str, ...], Span]) -> list[tuple[Span, str]]:
    """Every other place the text writes a declared short form (في «سواس»), as a mention the
    model missed: after the declaration the short form names that organisation."""
    if not declared:
        return []
    taken = SpanIndex(span for span, _ in named)
    forms = {name for span, name in named if _word_keys(name) in declared}
    found: list[tuple[Span, str]] = []
    for form in forms:
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(form)}(?![^\W\d_])", doc.text):
            if not taken.overlapping(m.start(), m.end()):
                found.append((Span(m.start(), m.end(), "ORG", None, {"short_form": True}), form))
    return found


def _person_surnames(entities: list[Entity]) -> None:
    """A one-word organisation that is the last word of a person's name in the text (لابورتا
    beside خوان لابورتا) is that person called by the surname, which the model took for a
    club or company: its mentions join the person."""
    last: dict[str, list[Entity]] = {}
    for ent in entities:
        if ent.type == "PERSON" and len(ent.name.split()) > 1:
            last.setdefault(_word_keys(ent.name)[-1], []).append(ent)
    for ent in list(entities):
        if ent.type != "ORG" or ent.aliases or len(ent.name.split()) != 1 or \
                any(m.data for m in ent.mentions):
            continue
        people = last.get(_word_keys(ent.name)[0], [])
        if len(people) == 1:
            people[0].mentions.extend(ent.mentions)
            _add_alias(people[0], ent.name)
            entities.remove(ent)


def _country_stem(key: str) -> str:
    """The part of a country's name its nationality adjective is built on (سوريا -> سور،
    أفغانستان -> أفغان، الدنمارك -> دنمارك), as a matching key."""
    key = key.removeprefix("ال")
    for end in ("ستان", "يا", "يه", "ا", "ه"):
        if key.endswith(end) and len(key) - len(end) >= 2:
            return key[: -len(end)]
    return key


_VOWEL_LETTERS = re.compile("[اوي]")


def _skeleton(key: str) -> str:
    """A key without its long-vowel letters, which transliterations spell freely (الدانمرك،
    الدنمارك)."""
    return _VOWEL_LETTERS.sub("", key)


@lru_cache(maxsize=1)
def _country_skeletons() -> frozenset[str]:
    """The skeletons of the one-word country names of CLDR (Babel), without the article."""
    return frozenset(_skeleton(k.removeprefix("ال")) for k in country_keys() if " " not in k)


def _state_form(name: str) -> tuple[str, str] | None:
    """A body named by its head and a state, as (head, the skeleton of the state's stem):
    حكومة الدنمارك (the country's name) and الحكومة الدنماركية (its nationality adjective)
    give one pair."""
    words = [match_key(w) for w in name.split()]
    if len(words) != 2:
        return None
    head, state = words
    if not head.startswith("ال") and _skeleton(state.removeprefix("ال")) in _country_skeletons():
        return head, _skeleton(_country_stem(state))
    if head.startswith("ال") and state.startswith("ال"):
        for end in ("يه", "ي"):
            if state.endswith(end) and len(state) - len(end) > 3:
                return head[2:], _skeleton(state[2 : -len(end)])
    return None


def _country_and_nationality_forms(entities: list[Entity]) -> None:
    """An organisation named with a state's name and with its nationality adjective (حكومة
    الدنمارك، الحكومة الدنماركية; جيش لبنان، الجيش اللبناني) is one body: the later form joins
    the earlier."""
    first: dict[tuple[str, str], Entity] = {}
    for ent in list(entities):
        form = _state_form(ent.name) if ent.type == "ORG" else None
        if form is None:
            continue
        home = first.setdefault(form, ent)
        if home is not ent:
            home.mentions.extend(ent.mentions)
            _add_alias(home, ent.name)
            for alias in ent.aliases:
                _add_alias(home, alias)
            entities.remove(ent)


def _led_by_a_states_leader(entities: list[Entity]) -> None:
    """A body named after its leader (حكومة فوج راسموسين) in a text that names one body of that
    kind by its state (حكومة الدنمارك، الحكومة الدنماركية) is that body: the text names the
    state's government two ways."""
    by_state: dict[str, list[Entity]] = {}
    for ent in entities:
        form = _state_form(ent.name) if ent.type == "ORG" else None
        if form is not None:
            by_state.setdefault(form[0], []).append(ent)
    led = [ent for ent in entities if ent.type == "ORG" and
           any(m.data.get("cue") == "leader" for m in ent.mentions)]
    for ent in led:
        homes = by_state.get(match_key(ent.name.split()[0]), [])
        if len(homes) == 1 and homes[0] is not ent:
            homes[0].mentions.extend(ent.mentions)
            _add_alias(homes[0], ent.name)
            entities.remove(ent)


def _vowel_variant(a: str, b: str) -> bool:
    """Two spellings of one foreign name that differ in one long-vowel letter, changed, added or
    left out (فرانسوا، فرونسوا; أولمان، أولمن), where both are not attested given names of their
    own (سعود، سعيد; محمد، محمود)."""
    from sijill.names.people import is_given_name  # the people module is imported late
    from sijill.names.stages import tagger

    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4 or \
            _skeleton(a) != _skeleton(b):
        return False
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) != 1:
        return False
    gazetteers = tagger().features.gazetteers
    return not (is_given_name(a, gazetteers) and is_given_name(b, gazetteers))


def _spelling_variants(entities: list[Entity]) -> None:
    """A person written twice with one name word spelled two ways (فرانسوا كارار، فرونسوا
    كارار) is one person: the later spelling joins the earlier."""
    # Bucketed by the words' skeletons, which variants share: no comparison of every pair.
    people: dict[tuple[str, ...], list[Entity]] = {}
    for ent in list(entities):
        if ent.type != "PERSON" or len(ent.name.split()) < 2:
            continue
        keys = _word_keys(ent.name)
        same = people.setdefault(tuple(_skeleton(k) for k in keys), [])
        home = next((p for p in same if _one_word_respelled(_word_keys(p.name), keys)), None)
        if home is None:
            same.append(ent)
            continue
        home.mentions.extend(ent.mentions)
        _add_alias(home, ent.name)
        for alias in ent.aliases:
            _add_alias(home, alias)
        entities.remove(ent)


def _one_word_respelled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and _vowel_variant(*differ[0])


def group_mentions(doc: Doc, mentions: list[Span]) -> list[Entity]:
    """One entity per actor: identical names, and shorter forms of one longer name, are merged."""
    named = [(span, clean_name(doc, span)) for span in mentions]
    named = [(span, name) for span, name in named if name]
    declared = _declared_short_forms(doc, named)
    named += _other_uses(doc, named, declared)
    home_of: dict[tuple[int, int], Entity] = {}
    # Longest names first, so that short forms find the entity they belong to.
    order = sorted(range(len(named)), key=lambda i: (
        -len(_word_keys(str(named[i][0].data.get("canonical") or named[i][1]))), i))
    entities: list[Entity] = []
    keys: list[tuple[str, ...]] = []
    placed: list[tuple[Entity, str]] = []
    # Entities by type and key, and by type and each word of their key (a short form shares its
    # first word with its longer name): a long document has thousands of names, and comparing
    # each with every entity made it cost its length squared.
    by_key: dict[tuple[str, tuple[str, ...]], list[Entity]] = {}
    by_word: dict[tuple[str, str], list[int]] = {}
    for i in order:
        span, name = named[i]
        wk = _word_keys(str(span.data.get("canonical") or name))
        same = by_key.get((span.label, wk), [])
        near = sorted(set(by_word.get((span.label, wk[0]), ()))) if wk else []
        home = same or [entities[n] for n in near if _is_part(wk, keys[n], span.label)
                        and not _another_place(entities[n])]
        if len(home) > 1 and not same:
            home = _nearest_before(home, span.start, span.label)
        full = declared.get(wk)
        if full is not None and (full.start, full.end) in home_of:
            home = [home_of[(full.start, full.end)]]
        if home:
            ent = home[0]
            ent.mentions.append(span)
            _add_alias(ent, name)
        else:
            ent = Entity(span.label, name, [], [span])
            by_key.setdefault((span.label, wk), []).append(ent)
            for word in set(wk) | {w[1:] for w in wk if w.startswith("ل")}:
                by_word.setdefault((span.label, word), []).append(len(entities))
            entities.append(ent)
            keys.append(wk)
        home_of[(span.start, span.end)] = ent
        if span.data.get("place"):  # مدينة حلب for حلب, never the name itself
            placed.append((ent, f"{span.data['place']} {name}"))
    for ent in entities:
        ent.mentions.sort(key=lambda s: (s.start, s.end))
        fullest = max([ent.name, *ent.aliases], key=lambda n: (len(n.split()), len(n)))
        if fullest != ent.name:
            ent.aliases = [a for a in ent.aliases if a != fullest] + [ent.name]
            ent.name = fullest
        canonical = next((m.data["canonical"] for m in ent.mentions if m.data.get("canonical")), None)
        if canonical:
            ent.data["canonical_name"] = canonical
    for ent, alias in placed:
        _add_alias(ent, alias)
    _bare_place_aliases(entities, keys)
    _person_surnames(entities)
    entities.sort(key=lambda e: (e.mentions[0].start, e.type))
    _country_and_nationality_forms(entities)
    _led_by_a_states_leader(entities)
    _spelling_variants(entities)
    entities.sort(key=lambda e: (e.mentions[0].start, e.type))
    return entities
