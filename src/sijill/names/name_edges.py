"""A person's name the model ended one word short, before or after.

The model leaves out a rare family name at the end (خالد محفوظ | بحاح، ذبيح الله | مجاهد المتحدث)
and a given name at the start, most of all after a clitic (ل|زيد رعد الحسين، عينت أختر | محمد
منصور). A word after the name is the name's when the name tables attest it, news does not use
it as a common word, and the name plainly ends after it: at punctuation, a post's title or a
post in the accusative (عضواً). A word before it is when it is a well-attested given name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache

from sijill.doc import Doc, Span, SpanIndex, Token
from sijill.lang import load_json
from sijill.names.ner.normalize import normalize
from sijill.names.people import is_common_word, is_given_name, is_honorific, is_name_part, is_run_on
from sijill.text.normalize import match_key

Gazetteers = Mapping[str, Mapping[str, float]]

#: Punctuation after which a name has plainly ended.
_ENDS = frozenset("،,.:؛;()«»\"")
#: Clitics written on a given name before a person's name (لزيد، وزيد، بزيد).
_CLITICS = ("و", "ل", "ب")
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: Rank in the news vectors under which a word is too common to be a left-out family name.
_FREQUENT = 1000
#: Rank from which a word is rare enough to be a name's before a definite word (أخند زاده
#: المسؤول), where a commoner word is a noun with its genitive (سبل التعاون).
_RARE = 20_000
#: Words of a military rank written after it (العقيد الركن، اللواء الركن), never a first name.
_RANK_PARTS = frozenset({match_key("الركن"), match_key("البحري"), match_key("الطيار")})
#: Words that link a name's parts (فلان ولد فلان، أولاد علي، بن، أبو): no name ends on one.
_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "ولد", "أولاد", "أبو", "ابو", "آل", "عبد"))
#: The most words a name takes at its end.
_MAX_TAIL = 2


def whole_people(doc: Doc, mentions: list[Span], gazetteers: Gazetteers,
                 ranks: Mapping[str, int]) -> list[Span]:
    """``mentions`` with each person's name grown by the word the model left at either end."""
    tokens = doc.tokens
    at = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    taken = SpanIndex([*mentions, *doc.layers.get("titles", []), *doc.layers.get("dates", [])])
    titles = {t.start for t in doc.layers.get("titles", [])}
    # Titles after which the next word opens a name: an honorific or a definite post (الدكتور،
    # النائبة), not a post in construct (محافظ القرى) nor a verb or verbal noun (وترأس، بقيادة).
    title_ends = {t.end for t in doc.layers.get("titles", []) if not t.data.get("phrase") and
                  (t.data.get("kind") == "honorific" or doc.text[t.start : t.end].split()[-1].startswith("ال"))}
    days = {d.start for d in doc.layers.get("dates", [])}
    places = {doc.text[m.start : m.end] for m in mentions if m.label in ("LOC", "ORG")}
    out: list[Span] = []
    for m in mentions:
        m = _without_time_of_day(doc, m, days)
        if m.label == "PERSON" and m.start in at and m.end in ends and \
                (" " in doc.text[m.start : m.end] or _after_given_in_alef_maqsura(doc, tokens, at[m.start], gazetteers)):
            first, last = at[m.start], ends[m.end]
            if _opens_with_verb(doc, tokens, first):
                first += 1  # كما طالب فلان الحكومة: the verb, not the given name طالب
            elif _swallowed(doc, tokens, first, last, gazetteers, ranks) or \
                    _place_swallowed(doc, tokens, first, last, gazetteers, places):
                first += 1  # في موبايلي خليفة الشامسي: the body's name, then the person's
            end = _tail(doc, tokens, last, taken, titles, gazetteers, ranks)
            start = _head(doc, tokens, first, taken, gazetteers, ranks)
            if start == m.start and _titled_first_name(doc, tokens, first, taken, title_ends, gazetteers, ranks):
                start = tokens[first - 1].start
            if (start, end) != (m.start, m.end):
                m = Span(start, end, m.label, m.value, dict(m.data))
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _times_of_day() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("not_names.json").get("times_of_day", []))


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Weekdays and the days named from today (الأحد، اليوم، أمس), as matching keys."""
    weekdays = load_json("months.json")["weekdays"].values()
    relative = load_json("dates.json")["relative_days"]
    return frozenset(match_key(w) for w in [*(d for days in weekdays for d in days), *relative])


def _without_time_of_day(doc: Doc, m: Span, days: set[int]) -> Span:
    """A name that the model ran into the part of the day after it (هادي صباح الأحد، الحركة
    مساء أمس) ends before that word: a day follows it, which a given name (صباح) does not."""
    text = doc.text[m.start : m.end]
    cut = text.rfind(" ")
    if cut < 0 or match_key(text[cut + 1 :]) not in _times_of_day():
        return m
    rest = doc.text[m.end : m.end + 12]
    if not rest.startswith(" "):
        return m
    if m.end + 1 not in days and match_key(rest[1:].split(" ", 1)[0]) not in _day_words():
        return m
    return Span(m.start, m.start + len(text[:cut].rstrip()), m.label, m.value, dict(m.data))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The words that end an organisation's name (على، في، اليوم) and the nouns of an office
    that follow a person's (منصب، وظيفة), as written: by matching key على would be علي."""
    return frozenset(load_json("organisation_phrases.json")["stop"]) | \
        frozenset(load_json("not_names.json").get("after_names", []))


def _free(taken: SpanIndex, tok: Token) -> bool:
    return tok.kind == "word" and not taken.overlapping(tok.start, tok.end)


def _name_word(doc: Doc, tok: Token, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """A family name's word: attested by a name table, no particle (على reads as علي) and no
    word news uses often (منصب، وظيفة), whatever name table lists it."""
    word = tok.text(doc)
    if tok.proclitics or word in _particles() or _TANWEEN.intersection(word):
        return False
    rank = ranks.get(normalize(word))
    return is_name_part(word, gazetteers) and (rank is None or rank >= _FREQUENT) and \
        not is_run_on(word, gazetteers, ranks)  # عقدا: a frequent noun's accusative


def _tail(doc: Doc, tokens: list[Token], last: int, taken: SpanIndex, titles: set[int],
          gazetteers: Gazetteers, ranks: Mapping[str, int]) -> int:
    """Where the name ends: after one or two name words the model left out, when the name
    plainly ends right after them, else where the model ended it."""
    end = tokens[last].end
    k = last + 1
    if _ends_on_link(doc, tokens, last, taken, gazetteers):
        return tokens[k].end  # أنور أولاد | علي: a name goes on after its link, however common
    while k < len(tokens) and k - last <= _MAX_TAIL and doc.text[tokens[k - 1].end : tokens[k].start] == " " \
            and _free(taken, tokens[k]) and _name_word(doc, tokens[k], gazetteers, ranks):
        k += 1
    if k == last + 1:
        return end
    if k < len(tokens) and not _ended_by(doc, tokens[k], titles, gazetteers, ranks):
        return end
    if k < len(tokens) and _genitive_after(doc, tokens[k], titles) and \
            not all(_rare(doc, t, ranks) for t in tokens[last + 1 : k]):
        return end  # سبل التعاون: a noun with its genitive, the verb's object
    return tokens[k - 1].end


def _ends_on_link(doc: Doc, tokens: list[Token], last: int, taken: SpanIndex, gazetteers: Gazetteers) -> bool:
    """Whether the name ends on a word that links its parts (ولد، أولاد، بن، أبو) and the word
    after it, which no other mention holds, is a name's."""
    k = last + 1
    if k >= len(tokens) or doc.text[tokens[last].end : tokens[k].start] != " " or \
            match_key(tokens[last].text(doc)) not in _LINKS or not _free(taken, tokens[k]):
        return False
    word = tokens[k].text(doc)
    return word not in _particles() and not _TANWEEN.intersection(word) and is_name_part(word, gazetteers)


def _genitive_after(doc: Doc, tok: Token, titles: set[int]) -> bool:
    """A definite word that is no title: the genitive of the word before it, or a description
    of the name (المسؤول)."""
    return tok.kind == "word" and tok.start not in titles and tok.text(doc).startswith("ال")


def _rare(doc: Doc, tok: Token, ranks: Mapping[str, int]) -> bool:
    rank = ranks.get(normalize(tok.text(doc)))
    return rank is None or rank >= _RARE


def _ended_by(doc: Doc, tok: Token, titles: set[int], gazetteers: Gazetteers,
              ranks: Mapping[str, int]) -> bool:
    """Whether a token plainly follows a finished name: punctuation, a title, a post in the
    accusative (نائباً، عضواً), a definite common word."""
    if tok.kind == "punct":
        return doc.text[tok.start] in _ENDS
    word = tok.text(doc)
    # A definite common word (المسؤول، المتحدث) describes the person named before it.
    return tok.start in titles or is_run_on(word, gazetteers, ranks) or \
        (word.startswith("ال") and is_common_word(word, gazetteers, ranks))


def _head(doc: Doc, tokens: list[Token], first: int, taken: SpanIndex, gazetteers: Gazetteers,
          ranks: Mapping[str, int]) -> int:
    """Where the name starts: at a well-attested given name right before it (after its clitic:
    لزيد), else where the model started it."""
    start = tokens[first].start
    if first == 0 or doc.text[tokens[first - 1].end : start] != " ":
        return start
    tok = tokens[first - 1]
    if not _free(taken, tok):
        return start
    word = tok.text(doc)
    # A particle or a verb reads as a given name once normalised (على/علي، هنأ/هنا); a pronoun
    # (هما فلان) or a verb that is also a given name (وطالب فلان) is the sentence's, not the name's.
    # A final ى is a verb's (التقى، أبدى) unless the name tables attest a given name (سلمى، منى).
    if word in _particles() or word.endswith("أ") or word in _pronouns() or _verb_name(word) or \
            (word.endswith("ى") and not _given_in_alef_maqsura(word, gazetteers)):
        return start
    if _theophoric(word) or (is_given_name(word, gazetteers) and not is_common_word(word, gazetteers, ranks)):
        return tok.start
    if word.startswith(_CLITICS) and not is_name_part(word, gazetteers) and \
            is_given_name(word[1:], gazetteers) and not is_common_word(word[1:], gazetteers, ranks):
        return tok.start + 1
    return start


def _titled_first_name(doc: Doc, tokens: list[Token], first: int, taken: SpanIndex, title_ends: set[int],
                       gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    """Whether the word before the name, right after a title or an honorific (الدكتور | الخضر،
    النائبة | وحيدة), is its first name: a name table knows it and news does not use it as a
    common word. The model leaves out such a name when it reads like the article or a clitic."""
    if first < 2 or tokens[first - 2].end not in title_ends:
        return False
    tok, before = tokens[first - 1], tokens[first - 2]
    if doc.text[before.end : tok.start] != " " or doc.text[tok.end : tokens[first].start] != " " or \
            not _free(taken, tok):
        return False
    word = tok.text(doc)
    if word in _particles() or word in _pronouns() or _verb_name(word) or _TANWEEN.intersection(word) or \
            is_honorific(word) or match_key(word) in _RANK_PARTS:
        return False
    # A nisba after a title is the title's (الرئيس اليمني، المرجع السيستاني) unless it is a
    # given name (الهادي); a frequent word is the title's genitive (رئيس النادي).
    if word.endswith("ي") and not is_given_name(word, gazetteers):
        return False
    # With the article, the bare word must be a given name (الخضر), not a noun (الشاب، الأديب
    # are descriptions that a title may run into).
    if word.startswith("ال") and not is_given_name(word[2:], gazetteers):
        return False
    rank = ranks.get(normalize(word))
    return is_name_part(word, gazetteers) and (rank is None or rank >= _FREQUENT) and \
        not is_common_word(word, gazetteers, ranks) and not is_run_on(word, gazetteers, ranks)


def _given_in_alef_maqsura(word: str, gazetteers: Gazetteers) -> bool:
    """A well-attested given name written with a final ى (سلمى، ومنى، مرتضى), which the model
    reads as the ي of commoner words and leaves out of the name after it; no particle (على)."""
    if not word.endswith("ى") or word in _particles():
        return False
    return is_given_name(word, gazetteers) or \
        (word.startswith(_CLITICS) and is_given_name(word[1:], gazetteers))


def _after_given_in_alef_maqsura(doc: Doc, tokens: list[Token], first: int,
                                 gazetteers: Gazetteers) -> bool:
    """Whether a one-word name (حايك) comes right after such a given name (سلمى حايك)."""
    if first == 0 or doc.text[tokens[first - 1].end : tokens[first].start] != " ":
        return False
    return _given_in_alef_maqsura(tokens[first - 1].text(doc), gazetteers)


def listed_people(doc: Doc, mentions: list[Span], gazetteers: Gazetteers,
                  ranks: Mapping[str, int]) -> list[Span]:
    """People of a list the model left out after the conjunction (فلان عضواً، وفهد السليم
    عضواً): و on a well-attested given name that is no common word, then a definite family name
    no common word either, in a sentence where the model already found a person before."""
    tokens = doc.tokens
    taken = SpanIndex([*mentions, *doc.layers.get("titles", []), *doc.layers.get("dates", [])])
    people = sorted(m.end for m in mentions if m.label == "PERSON")
    starts = [s.start for s in doc.sentences]
    ends = {m.end for m in mentions if m.label == "PERSON"}
    found: list[Span] = []
    for k in range(len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        word = tok.text(doc)
        if not word.startswith("و") or len(word) < 4 or not _free(taken, tok):
            continue
        if _list_item(doc, tokens, k, ends, gazetteers, ranks):
            found.append(Span(tok.start + 1, nxt.end, "PERSON"))
            continue
        if not _free(taken, nxt):
            continue
        if not _listed_name(word[1:], nxt.text(doc), gazetteers, ranks) or \
                doc.text[tok.end : nxt.start] != " ":
            continue
        if _person_before(people, starts, tok.start):
            found.append(Span(tok.start + 1, nxt.end, "PERSON"))
    return found


def _list_item(doc: Doc, tokens: list[Token], k: int, ends: set[int], gazetteers: Gazetteers,
               ranks: Mapping[str, int]) -> bool:
    """A name-shaped item of a list of persons: between a person's name and a comma before it
    and a comma or و after it, و + a word the name tables know + a definite family name. Its
    first word may also be a verb or a common noun (سامر الحلبي، وواصل الشمالي، وطالب الكعبي):
    inside such a list it is a given name."""
    if k < 2 or k + 2 >= len(tokens):
        return False
    comma, nxt, after = tokens[k - 1], tokens[k + 1], tokens[k + 2]
    if doc.text[comma.start : comma.end] not in ("،", ",") or not _ends_before(doc, ends, comma.start) or \
            doc.text[tokens[k].end : nxt.start] != " ":
        return False
    given, family = tokens[k].text(doc)[1:], nxt.text(doc)
    if given in _particles() or not is_name_part(given, gazetteers) or not family.startswith("ال") or \
            len(family) <= 4 or not is_name_part(family, gazetteers) or \
            is_common_word(family, gazetteers, ranks) or _TANWEEN.intersection(family):
        return False
    closer = doc.text[after.start : after.end]
    return closer in ("،", ",") or (after.kind == "word" and closer.startswith("و"))


def _ends_before(doc: Doc, ends: set[int], at: int) -> bool:
    """Whether a person's name ends right before ``at`` (one space or none between)."""
    return at in ends or (doc.text[at - 1 : at] == " " and at - 1 in ends)


def _listed_name(given: str, family: str, gazetteers: Gazetteers, ranks: Mapping[str, int]) -> bool:
    return is_given_name(given, gazetteers) and not is_common_word(given, gazetteers, ranks) and \
        given not in _particles() and family.startswith("ال") and len(family) > 4 and \
        is_name_part(family, gazetteers) and not is_common_word(family, gazetteers, ranks) and \
        not _TANWEEN.intersection(family)


def _person_before(people: list[int], starts: list[int], at: int) -> bool:
    """Whether a person's name ends before ``at`` in the sentence holding ``at``."""
    i = bisect_right(people, at) - 1
    j = bisect_right(starts, at) - 1
    return i >= 0 and people[i] >= (starts[j] if j >= 0 else 0)


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(load_json("not_names.json").get("pronouns", []))


@lru_cache(maxsize=1)
def _verb_names() -> frozenset[str]:
    return frozenset(load_json("not_names.json").get("verb_names", []))


def lone_verb(doc: Doc, span: Span) -> bool:
    """A one-word person that is a particle, a pronoun or a verb that is also a given name:
    after a title the title's holder is the verb's subject, left unnamed (رئيس البرلمان طالب
    خلال اجتماعه بإقالة الوزير)."""
    word = doc.text[span.start : span.end]
    # A lone particle or pronoun (على، هما) reads as a given name once normalised (علي).
    return _verb_name(word) or word in _particles() or word in _pronouns()


def _verb_name(word: str) -> bool:
    """A finite verb that is also a given name (طالب), bare or after the conjunction (وطالب)."""
    return word in _verb_names() or (word[:1] in ("و", "ف") and word[1:] in _verb_names())


#: Words after which a verb opens a clause (كما طالب، ثم ناشد).
_CLAUSE_OPENERS = frozenset({"كما", "ثم", "فيما", "بينما", "وقد", "قد", "و", "حين", "عندما"})


def _opens_with_verb(doc: Doc, tokens: list[Token], first: int) -> bool:
    """A tagged name whose first word is a verb that is also a given name, where a clause
    opens (at the text's or a sentence's start, after و، كما، ثم), and more words follow: the
    verb and its subject, not one name (كما طالب العبيدي الحكومة، وطالب فلان الفلاني)."""
    word = tokens[first].text(doc)
    if not _verb_name(word) or first + 1 >= len(tokens) or tokens[first + 1].kind != "word":
        return False
    if word[:1] in ("و", "ف") and word[1:] in _verb_names():
        return True
    if first == 0:
        return True
    before = tokens[first - 1]
    return before.kind == "punct" and doc.text[before.start] in ".:؛;\n" or \
        before.kind == "word" and before.text(doc) in _CLAUSE_OPENERS


def _swallowed(doc: Doc, tokens: list[Token], first: int, last: int, gazetteers: Gazetteers,
               ranks: Mapping[str, int]) -> bool:
    """A name of two words or more whose first word no name table knows and news uses as a
    common word, before a well-attested given name: that word is the one before the name (a
    company's, a place's), not the person's."""
    if last - first < 1 or tokens[first].kind != "word" or tokens[first + 1].kind != "word":
        return False
    word, given = tokens[first].text(doc), tokens[first + 1].text(doc)
    return not is_name_part(word, gazetteers) and is_common_word(word, gazetteers, ranks) and \
        is_given_name(given, gazetteers) and not is_common_word(given, gazetteers, ranks)


#: Name-table score from which a word is plainly a first name (جون، مارسيلو، صوفيا).
_FIRST_NAME = 0.5
#: Place-gazetteer score of a city (مرسيليا، برلين).
_CITY = 0.45


def _place_swallowed(doc: Doc, tokens: list[Token], first: int, last: int, gazetteers: Gazetteers,
                     places: set[str]) -> bool:
    """A name of three words or more that opens with a place's or a club's name, which the text
    names apart or a gazetteer knows as a city, before a first name: the place is the genitive of
    the post before it (مدرب ليون | رودي غارسيا، حاكم ولاية أوهايو | جون كاسيك), not the
    person's. A first name that is also a city (صوفيا، باريس) stays, the tables know it."""
    if last - first < 2 or tokens[first].kind != "word" or tokens[first + 1].kind != "word":
        return False
    word, given = tokens[first].text(doc), tokens[first + 1].text(doc)
    key, next_key = normalize(word), normalize(given)
    # A family name that is also a city (بخاري) stays: the tables know it as a name.
    if any(gazetteers.get(kind, {}).get(key, 0.0) >= _FIRST_NAME for kind in ("given", "surname", "foreign")):
        return False
    if word not in places and gazetteers.get("place", {}).get(key, 0.0) < _CITY:
        return False
    return any(gazetteers.get(kind, {}).get(next_key, 0.0) >= _FIRST_NAME for kind in ("given", "foreign"))


def _theophoric(word: str) -> bool:
    """A compound given name written as one word (عبدالعزيز، عبدالرحمن), which name tables list
    apart and news uses often."""
    return word.startswith("عبدال") and len(word) >= 7
