"""The cues of ``lang/ar/decisions.json``: kind phrases, introduction ends, markers, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sijill.claims.lexicon import Forms
from sijill.lang import load_json
from sijill.text.normalize import match_key, search_view
from sijill.text.patterns import alternation

KINDS = ("DECISION", "RECOMMENDATION", "STATEMENT_POINT")
TIERS = {"nouns": 3, "verbs": 2, "containers": 1}

Phrase = tuple[Forms, ...]
Keys = list[tuple[str, ...]]


def bare(key: str) -> str:
    """A key without the article, so ``البيان`` and ``بيانا`` share a stem."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _phrase(text: str) -> Phrase:
    """A cue phrase: one set of forms per word; a word also matches with accusative alef."""
    out = []
    for word in text.split():
        stem = bare(match_key(word.rstrip("*")))
        out.append(Forms.of([stem + "*"] if word.endswith("*") else [stem, stem + "ا"]))
    return tuple(out)


def _match_at(ks: Keys, i: int, phrase: Phrase) -> bool:
    return i + len(phrase) <= len(ks) and all(f.match(ks[i + k]) for k, f in enumerate(phrase))


@dataclass(frozen=True)
class Phrases:
    """Cue phrases indexed by their first word, so a token meets a few of them, not all; each
    phrase carries a kind and a tier (empty and 0 outside ``kinds``)."""

    by_word: dict[str, tuple[tuple[Phrase, str, int], ...]]
    by_prefix: tuple[tuple[tuple[str, ...], Phrase, str, int], ...]
    #: The phrases that may start at a token, by its keys: the decision stages ask about every
    #: token of a document many times, and the same few thousand words recur. Cleared past
    #: ``_HEADS_MAX``.
    _heads: dict[tuple[str, ...], tuple[tuple[Phrase, str, int], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def at(self, ks: Keys, i: int) -> list[tuple[int, str, int]]:
        """``(words, kind, tier)`` of every phrase that matches from token ``i``."""
        if i >= len(ks):
            return []
        found = self._heads.get(ks[i])
        if found is None:
            found = self._starting(ks[i])
        if not found:
            return []
        return [(len(p), kind, tier) for p, kind, tier in found if _match_at(ks, i, p)]

    def _starting(self, keys: tuple[str, ...]) -> tuple[tuple[Phrase, str, int], ...]:
        """The phrases whose first word one of ``keys`` is, remembered."""
        found = [c for k in keys for c in self.by_word.get(k, ())]
        found += [(p, kind, tier) for pre, p, kind, tier in self.by_prefix
                  if any(k.startswith(pre) for k in keys)]
        if len(self._heads) >= _HEADS_MAX:
            self._heads.clear()
        out = self._heads[keys] = tuple(found)
        return out

    def anywhere(self, ks: Keys, lo: int = 0, hi: int | None = None) -> bool:
        """Whether a phrase matches from any token in ``[lo, hi)``."""
        return any(self.at(ks, i) for i in range(lo, len(ks) if hi is None else min(hi, len(ks))))


#: Bound on the key tuples each ``Phrases`` remembers (a long run sees every word).
_HEADS_MAX = 50_000


def _phrases(items: list[str], kind: str = "", tier: int = 0) -> list[tuple[Phrase, str, int]]:
    return [(_phrase(p), kind, tier) for p in items]


def _index(entries: list[tuple[Phrase, str, int]]) -> Phrases:
    by_word: dict[str, list[tuple[Phrase, str, int]]] = {}
    by_prefix = []
    for phrase, kind, tier in entries:
        head = phrase[0]
        for word in head.words:
            by_word.setdefault(word, []).append((phrase, kind, tier))
        if head.prefixes:
            by_prefix.append((head.prefixes, phrase, kind, tier))
    return Phrases({k: tuple(v) for k, v in by_word.items()}, tuple(by_prefix))


@dataclass(frozen=True)
class Cues:
    """The cues of ``decisions.json``, compiled once."""

    kinds: Phrases
    intro_ends: Phrases
    meeting_refs: Phrases
    issuing: Phrases
    not_decisions: Phrases
    single_verbs: Forms
    passive: Phrases
    negations: Forms
    admissions: Phrases
    named_back: Phrases
    subject_gap: int
    line_marker: re.Pattern[str]
    inline_marker: re.Pattern[str]
    single_hint: re.Pattern[str]
    inline_hint: re.Pattern[str]
    content_hint: re.Pattern[str]
    ordinals: dict[str, int]
    letters: str
    quote_open: str
    quote_close: str
    quote_chars: re.Pattern[str]
    max_lines: int
    max_words: int
    stops: Phrases
    clause_openers: frozenset[str]
    purposes: re.Pattern[str]
    inline_ends: Phrases
    near_ends: frozenset[str]
    content_verbs: Phrases
    meeting_passive: Phrases
    collective_titles: frozenset[str]
    other_senses: dict[str, frozenset[str]]
    recommend_verbs: Forms
    refusals: Phrases
    decree_verbs: Forms
    decree_nouns: Forms
    decree_reach: int
    decree_noun_verbs: Forms
    decree_noun_reach: int
    office_pronouns: frozenset[str]
    #: Relative pronouns (الذي، التي): a decision verb right after one has the antecedent as
    #: its subject.
    relatives: frozenset[str] = frozenset()
    #: Common nouns of bodies (الإدارة، اللجنة، الحكومة): a subject that names a body unnamed.
    body_nouns: frozenset[str] = frozenset()
    #: Verbs of a statement's points, per kind (أكد، دعا), and the subjects that make them so
    #: (البيان الختامي، المشاركون).
    statement_verbs: tuple[tuple[str, Forms], ...] = ()
    statement_subjects: Phrases = field(default_factory=lambda: _index([]))
    #: Verbs that with بـ on the word after their subject admit, not approve (أقر الحزب بالهزيمة),
    #: and the words with بـ that say how or where they approved (بالإجماع، بجلسته).
    admit_verbs: Forms = field(default_factory=lambda: Forms.of([]))
    admit_manner: frozenset[str] = frozenset()


def _marker_pattern(data: dict[str, list[str]], ordinals: list[str], lead: str,
                    dash_lead: str) -> str:
    """One alternation of every marker style, each style a named group."""
    ordinal = alternation(ordinals) + r"(?!\w)[ \t]*[:：\-–—.،,]?"
    number, letter, dash = ("|".join(data[k]) for k in ("number", "letter", "dash"))
    return (f"(?:{lead}(?:(?P<ordinal>{ordinal})|(?P<number>{number})|(?P<letter>{letter}))"
            f"|{dash_lead}(?P<dash>{dash}))[ \\t]*")


def _words_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Phrases as whole words of the text as written (a final ل joins the next word)."""
    alts = [re.escape(p) + ("" if p.endswith(" ل") else r"(?!\w)") for p in phrases]
    return re.compile(r"(?<!\w)(?:" + ("|".join(alts) or "(?!)") + ")")


@lru_cache(maxsize=4)
def cues(lang: str = "ar") -> Cues:
    """The decision cues of ``lang``, loaded and compiled once."""
    data = load_json("decisions.json", lang)
    kinds = [e for kind in KINDS for tier, items in data["kinds"][kind].items()
             for e in _phrases(items, kind, TIERS[tier])]
    ordinals = [search_view(o) for o in data["ordinals"]]
    after = re.escape(data["inline_dash_after"])
    single = data["single"]
    unmarked = data["unmarked_items"]
    return Cues(
        kinds=_index(kinds),
        intro_ends=_index(_phrases(data["intro_ends"])),
        meeting_refs=_index(_phrases(data["meeting_refs"])),
        issuing=_index(_phrases(data["issuing_verbs"]) + [e for e in kinds if e[2] == 2]),
        not_decisions=_index(_phrases(data["not_decisions"])),
        single_verbs=Forms.of(single["verbs"]),
        passive=_index(_phrases(single["passive"])),
        negations=Forms.of(single["negations"]),
        admissions=_index(_phrases(single["admissions"])),
        named_back=_index(_phrases(single.get("named_back", []))),
        subject_gap=int(data["subject_gap"]),
        line_marker=re.compile(_marker_pattern(data["markers"], ordinals, r"[ \t]*", r"[ \t]*")),
        # Further items on a line: after a blank or a stop (".2" follows "المرأة." unspaced once
        # cleaned); a dash only after a stop, since a dash in running text is punctuation.
        inline_marker=re.compile(_marker_pattern(data["markers"], ordinals, r"(?<=[\s.؛;،,:])",
                                                 f"(?<=[{after}])[ \\t]*")),
        inline_hint=re.compile(alternation([search_view(w) for w in data["running_items"]["intro_ends"]])),
        content_hint=re.compile(alternation([search_view(w) for w in data["running_items"]["content_verbs"]])),
        # Decree verbs only at a word's start: صدر is inside مصدر، a word of nearly every story.
        single_hint=re.compile(alternation([search_view(w) for w in single["verbs"]
                                            + single["recommend"] + single["passive"]
                                            + single["refusals"]
                                            + single["meeting_passive"]
                                            + single.get("statement_subjects", [])
                                            # دعا المجلس في بيان بعد اجتماعه: decision_communique
                                            + [f"في {w}" for w in single.get("statement_after_meeting",
                                                                          {}).get("documents", [])]
                                            # ودعوا: the participants a sentence before named
                                            + [w for forms in single.get("statement_verbs", {}).values()
                                               for w in forms if w.endswith("وا")]])
                               + r"|(?<!\w)[وف]?"
                               + alternation([search_view(w) for w in single.get("decree_verbs", [])])),
        ordinals={match_key(o): n for n, o in enumerate(data["ordinals"], 1)},
        letters=data["letters"],
        quote_open=data["quote_marks"]["open"],
        quote_close=data["quote_marks"]["close"],
        quote_chars=re.compile("[" + re.escape("".join(data["quote_marks"].values())) + "]"),
        max_lines=int(unmarked["max_lines"]),
        max_words=int(unmarked["max_words"]),
        stops=_index(_phrases(unmarked["stop"])),
        clause_openers=frozenset(match_key(w) for w in data["running_items"]["clause_openers"]),
        purposes=_words_pattern(data["running_items"].get("purposes", [])),
        inline_ends=_index(_phrases(data["running_items"]["intro_ends"])),
        near_ends=frozenset(match_key(w) for w in data["running_items"]["near_ends"]),
        content_verbs=_index(_phrases(data["running_items"]["content_verbs"])),
        meeting_passive=_index(_phrases(single["meeting_passive"])),
        collective_titles=frozenset(match_key(w) for w in data["collective_titles"]),
        other_senses={match_key(v): frozenset(match_key(w) for w in ws)
                      for v, ws in single["other_senses"].items()},
        recommend_verbs=Forms.of(single["recommend"]),
        refusals=_index(_phrases(single["refusals"])),
        decree_verbs=Forms.of(single.get("decree_verbs", [])),
        decree_nouns=Forms.of(single.get("decree_nouns", [])),
        decree_reach=int(single.get("decree_reach", 0)),
        decree_noun_verbs=Forms.of(single.get("decree_noun_verbs", [])),
        decree_noun_reach=int(single.get("decree_noun_reach", 0)),
        office_pronouns=frozenset(match_key(w) for w in single.get("office_pronouns", [])),
        relatives=frozenset(match_key(w) for w in single.get("relatives", [])),
        body_nouns=frozenset(bare(match_key(w)) for w in single.get("body_nouns", [])),
        statement_verbs=tuple((k, Forms.of(v)) for k, v in single.get("statement_verbs", {}).items()),
        statement_subjects=_index(_phrases(single.get("statement_subjects", []))),
        admit_verbs=Forms.of(single.get("admit_verbs", [])),
        admit_manner=frozenset(match_key(w) for w in single.get("admit_manner", [])),
    )
