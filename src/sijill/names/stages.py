"""The names stages: statistical NER mentions, then one entity per actor in the document."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from sijill.doc import Doc, Span, SpanIndex, Token
from sijill.lang import load_json, load_lines
from sijill.names.bracketed import bracketed_bodies
from sijill.names.datelines import dateline_outlets
from sijill.names.entities import group_mentions
from sijill.names.gazetteer import OrgGazetteer
from sijill.names.latin import latin_many
from sijill.names.led_bodies import led_bodies
from sijill.names.missed_places import (
    adjectives_not_places,
    in_subdivision_name,
    missed_places,
    split_place_lists,
    state_backrefs,
    with_epithets,
)
from sijill.names.name_edges import listed_people, lone_verb, whole_people
from sijill.names.ner.normalize import normalize
from sijill.names.ner.tagger import NerTagger
from sijill.names.not_names import is_listed, names_nothing
from sijill.names.orgs import Lexicon, find_phrases, lexicon, masculine_nisba, resolve_backrefs
from sijill.names.people import (
    is_common_word,
    is_finite_verb,
    is_given_name,
    is_honorific,
    is_name_part,
    is_object_after_surname,
    is_particle,
    is_run_on,
    keeps_first_letter,
    opens_like_imperfect,
    opens_phrase,
    written_whole,
)
from sijill.names.person_runs import split_known_pairs, trim_people
from sijill.names.places import country_keys, place_words, shape_place
from sijill.names.saint_places import saint_places
from sijill.names.sub_bodies import name_sub_bodies
from sijill.names.titled import titled_people
from sijill.pipeline import stage
from sijill.text.normalize import match_key

#: How often a text writes a name whole (بادي) for its first letter to be no clitic.
_REPEATED = 2
#: Rank in the news vectors under which a definite word is a common one (المملكة).
_COMMON_DEFINITE = 25_000
#: Place-gazetteer score (0-1) of a city whose first letter is no clitic (بابل، كابل).
_PLACE = 0.45

_HAMZA_ALEFS = frozenset("أإآ")

_SPLITTERS = frozenset("-–—_،,؛;:/()[]«»\"“”")

#: ANERcorp's tag names -> the record's entity types.
TYPES = {"PERS": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@lru_cache(maxsize=1)
def tagger() -> NerTagger:
    """The shipped NER model, loaded once."""
    return NerTagger.load()


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    return tagger().features.emb_words


def place_score(word: str) -> float:
    """How well the model's place gazetteer (GeoNames cities) knows a word, 0-1."""
    return _gazetteers().get("place", {}).get(normalize(word), 0.0)


def word_rank(word: str) -> int | None:
    """How common a word is in the model's news vectors (0 = most common), or None if unseen."""
    return _ranks().get(normalize(word))


@lru_cache(maxsize=1)
def _gazetteers() -> dict[str, dict[str, float]]:
    return tagger().features.gazetteers


def _mention_start(doc: Doc, tok: Token, label: str = "",
                   words: Mapping[str, int] | None = None, after: str = "",
                   spelled: frozenset[str] = frozenset()) -> int:
    """Where a name starts inside its first token: after certain proclitics, and after a
    possible conjunction when the rest is the more common word (ومحمد, not وليد) and the whole
    is no given name (باسم). ``words`` count the document's own words: a person's name the text
    also writes bare (بارتوميو beside وبارتوميو) loses the clitic; a name it writes whole again
    and again (بادي, never ادي) keeps its first letter, and so does a name right after a
    preposition, a title or a place word (``after``: البروفيسور ويدي، مدينة باغا) or one the text
    writes there elsewhere (``spelled``)."""
    if tok.kind == "clitic":
        return tok.end
    clitics = tok.proclitics or tok.maybe
    text = tok.text(doc)
    if label == "PERS" and (glued := _glued_honorific(text)):
        return tok.start + glued  # الدكتورعبدالله: the title written onto the given name
    if clitics and label == "ORG" and _indefinite_head(after):
        return tok.start  # جريدة فوليا: a head's genitive takes no proclitic
    if clitics and label in ("PERS", "LOC", "ORG") and \
            keeps_first_letter(after, text, clitics, spelled, _definite_word(tok, text, clitics)):
        return tok.start
    if text[:1] in ("و", "ف") and text[1:2] in _HAMZA_ALEFS and len(text) > 3:
        return tok.start + 1  # no word begins و/ف + أ: وأتسوتوشي is و + the name
    if label == "PERS" and clitics:
        text = tok.text(doc)
        for cut in range(len(clitics)):  # وباسم: و, then the given name باسم
            if is_given_name(text[cut:], _gazetteers()):
                return tok.start + cut
        # A foreign name the name tables know whole and not without its first letter (كونور،
        # بيرنز، لوكاس) keeps it: ك or ب before a name is rarer than a name that opens so.
        if text[:1] in ("ك", "ب", "ل") and is_name_part(text, _gazetteers()) and \
                not any(is_name_part(text[cut:], _gazetteers()) for cut in range(1, len(clitics) + 1)):
            return tok.start
    if clitics and label in ("PERS", "LOC", "ORG"):
        kept = _kept_whole(tok.text(doc), clitics, label, words or {})
        if kept is not None:
            return tok.start + kept
    if tok.proclitics:
        return tok.start + len(tok.proclitics)
    if tok.maybe:
        ranks = _ranks()
        word = normalize(doc.text[tok.start : tok.end])
        for cut in range(len(tok.maybe), 0, -1):
            rest = ranks.get(word[cut:])
            whole = ranks.get(word)
            if rest is not None and (whole is None or rest < whole):
                return tok.start + cut
    return tok.start


def _indefinite_head(word: str) -> bool:
    """A head of an organisation's name without the article (صحيفة، وكالة، شركة), bare: the
    name after it is its genitive."""
    return bool(word) and not word.startswith(("ال", "و", "ب", "ل", "ف", "ك")) and \
        match_key(word) in lexicon().heads


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    """Honorifics with the article (الدكتور، المهندس), longest first: those a writer may glue
    to the name after them."""
    words = [w for w in load_lines("honorifics.txt") if w.startswith("ال") and " " not in w]
    return tuple(sorted(words, key=len, reverse=True))


def _glued_honorific(word: str) -> int:
    """The length of an honorific written onto a given name with no space (الدكتورعبدالله،
    المهندسةسارة), else 0. The rest must be a given name the tables know, or a compound one."""
    for title in _honorifics():
        rest = word[len(title) :]
        if word.startswith(title) and len(rest) >= 3 and \
                (is_given_name(rest, _gazetteers()) or (rest.startswith("عبد") and len(rest) >= 6)):
            return len(title)
    return 0


def _definite_word(tok: Token, text: str, clitics: str) -> bool:
    """Whether the token is a clitic and a common word with the article (بالمملكة), not a name
    that opens like one (كاليفورنيا، فالنسيا: the model's vectors hardly know the rest)."""
    if not tok.article:
        return False
    rank = word_rank(text[len(clitics) :])
    return rank is not None and rank < _COMMON_DEFINITE


def _kept_whole(text: str, clitics: str, label: str, words: Mapping[str, int]) -> int | None:
    """Where a name starts in ``text`` by what the document and the gazetteers say, or None to
    decide by word frequency: after the clitic when the text also writes the rest bare (بارتوميو
    beside وبارتوميو); at the first letter of a person's name that a name table knows and the
    text writes whole again and again, never the rest (بادي), or of a known city whose rest is
    no place (بابل، كابل). Places listed after و (كردفان ودارفور) are written with it often."""
    rests = [cut for cut in range(len(clitics), 0, -1) if text[cut:] in words]
    if rests:
        return rests[0]
    if label == "PERS" and words.get(text, 0) >= _REPEATED and is_name_part(text, _gazetteers()):
        return 0
    if label == "LOC" and in_subdivision_name(text) and not any(in_subdivision_name(text[c:]) for c in (1, 2)):
        return 0  # جنوب كردفان: ISO knows the whole word, not ردفان
    whole = place_score(text)
    if label == "LOC" and whole >= _PLACE and \
            all(place_score(text[cut:]) < whole for cut in range(1, len(clitics) + 1)):
        return 0
    return None


def _split_at_punctuation(doc: Doc, tokens: list[Token], tags: list[str]) -> list[str]:
    """A name does not run across punctuation: in lists like "أ- ب" each side is a name."""
    out = list(tags)
    for i, tok in enumerate(tokens):
        if tok.kind in ("punct", "other") and doc.text[tok.start] in _SPLITTERS and out[i] != "O":
            out[i] = "O"
            if i + 1 < len(out) and out[i + 1].startswith("I-"):
                out[i + 1] = "B-" + out[i + 1][2:]
    return out


@lru_cache(maxsize=1)
def _kinship() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_lines("kinship.txt"))


def _split_at_kinship(doc: Doc, tokens: list[Token], tags: list[str]) -> list[str]:
    """Two people the model ran together over a word of kinship (سراج الدين حقاني نجل جلال
    الدين حقاني) are two names: the word is neither's."""
    out = list(tags)
    kin = _kinship()
    for i, tok in enumerate(tokens):
        if out[i] == "I-PERS" and tok.kind == "word" and \
                match_key(tok.text(doc)).removeprefix("و") in kin:
            out[i] = "O"
            if i + 1 < len(out) and out[i + 1] == "I-PERS":
                out[i + 1] = "B-PERS"
    return out


def _before_phrase(doc: Doc, tokens: list[Token], first: int, last: int) -> int:
    """The last token of a person's name that the model ran on into a preposition phrase
    (راشد الراشد بأسمى آيات): the name ends before the phrase's first word."""
    for k in range(first + 1, last + 1):
        if tokens[k].kind == "word" and opens_phrase(tokens[k].text(doc), _gazetteers(), _ranks()):
            return k - 1
    return last


def _spans(doc: Doc, tokens: list[Token], tags: list[str],
           words: Mapping[str, int] | None = None, spelled: frozenset[str] = frozenset()) -> list[Span]:
    tags = _split_at_kinship(doc, tokens, _split_at_punctuation(doc, tokens, tags))
    spans: list[Span] = []
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        label = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == f"I-{label}":
            j += 1
        first, last = i, j - 1
        while first <= last and tokens[first].kind in ("clitic", "punct"):
            first += 1
        while label == "PERS" and first < last and is_particle(tokens[first].text(doc)):
            first += 1  # the model took in the particle before the name (بين عمر الشريف)
        while label == "PERS" and first < last and _nationality(doc, tokens[first]):
            first += 1  # the person's nationality before the name (كالبرازيلي | فلان)
        while last >= first and tokens[last].kind == "punct":
            last -= 1
        if label == "PERS":
            last = _before_phrase(doc, tokens, first, last)
        while label in ("LOC", "PERS") and first < last and _accusative_after_place(tokens[last].text(doc)):
            last -= 1  # محافظة إربد | بيانا، فلان الفلاني | كشفا: the verb's object after the name
        # A title before the next name the model tagged opens that name (بجاكرتا البروفيسور |
        # ويدي); one that is also a name's part stays (عزت الشيخ | سعيد، ولد الشيخ).
        while label == "PERS" and first < last and j < len(tags) and tags[j] == "B-PERS" and \
                is_honorific(tokens[last].text(doc)) and \
                not is_name_part(tokens[last].text(doc), _gazetteers()):
            last -= 1
        while label == "PERS" and first < last and (
                is_run_on(tokens[last].text(doc), _gazetteers(), _ranks()) or
                is_finite_verb(tokens[last].text(doc), _gazetteers(), _ranks()) or
                opens_like_imperfect(tokens[last].text(doc), _gazetteers(), _ranks()) or
                is_object_after_surname(tokens[last - 1].text(doc), tokens[last].text(doc),
                                        _gazetteers(), _ranks())):
            last -= 1  # the word after the name: نائباً، لمنصب، التهاني
        if label == "PERS" and first == last and \
                is_common_word(tokens[first].text(doc), _gazetteers(), _ranks()):
            first = last + 1  # a lone frequent word no name table knows (يشغل، يسرني): no name
        if first <= last and label in TYPES:
            start = _mention_start(doc, tokens[first], label, words,
                                   _word_before(doc, tokens, first), spelled)
            if start < tokens[last].end:
                spans.append(Span(start, tokens[last].end, TYPES[label]))
        i = j
    return _split_listed_people(doc, _join_adjacent_people(doc, spans))


#: Words of each person's name for a tagged name to be read as two people joined by و.
_LISTED_WORDS = 2


def _split_listed_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name the model ran across و into the next person's (فلان الفلاني وعلي
    العلاني, in a list of players or members) is two names: و on a word whose rest is a
    well-attested given name and the whole none (وليد، وائل stay), two words or more on each
    side."""
    out: list[Span] = []
    for span in spans:
        words = doc.text[span.start : span.end].split(" ")
        cut = next((k for k in range(_LISTED_WORDS, len(words) - _LISTED_WORDS + 1)
                    if words[k].startswith("و") and is_given_name(words[k][1:], _gazetteers()) and
                    not is_given_name(words[k], _gazetteers())), None)
        if span.label != "PERSON" or cut is None:
            out.append(span)
            continue
        left = len(" ".join(words[:cut]))
        right = span.start + left + 2  # after the space and و
        out.append(Span(span.start, span.start + left, "PERSON"))
        out.append(Span(right, span.end, "PERSON"))
    return out


def _accusative_after_place(word: str) -> bool:
    """A common noun in the accusative, its alef written (بيانا، دعما، كشفا), that the model ran a
    place or a person into: no name table knows it, news writes it, and uses the bare noun often.
    Not a country or a city
    (كندا), nor a nisba's feminine land name (روسيا، تركيا، أفريقيا: روسي، تركي)."""
    if not word.endswith("ا") or len(word) < _RUN_ON_LEN:
        return False
    stem = word[:-1]
    if stem.endswith("ي") or match_key(word) in country_keys() or place_score(word) >= _PLACE:
        return False
    rank = word_rank(stem)
    return rank is not None and rank < _COMMON_DEFINITE and word_rank(word) is not None and \
        not is_name_part(word, _gazetteers())


def _nationality(doc: Doc, tok: Token) -> bool:
    """A definite nationality adjective (البرازيلي، والتونسية), which describes the person named
    after it and is no part of the name (annotation.md)."""
    if tok.kind != "word" or not tok.article:
        return False
    key = match_key(tok.bare(doc))[2:]
    return (key[:-1] if key.endswith("يه") else key) in lexicon().nationalities


#: A dotted abbreviation written in Arabic letters (إيه.بي.سي، إم.إس.سي.آي، دي.كي.إنترناشيونال).
_DOTTED = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)+")
#: Letters of an initial in a dotted abbreviation (بي، إيه، إس).
_INITIAL = 3


def _whole_abbreviations(doc: Doc, spans: list[Span]) -> list[Span]:
    """A mention the model tagged inside a dotted abbreviation (بي of إيه.بي.سي) is the whole
    abbreviation, once; a sentence's end with no space after it (القاهرة.وقال) is none, as an
    abbreviation has at least two initials."""
    out: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        while start > 0 and (doc.text[start - 1].isalpha() or doc.text[start - 1] == "."):
            start -= 1
        while end < len(doc.text) and (doc.text[end].isalpha() or doc.text[end] == "."):
            end += 1
        chunk = _DOTTED.fullmatch(doc.text[start:end].strip("."))
        if (start, end) != (span.start, span.end) and chunk is not None and \
                sum(len(piece) <= _INITIAL for piece in chunk.group().split(".")) >= 2:
            start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip("."))
            name = chunk.group()
            if name[0] in ("و", "ف") and len(name.split(".")[0]) <= _INITIAL + 1:
                start, name = start + 1, name[1:]  # وبي.إف.أيه: و and the first initial
            span = Span(start, start + len(name), span.label, span.value, span.data)
            if out and out[-1].start == span.start:
                continue
        out.append(span)
    return out


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 .&'-]*")


def _latin_gloss(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """A model ORG in Latin letters that is a gloss, a title or a term (تقنية إلغاء الضجيج (Active
    Noise Cancellation)، فيلم «The Chaser»، a film list's lines), not a body: a body written so is
    an acronym or in capitals (FATF، MBC، "AEGEAN AIRLINES") or written after a head noun
    (مؤسسة "Star Alliance"، شركة SocialBakers)."""
    text = doc.text[span.start : span.end]
    if _LATIN.fullmatch(text) is None or text.isupper():
        return False
    before = doc.text[max(0, span.start - 30) : span.start].rstrip()
    words = before.rstrip("\"'«“(").split()  # شركة SocialBakers، مؤسسة "Star Alliance"
    return not words or _undef_key(match_key(words[-1])) not in lex.quote_heads


def _word_before(doc: Doc, tokens: list[Token], k: int) -> str:
    """The word right before ``tokens[k]`` with only a space between, else ''."""
    if k == 0 or tokens[k - 1].kind != "word" or doc.text[tokens[k - 1].end : tokens[k].start] != " ":
        return ""
    return tokens[k - 1].text(doc)


def _join_adjacent_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two people the model tagged side by side with only a space between are one long name
    (طارق عبدالرحمن | عبدالقادر فقيه): news separates two people by و or punctuation."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label == span.label == "PERSON" and \
                doc.text[prev.end : span.start] == " ":
            out[-1] = Span(prev.start, span.end, "PERSON")
        else:
            out.append(span)
    return out


@stage("ner", needs=("tokens", "sentences"), adds=("mentions",))
def add_mentions(doc: Doc) -> Doc:
    """Tag names of persons, organisations, places and other entities with the shipped model."""
    groups = doc.sentence_tokens()
    words = [[doc.text[t.start : t.end] for t in g] for g in groups]
    mentions: list[Span] = []
    bare = Counter(w for ws in words for w in ws)
    spelled = written_whole(words)
    for group, tags in zip(groups, tagger().tag(words)):
        found = _whole_abbreviations(doc, _spans(doc, group, tags, bare, spelled))
        found = with_epithets(doc, split_place_lists(doc, found))
        found = adjectives_not_places(doc, found)
        found += missed_places(doc, group, found)
        found += state_backrefs(doc, group, found)
        mentions.extend(found)
    mentions += dateline_outlets(doc, mentions)
    mentions.sort(key=lambda s: (s.start, s.end))
    # An abbreviation the sentence splitter cut at its dots (إيه. | بي. | سي) was made whole once
    # in each piece.
    mentions = [m for k, m in enumerate(mentions)
                if not (k and (mentions[k - 1].start, mentions[k - 1].end) == (m.start, m.end))]
    doc.layers["mentions"] = led_bodies(doc, groups, merge_mentions(doc, mentions), _gazetteers(), _ranks())
    return doc


_TANWEEN = frozenset("\u064b\u064c\u064d")


def _cut_at_head(doc: Doc, span: Span, lex: Lexicon) -> Span:
    """A model ORG span that opens with a definite head and runs on with a non-adjective
    (الحزب اجتماعها الدوري) is only the head: a back-reference."""
    words = doc.text[span.start : span.end].split()
    if len(words) < 2:
        return span
    first, second = match_key(words[0]), match_key(words[1])
    if first.startswith("ل") and doc.text[span.start - 1 : span.start] == "ل":
        first = "ا" + first  # للحزب: the span starts at the article's ل
    if not first.startswith("ال") or first[2:] not in lex.heads:
        return span
    # A masculine adjective after a feminine head (موقع الجمعية الإلكتروني) is the noun before's.
    if second.startswith("ال") and lex.is_adjective(second) and \
            not (words[0].endswith("ة") and masculine_nisba(words[1])):
        return span
    return Span(span.start, span.start + len(words[0]), span.label, span.value, span.data)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Finite verbs of events and speech (التقى، يلتقي، أكد): a name never goes on through one.
    بين is also the preposition (لجنة التنسيق بين الوزارات), so it is left out."""
    data = load_json("claims.json")
    kinds = [kind for kind in data["events"].values() if isinstance(kind, dict)]
    words = [w for kind in kinds for key, ws in kind.items() if key.endswith("verbs") for w in ws]
    words += data["speech_verbs"]
    return frozenset(match_key(w) for w in words) - {match_key("بين")}


def _cut_at_verb(doc: Doc, span: Span) -> Span:
    """An ORG span that runs on into a verb (حركة النهضة التقى أعضاؤه، مركز الإغاثة يلتقي
    أمين المنظمة، النادي سيخوض), a date (الشركة | العام الماضي) or into the sentence after its
    name ends (المركز | تنطلق جهوده) ends before it."""
    verbs = _verbs()
    offset = span.start
    words = doc.text[span.start : span.end].split(" ")
    # A one-word day (اليوم) may be a paper's name (صحيفة اليوم، عين اليوم); العام الماضي is none.
    days = {d.start for d in doc.layers.get("dates", []) if " " in doc.text[d.start : d.end].strip()}
    for k, word in enumerate(words):
        if k and (match_key(word) in verbs or is_finite_verb(word, _gazetteers(), _ranks()) or
                  offset in days or
                  (is_particle(word) and word not in _NAMING_PARTICLES) or
                  _after_complete_name(words[k - 1], word)):
            end = len(doc.text[: offset].rstrip())
            return Span(span.start, end, span.label, span.value, span.data)
        offset += len(word) + 1
    return span


#: Particles that a body's name may hold (لجنة التنسيق بين الوزارات، التحالف الدولي ضد داعش).
#: أن and إن also spell initials (سي إن إن، بي أن بي).
_NAMING_PARTICLES = frozenset({"بين", "حول", "ضد", "نحو", "تجاه", "أن", "إن", "إذ"})
#: Letters that may open a word as a proclitic: a word that opens with one may be a complement.
_PROCLITIC_LETTERS = frozenset("وفبلك")
#: The shortest word read as a run-on after a complete name: shorter ones are particles (قد، لم).
_RUN_ON_LEN = 4


def _after_complete_name(before: str, word: str) -> bool:
    """A bare indefinite word that news uses often and no name table knows, after a definite
    word or a proper name: no genitive or adjective of a complete name is indefinite, so the
    name has ended and a verb or a noun of the sentence follows (مركز الملك فهد تنطلق، نادي
    الهلال يخسر). Words that open like a proclitic (لرعاية، وللتنمية) may be complements."""
    if len(word) < _RUN_ON_LEN or word[:1] in _PROCLITIC_LETTERS or word.startswith("ال") or \
            not word.isalpha() or is_particle(word) or word in _org_stops() or word in _foreign_name_words():
        return False
    if not is_common_word(word, _gazetteers(), _ranks()) or place_score(word) >= _PLACE or \
            word.startswith("عبد"):
        return False  # عبدالعزيز is a given name written whole, which the tables list apart
    key = match_key(before)
    if key in lexicon().eponym_titles:
        return False  # جامعة الملك سعود: a person's name after the title, common as it is
    if key.startswith(("ال", "لل")):
        return True
    # A head or a place word (نادي، مدينة) is no proper name, though a noisy table lists it.
    kinds = place_words()
    if _undef_key(key) in lexicon().heads or key in kinds.trimmed | kinds.kept | kinds.named:
        return False
    return is_given_name(before, _gazetteers()) or place_score(before) >= _PLACE


@lru_cache(maxsize=1)
def _foreign_name_words() -> frozenset[str]:
    """Words of foreign names in Arabic letters that continue a name (فوكس نيوز)."""
    return frozenset(load_json("organisation_phrases.json")["foreign_name_words"])


@lru_cache(maxsize=1)
def _org_stops() -> frozenset[str]:
    return frozenset(load_json("organisation_phrases.json")["stop"])


def _place_not_org(doc: Doc, span: Span) -> Span:
    """A model ORG that is a country's name (CLDR: المملكة العربية السعودية) is a place. A city's
    name stays: clubs and papers are named after cities (برشلونة، الجزيرة)."""
    key = " ".join(match_key(doc.text[span.start : span.end]).split())
    if key in country_keys():
        return Span(span.start, span.end, "LOC", span.value, span.data)
    return span


def _with_head(doc: Doc, span: Span, lex: Lexicon, before: Mapping[int, Token]) -> Span:
    """A model ORG span right after an indefinite head (لشركة | زين للاتصالات، ومؤسسة | الفجر)
    is the head's complement: the name starts at the head, after its proclitics. A span that
    opens with a head of its own (حكومة | حزب الله) is another body and stays as it is."""
    tok = before.get(span.start - 1)
    if tok is None or doc.text[span.start - 1] != " ":
        return span
    head = lex.head_of(doc, tok)
    # قوات | الحلف الأطلسي: the forces of a body are not a body of their own.
    if head is None or head[1] or head[0] in lex.ambiguous or head[0] in lex.force_heads:
        return span
    first = doc.text[span.start : span.end].split(" ", 1)[0]
    if _undef_key(match_key(first)) in lex.heads:
        return span
    return Span(head[2], span.end, span.label, span.value, span.data)


def _undef_key(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def merge_mentions(doc: Doc, mentions: list[Span]) -> list[Span]:
    """The model's mentions joined with known organisations and organisation-shaped phrases.

    A gazetteer name replaces the model ORG/MISC spans it overlaps; a phrase (``orgs``)
    replaces model spans it overlaps when they are ORG/MISC or lie inside it (the LOC in
    ``حزب سوريا المستقبل``). Neither overrides a PERSON or LOC the model found across its
    edge. LOC spans lose a leading place word (``مدينة الطبقة`` -> ``الطبقة``) or take in one
    that makes a place of its own (``منطقة القصيم``، ``ريف دمشق``).
    """
    lex = lexicon()
    # A word with tanween (حواريًا، لقاءً) is an indefinite common noun or adjective, never a name.
    mentions = [m for m in mentions if not (doc.text[m.start : m.end].count(" ") == 0 and
                                            _TANWEEN.intersection(doc.text[m.start : m.end]))]
    place_kinds = place_words()
    mentions = saint_places(doc, mentions)
    mentions = [shape_place(doc, m, place_kinds) if m.label == "LOC" else m for m in mentions]
    places = _gazetteers().get("place", {})
    mentions = [m for m in mentions if not names_nothing(doc.text[m.start : m.end], m.label, places)]
    mentions = [m for m in mentions if not (m.label == "ORG" and _latin_gloss(doc, m, lex))]
    # A bare indefinite head alone (تنظيم | «داعش»، حزب | "النور") names no body: it is the cue
    # of the quoted name after it, or a common noun.
    bare_heads = lex.heads | lex.quote_heads
    mentions = [m for m in mentions if not (m.label == "ORG" and match_key(doc.text[m.start : m.end]) in bare_heads)]
    mentions = [_place_not_org(doc, m) if m.label == "ORG" else m for m in mentions]
    # A place word the model tagged apart (ريف | دمشق) is now inside the place it names.
    mentions = [m for k, m in enumerate(mentions) if not any(
        o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
        for o in mentions[max(0, k - 2) : k + 3])]
    mentions = [_cut_at_head(doc, _cut_at_verb(doc, m), lex) if m.label == "ORG" else m
                for m in mentions]
    before = {t.end: t for t in doc.tokens}
    mentions = [_with_head(doc, m, lex, before) if m.label == "ORG" else m for m in mentions]
    known = [Span(s, e, "ORG", None, {"canonical": c}) for s, e, c in OrgGazetteer.load().find(doc.text)]
    # ى reads as the nisba ي in matching keys, so a chain may take التقى for an adjective.
    # A phrase by shape may be a common thing too (التيار الكهربائي): the same lists apply.
    phrases = [_cut_at_verb(doc, p) for p in find_phrases(doc, lex)
               if not is_listed(doc.text[p.start : p.end])]
    # A phrase that runs past a known name is a longer name (مجلس الأمن القومي), and wins.
    # Indexed, not scanned: a long document has thousands of each (see SpanIndex).
    known_at, mentions_at, chosen_at = SpanIndex(known), SpanIndex(mentions), SpanIndex()
    longer = [p for p in phrases if any(p.start <= k.start and k.end <= p.end and
                                        (p.start, p.end) != (k.start, k.end)
                                        for k in known_at.overlapping(p.start, p.end))]
    chosen: list[Span] = []
    for cand in longer + known + phrases:
        if chosen_at.overlapping(cand.start, cand.end):
            continue
        # A phrase or a known name holds a place or a person the model found inside it (حزب
        # سوريا المستقبل، جماعة بوكو حرام); neither takes one the model found across its edge.
        inside = cand.data.get("rule") is not None or "canonical" in cand.data
        if any(m.label in ("PERSON", "LOC")
               and not (inside and cand.start <= m.start and m.end <= cand.end)
               for m in mentions_at.overlapping(cand.start, cand.end)):
            continue
        chosen.append(cand)
        chosen_at.add(cand)
    out = [m for m in mentions if not chosen_at.overlapping(m.start, m.end)]
    out.extend(chosen)
    out.sort(key=lambda s: (s.start, s.end))
    return out


#: Words that link a name to the next part (فلان بن فلان، أبو فلان): no name ends on one.
_NAME_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "أم", "ولد", "آل", "عبد"))


def _cut_at_titles(doc: Doc, mentions: list[Span]) -> list[Span]:
    """A person's name ends where a post begins: the model runs names into the post after
    them (شعيب أمين الصندوق), and the titles stage knows the posts."""
    # Honorifics (الشيخ، السيد) are also parts of names: ولد الشيخ، آل الشيخ.
    titles = sorted(t.start for t in doc.layers.get("titles", []) if t.data.get("kind") == "post")
    if not titles:
        return mentions
    posts = SpanIndex([t for t in doc.layers.get("titles", []) if t.data.get("kind") == "post"])
    out: list[Span] = []
    for m in mentions:
        if m.label == "PERSON" and any(t.start <= m.start and m.end <= t.end
                                       for t in posts.overlapping(m.start, m.end)):
            continue  # the post alone (ولي العهد), tagged as a person
        k = bisect_right(titles, m.start)
        if m.label == "PERSON" and k < len(titles) and titles[k] < m.end:
            end = len(doc.text[: titles[k]].rstrip())
            # A name that would end in بن/أبو (إياد بن أمين مدني) goes on: the post word is
            # the father's name.
            last = doc.text[m.start : end].rsplit(" ", 1)[-1]
            if end > m.start and " " in doc.text[m.start : m.end] and \
                    match_key(last) not in _NAME_LINKS:
                m = Span(m.start, end, m.label, m.value, m.data)
        out.append(m)
    return out


def _family_names(doc: Doc, mentions: list[Span]) -> list[Span]:
    """A name the model ended at the father's name (فهد بن عبدالله) takes the family name
    right after it (المقبل) when that is a known surname or no common word."""
    taken = sorted([(m.start, m.end) for m in mentions] +
                   [(t.start, t.end) for t in doc.layers.get("titles", [])])
    starts = [s for s, _ in taken]
    out: list[Span] = []
    for m in mentions:
        words = doc.text[m.start : m.end].split()
        if m.label == "PERSON" and len(words) >= 3 and words[-2] == "بن":
            m = _with_family_name(doc, m, taken, starts)
        out.append(m)
    return out


def _with_family_name(doc: Doc, m: Span, taken: list[tuple[int, int]], starts: list[int]) -> Span:
    at = m.end + 1
    if doc.text[m.end : at] != " ":
        return m
    end = at
    while end < len(doc.text) and doc.text[end].isalpha():
        end += 1
    word = doc.text[at:end]
    k = bisect_right(starts, at) - 1
    if not word.startswith("ال") or (k >= 0 and taken[k][0] <= at < taken[k][1]) or \
            is_common_word(word, _gazetteers(), _ranks()):
        return m
    return Span(m.start, end, m.label, m.value, m.data)


@stage("entities", needs=("mentions", "titles"), adds=("entities",))
def add_entities(doc: Doc) -> Doc:
    """Group mentions into one entity per actor, named by its fullest form, with the people
    named right after a title that the model missed; tie back-references (الهيئة، التجمع) to
    the organisation they stand for."""
    mentions = whole_people(doc, _family_names(doc, _cut_at_titles(doc, doc.layers.get("mentions", []))),
                            _gazetteers(), _ranks())
    mentions = [m for m in mentions if not (m.label == "PERSON" and lone_verb(doc, m))]
    mentions = split_known_pairs(doc, trim_people(doc, mentions, _verbs(), _gazetteers(), _ranks()))
    bracketed = bracketed_bodies(doc, mentions)
    if bracketed:
        mentions = sorted(mentions + bracketed, key=lambda s: (s.start, s.end))
        doc.layers["mentions"] = mentions
    listed = listed_people(doc, mentions, _gazetteers(), _ranks())
    if listed:
        # A list item the model tagged short (وطالب | الكعبي) is now the whole item.
        listed_at = SpanIndex(listed)  # indexed: a long list has many items
        mentions = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end
                                                   for s in listed_at.overlapping(m.start, m.end))]
        mentions = sorted(mentions + listed, key=lambda s: (s.start, s.end))
        doc.layers["mentions"] = mentions
    titled = [s for s in titled_people(doc, mentions, tagger().features.gazetteers) if not lone_verb(doc, s)]
    if titled:
        mentions = sorted(mentions + titled, key=lambda s: (s.start, s.end))
        doc.layers["mentions"] = mentions
    doc.entities = resolve_backrefs(doc, group_mentions(doc, mentions))
    name_sub_bodies(doc, doc.entities)
    people = [ent for ent in doc.entities if ent.type == "PERSON"]
    for ent, spelled in zip(people, latin_many([ent.name for ent in people]), strict=True):
        if spelled:
            ent.data["latin"] = spelled
    return doc
