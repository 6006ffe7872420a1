"""Places the model misses or runs together, found by the words around them.

A city named after a preposition of place (في حلب، إلى الدوحة), after the preposition ب
written on it (بالرياض، بجدة), after another place in a list (البصرة والحلة), or as the
dateline that opens a report (الخرطوم 12 مارس); two places the model tagged as one over و
(البصرة والناصرية) are two; a place keeps the epithet the language always writes after it
(مكة المكرمة، النجف الأشرف); a state's back-reference (المملكة) is a place. The words live in
``lang/ar/organisation_phrases.json`` (``place_epithets``, ``state_backrefs``); which word is a
city the GeoNames place gazetteer of the model says, which is a common word its vectors say.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from sijill.doc import Doc, Span, Token
from sijill.lang import load_json
from sijill.names.regions import regions
from sijill.text.normalize import match_key

#: Prepositions of place before a city's name (في حلب، إلى مسقط، من عدن).
_PLACE_PREPOSITIONS = frozenset(("في", "إلى", "الى", "من"))
#: The preposition ب (and و ب) written on a city's name: بالرياض، وبجدة.
_AT = frozenset(("ب", "وب"))
#: Place-gazetteer score (0-1) from which a word is a city.
_CITY = 0.6
#: A place listed after another one needs less: the list vouches for it (كربلاء والديوانية).
_LISTED = 0.5
#: Rank in the news vectors under which a definite city's bare form is a frequent word
#: (المدينة/مدينة، العين/عين, but الرياض/رياض is a given name's rank, not a noun's).
_FREQUENT = 5000
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: What may follow a dateline's city: a day's number, a dash or the agency in brackets.
_DATELINE_NEXT = frozenset("0123456789٠١٢٣٤٥٦٧٨٩-–—(")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("organisation_phrases.json")
    return (frozenset(match_key(w) for w in data.get("place_epithets", [])),
            frozenset(match_key(w) for w in data.get("state_backrefs", [])))


def is_bare_place(word: str) -> bool:
    """A word the place gazetteer knows well as a city that is no common noun (its definite
    form is rare: حلب، مسقط, not دولة، مدينة، سنة) and no name part (محمد)."""
    from sijill.names.orgs import _is_city, _is_common_noun
    from sijill.names.people import is_name_part
    from sijill.names.stages import _gazetteers

    return _is_city(word) and not _is_common_noun(word) and not is_name_part(word, _gazetteers())


def is_definite_city(word: str) -> bool:
    """A city written with the article (الرياض، المنامة، الحلة) whose bare form is no frequent
    word: المدينة، العين، الجزيرة are common nouns first."""
    from sijill.names.stages import place_score, word_rank

    if not word.startswith("ال") or place_score(word) < _CITY:
        return False
    rank = word_rank(word[2:])
    return rank is None or rank >= _FREQUENT


_START, _END = attrgetter("start"), attrgetter("end")


def missed_places(doc: Doc, tokens: list[Token], found: list[Span]) -> list[Span]:
    """Cities the model missed in one sentence's tokens, which ``found`` holds the names of."""
    out: list[Span] = []
    ends = {s.end for s in found if s.label == "LOC"}
    # The tokens are in order and apart: those a found name overlaps are one run, found by
    # bisection, not a test of every name at every token.
    taken = {k for s in found for k in range(bisect_right(tokens, s.start, key=_END),
                                               bisect_left(tokens, s.end, key=_START))}
    for k, tok in enumerate(tokens):
        if tok.kind != "word" or k in taken:
            continue
        before = tokens[k - 1].text(doc) if k else ""
        listed = k > 0 and tokens[k - 1].end in ends and doc.text[tokens[k - 1].end : tok.start] == " "
        start = _city_start(doc, tok, before, listed) or _dateline(doc, tokens, k) or \
            _after_place_word(doc, tokens, k)
        if start is not None:
            out.append(Span(start, tok.end, "LOC", None, {"cue": "place"}))
            ends.add(tok.end)
    out += subdivisions(doc, tokens, found, out)
    return out + regions(doc, tokens, found + out)


def _city_start(doc: Doc, tok: Token, before: str, listed: bool) -> int | None:
    """Where a city's name starts in ``tok`` when the word before or its clitic makes it one."""
    text = tok.text(doc)
    if tok.article:
        clitic = tok.proclitics
        placed = (not clitic and before in _PLACE_PREPOSITIONS) or clitic in _AT or \
            (clitic == "و" and listed)
        if placed and doc.text[tok.stem - 2 : tok.stem] == "ال" and is_definite_city(tok.bare(doc)):
            return tok.stem - 2
        return None
    if tok.proclitics:
        return None
    if not tok.maybe:
        return tok.start if before in _PLACE_PREPOSITIONS and is_bare_place(text) else None
    from sijill.names.stages import place_score  # here, not on top: most words end above

    rest = text[len(tok.maybe):]
    # وهران، بابل: the whole word may be the city; the clitic reading must be the better place.
    if (tok.maybe in _AT or (tok.maybe == "و" and listed)) and \
            place_score(rest) > place_score(text) and is_bare_place(rest):
        return tok.start + len(tok.maybe)
    return None


#: Rank in the news vectors from which a word is rare enough to be a town's or a quarter's
#: name after a place word (بلدة بقين، حي الملز); a commoner one is an adjective or a noun
#: (بلدة صغيرة، حي الجامعة، مدينة الملك عبدالله).
_RARE = 20_000


@lru_cache(maxsize=1)
def _town_words() -> frozenset[str]:
    """The descriptive place words as written (بلدة، حي; no بلده 'his country'), but a
    state's (دولة محورية) and the capital's (العاصمة), which adjectives follow."""
    words = load_json("organisation_phrases.json")["place_types"]
    return frozenset(words) - {"دولة", "العاصمة"}


def _after_place_word(doc: Doc, tokens: list[Token], k: int) -> int | None:
    """A rare word right after a descriptive place word (بلدة، قرية، حي، مخيم): the name of the
    place that word describes, which no gazetteer needs to know."""
    tok = tokens[k]
    # A first ب that may be a clitic (بقين) is the name's, no preposition follows a place word;
    # a و or ل opens the next phrase (من ناحية وجدل، مثال حي لاحتواء).
    if k == 0 or tok.proclitics or tok.maybe in ("و", "ل", "ف"):
        return None
    prev = tokens[k - 1]
    if prev.kind != "word" or prev.article or doc.text[prev.end : tok.start] != " ":
        return None
    # The place word first: this runs on every word, and few follow one.
    whole = doc.text[prev.start : prev.end]
    towns = _town_words()
    if whole not in towns and whole[len(prev.proclitics or prev.maybe) :] not in towns:
        return None
    if _TANWEEN.intersection(doc.text[tok.start : tok.end]):
        return None
    from sijill.names.stages import word_rank

    text = tok.text(doc)
    if not tok.article and text.endswith(("ية", "ي")):
        return None  # an adjective of the place: كمدينة متوسطية، قرية نائية
    rank = word_rank(text)
    return tok.start if rank is None or rank >= _RARE else None


def _dateline(doc: Doc, tokens: list[Token], k: int) -> int | None:
    """A city that opens a line and is followed by the day or the agency (عدن 26 شوال،
    الخرطوم - سونا): the report's dateline."""
    tok = tokens[k]
    # The next token first: this runs on every word, and few are followed by a digit or dash.
    if k + 1 >= len(tokens) or tok.proclitics or tok.maybe or \
            doc.text[tokens[k + 1].start] not in _DATELINE_NEXT:
        return None
    if doc.text[max(0, tok.start - 40) : tok.start].rstrip(" \t")[-1:] not in ("", "\n"):
        return None
    text = tok.text(doc)
    return tok.start if is_bare_place(text) or is_definite_city(text) else None


def split_place_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """Places the model tagged as one over و (البصرة والناصرية) are two, unless the whole is a
    state's name (ترينيداد وتوباغو، البوسنة والهرسك)."""
    from sijill.names.places import country_keys
    from sijill.names.stages import place_score

    out: list[Span] = []
    for span in spans:
        text = doc.text[span.start : span.end]
        if span.label != "LOC" or " و" not in text or \
                " ".join(match_key(text).split()) in country_keys():
            out.append(span)
            continue
        start = span.start
        at = span.start
        for word in text.split(" "):
            if at > start and word.startswith("و") and place_score(word[1:]) >= _LISTED and \
                    place_score(doc.text[start : at - 1].rsplit(" ", 1)[-1]) >= _LISTED:
                out.append(Span(start, at - 1, span.label, span.value, dict(span.data)))
                start = at + 1
            at += len(word) + 1
        out.append(Span(start, span.end, span.label, span.value, dict(span.data)))
    return out


def with_epithets(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place the model ended before its fixed epithet (مكة | المكرمة) takes it in."""
    epithets, _ = _words()
    out: list[Span] = []
    for span in spans:
        if span.label == "LOC" and doc.text[span.end : span.end + 1] == " ":
            end = span.end + 1
            while end < len(doc.text) and doc.text[end].isalpha():
                end += 1
            if match_key(doc.text[span.end + 1 : end]) in epithets:
                span = Span(span.start, end, span.label, span.value, dict(span.data))
        out.append(span)
    return out


def state_backrefs(doc: Doc, tokens: list[Token], found: list[Span]) -> list[Span]:
    """A state called by its kind alone (في المملكة، خارج المملكة), not followed by the rest of
    its name, is a place: the state the report is about."""
    _, words = _words()
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if tok.kind != "word" or not tok.article or tok.proclitics not in ("", "ب", "و", "وب", "ف") \
                or match_key(tok.bare(doc)) not in words:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (nxt is not None and nxt.kind == "word" and nxt.article and not nxt.proclitics) or \
                any(s.start < tok.end and tok.start < s.end for s in found):
            continue
        out.append(Span(tok.stem - 2, tok.end, "LOC", None, {"cue": "state"}))
    return out


def adjectives_not_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A state's name that agrees as an adjective with the definite noun before it is no place:
    it says whose the thing is. The noun is feminine or plural (للمنتخبات السعودية، بالمنافسات
    الكويتية، الأسهم السعودية، البنوك القطرية) or the genitive of a feminine head (كرة القدم
    السعودية); a masculine one (زار الرئيس الفرنسي السعودية) leaves the name a place, and so
    does a place word (المنطقة الشرقية)."""
    from sijill.names.places import place_words

    words = place_words()
    kinds = words.trimmed | words.kept | words.parts | words.named
    out: list[Span] = []
    for span in spans:
        text = doc.text[span.start : span.end]
        if span.label == "LOC" and " " not in text and text.startswith("ال") and text.endswith("ية"):
            before = doc.text[max(0, span.start - 30) : span.start]
            if before.endswith(" ") and not before.endswith("  "):
                noun = _definite(before.split()[-1] if before.split() else "")
                said = before.split()
                head = said[-2] if len(said) > 1 else ""
                agrees = noun.endswith(("ة", "ات")) or _broken_plural(noun[2:]) or \
                    (head.endswith("ة") and not _definite(head))
                if noun and agrees and match_key(noun[2:]) not in kinds:
                    continue
        out.append(span)
    return out


def _broken_plural(word: str) -> bool:
    """A plural of the shapes أفعال، أفعل and فعول (أعمال، أسهم، بنوك), which takes a feminine
    adjective."""
    return (len(word) == 5 and word[0] in "أا" and word[3] == "ا") or \
        (len(word) == 4 and word[0] in "أا") or (len(word) == 4 and word[2] == "و")


def _definite(word: str) -> str:
    """A word as its definite form without clitics (للمنتخبات -> المنتخبات), or '' if it has no
    article."""
    for clitic in ("", "و", "ف", "ب", "ك", "وب", "فب", "وك"):
        if word.startswith(clitic + "ال"):
            return word[len(clitic):]
    if word.startswith(("لل", "ولل", "فلل")):
        return "ال" + word[word.index("لل") + 2 :]
    return ""


#: The most words of a subdivision's name (دير الزور، سيدي بوزيد، أرخبيل سقطرى).
_SUBDIVISION_WORDS = 3
#: Clitics on a subdivision word (لمحافظة، بولاية، ومحافظات) or on a listed name (وأبين).
_WORD_CLITICS = ("ول", "وب", "ل", "ب", "و", "ف")


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[frozenset[str], frozenset[str]]:
    """The subdivision words (محافظة، ولايتي) and the matching keys of the Arabic names of
    ISO 3166-2's subdivisions, each also with the article when it has none (قيروان، القيروان)."""
    words = frozenset(match_key(w) for w in load_json("organisation_phrases.json").get("subdivision_words", []))
    names: set[str] = set()
    for country in load_json("subdivisions.json")["subdivisions"].values():
        for name in country:
            key = " ".join(match_key(name).split())
            names.add(key)
            if " " not in key and not key.startswith("ال"):
                names.add("ال" + key)
    return words, frozenset(names)


@lru_cache(maxsize=1)
def _subdivision_name_words() -> frozenset[str]:
    """The words of ISO 3166-2's Arabic subdivision names (كردفان of جنوب كردفان), as keys."""
    return frozenset(w for name in _subdivisions()[1] for w in name.split())


def is_subdivision(key: str) -> bool:
    """Whether ISO 3166-2 knows the matching key as a subdivision's Arabic name (جنوب كردفان)."""
    return key in _subdivisions()[1]


def in_subdivision_name(word: str) -> bool:
    """Whether the word, as written, is a word of a subdivision's name (كردفان، دارفور), which
    reads whole even when it opens like a proclitic (كـ، بـ)."""
    return match_key(word) in _subdivision_name_words()


def _unclitic(word: str, clitics: tuple[str, ...] = _WORD_CLITICS) -> list[str]:
    """The word and its readings without a clitic (لمحافظة -> محافظة), as matching keys."""
    key = match_key(word)
    return [key, *(key[len(c):] for c in clitics if key.startswith(match_key(c)) and len(key) > len(c) + 1)]


@lru_cache(maxsize=65_536)
def _opens(word: str) -> bool:
    """Whether ``word`` is a subdivision word (لمحافظة، وولاية): asked of nearly every word of
    every sentence, so remembered by the word."""
    words = _subdivisions()[0]
    return any(w in words for w in _unclitic(word))


def subdivisions(doc: Doc, tokens: list[Token], found: list[Span], missed: list[Span]) -> list[Span]:
    """Provinces, governorates and states named after their word (لمحافظة لحج، ولاية سيدي
    بوزيد) or listed after one so named (محافظات إب والبيضاء وذمار، لمحافظتي "لحج" و"أبين"),
    which ISO 3166-2 knows by an Arabic name. A model span that is exactly such a name and not a
    place (an organisation, a person) is retyped in ``found``, where it stands; the places no
    span covers (nor one of ``missed``, the cities found so far) are returned."""
    names = _subdivisions()[1]
    out: list[Span] = []
    opened = False  # a subdivision word or a name it opened stands right before, past quotes
    joined = True  # nothing but a subdivision word, و or a comma since then: the next may be named
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        text = tok.text(doc)
        if tok.kind != "word" or (opened and text == "و"):  # و "أبين": the conjunction alone
            opened = opened and text in "\"«»'،,و"
            joined = joined or text in "،,و"
            k += 1
            continue
        listed = opened and text.startswith("و")
        named = _subdivision_at(doc, tokens, k, names, listed) if opened and (joined or listed) else None
        if named is None:
            opened = joined = _opens(text)
            k += 1
            continue
        start, last = named
        span = Span(start, tokens[last].end, "LOC", None, {"cue": "subdivision"})
        _place_span(found, missed, out, span)
        opened, joined = True, False
        k = last + 1
    return out


def _subdivision_at(doc: Doc, tokens: list[Token], k: int, names: frozenset[str],
                    listed: bool) -> tuple[int, int] | None:
    """Where a subdivision's name of one to three words starts at token ``k`` (after its و when
    it is listed: وأبين) and its last token, or None."""
    first = tokens[k].text(doc)
    heads = [(0, match_key(first))]
    if listed:
        heads.append((1, match_key(first[1:])))
    for n in range(min(_SUBDIVISION_WORDS, len(tokens) - k), 0, -1):
        run = tokens[k : k + n]
        if any(t.kind != "word" for t in run) or \
                any(doc.text[a.end : b.start] != " " for a, b in pairwise(run)):
            continue
        rest = [match_key(t.text(doc)) for t in run[1:]]
        for cut, head in heads:
            if " ".join([head, *rest]) in names:
                return tokens[k].start + cut, k + n - 1
    return None


def _place_span(found: list[Span], missed: list[Span], out: list[Span], span: Span) -> None:
    """Add a subdivision's span to ``out``, or retype the model span that is exactly it in
    ``found``; a span across its edges (a longer name) keeps it."""
    for i, other in enumerate(found):
        if other.start < span.end and span.start < other.end:
            if (other.start, other.end) == (span.start, span.end) and other.label != "LOC":
                found[i] = Span(other.start, other.end, "LOC", other.value, {**other.data, "cue": "subdivision"})
            return
    if not any(m.start < span.end and span.start < m.end for m in missed):
        out.append(span)
