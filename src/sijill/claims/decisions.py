"""Decisions, recommendations and statement points: the items of a list a body issued, and
single decisions stated in a sentence (``قررت الهيئة ...``).

A list is a run of lines (or of items on one line) opened by markers of one style (``-``,
``1-``, ``.1``, ``أولاً``, ``أ-``); it gives claims only when the line before it (or the words
before a colon on its first line) introduces it with a cue of ``lang/ar/decisions.json``, which
also gives its kind. A short item ending in a colon (``أولاً: في الشأن التنظيمي:``) is a
heading whose sub-items are the claims; other sub-items stay inside their item. The issuing
body is the subject of the introduction's verb, else the host of the meeting it refers to
(``المجتمعون``), else the organisation it names. A single decision needs an organisation (or
the meeting, for ``تقرر``) as its subject: a person's decision is a plan, not a body's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from sijill.claims.lexicon import Forms, keys, verb_keys
from sijill.claims.model import Event
from sijill.doc import Doc, Entity, Span, Token
from sijill.lang import load_json
from sijill.text.normalize import match_key, search_view
from sijill.text.patterns import alternation

KINDS = ("DECISION", "RECOMMENDATION", "STATEMENT_POINT")
_TIERS = {"nouns": 3, "verbs": 2, "containers": 1}
_FINAL = frozenset({".", "!", "?", "؟"})
_ENDS = _FINAL | {":", "：", "-", "–"}
_COLONS = (":", "：")
_WINDOW = 30  # tokens of an introduction read for cues
_SHORT = 3  # an introduction of fewer words goes on from the line before
_NO_COLON_REACH = 3  # without a colon, the kind cue must be among the last words
_HEADING_WORDS = 5  # the most words of an item that heads a sub-list
_SUBJECT_BEFORE = 4  # how many tokens before a decision verb its subject may end
_TRAILING = " \t\r\n،,؛;"
_DIGITS = re.compile(r"\d+")
_DASHES = str.maketrans("–—\u0640", "---")
_TATWEEL_AFTER_DIGIT = re.compile(r"\d\u0640")
_NUMBER_THEN_SPACE = re.compile(r"(?<!\d)\d{1,3}(?= )")

Phrase = tuple[Forms, ...]
Keys = list[tuple[str, ...]]
Issuer = tuple[Entity | None, Event | None]


@dataclass(slots=True)
class Decision:
    """One decision, recommendation or statement point, with the body and meeting it came from."""

    kind: str
    body: Entity | None
    event: Event | None
    text: tuple[int, int]
    evidence: tuple[int, int]


def _bare(key: str) -> str:
    """A key without the article, so ``البيان`` and ``بيانا`` share a stem."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _phrase(text: str) -> Phrase:
    """A cue phrase: one set of forms per word; a word also matches with accusative alef."""
    out = []
    for word in text.split():
        bare = _bare(match_key(word.rstrip("*")))
        out.append(Forms.of([bare + "*"] if word.endswith("*") else [bare, bare + "ا"]))
    return tuple(out)


def _match_at(ks: Keys, i: int, phrase: Phrase) -> bool:
    return i + len(phrase) <= len(ks) and all(f.match(ks[i + k]) for k, f in enumerate(phrase))


@dataclass(frozen=True)
class Phrases:
    """Cue phrases indexed by their first word, so a token meets a few of them, not all; each
    phrase carries a kind and a tier (empty and 0 outside ``kinds``)."""

    by_word: dict[str, tuple[tuple[Phrase, str, int], ...]]
    by_prefix: tuple[tuple[tuple[str, ...], Phrase, str, int], ...]

    def at(self, ks: Keys, i: int) -> list[tuple[int, str, int]]:
        """``(words, kind, tier)`` of every phrase that matches from token ``i``."""
        if i >= len(ks):
            return []
        found = [c for k in ks[i] for c in self.by_word.get(k, ())]
        found += [(p, kind, tier) for pre, p, kind, tier in self.by_prefix
                  if any(k.startswith(pre) for k in ks[i])]
        return [(len(p), kind, tier) for p, kind, tier in found if _match_at(ks, i, p)]

    def anywhere(self, ks: Keys, lo: int = 0, hi: int | None = None) -> bool:
        """Whether a phrase matches from any token in ``[lo, hi)``."""
        return any(self.at(ks, i) for i in range(lo, len(ks) if hi is None else min(hi, len(ks))))


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
    subject_gap: int
    line_marker: re.Pattern[str]
    inline_marker: re.Pattern[str]
    single_hint: re.Pattern[str]
    ordinals: dict[str, int]
    letters: str
    quote_open: str
    quote_close: str
    quote_chars: re.Pattern[str]
    max_lines: int
    max_words: int
    stops: Phrases


def _marker_pattern(data: dict[str, list[str]], ordinals: list[str], lead: str,
                    dash_lead: str) -> str:
    """One alternation of every marker style, each style a named group."""
    ordinal = alternation(ordinals) + r"(?!\w)[ \t]*[:：\-–—.،,]?"
    number, letter, dash = ("|".join(data[k]) for k in ("number", "letter", "dash"))
    return (f"(?:{lead}(?:(?P<ordinal>{ordinal})|(?P<number>{number})|(?P<letter>{letter}))"
            f"|{dash_lead}(?P<dash>{dash}))[ \\t]*")


@lru_cache(maxsize=4)
def cues(lang: str = "ar") -> Cues:
    """The decision cues of ``lang``, loaded and compiled once."""
    data = load_json("decisions.json", lang)
    kinds = [e for kind in KINDS for tier, items in data["kinds"][kind].items()
             for e in _phrases(items, kind, _TIERS[tier])]
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
        subject_gap=int(data["subject_gap"]),
        line_marker=re.compile(_marker_pattern(data["markers"], ordinals, r"[ \t]*", r"[ \t]*")),
        # Further items on a line: after a blank or a stop (".2" follows "المرأة." unspaced once
        # cleaned); a dash only after a stop, since a dash in running text is punctuation.
        inline_marker=re.compile(_marker_pattern(data["markers"], ordinals, r"(?<=[\s.؛;،,:])",
                                                 f"(?<=[{after}])[ \\t]*")),
        single_hint=re.compile(alternation([search_view(w) for w in single["verbs"]
                                            + single["passive"]])),
        ordinals={match_key(o): n for n, o in enumerate(data["ordinals"], 1)},
        letters=data["letters"],
        quote_open=data["quote_marks"]["open"],
        quote_close=data["quote_marks"]["close"],
        quote_chars=re.compile("[" + re.escape("".join(data["quote_marks"].values())) + "]"),
        max_lines=int(unmarked["max_lines"]),
        max_words=int(unmarked["max_words"]),
        stops=_index(_phrases(unmarked["stop"])),
    )


@dataclass(slots=True)
class Marker:
    """A list marker: its style, its number in its sequence (0 for dashes), where its item begins."""

    style: str
    index: int
    start: int
    text_start: int


@dataclass(slots=True)
class Item:
    """One item of a list: its marker, the end of its text, and the items nested under it."""

    marker: Marker
    end: int
    subs: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Intro:
    """What the words before a list say: its kind and the tier of that cue, who issued it,
    whether it names the meeting, and where the list begins."""

    kind: str
    tier: int
    subject: Entity | None
    org: Entity | None
    meeting_ref: bool
    at: int


class _Text:
    """The document as the finder reads it: search view, lines with their markers, tokens, names."""

    def __init__(self, doc: Doc, cue: Cues) -> None:
        self.doc = doc
        self.cue = cue
        self.view = _restore_tatweel(doc, search_view(doc.text))
        self.lines = _lines(doc.text)
        self.line_starts = [s for s, _ in self.lines]
        self.marks = [self._line_marker(s, e) for s, e in self.lines]
        self.starts = [t.start for t in doc.tokens]
        self.mentions = sorted(((m.start, m.end, e) for e in doc.entities
                                if e.type in ("PERSON", "ORG", "LOC") for m in e.mentions),
                               key=lambda x: (x[0], x[1]))
        self.mention_starts = [m[0] for m in self.mentions]
        self.titles = sorted(t.start for t in doc.layers.get("titles", []))
        self.quotes = [m.start() for m in cue.quote_chars.finditer(doc.text)]

    def _line_marker(self, s: int, e: int) -> Marker | None:
        m = self.cue.line_marker.match(self.view, s, e)
        if m is None:
            return None
        mk = self.marker(m)
        # A dash alone on a line is a rule; a number or ordinal alone heads the next line.
        return mk if m.end() < e or mk.style != "dash" else None

    def marker(self, m: re.Match[str]) -> Marker:
        """The marker of a match of a marker pattern."""
        group = style = m.lastgroup or "dash"
        found = m.group(group)
        index = 0
        if style == "number":
            digits = _DIGITS.search(found)
            index = int(digits.group()) if digits else 0
            # "1-" and "1." lists are two lists: one may nest in the other.
            style += ":" + _DIGITS.sub("9", "".join(found.split())).translate(_DASHES)
        elif style == "ordinal":
            word = " ".join(found.strip(" \t:：-–—.،,").split())
            index = self.cue.ordinals.get(match_key(word), 0)
        elif style == "letter":
            index = self.cue.letters.find(found[0]) + 1
        return Marker(style, index, m.start(group), m.end())

    def blank(self, k: int) -> bool:
        """Whether line ``k`` holds nothing but blanks."""
        s, e = self.lines[k]
        return not self.view[s:e].strip()

    def previous(self, k: int) -> int | None:
        """The index of the last non-blank line within three before line ``k``."""
        return next((n for n in range(k - 1, max(-1, k - 4), -1) if not self.blank(n)), None)

    def line_start(self, offset: int) -> int:
        """The start of the line that holds ``offset``."""
        return self.line_starts[bisect_right(self.line_starts, offset) - 1]

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens that start within ``[start, end)``."""
        return self.doc.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions that start within ``[start, end)``."""
        lo, hi = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def keys(self, tok: Token) -> tuple[str, ...]:
        """A token's keys, each also without the article."""
        ks = keys(self.doc, tok)
        return ks + tuple(_bare(k) for k in ks if _bare(k) != k)

    def quoted(self, line_start: int, at: int) -> bool:
        """Whether ``at`` lies inside a quotation opened earlier on its line."""
        depth = 0
        lo, hi = bisect_left(self.quotes, line_start), bisect_left(self.quotes, at)
        for ch in (self.doc.text[q] for q in self.quotes[lo:hi]):
            if ch in self.cue.quote_open and ch in self.cue.quote_close:
                depth = 0 if depth else 1
            elif ch in self.cue.quote_open:
                depth += 1
            elif ch in self.cue.quote_close:
                depth = max(0, depth - 1)
        return depth > 0


def _restore_tatweel(doc: Doc, view: str) -> str:
    """The view with its ``3ـ`` markers back: cleaning drops a tatweel after a digit and leaves
    ``3 ``, so the space is shown as the tatweel the raw text had there (same offsets)."""
    if not _TATWEEL_AFTER_DIGIT.search(doc.raw):
        return view
    chars = list(view)
    for m in _NUMBER_THEN_SPACE.finditer(view):
        if "\u0640" in doc.raw[doc.offsets[m.end() - 1] + 1 : doc.offsets[m.end()]]:
            chars[m.end()] = "\u0640"
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every line, without its line break."""
    out = []
    start = 0
    while (end := text.find("\n", start)) >= 0:
        out.append((start, end))
        start = end + 1
    out.append((start, len(text)))
    return out


def _ends_with_colon(text: str) -> bool:
    return text.rstrip(_TRAILING).endswith(_COLONS)


# Lists: markers, items, sub-items.

def _first(m: Marker) -> bool:
    """Whether a marker can open a list: a dash, or the first number, letter or ordinal."""
    return m.style == "dash" or m.index == 1


def _heading(t: _Text, item: Item) -> bool:
    """An item with no text of its own, or a few words ending in a colon (``في الشأن التنظيمي:``),
    heads the items under it; a longer item ending in a colon (``تشكيل لجنة تضم:``) owns them."""
    own = t.doc.text[item.marker.text_start : item.end].rstrip(_TRAILING)
    return not own or (own.endswith(_COLONS) and len(own.split()) <= _HEADING_WORDS)


def _split_inline(t: _Text, item: Item) -> list[Item]:
    """The item and the further items of its style that follow on its own line (``1- أ 2- ب``)."""
    out = [item]
    pos = item.marker.text_start
    expect = item.marker.index + 1
    while (m := t.cue.inline_marker.search(t.view, pos, out[-1].end)) is not None:
        mk = t.marker(m)
        pos = m.end()
        if mk.style == item.marker.style and (mk.style == "dash" or mk.index == expect):
            out.append(Item(mk, out[-1].end))
            out[-2].end = mk.start
            expect += 1
    return out


def _read_list(t: _Text, k: int, first: Marker) -> tuple[list[Item], int]:
    """The items of the list whose first marker is ``first`` on line ``k``, and the next line."""
    style = first.style
    items = _split_inline(t, Item(first, t.lines[k][1]))
    j = k + 1
    while j < len(t.lines):
        if t.blank(j):
            j += 1
            continue
        s, e = t.lines[j]
        m, cur = t.marks[j], items[-1]
        expect = cur.marker.index + 1
        in_sequence = style == "dash" or expect <= m.index <= expect + 1 if m is not None else False
        if m is not None and m.style == style and in_sequence:
            items.extend(_split_inline(t, Item(m, e)))
        elif m is not None and (m.style != style or cur.subs or _opens_sub_list(t, cur, m)):
            cur.subs.extend(_split_inline(t, Item(m, e)))
        elif m is None and not cur.subs and not t.doc.text[cur.marker.text_start : cur.end].strip():
            cur.marker.text_start, cur.end = s, e  # a marker alone on its line: the text follows
        elif m is None and style != "dash" and _next_is(t, j, style, expect):
            (cur.subs[-1] if cur.subs else cur).end = e  # an item that runs over two paragraphs
        else:
            break
        j += 1
    return items, j


def _opens_sub_list(t: _Text, item: Item, m: Marker) -> bool:
    """Whether a marker of the list's own style nests under ``item``: the item heads a sub-list,
    or the numbering starts again after an item ending in a colon (``تضم:`` ``1. ...``)."""
    own = t.doc.text[item.marker.text_start : item.end].rstrip(_TRAILING)
    return _heading(t, item) or (m.index == 1 and own.endswith(_COLONS))


def _next_is(t: _Text, j: int, style: str, index: int) -> bool:
    """Whether the next non-blank line after ``j`` carries marker ``index`` of ``style``."""
    n = next((n for n in range(j + 1, min(len(t.lines), j + 4)) if not t.blank(n)), None)
    m = t.marks[n] if n is not None else None
    return m is not None and m.style == style and m.index == index


def _unmarked(t: _Text, k: int) -> tuple[list[Item], int]:
    """Items that lost their markers: short lines from line ``k``, up to a line of narrative."""
    items: list[Item] = []
    j = k
    while j < len(t.lines) and len(items) < t.cue.max_lines:
        s, e = t.lines[j]
        toks = t.tokens(s, e)
        words = sum(x.kind == "word" for x in toks)
        if not toks or t.marks[j] is not None or words > t.cue.max_words:
            break
        if t.cue.stops.at([t.keys(x) for x in toks[:3]], 0) or _ends_with_colon(t.doc.text[s:e]):
            break
        items.append(Item(Marker("none", 0, s, s), e))
        j += 1
    return items, j


# Introductions: kind, issuer, meeting.

def _window(t: _Text, start: int, end: int) -> list[Token]:
    """The tokens of an introduction: its last clause before ``end``, at most ``_WINDOW`` tokens."""
    toks = t.tokens(start, end)
    while toks and t.doc.text[toks[-1].start : toks[-1].end] in _ENDS:
        toks = toks[:-1]
    cut = max((n + 1 for n, tok in enumerate(toks) if t.doc.text[tok.start : tok.end] in _FINAL),
              default=0)
    return toks[cut:][-_WINDOW:]


def _intro(t: _Text, start: int, end: int, before: tuple[int, int] | None) -> Intro | None:
    """The introduction in ``[start, end)`` (reaching to the line ``before`` when it is short)."""
    toks = _window(t, start, end)
    if sum(tok.kind == "word" for tok in toks) < _SHORT and before is not None:
        toks = _window(t, *before)[-20:] + toks
    if not toks or t.quoted(start, end):
        return None
    ks = [t.keys(tok) for tok in toks]
    if t.cue.not_decisions.anywhere(ks):
        return None
    best: tuple[int, int, str] | None = None
    for i in range(len(ks)):
        for _, kind, tier in t.cue.kinds.at(ks, i):
            # The nearest cue of the highest tier, but the first of a pair (القرارات والتوصيات).
            paired = best is not None and best[:2] == (tier, i - 1) \
                and t.doc.text[toks[i].start] == "و"
            if (best is None or (tier, i) >= best[:2]) and not paired:
                best = (tier, i, kind)
    words = [n for n, tok in enumerate(toks) if tok.kind == "word"]
    if best is None or not words:
        return None
    if not _ends_with_colon(t.doc.text[start:end]) and not _ends_intro(t, ks, words) \
            and best[1] < words[-_NO_COLON_REACH:][0]:
        return None
    meeting_ref = t.cue.meeting_refs.anywhere(ks)
    subject, person = _subject(t, toks, ks)
    if person and best[2] != "DECISION":
        return None  # a person's points or advice are their words; a king's orders are decisions
    orgs = [m[2] for m in t.mentions_in(toks[0].start, toks[-1].end) if m[2].type == "ORG"]
    return Intro(best[2], best[0], subject, orgs[0] if orgs else None, meeting_ref, end)


def _ends_intro(t: _Text, ks: Keys, words: list[int]) -> bool:
    """Whether the introduction ends with a phrase such as ``ومن أهمها`` or ``على``."""
    return any(i + n == words[-1] + 1 for i in words[-3:] for n, _, _ in t.cue.intro_ends.at(ks, i))


def _subject(t: _Text, toks: list[Token], ks: Keys) -> tuple[Entity | None, bool]:
    """The subject of the first issuing verb of an introduction, and whether it is a person."""
    for i in range(len(toks)):
        hits = t.cue.issuing.at(ks, i)
        if hits:
            last = i + hits[0][0] - 1
            reach = toks[min(len(toks) - 1, last + t.cue.subject_gap)].end
            return _named(t, toks[last].end, reach)
    return None, False


def _named(t: _Text, start: int, end: int) -> tuple[Entity | None, bool]:
    """Who is named first within ``[start, end]`` (an organisation or a person), and whether a
    person stands there: a person's name, or a title before any name (``رئيس الهيئة``)."""
    found = [m for m in t.mentions_in(start, end + 1) if m[2].type in ("ORG", "PERSON")]
    titled = t.titles[bisect_left(t.titles, start) : bisect_left(t.titles, end)]
    if titled and (not found or titled[0] < found[0][0]):
        return (found[0][2] if found and found[0][2].type == "PERSON" else None), True
    if not found:
        return None, False
    return found[0][2], found[0][2].type == "PERSON"


def _meeting(events: list[Event], at: int) -> Event | None:
    """The meeting a list at ``at`` came from: the last one reported before it, passing over a
    meeting dated before an earlier-reported one (a look back: ``الاجتماع السابق``)."""
    chosen: Event | None = None
    latest = ""
    for ev in sorted((e for e in events if e.type == "MEETING"), key=lambda e: e.evidence[0]):
        if ev.evidence[0] >= at:
            break
        if ev.date and latest and ev.date[: len(latest)] < latest[: len(ev.date)]:
            continue
        chosen = ev
        latest = max(latest, ev.date or "")
    return chosen


def _host(event: Event | None) -> Entity | None:
    return next((p for p in event.participants if p.type == "ORG"), None) if event else None


def _issuer(intro: Intro, events: list[Event]) -> Issuer | None:
    """The body and meeting of a list, or None when nothing anchors it to an issuer."""
    weak = intro.tier == _TIERS["containers"] or (intro.tier == _TIERS["nouns"]
                                                   and intro.kind == "STATEMENT_POINT")
    if weak and not (intro.subject or intro.org or intro.meeting_ref):
        # "أبرز النقاط:", "بيان إحصائي ... وفق التالي:" with no body or meeting named: the
        # article's own summary; a bare "التوصيات:" or "قرر ما يلي:" still stands.
        return None
    meeting = _meeting(events, intro.at)
    body = intro.subject or (_host(meeting) if intro.meeting_ref else None) or intro.org \
        or _host(meeting)
    if meeting is None or not (intro.meeting_ref or body in meeting.participants):
        return body, None
    return body, meeting


# Claims.

def _span(t: _Text, start: int, end: int) -> tuple[int, int] | None:
    """An item's text without surrounding blanks and trailing separators; None when it is quoted
    or holds no word outside names (a list of people is no list of decisions)."""
    text = t.doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if start >= end or t.quoted(t.line_start(start), start):
        return None
    inside = t.mentions_in(max(0, start - 200), end)
    free = any(tok.kind == "word" and not any(s <= tok.start < e for s, e, _ in inside)
               for tok in t.tokens(start, end))
    return (start, end) if free else None


def _claims(t: _Text, items: list[Item], kind: str, issuer: Issuer) -> list[Decision]:
    out = []
    for item in items:
        span = _span(t, item.marker.text_start, max([item.end] + [s.end for s in item.subs]))
        if span is not None:
            out.append(Decision(kind, issuer[0], issuer[1], span, span))
    return out


def _emit(t: _Text, items: list[Item], intro: Intro | None, events: list[Event]) -> list[Decision]:
    """The claims of one list: its items (with what is nested under them), or the sub-items of
    its headings."""
    out: list[Decision] = []
    issuer = _issuer(intro, events) if intro is not None else None
    for item in items:
        if item.subs and _heading(t, item):
            own = _intro(t, item.marker.text_start, item.end, None) or intro
            head = issuer if own is intro else _issuer(own, events) if own is not None else None
            if own is not None and head is not None:
                out.extend(_claims(t, item.subs, own.kind, head))
        elif intro is not None and issuer is not None:
            out.extend(_claims(t, [item], intro.kind, issuer))
    return out


Opening = tuple[Marker | None, tuple[int, int] | None, tuple[int, int] | None]


def _opening(t: _Text, k: int) -> Opening:
    """Whether a list opens on line ``k``: its first marker, its introduction, and the line
    before the introduction."""
    m = t.marks[k]
    s, e = t.lines[k]
    prev = t.previous(k)
    if m is not None:
        if not _first(m) or prev is None or t.marks[prev] is not None:
            return (m if _first(m) else None), None, None
        earlier = t.previous(prev)
        return m, t.lines[prev], t.lines[earlier] if earlier is not None else None
    at = t.view.find(":", s, e)
    while at >= 0:  # a list that opens after a colon: "ومن أهمها: – الحفاظ ..."
        found = t.cue.line_marker.match(t.view, at + 1, e)
        if found is not None and found.end() < e and _first(mk := t.marker(found)):
            return mk, (s, at + 1), t.lines[prev] if prev is not None else None
        at = t.view.find(":", at + 1, e)
    return None, None, None


def _lists(t: _Text, events: list[Event]) -> tuple[list[Decision], list[tuple[int, int]]]:
    """Every claim of every introduced list, and the spans the lists and introductions cover."""
    out: list[Decision] = []
    covered: list[tuple[int, int]] = []
    k = 0
    while k < len(t.lines):
        s, e = t.lines[k]
        first, intro_span, before = _opening(t, k)
        if first is not None:
            items, nxt = _read_list(t, k, first)
            intro = _intro(t, *intro_span, before) if intro_span else None
            claims = _emit(t, items, intro, events)
        elif t.marks[k] is None and _ends_with_colon(t.doc.text[s:e]):
            intro_span = (s, e)
            items, nxt = _unmarked(t, k + 1)
            intro = _intro(t, s, e, None) if len(items) > 1 else None
            strong = intro is not None and intro.tier >= _TIERS["verbs"]
            claims = _emit(t, items, intro, events) if strong else []
        else:
            k += 1
            continue
        if claims:
            covered.append(((intro_span or (s, s))[0], t.lines[nxt - 1][1]))
            out.extend(claims)
        k = max(nxt, k + 1) if claims or first is not None else k + 1
    return out, covered


# Single decisions.

def _singles(t: _Text, events: list[Event], covered: list[tuple[int, int]]) -> list[Decision]:
    """Single decisions stated in a sentence (``قررت الهيئة تعليق ...``, ``وتقرر ...``)."""
    sentence_starts = [s.start for s in t.doc.sentences]
    seen: set[int] = set()
    out: list[Decision] = []
    for hit in t.cue.single_hint.finditer(t.view):
        n = bisect_right(sentence_starts, hit.start()) - 1
        if n < 0 or n in seen:
            continue
        seen.add(n)
        sentence = t.doc.sentences[n]
        if not any(a < sentence.end and sentence.start < b for a, b in covered):
            found = _single(t, sentence, events)
            out.extend([found] if found is not None else [])
    return out


def _single(t: _Text, sentence: Span, events: list[Event]) -> Decision | None:
    """The decision a sentence states, or None."""
    if _ends_with_colon(sentence.text(t.doc)):
        return None
    toks = t.tokens(sentence.start, sentence.end)
    ks = [t.keys(tok) for tok in toks]
    for i, tok in enumerate(toks):
        verb = tok.kind == "word" and t.cue.single_verbs.match(verb_keys(t.doc, tok))
        passive = not verb and bool(t.cue.passive.at(ks, i))
        if not (verb or passive) or _in_name(t, tok):
            continue
        if (i and t.cue.negations.match(ks[i - 1])) or t.quoted(sentence.start, tok.start) \
                or t.cue.admissions.anywhere(ks, i + 1, i + 3 + t.cue.subject_gap):
            return None
        issuer = _single_issuer(t, toks, ks, i, passive, events)
        span = _span(t, _without_conjunction(t, tok, i, ks), sentence.end) if issuer else None
        if issuer is None or span is None:
            return None
        return Decision("DECISION", issuer[0], issuer[1], span, (sentence.start, sentence.end))
    return None


def _in_name(t: _Text, tok: Token) -> bool:
    """Whether a token is part of a name (صادق in صادق جلال العظم is no verb)."""
    return any(s < tok.end and tok.start < e for s, e, _ in t.mentions_in(tok.start - 80, tok.end))


def _without_conjunction(t: _Text, tok: Token, i: int, ks: Keys) -> int:
    """Where a decision verb starts once a leading و/ف is left out (وقررت -> قررت)."""
    word = t.doc.text[tok.start : tok.end]
    if word[0] not in "وف" or len(word) <= 3:
        return tok.start
    alone = [(_bare(match_key(word)),)] + ks[i + 1 :]
    kept = t.cue.single_verbs.match(alone[0]) or bool(t.cue.passive.at(alone, 0))
    return tok.start if kept else tok.start + 1


def _single_issuer(t: _Text, toks: list[Token], ks: Keys, i: int, passive: bool,
                   events: list[Event]) -> Issuer | None:
    """Who took a single decision: the organisation after the verb, the meeting's host for
    ``المجتمعون`` or a passive verb, an organisation named before the verb; None for a person."""
    meeting = _meeting(events, toks[i].start)
    last = min(len(toks) - 1, i + t.cue.subject_gap)
    body, person = _named(t, toks[i].end, toks[last].end)
    if person:
        return None  # a person decided: a plan, not a body's decision
    if body is not None:
        return body, meeting if meeting is not None and body in meeting.participants else None
    if passive or t.cue.meeting_refs.anywhere(ks, i + 1, last + 1):
        return _host(meeting), meeting
    # A subject named just before the verb (وكانت مجموعة بريكس قد قررت); a name further back
    # may be whoever reports the decision (ذكرت صحيفة ... أن طهران قررت).
    near = toks[max(0, i - _SUBJECT_BEFORE)].start
    before = [m for m in t.mentions_in(toks[0].start, toks[i].start)
              if m[2].type in ("PERSON", "ORG", "LOC")]
    if before and before[-1][2].type == "ORG" and before[-1][1] >= near:
        return before[-1][2], None
    return None


def find_decisions(doc: Doc, events: list[Event]) -> list[Decision]:
    """Decisions, recommendations and statement points of a document, in text order."""
    if not doc.text:
        return []
    t = _Text(doc, cues())
    listed, covered = _lists(t, events)
    return sorted(listed + _singles(t, events, covered), key=lambda d: d.evidence[0])
