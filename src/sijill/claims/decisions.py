"""Decisions, recommendations and statement points: the items of a list a body issued, and
single decisions stated in a sentence (``قررت الهيئة ...``).

A list is a run of lines (or of items on one line) opened by markers of one style (``-``,
``1-``, ``.1``, ``أولاً``, ``أ-``); it gives claims only when the line before it (or the words
before a colon on its first line) introduces it with a cue of ``lang/ar/decisions.json``, which
also gives its kind. A short item ending in a colon (``أولاً: في الشأن التنظيمي:``) is a
heading whose sub-items are the claims; other sub-items stay inside their item. The issuing
body is the subject of the introduction's verb, else the host of the meeting it refers to
(``المجتمعون``), else the organisation it names. Lists in running text are read too: items
introduced inside a sentence (``القرارات ومنها أ، وب``) and the quoted content of a decision or
statement reported before (``وتنص الإصلاحات على «أ، وب»``), one item per coordinated piece.
Single decisions are in ``decision_singles``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from sijill.claims.decision_back import POSSESSIVE, approved_before, refers_back
from sijill.claims.decision_claims import (
    Decision,
    Issuer,
    host_of,
    item_span,
    meeting_of,
    named,
    names_someone,
)
from sijill.claims.decision_cues import KINDS, TIERS, Keys, cues
from sijill.claims.decision_running import colon_opens, coordinated
from sijill.claims.decision_singles import singles, stated
from sijill.claims.decision_text import (
    Item,
    Marker,
    Text,
    ends_with_colon,
    first_marker,
    heading,
    read_list,
    titles,
    unmarked,
)
from sijill.claims.model import Event
from sijill.doc import Doc, Entity, Token
from sijill.text.normalize import match_key

__all__ = ["KINDS", "Decision", "find_decisions"]

_FINAL = frozenset({".", "!", "?", "؟"})
_ENDS = _FINAL | {":", "：", "-", "–"}
_WINDOW = 30  # tokens of an introduction read for cues
_SHORT = 3  # an introduction of fewer words goes on from the line before
_NO_COLON_REACH = 3  # without a colon, the kind cue must be among the last words
_JOINED_QUOTE = re.compile(r"\s*[،,]?\s*و?\s*[«“\"]")
_BODY_BEFORE = 400  # characters before a content verb within which the document's body is named
_CONTENT_REACH = 30  # characters between تنص على / تتضمن and the quotation of a decision's content
_ALSO = ("أيضاً", "أيضا", "ايضا")
_QUOTE_AFTER_NOUN = 12  # characters after an items' noun within which their quotation opens
_NEAR_REACH = 4  # tokens before منها within which the items' noun stands
_INLINE_REACH = 25  # how many tokens before ومنها / أبرزها the kind cue of an inline list may stand


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
    back: int | None = None  # where it opens when its noun refers back (بنودها), else None


# Introductions: kind, issuer, meeting.

def _window(t: Text, start: int, end: int) -> list[Token]:
    """The tokens of an introduction: its last clause before ``end``, at most ``_WINDOW`` tokens."""
    toks = t.tokens(start, end)
    while toks and t.doc.text[toks[-1].start : toks[-1].end] in _ENDS:
        toks = toks[:-1]
    cut = max((n + 1 for n, tok in enumerate(toks) if t.doc.text[tok.start : tok.end] in _FINAL),
              default=0)
    return toks[cut:][-_WINDOW:]


def _intro(t: Text, start: int, end: int, before: tuple[int, int] | None) -> Intro | None:
    """The introduction in ``[start, end)`` (reaching to the line ``before`` when it is short)."""
    toks = _window(t, start, end)
    if sum(tok.kind == "word" for tok in toks) < _SHORT and before is not None:
        toks = _window(t, *before)[-20:] + toks
    if not toks or (t.quoted(start, end) and not _quotes_a_statement(t, start, end)):
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
    if not ends_with_colon(t.doc.text[start:end]) and not _ends_intro(t, ks, words) \
            and best[1] < words[-_NO_COLON_REACH:][0]:
        return None
    meeting_ref = t.cue.meeting_refs.anywhere(ks)
    subject, person = _subject(t, toks, ks)
    if person and best[2] != "DECISION":
        return None  # a person's points or advice are their words; a king's orders are decisions
    orgs = [m[2] for m in t.mentions_in(toks[0].start, toks[-1].end) if m[2].type == "ORG"]
    back = toks[0].start if best[0] == TIERS["nouns"] and refers_back(t, toks[best[1]]) else None
    return Intro(best[2], best[0], subject, orgs[0] if orgs else None, meeting_ref, end, back)


def _quotes_a_statement(t: Text, start: int, end: int) -> bool:
    """Whether the quotation that holds ``end`` is a body's statement (وذكر بيان للمجلس «...»),
    whose text the article quotes, rather than someone's words."""
    opened = t.quote_start(start, end)
    if opened is None:
        return False
    toks = t.tokens(t.line_start(opened), opened)[-_WINDOW:]
    ks = [t.keys(tok) for tok in toks]
    return any(tier == TIERS["containers"] and kind == "STATEMENT_POINT"
               for i in range(len(ks)) for _, kind, tier in t.cue.kinds.at(ks, i)) and \
        any(m[2].type == "ORG" for m in t.mentions_in(toks[0].start if toks else opened, opened))


def _ends_intro(t: Text, ks: Keys, words: list[int]) -> bool:
    """Whether the introduction ends with a phrase such as ``ومن أهمها`` or ``على``."""
    return any(i + n == words[-1] + 1 for i in words[-3:] for n, _, _ in t.cue.intro_ends.at(ks, i))


def _subject(t: Text, toks: list[Token], ks: Keys) -> tuple[Entity | None, bool]:
    """The subject of the first issuing verb of an introduction, and whether it is a person."""
    for i in range(len(toks)):
        hits = t.cue.issuing.at(ks, i)
        if hits:
            last = i + hits[0][0] - 1
            reach = toks[min(len(toks) - 1, last + t.cue.subject_gap)].end
            return named(t, toks[last].end, reach)
    return None, False


def _issuer(intro: Intro, events: list[Event]) -> Issuer | None:
    """The body and meeting of a list, or None when nothing anchors it to an issuer."""
    weak = intro.tier == TIERS["containers"] or (intro.tier == TIERS["nouns"]
                                                   and intro.kind == "STATEMENT_POINT")
    if weak and not (intro.subject or intro.org or intro.meeting_ref):
        # "أبرز النقاط:", "بيان إحصائي ... وفق التالي:" with no body or meeting named: the
        # article's own summary; a bare "التوصيات:" or "قرر ما يلي:" still stands.
        return None
    meeting = meeting_of(events, intro.at)
    body = intro.subject or (host_of(meeting) if intro.meeting_ref else None) or intro.org \
        or host_of(meeting)
    if meeting is None or not (intro.meeting_ref or body in meeting.participants):
        return body, None
    return body, meeting


# Claims.


def _claims(t: Text, items: list[Item], kind: str, issuer: Issuer) -> list[Decision]:
    out = []
    for item in items:
        span = item_span(t, item.marker.text_start, max([item.end] + [s.end for s in item.subs]))
        if span is not None:
            out.append(Decision(kind, issuer[0], issuer[1], span, span))
    return out


def _emit(t: Text, items: list[Item], intro: Intro | None, events: list[Event]) -> list[Decision]:
    """The claims of one list: its items (with what is nested under them), or the sub-items of
    its headings."""
    out: list[Decision] = []
    if intro is not None and intro.back is not None and not (intro.subject or intro.org or intro.meeting_ref):
        # وفيما يلي أبرز بنودها: the items of what a body approved in the sentence before.
        source = approved_before(t, intro.back, events, stated)
        if source is not None:
            intro.kind, intro.subject = source.kind, source.body
    issuer = _issuer(intro, events) if intro is not None else None
    for item in items:
        if item.subs and (heading(t, item) or titles(t, item)):
            own = _intro(t, item.marker.text_start, item.end, None) or intro
            head = issuer if own is intro else _issuer(own, events) if own is not None else None
            if own is not None and head is not None:
                out.extend(_claims(t, item.subs, own.kind, head))
        elif intro is not None and issuer is not None:
            out.extend(_claims(t, [item], intro.kind, issuer))
    return out


Opening = tuple[Marker | None, tuple[int, int] | None, tuple[int, int] | None]


def _opening(t: Text, k: int) -> Opening:
    """Whether a list opens on line ``k``: its first marker, its introduction, and the line
    before the introduction."""
    m = t.marks[k]
    s, e = t.lines[k]
    prev = t.previous(k)
    if m is not None:
        if not first_marker(m) or prev is None or t.marks[prev] is not None:
            return (m if first_marker(m) else None), None, None
        earlier = t.previous(prev)
        return m, t.lines[prev], t.lines[earlier] if earlier is not None else None
    at = t.view.find(":", s, e)
    while at >= 0:  # a list that opens after a colon: "ومن أهمها: – الحفاظ ..."
        found = t.cue.line_marker.match(t.view, at + 1, e)
        if found is not None and found.end() < e and first_marker(mk := t.marker(found)):
            return mk, (s, at + 1), t.lines[prev] if prev is not None else None
        at = t.view.find(":", at + 1, e)
    return None, None, None


def _lists(t: Text, events: list[Event]) -> tuple[list[Decision], list[tuple[int, int]]]:
    """Every claim of every introduced list, and the spans the lists and introductions cover."""
    out: list[Decision] = []
    covered: list[tuple[int, int]] = []
    k = 0
    while k < len(t.lines):
        s, e = t.lines[k]
        first, intro_span, before = _opening(t, k)
        if first is not None:
            items, nxt = read_list(t, k, first)
            intro = _intro(t, *intro_span, before) if intro_span else None
            claims = _emit(t, items, intro, events)
        elif t.marks[k] is None and ends_with_colon(t.doc.text[s:e]):
            intro_span = (s, e)
            items, nxt = unmarked(t, k + 1)
            intro = _intro(t, s, e, None) if len(items) > 1 else None
            strong = intro is not None and intro.tier >= TIERS["verbs"]
            claims = _emit(t, items, intro, events) if strong else []
        else:
            k += 1
            continue
        if claims:
            covered.append((_sentence_start(t, *(intro_span or (s, s))), t.lines[nxt - 1][1]))
            out.extend(claims)
        k = max(nxt, k + 1) if claims or first is not None else k + 1
    return out, covered


def _sentence_start(t: Text, start: int, end: int) -> int:
    """Where the introduction ``[start, end)`` begins once the sentences of its paragraph before
    it are left out: they may state a decision of their own."""
    starts = [s.start for s in t.doc.sentences if start <= s.start < end]
    return starts[-1] if starts else start


# Lists in running text.

def _inline(t: Text, events: list[Event], covered: list[tuple[int, int]]) -> list[Decision]:
    """Items listed inside a sentence after their introduction (اتخذ المجلس عدداً من القرارات
    ومنها أ، وب؛ أبرز بنودها "أ، وب"): the coordinated pieces up to the sentence's end or the
    quotation that holds them."""
    out: list[Decision] = []
    for sentence in t.doc.sentences:
        quotes = bisect_left(t.quotes, sentence.end) > bisect_left(t.quotes, sentence.start)
        if any(a < sentence.end and sentence.start < b for a, b in covered) or not (
                quotes or t.cue.inline_hint.search(t.view, sentence.start, sentence.end)
                or ":" in t.doc.text[sentence.start : sentence.end]
                or t.doc.text.startswith(("ومن", "من"), sentence.start)):
            continue
        toks = t.tokens(sentence.start, sentence.end)
        ks = [t.keys(tok) for tok in toks]
        for i in range(len(toks)):
            upto: int | None = None
            ends = t.cue.inline_ends.at(ks, i)
            # منها is "of them" only right after the items' noun (القرارات المهمة ومنها);
            # without و only next to it (التوصيات منها), not after a clause of its own
            # (التوصيات السابقة وما تم إنجازه منها).
            reach = (_near_reach(t, toks[i]) if any(k in t.cue.near_ends for k in ks[i])
                     else _INLINE_REACH) if ends else 0
            if ends and t.cue.kinds.anywhere(ks, max(0, i - reach), i):
                at = toks[min(len(toks) - 1, i + ends[0][0] - 1)].end
            elif quotes and _quote_follows(t, toks, ks, i):
                at = toks[i].end  # أبرز بنودها "أ، وب": the items' noun, then their quotation
            elif (upto := colon_opens(t.doc.text, toks, ks, i, t.cue)) is not None:
                at = toks[i].end  # ومن أبرز القرارات: أ، وب
            else:
                continue
            intro = _intro(t, sentence.start, upto or at, None)
            if intro is not None and intro.org is None and intro.subject is None:
                intro.org = _referred_body(t, toks[i], sentence.start)
            issuer = _issuer(intro, events) if intro is not None else None
            if intro is None or issuer is None:
                continue
            found = _running(t, at, sentence.end, intro.kind, issuer, (sentence.start, sentence.end))
            if found:
                covered.append((sentence.start, sentence.end))
                out.extend(found)
                break
    return out


_ANTECEDENT = 3  # characters between an organisation and the relative pronoun after it
_BACK = frozenset(match_key(w) for w in ("عليه", "عليها", "عليهم", "به", "بها", "له", "لها", "فيه", "فيها"))


def _after_relative(t: Text, d: Decision) -> bool:
    """Whether a single decision's verb stands right after a relative pronoun whose antecedent
    is no organisation and the body right after the verb (عهد الملك الذي أقر مجلس ...): the
    organisation is the verb's object, and the story states no decision of it. A verb with a
    pronoun back to the antecedent (التي وافق عليها المجلس) has the body as its subject."""
    before = t.doc.text[max(0, d.text[0] - 30) : d.text[0]]
    words = before.split()
    if not words or match_key(words[-1]) not in t.cue.relatives:
        return False
    verb = t.doc.text[d.text[0] : d.text[0] + 30].split()[:1]
    after = d.text[0] + len(verb[0]) if verb else d.text[0]
    # The body right after the verb or past its object (الذي أوصى مسيري النادي); not past a
    # pronoun back to the antecedent (التي وافق عليها المجلس: the body decides).
    if not any(m[2] is d.body and len(t.doc.text[after : m[0]].split()) <= 1
               and not _BACK.intersection(map(match_key, t.doc.text[after : m[0]].split()))
               for m in t.mentions_in(after, after + 20)):
        return False
    at = d.text[0] - len(before) + before.rfind(words[-1])
    return not any(m[2].type == "ORG" and 0 <= at - m[1] <= _ANTECEDENT
                   for m in t.mentions_in(max(0, at - 120), at))


_HOLDER_REACH = 60  # characters before a verb within which its subject's organisation ends
_TITLE_TO_ORG = 30  # characters between a post's title and its organisation's name


def _holder_subject(t: Text, d: Decision) -> bool:
    """Whether a single decision's body is named before the verb only as the organisation of
    a post whose holder is named right before the title (فلان نائب رئيس الاتحاد السابق فوافق
    على تسليمه): the holder is the verb's subject, deciding for himself."""
    if d.body is None:
        return False
    start = d.text[0]
    near = [m for m in t.mentions_in(max(0, start - _HOLDER_REACH), start)
            if m[2].type in ("ORG", "PERSON")]
    if not near or near[-1][2] is not d.body:
        return False  # the body is not the subject named before the verb
    org_at = near[-1][0]
    titles = t.posts[bisect_left(t.posts, org_at - _TITLE_TO_ORG) : bisect_left(t.posts, org_at)]
    if not titles:
        return False
    word = t.doc.text[titles[0] : titles[0] + 20].split()[:1]
    if word and match_key(word[0]) in t.cue.collective_titles:
        return False  # أبلغ فلان أعضاء مجلس الإدارة بأنه قرر: the members are the object
    people = t.mentions_in(max(0, titles[0] - _HOLDER_REACH), titles[0])
    return any(m[2].type == "PERSON" and 0 <= titles[0] - m[1] <= _ANTECEDENT for m in people)


_BARE_NEAR_REACH = 2  # tokens before a منها written without و within which the noun stands


def _near_reach(t: Text, tok: Token) -> int:
    """How many tokens before منها its items' noun may stand: ومنها goes on from adjectives and
    a complement (التوصيات اللازمة لذلك ومنها), a bare منها only from the noun or one word."""
    word = t.doc.text[tok.start : tok.end]
    return _NEAR_REACH if word.startswith("و") else _BARE_NEAR_REACH


def _referred_body(t: Text, noun: Token, start: int) -> Entity | None:
    """The organisation an items' noun with a possessive ending refers back to (أعلن البرلمان
    ورقته. ومن بنودها «...»): the one last named before its sentence, else None."""
    word = t.doc.text[noun.start : noun.end]
    if not word.endswith(POSSESSIVE) or len(word) < 5:
        return None
    orgs = [m[2] for m in t.mentions_in(max(0, start - _BODY_BEFORE), start) if m[2].type == "ORG"]
    return orgs[-1] if orgs else None


def _quote_follows(t: Text, toks: list[Token], ks: Keys, i: int) -> bool:
    """Whether token ``i`` is a noun that names items (بنودها، قراراته، توصياتها) and a
    quotation opens right after it (past an أيضاً)."""
    # The quotation first: a slice is cheaper than matching the cue phrases, and rarer.
    rest = t.doc.text[toks[i].end : toks[i].end + _QUOTE_AFTER_NOUN].lstrip(" :")
    for also in _ALSO:
        rest = rest.removeprefix(also)
    rest = rest.lstrip(" :")
    if not (rest[:1] in t.cue.quote_open and rest[:1] != ""):
        return False
    return any(tier == TIERS["nouns"] for _, _, tier in t.cue.kinds.at(ks, i))


def _running(t: Text, start: int, end: int, kind: str, issuer: Issuer,
             evidence: tuple[int, int]) -> list[Decision]:
    """The claims of items that follow ``start`` in running text, inside the quotation that
    opens there if one does."""
    text = t.doc.text
    lead = start
    while lead < end and (text[lead].isspace() or text[lead] in ":："):
        lead += 1
    for also in _ALSO:  # ومن بنودها أيضاً "..."
        if text.startswith(also, lead) and text[lead + len(also) : lead + len(also) + 2].strip()[:1] \
                in t.cue.quote_open:
            lead += len(also)
            while lead < end and text[lead].isspace():
                lead += 1
            break
    inside = t.quoted(t.line_start(start), start)  # a quoted statement's own list
    quoted = inside or (lead < end and text[lead] in t.cue.quote_open)
    if quoted:
        begin = lead if inside else lead + 1
        close = next((n for n in range(begin, end) if text[n] in t.cue.quote_close), end)
        start, end = begin, close
    pieces = coordinated(text, start, end, t.cue, lambda s, e: names_someone(t, s, e))
    if text[pieces[0][0] : pieces[0][1]].lstrip()[:1].isdigit():
        return []  # منها 21 خاصاً بالأنظمة: a count broken down, not items
    spans = [item_span(t, s, e, quoted) for s, e in pieces]
    return [Decision(kind, issuer[0], issuer[1], span, evidence) for span in spans if span is not None]


def _continued(t: Text, found: list[Decision], covered: list[tuple[int, int]]) -> list[Decision]:
    """The quoted content of a decision reported before (أقر المجلس إصلاحات ... وتنص الإصلاحات
    على «أ، وب»، وتشمل «ج»): items of that decision, by the same body; or of the document the
    verb names (وتضمن البيان «أ، وب»): its points, by the organisation last named."""
    decided = sorted((d for d in found if d.kind == "DECISION"), key=lambda d: d.evidence[0])
    starts = [d.evidence[0] for d in decided]
    out: list[Decision] = []
    for sentence in t.doc.sentences:
        n = bisect_left(starts, sentence.start) - 1
        if any(a < sentence.end and sentence.start < b for a, b in covered) or \
                not t.cue.content_hint.search(t.view, sentence.start, sentence.end):
            continue
        toks = t.tokens(sentence.start, sentence.end)
        ks = [t.keys(tok) for tok in toks]
        read = sentence.start  # a verb inside a quotation already read is part of an item
        for i in range(len(toks)):
            hits = t.cue.content_verbs.at(ks, i) if toks[i].start >= read else []
            if not hits:
                continue
            after = toks[min(len(toks) - 1, i + hits[0][0] - 1)].end
            window = t.doc.text[after : min(sentence.end, after + _CONTENT_REACH)]
            opening = next((k for k, ch in enumerate(window) if ch in t.cue.quote_open), None)
            if opening is None:
                continue
            source = decided[n] if n >= 0 else _named_document(t, toks, ks, i, sentence.start)
            if source is None:
                continue
            for span in _quoted_items(t, after + opening, sentence.end):
                out.append(Decision(source.kind, source.body, source.event, span,
                                    (sentence.start, sentence.end)))
                read = span[1]
    return out


def _named_document(t: Text, toks: list[Token], ks: Keys, i: int, start: int) -> Decision | None:
    """A stand-in claim for the document a content verb names (تضمن البيان، نص القرار): its kind
    from the document's word, its body the organisation last named before; None without one."""
    kind = next((k for j in range(i + 1, min(len(toks), i + 3)) for _, k, _ in t.cue.kinds.at(ks, j)),
                None)
    orgs = [m[2] for m in t.mentions_in(max(0, start - _BODY_BEFORE), toks[i].start)
            if m[2].type == "ORG"]
    if kind is None or not orgs:
        return None
    return Decision(kind, orgs[-1], None, (start, start), (start, start))


def _quoted_items(t: Text, at: int, end: int) -> list[tuple[int, int]]:
    """The coordinated items of the quotation that opens at ``at`` and of those joined to it
    («أ»، و«ب»)."""
    text = t.doc.text
    out: list[tuple[int, int]] = []
    while at < end and text[at] in t.cue.quote_open:
        close = next((n for n in range(at + 1, end) if text[n] in t.cue.quote_close), end)
        for s, e in coordinated(text, at + 1, close, t.cue, lambda s, e: names_someone(t, s, e)):
            span = item_span(t, s, e, quoted=True)
            out.extend([span] if span is not None else [])
        joined = _JOINED_QUOTE.match(text, close + 1, end)
        at = joined.end() - 1 if joined else end
    return out


# Single decisions.

def find_decisions(doc: Doc, events: list[Event]) -> list[Decision]:
    """Decisions, recommendations and statement points of a document, in text order."""
    if not doc.text:
        return []
    t = Text(doc, cues())
    listed, covered = _lists(t, events)
    listed += _inline(t, events, covered)
    single = singles(t, events, covered)
    # A verb after a relative pronoun (الذي أقر مجلس ...) has the antecedent as its subject.
    objects = {d.evidence for d in single if _after_relative(t, d) or _holder_subject(t, d)}
    found = listed + [d for d in single if d.evidence not in objects]
    found += _continued(t, found, covered)
    return sorted(found, key=lambda d: d.evidence[0])
