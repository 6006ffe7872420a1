"""Organisation names from their shape: a head noun and its genitive chain, or a quoted name.

The statistical model misses many organisation names it never saw (``وحدة تنسيق الدعم``,
``منظمة "بيتنا"``); Arabic states most of them in a few shapes, whose words live in
``lang/ar/organisation_phrases.json``:

- an indefinite head and a genitive chain ending in a definite word, then definite
  adjectives: ``مجلس الأمن القومي``، ``دائرة منظمات المجتمع المدني``، ``حزب سوريا المستقبل``;
- a definite head and definite adjectives: ``المكتب الإعلامي``، ``الحكومة السورية المؤقتة``;
- a quoted name after a head noun (``منظمة "بيتنا"``), after a detached ``لـ`` (``لـ"إيلاف"``),
  or joined to such a name by ``و``.

A bare definite head (``الهيئة``، ``التجمع``) is a back-reference: ``resolve_backrefs`` ties it
to the organisation of that head named before it.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache

from sijill.doc import Coverage, Doc, Entity, Span, SpanIndex, Token
from sijill.lang import load_json, load_lines
from sijill.names.entities import clean_name
from sijill.names.lam_named import lam_named
from sijill.names.not_names import possessed
from sijill.names.own_letters import letter_is_own
from sijill.names.places import country_keys
from sijill.text.normalize import match_key

QUOTES = frozenset("\"'«»“”„‘’")
_MAX_WORDS = 8
#: Words of a person's name after an eponym title (محمد بن سعود بن عبدالعزيز).
_MAX_EPONYM = 5
_MAX_QUOTED = 7
_TANWEEN = frozenset("\u064b\u064c\u064d")


#: The endings of nisba adjectives as matching keys (-ي، -ية، -يين، -يون، -يات).
_NISBA = ("ي", "يه", "يين", "يون", "يات")


def _feminine_noun(key: str) -> bool:
    """A noun shaped like a nisba (التنمية، التربية، الرعاية، التلفزيون): news writes it often,
    never its masculine nisba (التنمي), which a true adjective has (التركية/التركي)."""
    from sijill.names.stages import word_rank  # the stages module imports this one

    if key.endswith("ي") or word_rank(key) is None:
        return False
    ending = next(e for e in _NISBA[1:] if key.endswith(e))
    return word_rank(key[: -len(ending)] + "ي") is None


def _undef(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


#: ``Lexicon.head_of`` answers by lexicon (its id, kept with it) and written word.
_HEADS_SEEN: dict[int, tuple[Lexicon, dict[tuple[str, int, bool, str, str], tuple[str, bool, int] | None]]] = {}


@dataclass(frozen=True)
class Lexicon:
    """The cue words of ``organisation_phrases.json`` as matching keys."""

    heads: frozenset[str]
    ambiguous: frozenset[str]
    definite_only: frozenset[str]
    quote_heads: frozenset[str]
    adjectives: frozenset[str]
    connectors: tuple[tuple[str, ...], ...]
    stop: frozenset[str]
    place_types: frozenset[str]
    not_complements: frozenset[str]
    #: Times among not_complements, which no field adjective makes part of a name (للعام المالي).
    time_complements: frozenset[str]
    lam_complements: frozenset[str]
    not_coordinated: frozenset[str]
    eponym_titles: frozenset[str]
    local_heads: frozenset[str]
    post_words: frozenset[str]
    purpose_objects: frozenset[str] = frozenset()
    not_quote_openers: frozenset[str] = frozenset()
    #: Masculine forms, without the article, of adjectives that say a body's reach: a
    #: country's (سعودي، مصري) or a region's and the world's (دولي، آسيوي، عربي).
    scopes: frozenset[str] = frozenset()
    #: Heads whose name may go on after a connector (جمعية الشباب من أجل التنمية).
    connector_heads: frozenset[str] = frozenset()
    #: Heads of armed forces, names only in the shapes of ``_force_name``.
    force_heads: frozenset[str] = frozenset()
    #: Place words that open an institution's name after an eponym (مدينة الملك فهد الطبية).
    eponym_heads: frozenset[str] = frozenset()
    nationalities: frozenset[str] = frozenset()
    #: Heads that, with the article and one of ``staff_adjectives``, name a team's staff or a
    #: body's organs (الجهاز الفني، الجهاز التنفسي), not an organisation.
    staff_heads: frozenset[str] = frozenset()
    staff_adjectives: frozenset[str] = frozenset()

    def head_of(self, doc: Doc, tok: Token) -> tuple[str, bool, int] | None:
        """``(head key without article, definite, name start)`` when ``tok`` opens a name."""
        if tok.kind != "word":
            return None
        # Asked of every word of a document: the answer depends on the written word and its
        # clitic analysis alone, so it is remembered by them (offsets relative to the word).
        seen = _HEADS_SEEN.get(id(self))
        if seen is None or seen[0] is not self:
            seen = _HEADS_SEEN[id(self)] = (self, {})
        at = (doc.text[tok.start : tok.end], tok.stem - tok.start if tok.stem >= 0 else 0,
              tok.article, tok.maybe, tok.proclitics)
        if at in seen[1]:
            hit = seen[1][at]
        else:
            if len(seen[1]) >= 100_000:
                seen[1].clear()
            hit = seen[1][at] = self._head_in(at[0], tok.bare(doc), tok)
        return None if hit is None else (hit[0], hit[1], tok.start + hit[2])

    def _head_in(self, text: str, bare: str, tok: Token) -> tuple[str, bool, int] | None:
        forms = [(bare, len(tok.proclitics))]
        if tok.maybe:
            forms.append((text[len(tok.maybe) :], len(tok.maybe)))
        for word, start in forms:
            key = match_key(word)
            if key in self.force_heads or key in self.eponym_heads:  # ألوية: no article in it
                return key, False, start
            definite = key.startswith("ال")
            base = _undef(key)
            if base in self.heads or base in self.force_heads or (definite and base in self.definite_only):
                return base, definite, start
        return None

    def is_adjective(self, key: str) -> bool:
        """A definite adjective: a nisba form (-ي، -ية، -يين) or one of the listed words."""
        if key in self.adjectives:
            return True
        if len(key) <= 4 or not key.endswith(_NISBA):
            return False
        return not _feminine_noun(key)

    def scope_gender(self, key: str) -> str | None:
        """``"f"`` or ``"m"`` when ``key`` is a scope adjective (الدولية، السعوديين), else None."""
        base = _undef(key)
        for ending, masculine, gender in _SCOPE_ENDINGS:
            if base.endswith(ending) and base[: -len(ending)] + masculine in self.scopes:
                return gender
        return None


#: (ending, what makes it masculine singular, gender) of the forms of a nisba adjective.
_SCOPE_ENDINGS = (("يه", "ي", "f"), ("يات", "ي", "f"), ("يين", "ي", "m"), ("يون", "ي", "m"),
                  ("ي", "ي", "m"))


@lru_cache(maxsize=4)
def lexicon(lang: str = "ar") -> Lexicon:
    """The organisation-phrase cues of ``lang``, loaded once."""
    data = load_json("organisation_phrases.json", lang)

    def keys(name: str) -> frozenset[str]:
        return frozenset(match_key(w) for w in data[name])

    return Lexicon(
        heads=keys("heads"),
        ambiguous=keys("ambiguous_heads"),
        definite_only=keys("definite_only_heads") | keys("named_heads"),
        quote_heads=keys("quote_heads"),
        # A city's epithet is an adjective of the names that end with the city (بمكة المكرمة).
        adjectives=keys("adjectives") | keys("place_epithets"),
        connectors=tuple(tuple(match_key(w) for w in c.split()) for c in data["connectors"]),
        # Honorifics (المحامي، الدكتور) open a person's name, never continue an organisation's.
        stop=keys("stop") | frozenset(match_key(h).rstrip(".") for h in load_lines("honorifics.txt", lang)),
        place_types=keys("place_types"),
        not_complements=keys("not_complements"),
        time_complements=keys("time_complements"),
        lam_complements=keys("lam_complements"),
        not_coordinated=keys("not_coordinated"),
        eponym_titles=keys("eponym_titles"),
        local_heads=keys("local_heads"),
        post_words=_post_words(lang),
        purpose_objects=keys("purpose_objects"),
        # As written: by matching key على would be the name علي.
        not_quote_openers=frozenset(data["not_quote_openers"]),
        scopes=keys("scope_adjectives") | _nationalities(lang),
        connector_heads=keys("connector_heads"),
        force_heads=keys("force_heads"),
        eponym_heads=keys("eponym_heads"),
        nationalities=_nationalities(lang),
        staff_heads=keys("staff_heads"),
        staff_adjectives=keys("staff_adjectives"),
    )


def _nationalities(lang: str) -> frozenset[str]:
    """Masculine nationality adjectives without the article: the nisba-shaped words of
    ``resolution.json`` "countries" and the nisba of each one-word country name of CLDR
    (مصر -> مصري، فرنسا -> فرنسي، إيطاليا -> إيطالي، اليابان -> ياباني)."""
    words = {match_key(w) for ws in load_json("resolution.json", lang)["countries"].values() for w in ws}
    found = {w for w in words if " " not in w and w.endswith("ي") and len(w) > 3}
    for name in country_keys(lang):
        if " " not in name:
            found.add(_nisba_of(_undef(name)))
    return frozenset(found)


def _nisba_of(country: str) -> str:
    """The masculine nisba of a country's name: its final ا or يا gives way to ي."""
    for ending in ("يا", "ا"):
        if country.endswith(ending):
            return country[: -len(ending)] + "ي"
    return country + "ي"


def _post_words(lang: str) -> frozenset[str]:
    """The first words of posts (الرئيس، وزير): a coordinated post is a person, not a name's part."""
    posts = load_json("titles.json", lang)["post_heads"]
    words = {match_key(p.split()[0]) for kind in posts.values() for p in kind}
    return frozenset(_undef(w) for w in words)


def _connector(doc: Doc, toks: list[Token], j: int, lex: Lexicon) -> int:
    """How many tokens from ``j`` on form a name-internal connector (من أجل), else 0."""
    for conn in lex.connectors:
        n = len(conn)
        if j + n <= len(toks) and all(
                toks[j + k].kind == "word" and match_key(toks[j + k].text(doc)) == conn[k]
                for k in range(n)):
            return n
    return 0


def _chain_end(doc: Doc, toks: list[Token], i: int, definite: bool, lex: Lexicon,
               listed: bool = False, head: str = "") -> int | None:
    """The index of the last token of the name opened by ``toks[i]``, or None.

    A ``listed`` name (written after و) is an item of a list, where the next و opens the next
    item (ومجلس النواب والشيوخ), so no coordinated part joins its genitive; its ل complement
    still takes one (وجامعة الملك فهد للبترول والمعادن، والشركة السعودية للتنمية والاستثمار),
    as the next item opens with a head, which no coordinated part may be."""
    chain = _Chain(definite)
    chain.local = head in lex.local_heads
    chain.listed = listed
    chain.head = head
    # ة is folded away in matching keys: the written head says its gender.
    chain.feminine = definite and toks[i].text(doc).endswith("ة")
    j = i + 1
    # A person's name in the name (مؤسسة الملك عبد الله بن عبد العزيز العالمية ...) is not
    # counted against the words a name may have.
    while j < len(toks) and j - i <= _MAX_WORDS + chain.named_after:
        step = chain.step(doc, toks, j, lex)
        if step == 0:
            break
        j += step
    return chain.last


class _Chain:
    """The walk along one organisation name: what the last word was, what may follow it."""

    def __init__(self, definite: bool) -> None:
        self.definite = definite
        self.last: int | None = None
        self.construct = 0
        self.complement = False
        self.coordinated = False
        self.listed = False
        # The last word taken was a noun of the chain (not an adjective): a coordinated noun
        # may join it (وزارة التجارة والصناعة) but not an adjective's (الحكومة السورية والمعارضة).
        self.noun = False
        self.eponym = 0
        # A local institution takes the city it serves (الغرفة التجارية بجدة، النادي الأدبي بالرياض).
        self.local = False
        # The indefinite link is a place word (أمانة محافظة ...): a city's bare name completes it.
        self.place_link = False
        # The gender of a scope adjective taken before a ل complement (الاتحاد الآسيوي: "m"), and
        # whether the name took such a complement: after it a scope adjective of the same gender
        # is no longer the name's (الاتحاد الآسيوي لكرة القدم | الدولي السعودي خليل جلال).
        self.scope: str | None = None
        self.lam = False
        self.head = ""
        # A connector was taken (من أجل): the definite noun after it is the name's purpose.
        self.connected = False
        # The head's genitive is a state's or city's bare name (جامعة لندن، مؤسسة قطر): one ل
        # complement may still follow (جامعة لندن للاقتصاد، مؤسسة قطر للتربية والعلوم).
        self.after_place = False
        # The ل complement was a listed noun with its genitive (لحقوق الإنسان، لعلوم الفضاء).
        self.paired = False
        # A definite feminine head (الجمعية): its own adjective is feminine too.
        self.feminine = False
        # Words of the eponym's name taken so far (الملك عبد الله بن عبد العزيز: five).
        self.named_after = 0

    def step(self, doc: Doc, toks: list[Token], j: int, lex: Lexicon) -> int:
        """How many tokens from ``j`` on the name takes (0: it ends before ``j``)."""
        tok = toks[j]
        if tok.kind != "word":
            return 0
        if self.last is not None and (n := _connector(doc, toks, j, lex)):
            if self.head in lex.connector_heads and not self.connected and \
                    _plain_definite(toks, j + n, lex, doc) and not _is_preposition(doc, toks, j + n + 1):
                self.connected = True
                return n
            # A definite name before a purpose (الجمعية العمومية ... من أجل انتخاب رئيس) is
            # left to the model: its end is not sure from the shape.
            self.last = None if self.definite else self.last
            return 0
        if self.connected and self.last is not None and self.last < j - 1:
            self.complement = False  # the purpose's noun: جمعية الشباب من أجل التنمية
            self.coordinated = False
            self._take(j, noun=True)
            return 1
        if self.local and self.last is not None and "ب" in (tok.proclitics, tok.maybe):
            stem = doc.text[(tok.stem if tok.proclitics else tok.start + 1) : tok.end]
            if _is_city(("ال" if tok.article else "") + stem):
                self.local = False
                self.eponym = 0  # the person's name (مستشفى الملك فيصل) ended at the city
                self.complement = True  # only adjectives after the city: بمكة المكرمة
                self._take(j, noun=True)
                return 1
        if self.last is None and not self.definite and not self.construct and \
                not tok.proclitics and not tok.article and _is_state_or_city(tok.text(doc)):
            self.complement = True  # جامعة لندن، مؤسسة قطر: only adjectives after the place,
            self.after_place = True  # or one ل complement
            self._take(j, noun=True)
            return 1
        # Right after an indefinite head comes its genitive: مجلس وزراء الداخلية, not و + زراء.
        genitive = self.last is None and not (self.definite or self.construct or self.eponym)
        if tok.proclitics or (tok.maybe in ("و", "ل") and not (genitive and letter_is_own(doc, tok))):
            return self._clitic_word(doc, toks, j, lex)
        key = match_key(tok.bare(doc))
        if self.eponym and (not tok.article or _after_abd(doc, toks, j)):
            bare = match_key(doc.text[tok.start + len(tok.maybe) : tok.end])
            if self.eponym > _MAX_EPONYM or key in lex.stop or bare in lex.stop or \
                    (not tok.article and _not_a_name_word(tok.text(doc))):
                return 0
            if not tok.article:  # the second half of عبد الله is no further word of the name
                self.eponym += 1
            self.named_after += 1
            self._take(j, noun=True)  # the person's name: جامعة الملك سعود
            return 1
        if self.last is None and not self.definite and tok.article and key in lex.eponym_titles:
            self.eponym = 1
            return 1
        if key in lex.stop:
            return 0
        if tok.article:
            # A passive participle describes a field after ل (للصحافة المكتوبة) as a nisba does.
            # ئ folds to ي: الهيئة, a head, reads as a nisba by its matching key.
            adjective = (lex.is_adjective(key) and not ("ئ" in tok.text(doc) and _undef(key) in lex.heads)) or \
                (self.lam and self.noun and _passive_participle(key))
            if self.complement and not adjective:
                return 0
            if self.lam and self.scope is not None and lex.scope_gender(key) == self.scope:
                return 0  # it describes the person named next, or restates the head's reach
            self.eponym = 0  # a definite word ends the person's name (مستشفى الملك فهد التخصصي)
            if self.last is None and not self.definite:
                self._take(j, noun=True)  # the genitive: مجلس الأمن، حزب سوريا المستقبل
            elif adjective:
                if self.feminine and self.last is None and masculine_nisba(tok.text(doc)):
                    return 0  # موقع الجمعية الإلكتروني، دور الجمعية الريادي: the noun before's
                if not self.lam and self.scope is None:
                    self.scope = lex.scope_gender(key)
                self._take(j, noun=False)
            else:
                return 0
            return 1
        # One indefinite link (مجلس إدارة الاتحاد); in مجلس إدارة نادي الوحدة the club is the
        # organisation and the board a body of it, named in the post.
        if self.definite or self.last is not None:
            return 0
        if possessed(doc.text[tok.start : tok.end]):
            return 0  # a noun with a possessive pronoun (حركة أمواله، مجلس وزرائها) names no body
        if self.construct >= 1:
            # مركز محافظة ديالى is the governorate's seat, a place: an ambiguous head takes
            # only a known state or city there.
            if not self.place_link or not _names_place(tok.text(doc), key, lex, self.head in lex.ambiguous):
                return 0
            self.complement = True  # أمانة محافظة جدة، مجلس ولاية بورنو: only adjectives after
            self._take(j, noun=True)
            return 1
        self.construct += 1
        self.place_link = key in _place_kinds()
        return 1

    def _take(self, j: int, noun: bool) -> None:
        self.last = j
        self.noun = noun

    def _clitic_word(self, doc: Doc, toks: list[Token], j: int, lex: Lexicon) -> int:
        tok = toks[j]
        clitic = tok.proclitics or tok.maybe
        if self.last is None or clitic not in ("و", "ل"):
            return 0
        # The word after its one clitic, with the article of لل restored (للأسرى -> الأسرى).
        stem = doc.text[(tok.stem if tok.proclitics else tok.start + 1) : tok.end]
        key = match_key(("ال" if tok.article else "") + stem)
        if clitic == "ل":
            return self._lam_complement(toks, j, key, lex, doc)
        if self.coordinated or (self.listed and not self.lam):
            return 0
        return self._coordinated(toks, j, key, lex, doc)

    def _lam_complement(self, toks: list[Token], j: int, key: str, lex: Lexicon, doc: Doc) -> int:
        """One complement with ل after a complete name: definite (الهيئة الوطنية للأسرى، كتلة
        الوفاء للمقاومة) unless it opens a name of its own (المكتب السياسي للحزب), or a listed
        indefinite noun and its genitive (الاتحاد السعودي لكرة القدم، الهيئة الوطنية لحقوق الإنسان)."""
        tok = toks[j]
        if self.complement and not self.after_place:
            return 0
        if self.after_place:
            if self.last != j - 1 or _is_preposition(doc, toks, j + 1) or key.endswith(("يين", "يون")):
                return 0  # حكومة العراق للتدخل في الأزمة: a purpose; للسوريين: whom it serves
            self.after_place = False
        if tok.article:
            if _undef(key) in lex.heads or key in lex.stop or \
                    (key in lex.not_complements and
                     (key in lex.time_complements or not _field_adjective(doc, toks, j + 1))):
                return 0
            if _purpose(doc, toks, j + 1, lex):
                return 0  # a verbal noun with its object: مجلس النواب للمصادقة عليها
            self.complement = self.lam = True
            self.eponym = 0  # the person's name ended at the complement: جامعة الملك سعود للعلوم
            self._take(j, noun=True)
            return 1
        # A definite name's adjective may take a field named by a verbal noun (الشركة الوطنية
        # لتطوير الأعمال، الهيئة العامة لتنظيم الاتصالات).
        field = key in lex.lam_complements or \
            (self.definite and not self.noun and _is_masdar(key) and key not in lex.heads)  # لاتحاد: a body
        if not field or not _plain_definite(toks, j + 1, lex, doc):
            return 0
        self.paired = True
        self.complement = self.lam = True
        self.eponym = 0
        self._take(j + 1, noun=True)
        return 2

    def _coordinated(self, toks: list[Token], j: int, key: str, lex: Lexicon, doc: Doc) -> int:
        """A second noun or adjective joined by و (وزارة التجارة والصناعة، مجلس الشؤون السياسية
        والأمنية، وكالة التخطيط وتطوير المعلومات); never another body or a post."""
        tok = toks[j]
        base = _undef(key)
        if base in lex.heads or base in lex.post_words or key in lex.stop or \
                "ال" + base in lex.not_coordinated or _TANWEEN.intersection(doc.text[tok.start : tok.end]):
            return 0
        if tok.article and self.paired and (_plain_definite(toks, j + 1, lex, doc) or _reflexive(doc, toks, j + 1)):
            # A coordinated word with a genitive or adjective of its own after the complement's
            # genitive is the sentence's (المرصد السوري لحقوق الإنسان والفرقة الرابعة، والفرقة نفسها), where a
            # bare one is a second field (لعلوم الفضاء والفلك).
            return 0
        if tok.article:
            # Only a nisba joins an adjective, and only in a genitive chain: المعارضة after
            # السورية is another actor, الحكومة المحلية والمركزية two governments.
            adjective = (len(key) > 4 and key.endswith(("ي", "يه"))) or _passive_participle(key) \
                if not self.noun else lex.is_adjective(key)
            if self.lam and self.noun:
                adjective = False  # a second field after ل is a noun: للعلوم والتقنية
            # A definite name's own adjectives take no other (الحكومة المحلية والمركزية: two
            # governments); those of its ل complement do (للإعلام المرئي والمسموع).
            if adjective == self.noun or (adjective and self.definite and not self.lam):
                return 0  # an adjective joins an adjective, a noun a noun
            # After the second part only adjectives follow: مجلس اللوردات والشرطة للتحقيق.
            self.coordinated = self.complement = True
            self._take(j, noun=self.noun)
            return 1
        # An indefinite part and its genitive (وكالة التخطيط وتطوير المعلومات) only right after
        # the head's genitive: مجلس إدارة الاتحاد ومناقشة المقترح goes on with the sentence.
        if not self.noun or self.construct or self.definite or not _is_masdar(base):
            return 0
        # Its genitive may be a chain of two (وكالة التفتيش وتطوير بيئة العمل).
        k = j + 1 if _plain_definite(toks, j + 1, lex, doc) else \
            j + 2 if _plain_indefinite(toks, j + 1, lex, doc) and _plain_definite(toks, j + 2, lex, doc) else 0
        if not k:
            return 0
        self.coordinated = self.complement = True
        self._take(k, noun=True)
        return k - j + 1


#: Prepositions after a connector's noun that make the connector a purpose of the sentence
#: (من أجل الحفاظ على الأمن), not a part of a name.
_PREPOSITIONS = frozenset(match_key(w) for w in ("على", "عن", "في", "إلى", "الى", "من", "مع", "بين"))


def masculine_nisba(word: str) -> bool:
    """A masculine singular nisba as written (الإلكتروني، الريادي), never the feminine -ية."""
    return len(word) > 5 and word.endswith("ي") and word.startswith("ال")


_ABD = match_key("عبد")


#: Words that link the parts of an eponym's name (الملك عبد الله بن عبد العزيز آل سعود).
_NAME_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "آل", "عبد"))


def _not_a_name_word(word: str) -> bool:
    """A word after an eponym's title that ends the person's name: a verb or a word news uses
    often that no name table knows (مركز الشيخ زايد | تنطلق، جامعة الملك سعود | عام 2010).
    A given name written whole (عبدالعزيز), a link (بن، آل) and the city after ب go on."""
    from sijill.names.people import is_common_word, is_finite_verb  # late: people imports places
    from sijill.names.stages import _gazetteers, _ranks  # the stages module imports this one

    if word.startswith("عبد") or match_key(word) in _NAME_LINKS or (word[:1] == "ب" and _is_city(word[1:])):
        return False  # بجدة: the city the institution serves (جامعة الملك عبدالعزيز بجدة)
    return is_finite_verb(word, _gazetteers(), _ranks()) or is_common_word(word, _gazetteers(), _ranks())


def _after_abd(doc: Doc, toks: list[Token], j: int) -> bool:
    """A definite word right after عبد written apart (عبد الله، عبد العزيز): the second half
    of one given name, which a person's name in an eponym goes on through."""
    prev = toks[j - 1]
    return prev.kind == "word" and match_key(prev.text(doc)) == _ABD and \
        doc.text[prev.end : toks[j].start] == " "


def _is_preposition(doc: Doc, toks: list[Token], j: int) -> bool:
    return j < len(toks) and toks[j].kind == "word" and match_key(toks[j].text(doc)) in _PREPOSITIONS


def _purpose(doc: Doc, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """A preposition with a pronoun at ``toks[j]`` (عليها، فيه): the word before is a purpose."""
    return j < len(toks) and toks[j].kind == "word" and \
        match_key(toks[j].text(doc)) in lex.purpose_objects


def _passive_participle(key: str) -> bool:
    """A definite passive participle of the simple verb (المسموع، المقروءة): an adjective that
    joins another by و (الإعلام المرئي والمسموع), where a noun of the same letters would be
    another actor (الحكومة السورية والمعارضة)."""
    stem = key[2:].removesuffix("ه")
    return key.startswith("ال") and len(stem) == 5 and stem[0] == "م" and stem[3] == "و"


def _field_adjective(doc: Doc, toks: list[Token], j: int) -> bool:
    """A definite singular nisba or passive participle at ``toks[j]`` with no clitic (المرئي،
    المكتوبة): the ل word before it is a field the name covers (للإعلام المرئي، للصحافة
    المكتوبة), not whom a body speaks to (قالت الهيئة للإعلام)."""
    if j >= len(toks) or toks[j].kind != "word" or toks[j].proclitics or not toks[j].article:
        return False
    key = match_key(toks[j].text(doc))
    return (len(key) > 5 and key.endswith(("ي", "يه"))) or _passive_participle(key)


def _is_masdar(key: str) -> bool:
    """A verbal noun of the derived forms a name's field is named by (تطوير، إنتاج، استثمار),
    not a plural of people (صناع القرار): تفعيل، إفعال/افتعال، استفعال."""
    if len(key) < 4:
        return False
    return (key[0] == "ت" and key[-2] == "ي") or (key[0] == "ا" and key[-2] == "ا")


@lru_cache(maxsize=1)
def _place_kinds() -> frozenset[str]:
    """Words before a place's name (محافظة، منطقة، ولاية، إقليم) as matching keys."""
    from sijill.names.places import place_words  # the places module is imported late

    words = place_words()
    return words.trimmed | words.kept | words.named


#: Place-gazetteer score (0-1) of a city a local institution is named with.
_CITY = 0.6


def _is_city(word: str) -> bool:
    from sijill.names.stages import place_score  # the stages module imports this one

    return place_score(word) >= _CITY


#: How common a word's definite form may be in the news vectors for the word still to be a
#: proper name: a city is hardly ever written with the article (اللندن), a common noun the
#: place gazetteer also lists (دولة، مدينة، سنة) is, and often.
_DEFINITE_RANK = 20_000


def _is_common_noun(word: str) -> bool:
    """A word whose definite form is a frequent word (الدولة، المدينة): a common noun, even
    when a place gazetteer lists a town of that name."""
    from sijill.names.stages import word_rank  # the stages module imports this one

    rank = word_rank("ال" + word)
    return rank is not None and rank < _DEFINITE_RANK


def _is_state_or_city(word: str) -> bool:
    """An indefinite proper name of a country or a well-known city, which completes a name after
    an indefinite head (جامعة لندن، بورصة طوكيو، مؤسسة قطر); never a common noun
    (ائتلاف دولة القانون goes on after دولة)."""
    if " ".join(match_key(word).split()) in country_keys():
        return True
    return _is_city(word) and not _is_common_noun(word)


def _names_place(word: str, key: str, lex: Lexicon, known_only: bool = False) -> bool:
    """An indefinite word after a place word in a name (مجلس محافظة نينوى، حكومة إقليم كردستان):
    the place's own name unless it is a common noun (مجلس ولاية ثانية)."""
    if _is_state_or_city(word):
        return True
    return not known_only and len(key) > 2 and key not in lex.stop and not _is_common_noun(word)


def _reflexive(doc: Doc, toks: list[Token], j: int) -> bool:
    """A reflexive at ``toks[j]`` (نفسها، ذاته): the word before it is an actor of the sentence."""
    return j < len(toks) and toks[j].kind == "word" and \
        match_key(toks[j].text(doc)) in _REFLEXIVES


_REFLEXIVES = frozenset(match_key(w) for w in ("نفسه", "نفسها", "نفسهم", "أنفسهم", "ذاته", "ذاتها"))


def _plain_definite(toks: list[Token], j: int, lex: Lexicon, doc: Doc) -> bool:
    """A definite word with no proclitic at ``toks[j]`` that no list stops a name at."""
    if j >= len(toks):
        return False
    tok = toks[j]
    if tok.kind != "word" or tok.proclitics or not tok.article:
        return False
    key = match_key(tok.bare(doc))
    return key not in lex.stop and _undef(key) not in lex.heads


def _plain_indefinite(toks: list[Token], j: int, lex: Lexicon, doc: Doc) -> bool:
    """An indefinite word with no proclitic at ``toks[j]``, not a head nor a stop word."""
    if j >= len(toks):
        return False
    tok = toks[j]
    if tok.kind != "word" or tok.proclitics or tok.article:
        return False
    key = match_key(tok.bare(doc))
    return key not in lex.stop and key not in lex.heads and not _TANWEEN.intersection(doc.text[tok.start : tok.end])


#: Words of a quotation after its own head for the whole to be a body's name (a name after
#: the head: «جمعية أحمد السعدي»), not a phrase the writer stresses («حركة تصحيح»).
_QUOTED_AFTER_HEAD = 2


def _quoted_cue(doc: Doc, toks: list[Token], i: int, lex: Lexicon, ends: set[int],
                j: int | None = None) -> str | None:
    """What makes the quotation opening at ``toks[i]`` (and closing at ``toks[j]``) an
    organisation's name, if anything: a head before it, or its own first word, an indefinite
    head with a name after it (الجمعيات ومنها «جمعية سالم الكثيري الخيرية»)."""
    if j is not None and j - i - 2 >= _QUOTED_AFTER_HEAD:
        found = lex.head_of(doc, toks[i + 1])
        if found is not None and not found[1] and found[0] not in lex.ambiguous and \
                found[0] not in lex.force_heads and found[2] == toks[i + 1].start:
            return found[0]
    k = i - 1
    if k < 0:
        return None
    prev = toks[k]
    if prev.kind == "clitic" and prev.proclitics.endswith("ل"):
        return "لـ"
    if prev.kind == "word":
        words = [prev.bare(doc)]
        if prev.maybe:
            words.append(doc.text[prev.start + len(prev.maybe) : prev.end])
        for word in words:
            if _undef(match_key(word)) in lex.quote_heads:
                return _undef(match_key(word))
    # Joined to a quoted name just before: "أ"، و"ب"
    while k >= 0 and (toks[k].text(doc) in ("و", "،", ",") or toks[k].kind == "clitic"):
        k -= 1
    if k >= 0 and k in ends and k < i - 1:
        return "and"
    return None


def _may_be_name(doc: Doc, words: list[Token], lex: Lexicon) -> bool:
    """A quotation that may be a name: none opens with a preposition (في مفترق طرق)
    or holds an indefinite case ending (مكاناً للقاءات), which no proper name carries."""
    if words[0].text(doc) in lex.not_quote_openers:
        return False
    return not any(_TANWEEN.intersection(doc.text[t.start : t.end]) for t in words)


def find_phrases(doc: Doc, lex: Lexicon | None = None) -> list[Span]:
    """ORG spans found by shape (head chains and quoted names), sentence by sentence."""
    lex = lex or lexicon()
    spans: list[Span] = []
    for toks in doc.sentence_tokens():
        spans.extend(_sentence_phrases(doc, toks, lex))
    return spans


def _sentence_phrases(doc: Doc, toks: list[Token], lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    quote_ends: set[int] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "punct" and doc.text[tok.start] in QUOTES:
            j = i + 1
            while j < len(toks) and j - i <= _MAX_QUOTED + 1 and toks[j].kind in ("word", "number", "latin"):
                j += 1
            if j < len(toks) and j > i + 1 and doc.text[toks[j].start] in QUOTES and \
                    _may_be_name(doc, toks[i + 1 : j], lex):
                cue = _quoted_cue(doc, toks, i, lex, quote_ends, j)
                if cue is not None:
                    first = toks[i + 1]
                    start = first.start + (len(first.proclitics) if first.article else 0)
                    spans.append(Span(start, toks[j - 1].end, "ORG", None,
                                      {"rule": "quoted", "head": cue}))
                    quote_ends.add(j)
                i = max(i + 1, j)
                continue
        found = lex.head_of(doc, tok)
        if found is not None:
            head, definite, start = found
            listed = start > tok.start and doc.text[tok.start] == "و"
            last = _chain_end(doc, toks, i, definite, lex, listed, head)
            if last is not None and definite and head in lex.staff_heads and \
                    match_key(toks[i + 1].text(doc)) in lex.staff_adjectives:
                last = None  # الجهاز الفني، الجهاز التنفسي: a team's staff, a body's organs
            if last is not None and not (head in lex.ambiguous and not definite and last - i < 2) and \
                    (head not in lex.force_heads or _force_name(doc, toks[i + 1 : last + 1], lex, head, definite)) and \
                    (head not in lex.eponym_heads or _eponym_institution(doc, toks[i + 1 : last + 1], lex)):
                spans.append(Span(start, toks[last].end, "ORG", None, {"rule": "head", "head": head}))
                i = last + 1
                continue
        i += 1
    return spans + lam_named(doc, toks, lex, spans)  # وكالة فارس للأنباء: the chain stops at فارس


def _eponym_institution(doc: Doc, words: list[Token], lex: Lexicon) -> bool:
    """A place word, an eponym and then a ل complement or a definite adjective: an institution
    (مدينة الملك عبدالعزيز للعلوم والتقنية), where مدينة الملك عبدالله alone is a town."""
    first = words[0]
    if not first.article or match_key(first.bare(doc)) not in lex.eponym_titles:
        return False
    return any(t.article or "ل" in (t.proclitics, t.maybe) for t in words[2:])


_FORCES = match_key("قوات")


def _force_name(doc: Doc, words: list[Token], lex: Lexicon, head: str, definite: bool) -> bool:
    """An armed force's name after its head: a state's or a city's bare name (قوات سوريا
    الديمقراطية) or a genitive with an adjective that is not a nationality (قوات الحشد الشعبي،
    ألوية العمالقة الجنوبية); قوات الأمن and قوات النظام السوري are descriptions."""
    first = words[0]
    if definite or _undef(match_key(first.bare(doc))) in lex.heads:
        return False  # قوات حزب العمال: the forces of a body named after them
    if not first.article and not first.proclitics and _is_state_or_city(first.text(doc)):
        return True
    for tok in words[1:]:
        key = match_key(tok.bare(doc))
        base = _undef(key)
        nationality = any(base[: len(base) - k] in lex.nationalities for k in (0, 1, 2))  # -ي، -ية، -يين
        # قوات takes only an adjective of reach (قوات التحالف العربي): قوات الأمن الحكومية and
        # القوات الموالية describe forces; ألوية, كتائب and سرايا name their unit.
        reach = (lex.scope_gender(key) is not None and first.article) or head != _FORCES
        if tok.article and lex.is_adjective(key) and not nationality and reach:
            return True
    return False


def trim_place_type(doc: Doc, span: Span, lex: Lexicon | None = None) -> Span:
    """A LOC span without a leading place word: ``مدينة الطبقة`` -> ``الطبقة``."""
    lex = lex or lexicon()
    text = doc.text[span.start : span.end]
    first, _, rest = text.partition(" ")
    if rest and match_key(first) in lex.place_types:
        return Span(span.end - len(rest), span.end, span.label, span.value, span.data)
    return span


def _head_key(doc: Doc, ent: Entity) -> set[str]:
    """The head nouns an organisation may be called back by (الهيئة for هيئة التفاوض)."""
    heads = {str(m.data["head"]) for m in ent.mentions if m.data.get("head") not in (None, "لـ", "and")}
    for name in (ent.name, *ent.aliases):
        first = name.split()[0] if name.split() else ""
        heads.add(_undef(match_key(first)))
    return heads


def resolve_backrefs(doc: Doc, entities: list[Entity], lex: Lexicon | None = None) -> list[Entity]:
    """Tie bare definite heads (الهيئة، التجمع) to the organisation named with that head.

    A one-word ORG entity that is such a head merges into that organisation; a head word that
    no mention covers becomes a mention of it. The nearest organisation named before wins, else
    the first named after; with none, a lone head entity is dropped (it names no one).
    """
    lex = lex or lexicon()
    entities = entities + _named_by_backrefs(doc, entities, lex)
    orgs = [e for e in entities if e.type == "ORG"]
    full = [e for e in orgs if not _is_bare_head(e, lex)]
    if not full:
        return [e for e in entities if not (e.type == "ORG" and _is_bare_head(e, lex))]
    covered = Coverage((m.start, m.end) for e in entities for m in e.mentions)
    antecedents = _Antecedents(doc, full)

    def antecedent(key: str, at: int) -> Entity | None:
        return antecedents.find(key, at)

    def attach(home: Entity, mention: Span) -> None:
        _attach(doc, home, mention)
        antecedents.added(home, mention)

    kept: list[Entity] = []
    for ent in entities:
        if ent.type == "ORG" and _is_bare_head(ent, lex):
            for m in ent.mentions:
                home = antecedent(_undef(match_key(doc.text[m.start : m.end])), m.start)
                if home is not None:
                    attach(home, m)
            continue
        kept.append(ent)
    for tok in doc.tokens:
        if tok.kind != "word" or not tok.article:
            continue
        start = tok.start + len(tok.proclitics)
        if covered.covers(start):
            continue
        key = _undef(match_key(tok.bare(doc)))
        if key not in lex.heads and key not in lex.definite_only:
            continue
        home = antecedent(key, start)
        if home is not None:
            attach(home, Span(start, tok.end, "ORG", None, {"backref": True}))
    for ent in kept:
        ent.mentions.sort(key=lambda s: (s.start, s.end))
    return kept


class _Antecedents:
    """The organisation a head noun calls back, found by bisection in the mentions of the
    organisations with that head: ranking every mention of every organisation for each
    back-reference made a long document cost its length squared.

    The choice is the one of a ranking of ``(vouched, start)`` over every mention: the latest
    mention before the head among organisations the gazetteer or a name shape vouches for, else
    among the others; with none before, the earliest after, vouched first. Ties go to the
    organisation listed first."""

    __slots__ = ("_entries", "_full", "_heads", "_order", "_vouched")

    def __init__(self, doc: Doc, full: list[Entity]) -> None:
        self._order = {id(e): k for k, e in enumerate(full)}
        self._heads = {id(e): _head_key(doc, e) for e in full}
        self._vouched = {id(e): _vouched(e) for e in full}
        #: (head, vouched) -> sorted (start, -order, order) of every mention with that head.
        self._entries: dict[tuple[str, bool], list[tuple[int, int, int]]] = {}
        self._full = full
        for e in full:
            for m in e.mentions:
                self._index(e, m.start)
        for entries in self._entries.values():
            entries.sort()

    def _index(self, ent: Entity, start: int, keep_sorted: bool = False) -> None:
        order = self._order[id(ent)]
        for head in self._heads[id(ent)]:
            entries = self._entries.setdefault((head, self._vouched[id(ent)]), [])
            if keep_sorted:
                insort(entries, (start, -order, order))
            else:
                entries.append((start, -order, order))

    def added(self, ent: Entity, mention: Span) -> None:
        """Index a mention just attached to ``ent`` (it may make ``ent`` vouched)."""
        if not self._vouched[id(ent)] and _vouched(ent):
            order = self._order[id(ent)]
            for head in self._heads[id(ent)]:
                entries = self._entries.get((head, False), [])
                entries[:] = [x for x in entries if x[2] != order]
            self._vouched[id(ent)] = True
            for m in ent.mentions:
                self._index(ent, m.start, keep_sorted=True)
            return
        self._index(ent, mention.start, keep_sorted=True)

    def find(self, key: str, at: int) -> Entity | None:
        """The organisation the head ``key`` at offset ``at`` calls back, or None."""
        for vouched in (True, False):
            entries = self._entries.get((key, vouched), [])
            k = bisect_left(entries, (at,))
            if k:
                # The latest start before ``at``; among equal starts, the first organisation.
                return self._full[entries[k - 1][2]]
        for vouched in (True, False):
            entries = self._entries.get((key, vouched), [])
            if entries:
                first = entries[0][0]
                ties = entries[: bisect_left(entries, (first + 1,))]
                return self._full[min(x[2] for x in ties)]
        return None


def _named_by_backrefs(doc: Doc, entities: list[Entity], lex: Lexicon) -> list[Entity]:
    """Organisations named once by an indefinite head and a proper name (تجمع مصير) and then
    called back by the bare definite head (التجمع) at least twice: the backrefs vouch for it."""
    covered = SpanIndex(m for e in entities for m in e.mentions)
    named = {k for e in entities if e.type == "ORG" and not _is_bare_head(e, lex)
             for k in _head_key(doc, e)}
    calls: dict[str, int] = {}
    for tok in doc.tokens:
        if tok.kind == "word" and tok.article:
            key = _undef(match_key(tok.bare(doc)))
            if key in lex.heads and key not in named:
                calls[key] = calls.get(key, 0) + 1
    wanted = {k for k, n in calls.items() if n >= 2}
    found: list[Entity] = []
    words = [t for t in doc.tokens if t.kind == "word"]
    for tok, nxt in itertools.pairwise(words):
        key = match_key(tok.bare(doc))
        if key not in wanted or tok.article or nxt.proclitics or nxt.article or nxt.maybe:
            continue
        name_key = match_key(nxt.bare(doc))
        gap = doc.text[tok.end : nxt.start]
        if gap.strip() or name_key in lex.stop or name_key in lex.heads or \
                doc.text[nxt.end - 1] in _TANWEEN or name_key.endswith("ا") or \
                covered.overlapping(tok.start, nxt.end):
            continue
        start = tok.start + len(tok.proclitics)
        span = Span(start, nxt.end, "ORG", None, {"rule": "named-by-backrefs", "head": key})
        found.append(Entity("ORG", doc.text[start : nxt.end], [], [span]))
        wanted.discard(key)
    return found



def _vouched(ent: Entity) -> bool:
    return any(m.data.get("canonical") or m.data.get("rule") for m in ent.mentions)


def _is_bare_head(ent: Entity, lex: Lexicon) -> bool:
    """A one-word organisation that is only a head noun (الهيئة، منظمة): no name of its own."""
    words = ent.name.split()
    if len(words) != 1 or ent.aliases:
        return False
    key = _undef(match_key(words[0]))
    return key in lex.heads or key in lex.definite_only


def _attach(doc: Doc, ent: Entity, mention: Span) -> None:
    mention.data["backref"] = True
    ent.mentions.append(mention)
    name = clean_name(doc, mention)
    if name and name != ent.name and name not in ent.aliases:
        ent.aliases.append(name)
