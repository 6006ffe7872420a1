"""Pairwise rules: whether two document entities that share a candidate key are one actor.

Names that are not one name key may still be one actor's: the same Latin spelling (with
similar Arabic), a short form (words left out: ``يحيى مكتبي``, ``محمد يحيى مكتبي``) or a near
spelling (one long word spelled a little differently, scored with rapidfuzz). A short form
or a near spelling also needs the documents to agree around the names: the same
organisation in a post, the same telling post (``الملك``, ``وزير الخارجية``, not ``الرئيس``),
the same parent body, or at least ``MIN_AROUND`` of the same people and organisations named.
A short form that fits two different longer names is ambiguous and joins neither; so does a
surname named alone (``أردوغان``) that fits two people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from sijill.lang import load_json, load_lines
from sijill.register.resolution.country import name_countries
from sijill.register.resolution.profiles import (
    MAX_PERSON_WORDS,
    Context,
    Profile,
    _all_heads,
    _keys,
    is_generic,
    particles,
)

#: Least similarity (0-100) of the one word two near spellings differ in, and its least
#: length: short words that differ are different names (حسن، حسين; سعد، سعيد).
NEAR_WORD_MIN, NEAR_WORD_LEN = 80.0, 5
#: Least similarity of the Arabic names of two people whose Latin spellings agree.
LATIN_ARABIC_MIN = 70.0
#: Least number of shared people and organisations around two entities for a fuzzy match.
MIN_AROUND = 2
#: Two documents further apart than this (years) do not support a fuzzy match of people.
MAX_YEARS_APART = 15

#: Reasons in the order their links are applied (a user's ``same`` comes before all).
REASONS = ("name key", "alias", "word order", "gazetteer", "latin", "generic name", "short form",
           "state body", "surname", "fuzzy name")
RANK = {r: i for i, r in enumerate(REASONS)}


@dataclass(frozen=True, slots=True)
class Link:
    """A pairwise decision that two document entities are one actor."""

    left: str
    right: str
    reason: str
    score: float

    @classmethod
    def of(cls, a: str, b: str, reason: str, score: float) -> Link:
        """A link with its ends in id order and its score rounded (so reruns compare equal)."""
        left, right = sorted((a, b))
        return cls(left, right, reason, round(score, 3))

    def order(self) -> tuple[int, float, str, str]:
        """The sort key that fixes the order links are applied in."""
        return (RANK.get(self.reason, len(RANK)), -self.score, self.left, self.right)


ContextOf = Callable[[Profile], Context]


def ratio(a: str, b: str) -> float:
    """The rapidfuzz similarity (0-100) of two keys."""
    return float(fuzz.ratio(a, b))


def _in_order(short: tuple[str, ...], long: tuple[str, ...],
              same: Callable[[str, str], bool]) -> bool:
    it = iter(long)
    return all(any(same(w, x) for x in it) for w in short)


def _same_word(a: str, b: str) -> bool:
    # سوري / سورية and قوى / لقوى name the same thing inside an organisation name.
    return a == b or a.rstrip("ه") == b.rstrip("ه") or b in {"ل" + a, "و" + a, "ل" + a + "ه"}


def short_form(a: tuple[str, ...], b: tuple[str, ...], head: bool) -> bool:
    """Whether the shorter name's words appear in order in the longer one (and the first
    word is shared when ``head``, or the last word when not)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or len(short) == len(long):
        return False
    if head and _names_an_inner_body(short, long):
        return False
    anchor = short[0] == long[0] if head else short[-1] == long[-1]
    return anchor and _in_order(short, long, _same_word)


def _names_an_inner_body(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the short name is the body the long one is a part of, named after ``لـ``
    (``اللجنة الأولمبية الدولية`` in ``اللجنة التنفيذية للجنة الأولمبية الدولية``)."""
    for i, w in enumerate(long[1:], 1):
        if w.startswith("ل") and w[1:] in _all_heads() and short[0] in (w, w[1:]) \
                and _in_order(short[1:], long[i + 1:], _same_word):
            return True
    return False


def _given(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in particles())


def _names_a_father(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the short name starts at a name that follows ``بن`` in the long one: it
    names the father (``سلمان بن عبدالعزيز`` in ``محمد بن سلمان بن عبدالعزيز``)."""
    if short[0] == long[0]:
        return False
    at = long.index(short[0]) if short[0] in long else -1
    return at > 0 and long[at - 1] in particles()


def _father(words: tuple[str, ...]) -> str | None:
    """The father a name states (the word after its first ``بن``), else None."""
    return words[2] if len(words) > 2 and words[1] in particles() else None


@lru_cache(maxsize=1)
def _kinship() -> frozenset[str]:
    return _keys(load_lines("kinship.txt"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return _keys([*load_lines("honorifics.txt"), *load_json("resolution.json")["name_titles"]])


def _relative(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the long name names a relative of the short one's person: a kinship word in it
    (``شقيق الملا عمر``), or the short one a whole name of three given names that the long one
    only extends by a first name (``علي عبدالله صالح`` in ``أحمد علي عبدالله صالح``, his son:
    names without ``بن`` put the father's name second; a title or rank before is no name)."""
    if any(w in _kinship() for w in long if w not in short):
        return True
    s, g = _given(short), _given(long)
    if len(s) < 3 or s[0] == g[0] or s[0] not in g or len(g) < len(long):
        return False  # a name with بن says its father after بن
    return not all(w in _titles() for w in g[:g.index(s[0])])


def person_short_form(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one person's name is a short form of the other: its given names in order,
    sharing the family name (``معاذ الخطيب``) or the first name (``أحمد عيد``, ``أحمد بن عيد
    الحربي``), never starting at the father's name nor stating another father (``عبدالله بن
    عبدالعزيز``, ``عبدالله بن مساعد بن عبدالعزيز``)."""
    short, long = sorted((a, b), key=len)
    s, g = _given(short), _given(long)
    if len(s) < 2 or len(s) >= len(g) or len(g) > MAX_PERSON_WORDS \
            or _names_a_father(short, long):
        return False
    if None not in (_father(short), _father(long)) and _father(short) != _father(long):
        return False
    return (s[-1] == g[-1] or s[0] == g[0]) and _in_order(s, g, lambda x, y: x == y) \
        and not _relative(short, long)


#: Least letters of a surname that names a person alone (``إردوغان``, ``السيستاني``).
MIN_SURNAME_LEN = 4
#: A surname alone that fits more longer names than this is ambiguous without comparing them.
MAX_SURNAME_FITS = 24


def surname_form(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name is the other's surname alone (``إردوغان``, ``رجب طيب إردوغان``): the
    last of two or more given names, not a family's after آل nor a given name of ``عبد``
    nor a nationality (``تونسي``), no kinship word in the longer one."""
    short, long = sorted((a, b), key=len)
    word = short[0] if len(short) == 1 else ""
    if len(word) < MIN_SURNAME_LEN or word in particles() or word.startswith("عبد") \
            or name_countries(short):
        return False  # عبدالملك is a given name; تونسي says where one is from
    g = _given(long)
    return len(g) >= 2 and g[-1] == word and len(g) <= MAX_PERSON_WORDS \
        and long[-2] not in particles() \
        and not any(w in _kinship() or w in _titles() for w in long)


def lineage_dropped(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name is the other without its ``بن`` parts: first and family name the
    same, the father's names left out (``عبداللطيف الزياني``, ``عبداللطيف بن راشد
    الزياني``)."""
    short, long = sorted((a, b), key=len)
    kept = [w for i, w in enumerate(long)
            if w not in particles() and (i == 0 or long[i - 1] not in particles())]
    return len(short) >= 2 and tuple(kept) == short and len(kept) < len(long)


def near_spelling(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names differ in one long word only, spelled a little differently
    (``التحالف الأمريكي``, ``التحالف الأميركي``); never in numbers."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= NEAR_WORD_LEN and not any(c.isdigit() for c in x + y) \
        and ratio(x, y) >= NEAR_WORD_MIN


def name_form(entity_type: str, a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """How two names of one type may be one actor's: ``surname``, ``short form``, ``fuzzy
    name``, or None."""
    if a == b:
        return None
    if entity_type == "PERSON" and surname_form(a, b):
        return "surname"
    if min(len(a), len(b)) < 2:
        return None
    if entity_type == "ORG" and (is_generic(a) or is_generic(b)):
        return None
    if entity_type == "PERSON" and person_short_form(a, b):
        return "short form"
    if entity_type != "PERSON" and short_form(a, b, head=entity_type == "ORG"):
        return "short form"
    if entity_type == "PERSON" and a[0] != b[0] and any(w in particles() for w in a + b):
        # Brothers differ in their first name alone (سلمان، سلطان بن عبدالعزيز); a foreign
        # first name's two spellings (دييغو، دييجو كوستا) name no lineage.
        return None
    return "fuzzy name" if near_spelling(a, b) else None


def _fits(a: tuple[str, ...], b: tuple[str, ...], head: bool) -> bool:
    """Whether one name is a short form of the other (``head``: organisations' rule)."""
    return short_form(a, b, head) or (not head and (person_short_form(a, b)
                                                    or surname_form(a, b)))


def disagree(names: list[tuple[str, ...]], head: bool) -> bool:
    """Whether names are of two actors: two of them, neither a short form of the other."""
    distinct = set(names)
    widest = [w for w in distinct if not any(_fits(w, v, head) for v in distinct if v != w)]
    return len(widest) > 1


def ambiguous(short: tuple[str, ...], longer: list[tuple[str, ...]], head: bool) -> bool:
    """Whether a short form fits two longer names neither of which is a short form of the
    other (``جمعية الأمل`` in ``جمعية الأمل للإغاثة`` and ``جمعية الأمل للتنمية``; the
    surname ``الأسد`` in ``بشار الأسد`` and ``حافظ الأسد``)."""
    fits = [w for w in longer if len(w) > len(short) and _fits(short, w, head)]
    if len(short) == 1 and len(fits) > MAX_SURNAME_FITS:
        return True
    return disagree(fits, head)


def _years_apart(x: str | None, y: str | None) -> int:
    if not x or not y or not x[:4].isdigit() or not y[:4].isdigit():
        return 0
    return abs(int(x[:4]) - int(y[:4]))


def support(ca: Context, cb: Context, least: int = MIN_AROUND) -> str | None:
    """What the two documents agree on around the two entities (at least ``least`` people
    and organisations named in both), or None."""
    if ca.posts & cb.posts:
        return "organisation"
    if ca.roles & cb.roles:  # the same telling post (الملك، وزير الخارجية): one person's
        return "post"
    if ca.parents & cb.parents:
        return "parent"
    if len(ca.around & cb.around) >= least:
        return "co-occurrence"
    return None


def names_match(kind: str, a: Profile, b: Profile) -> tuple[str, float] | None:
    """How and how closely (0-100) the names of two entities sharing a key of ``kind`` may
    be one actor's, else None; it depends on the two name keys only."""
    if kind == "b":  # one bare state body's names (the block says so), whatever the spelling
        return ("state body", 100.0) if a.type == b.type else None
    if a.type != b.type or a.key == b.key:
        return None
    score = ratio(a.key, b.key)
    if kind == "l":
        ok = score >= LATIN_ARABIC_MIN and min(len(a.words), len(b.words)) >= 2
        return ("latin", score) if ok else None
    form = name_form(a.type, a.words, b.words) if kind in {"s", "h", "f"} else None
    return (form, score) if form else None


def judge(form: str, a: Profile, b: Profile, score: float, context: ContextOf) -> Link | None:
    """The link of two entities whose names may match (``names_match``: ``form`` and
    ``score``), or None when the documents do not back it; a Latin match needs no context."""
    if form == "latin":
        return Link.of(a.id, b.id, form, score / 100)
    ca, cb = context(a), context(b)
    if a.type == "PERSON" and _years_apart(ca.published, cb.published) > MAX_YEARS_APART:
        return None
    # A full name and the same name without the father's are one person's far more often
    # than not: one actor named in both documents is enough.
    least = 1 if a.type == "PERSON" and lineage_dropped(a.words, b.words) else MIN_AROUND
    if support(ca, cb, least) is None:
        return None
    return Link.of(a.id, b.id, form, score / 100)
