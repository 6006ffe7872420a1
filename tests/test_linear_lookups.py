"""The indexed look-ups that keep long documents linear choose what the scans they replace chose."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from sijill.claims.relation_cues import structure_lexicon
from sijill.claims.relation_links import QUOTES, link_keys
from sijill.claims.relations import _adjacent, _definite_end, _SortedMentions
from sijill.doc import Doc, Entity, OffsetMap, Span, Token
from sijill.names.orgs import _Antecedents, _attach, _head_key, _vouched
from sijill.text.normalize import match_key
from sijill.text.patterns import MARKS, fuzzy

_WORDS = ["هيئة", "مجلس", "في", "ل", "السابق", "التابعة", "الاتحاد", "لجنة", "و"]


def _doc(text: str) -> Doc:
    return Doc("t", text, text, OffsetMap.identity(len(text)))


def _random_doc(rng: random.Random, words: int) -> tuple[Doc, list[tuple[int, int]]]:
    parts = [rng.choice(_WORDS) for _ in range(words)]
    text = "  ".join(parts) if rng.random() < 0.3 else " ".join(parts)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    return _doc(text), spans


def _scan_adjacent(doc: Doc, body: Entity, org: Entity, evidence: tuple[int, int]) -> bool:
    """The scan of every pair of mentions that ``_adjacent`` replaced: an organisation after a
    body of the evidence with at most two words between, all of them link words (and no
    opening quote alone after a definite body)."""
    lex = structure_lexicon()
    links = link_keys(lex)
    start, end = evidence
    bodies = [m for m in body.mentions if start <= m.start < end]
    for m in org.mentions:
        for b in bodies:
            if b.end > m.start:
                continue
            gap = doc.text[b.end : m.start]
            if not gap.strip(QUOTES) and gap.strip() and _definite_end(doc.text[b.start : b.end]):
                continue
            words = [match_key(w) for w in gap.split()]
            if len(words) <= 2 and not lex.not_in_name & set(words) and \
                    all(w.strip(QUOTES) in links or not w.strip(QUOTES) for w in words):
                return True
    return False


@pytest.mark.parametrize("seed", range(20))
def test_adjacent_agrees_with_a_scan_of_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    doc, words = _random_doc(rng, 40)
    body = Entity("ORG", "b", [], [Span(*rng.choice(words), "ORG") for _ in range(6)])
    org = Entity("ORG", "o", [], [Span(*rng.choice(words), "ORG") for _ in range(6)])
    spans = _SortedMentions()
    for _ in range(10):
        a, b = sorted(rng.sample(range(len(doc.text) + 1), 2))
        assert _adjacent(doc, spans.of(body), spans.of(org), (a, b), structure_lexicon()) == \
            _scan_adjacent(doc, body, org, (a, b)), (seed, a, b)


def _mentions(text: str, name: str) -> Entity:
    return Entity("ORG", name, [], [Span(m.start(), m.end(), "ORG")
                                     for m in re.finditer(re.escape(name), text)])


def test_adjacent_allows_two_words_but_not_three_or_a_word_that_ends_a_name() -> None:
    lex = structure_lexicon()
    for text, adjacent in [("لجنة الحكام في الاتحاد", True),
                           ("لجنة الحكام التابعة لـ الاتحاد", True),
                           ("لجنة الحكام هنا اليوم في الاتحاد", False),
                           ("لجنة الحكام السابق الاتحاد", False),
                           ("الاتحاد لجنة الحكام", False)]:
        doc = _doc(text)
        spans = _SortedMentions()
        body, org = spans.of(_mentions(text, "لجنة الحكام")), spans.of(_mentions(text, "الاتحاد"))
        assert _adjacent(doc, body, org, (0, len(text)), lex) is adjacent, text
        assert not _adjacent(doc, body, org, (len(text), len(text)), lex)  # no body in evidence


def _scan_antecedent(full: list[Entity], heads: dict[int, set[str]], key: str,
                     at: int) -> Entity | None:
    """The ranking of every mention that ``_Antecedents.find`` replaced."""
    ranked = [(_vouched(e), m.start, e) for e in full if key in heads[id(e)] for m in e.mentions]
    before = [r for r in ranked if r[1] < at]
    if before:
        return max(before, key=lambda x: (x[0], x[1]))[2]
    return min(ranked, key=lambda x: (-x[0], x[1]))[2] if ranked else None


@pytest.mark.parametrize("seed", range(20))
def test_antecedent_index_agrees_with_ranking_every_mention(seed: int) -> None:
    rng = random.Random(seed)
    doc = _doc("س" * 400)
    names = ["هيئة التفاوض", "هيئة الأمم", "مجلس الأمن", "مجلس الشورى", "هيئة الإغاثة"]
    full = []
    for _ in range(8):
        mentions = [Span(s, s + 3, "ORG", None, {"rule": "x"} if rng.random() < 0.15 else {})
                    for s in (rng.randrange(0, 380) for _ in range(rng.randint(0, 4)))]
        full.append(Entity("ORG", rng.choice(names), [], mentions))
    heads = {id(e): _head_key(doc, e) for e in full}
    index = _Antecedents(doc, full)
    keys = sorted({k for h in heads.values() for k in h}) + ["غائب"]
    for _ in range(60):
        key, at = rng.choice(keys), rng.randrange(0, 400)
        expected = _scan_antecedent(full, heads, key, at)
        assert index.find(key, at) is expected, (seed, key, at)
        if expected is not None and rng.random() < 0.5:
            # Attached mentions count from then on, and one with a rule vouches for its entity.
            mention = Span(at, at + 2, "ORG", None, {"rule": "y"} if rng.random() < 0.2 else {})
            _attach(doc, expected, mention)
            index.added(expected, mention)


def test_character_classes_compile_the_same_once_cached() -> None:
    assert getattr(re._compiler._optimize_charset, "sijill_cached", False)  # type: ignore[attr-defined]
    word = re.compile(fuzzy("مجلس"))
    assert word.fullmatch("مَجْلِسُ") and word.fullmatch("مجـلس") and not word.fullmatch("مجلسي")
    assert re.fullmatch(f"ب{MARKS}", "بً") and not re.fullmatch(f"ب{MARKS}", "بب")
    # Classes under IGNORECASE take re's own path: a cased class still folds case.
    assert re.fullmatch("[a-cx]+", "ABX", re.IGNORECASE) and not re.fullmatch("[a-cx]+", "ABX")


def _scan_sentence_tokens(doc: Doc) -> list[list[Token]]:
    """The walk over every token that ``Doc.sentence_tokens`` replaced with bisection."""
    groups: list[list[Token]] = []
    k = 0
    for sentence in doc.sentences:
        group: list[Token] = []
        while k < len(doc.tokens) and doc.tokens[k].start < sentence.end:
            if doc.tokens[k].start >= sentence.start:
                group.append(doc.tokens[k])
            k += 1
        groups.append(group)
    return groups


@pytest.mark.parametrize("seed", range(40))
def test_sentence_tokens_by_bisection_match_the_walk(seed: int) -> None:
    rng = random.Random(seed)
    doc, spans = _random_doc(rng, rng.randrange(0, 60))
    doc.tokens = [Token(s, e, "word") for s, e in spans]
    # Sentences with gaps between them, some empty, some ending inside a token.
    cuts = sorted(rng.sample(range(len(doc.text) + 2), min(len(doc.text) + 2, rng.randrange(0, 12))))
    doc.sentences = [Span(a, b - rng.randrange(0, 2), "SENT") for a, b in itertools.pairwise(cuts)]
    assert doc.sentence_tokens() == _scan_sentence_tokens(doc)
