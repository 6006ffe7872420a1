"""The subject a decision verb opening a sentence takes from the sentence before
(``اجتمعت الهيئة الإدارية للاتحاد ... . وقررت الدخول في إضراب``): a verb joined by و or ف
with no subject of its own goes on with the body that sentence reported acting. Also what an
approval of "that" refers back to (``named_back``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from sijill.claims.decision_cues import Keys, bare
from sijill.claims.decision_text import Text
from sijill.doc import Entity, Token
from sijill.text.normalize import match_key


def opens_sentence(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence."""
    return all(tok.kind != "word" for tok in toks[:i])


#: What ``previous_subject`` gives for a body named by its common noun only (القيادة).
UNNAMED = Entity(type="ORG", name="")


def also_opens(t: Text, toks: list[Token], i: int) -> bool:
    """Whether the verb at token ``i`` opens its sentence after كما / ثم (كما قررت ...)."""
    words = [n for n, tok in enumerate(toks) if tok.kind == "word"]
    return len(words) > 1 and words[1] == i and t.doc.text[toks[words[0]].start : toks[words[0]].end] in _ALSO


def previous_subject(t: Text, at: int, gap: int) -> Entity | None:
    """The organisation named as the subject of the sentence before the one at ``at``: the
    first name within ``gap`` words of its verb (its first word), an organisation, with no
    quotation nor post title before it, or ``UNNAMED`` for a body's common noun there (القيادة);
    None when that name is a person or a place, or none is there."""
    starts = [s.start for s in t.doc.sentences]
    n = bisect_right(starts, at) - 1
    if n < 1:
        return None
    prev = t.doc.sentences[n - 1]
    toks = [tok for tok in t.tokens(prev.start, prev.end) if tok.kind == "word"]
    if len(toks) < 2:
        return None
    reach = toks[min(len(toks) - 1, 1 + gap)].end
    first = next((m for m in t.mentions_in(prev.start, prev.end)
                  if m[2].type in ("ORG", "PERSON", "LOC")), None)
    if first is None or first[0] >= reach:
        # A body called by its common noun right after the verb (ودعت القيادة الفلسطينية ...).
        noun = any(match_key(t.doc.text[x.start : x.end]).startswith("ال")
                   and bare(match_key(t.doc.text[x.start : x.end])) in t.cue.body_nouns
                   for x in toks[1 : 2 + gap])
        return UNNAMED if noun and not t.cue.quote_chars.search(t.doc.text[prev.start : reach]) \
            else None
    if first[2].type != "ORG" or t.cue.quote_chars.search(t.doc.text[prev.start : first[0]]):
        return None
    if t.posts[bisect_left(t.posts, prev.start) : bisect_left(t.posts, first[0])]:
        return None  # استقبل الوزير ممثلي النقابة: a post title is the subject, the body its object
    return first[2]


_PLURAL = "وا"  # the ending of a past verb whose subject is a plural pronoun (دعوا، أوصوا)
_ALSO = frozenset({"كما", "ثم"})
_BACK = 6  # how many sentences back a chain of such verbs may reach its named subject


def plural_verb(t: Text, tok: Token) -> bool:
    """Whether a word is a past verb with a plural pronoun as its subject (وأكدوا، قرروا)."""
    return t.doc.text[tok.start : tok.end].endswith(_PLURAL)


def _opening_verb(t: Text, toks: list[Token]) -> int | None:
    """The index of a sentence's opening verb joined to what went before (وأدانوا، كما دعوا),
    else None."""
    words = [n for n, tok in enumerate(toks) if tok.kind == "word"]
    if not words:
        return None
    first = words[0]
    word = t.doc.text[toks[first].start : toks[first].end]
    if word in _ALSO and len(words) > 1:
        return words[1]
    return first if word[:1] in "وف" and len(word) > 3 else None


def participants_speak(t: Text, toks: list[Token], i: int, gap: int) -> bool:
    """Whether the plural verb at token ``i``, opening its sentence (ودعوا، كما أوصوا), goes on
    with the meeting's participants named as the subject of a sentence before (دعا المشاركون
    ... . وأدانوا ...), over sentences each opened by such a verb."""
    if _opening_verb(t, toks) != i or not plural_verb(t, toks[i]):
        return False
    starts = [s.start for s in t.doc.sentences]
    n = bisect_right(starts, toks[i].start) - 1
    for back in range(n - 1, max(-1, n - 1 - _BACK), -1):
        prev = t.doc.sentences[back]
        ptoks = [tok for tok in t.tokens(prev.start, prev.end) if tok.kind == "word"]
        ks = [t.keys(tok) for tok in ptoks]
        if any(t.cue.statement_subjects.at(ks, j) and t.cue.meeting_refs.at(ks, j)
               for j in range(1, min(len(ptoks), 2 + gap))):
            return True
        verb = _opening_verb(t, ptoks)
        if verb is None or not plural_verb(t, ptoks[verb]):
            return False
    return False


def named_back(t: Text, toks: list[Token], ks: Keys, i: int, told: bool) -> bool:
    """Whether the verb at token ``i`` approves what was reported before: a demonstrative with
    its noun (وافق المجلس على تلك الحزمة), or one alone (على ذلك) right after a sentence that
    stated a decision; after none, "that" is the request the sentence tells."""
    for j in range(i + 1, min(len(toks), i + 3 + t.cue.subject_gap)):
        for n, _, _ in t.cue.named_back.at(ks, j):
            after = next((x for x in toks[j + n : j + n + 1] if x.kind == "word"), None)
            if told or (after is not None and t.doc.text[after.start : after.end].startswith("ال")):
                return True
    return False


_OWNERS = ("هم", "ها", "ه")  # possessive endings: the body of an organisation named before


def owned_body(word: str, nouns: frozenset[str]) -> bool:
    """Whether a written word is a body's common noun with a possessive ending (هيئته الإدارية،
    لجنتها المركزية، مجلسه): the body of the organisation the sentence named before."""
    key = match_key(word)
    for end in _OWNERS:
        stem = key[: -len(end)]
        if key.endswith(end) and len(stem) >= 3:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # هيئت|ه -> هيئة
            if stem in nouns:
                return True
    return False


#: Words by which a body's subject names who chairs or attends, not who acts (لجنة المقاولين
#: برئاسة فلان ...، وقررت).
_CHAIRS = re.compile(r"(?<!\w)(?:برئاسة|بحضور|بمشاركة|بقيادة)(?!\w)[^،,.؛;:]*$")


def chairs(text: str, start: int, at: int) -> bool:
    """Whether the person named at ``at`` is named, since ``start``, after برئاسة / بحضور with no
    stop between: the one who chairs the body, not the subject of its verb."""
    return _CHAIRS.search(text, start, at) is not None


def person_before(t: Text, toks: list[Token], j: int, i: int) -> bool:
    """Whether a person is named between tokens ``j`` and ``i``, not as who chairs (برئاسة فلان)."""
    return any(m[2].type == "PERSON" and not chairs(t.doc.text, toks[j].start, m[0])
               for m in t.mentions_in(toks[j].start, toks[i].start))
