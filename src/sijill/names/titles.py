"""TITLE spans (honorifics and posts) found with a grammar built from ``lang/ar/titles.json``.

A post head (``رئيس``) is a title on its own; a following body (``المكتب التنفيذي``) or a
ministry portfolio (``الخارجية``) extends it. The role is read from the words as written,
without clitics, suffixes or diacritics (``لرئيسها`` -> ``رئيس``, ``رئيساً للمكتب التنفيذي`` ->
``رئيس المكتب التنفيذي``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sijill.doc import Doc, Span
from sijill.lang import load_json
from sijill.names.gazetteer import (
    EDGE,
    OrgGazetteer,
    alternation,
    fuzzy_pattern,
    longest_first,
    name_key,
    restore_article,
)
from sijill.names.places import country_keys, place_words
from sijill.pipeline import stage
from sijill.text.normalize import match_key, search_view, strip_diacritics, strip_tatweel
from sijill.text.patterns import MARKS, fuzzy


def _clean(s: str) -> str:
    return " ".join(strip_tatweel(strip_diacritics(s)).split())


def _is_definite(word: str) -> bool:
    return search_view(word).startswith("ال")


class _Grammar:
    """The compiled title patterns, the words they know, and the honorific stripper."""

    def __init__(self) -> None:
        data = load_json("titles.json")
        heads: dict[str, list[str]] = data["post_heads"]
        self.known = {name_key(w) for key in ("honorifics", "bodies", "portfolios")
                      for w in data[key]}
        self.known |= {name_key(w) for ws in heads.values() for w in ws}
        pronouns = "|".join(sorted((re.escape(s) for s in data["suffixes"] if s != "ا"),
                                   key=len, reverse=True))
        mod = rf"(?:\s+(?P<mod>{alternation(data['modifiers'])})(?!\w))?"

        def stems(words: list[str]) -> str:
            # ة is written ت before a pronoun suffix: رئيستها.
            alts = []
            for w in sorted(set(words), key=len, reverse=True):
                if " " in w and not _is_definite(w):
                    # أمين عام -> أميناً عاماً: every word of an indefinite head may be accusative.
                    first, *rest = w.split()
                    alts.append(fuzzy_pattern(first) + "".join(
                        rf"{MARKS}(?:ا{MARKS})?\s+{fuzzy(word)}" for word in rest))
                elif w.endswith("ة"):
                    # Only ة proper: رئيسه and رئيسها read as رئيس with a pronoun.
                    alts.append(fuzzy_pattern(w[:-1]) + rf"(?:ة|ت(?={MARKS}(?:{pronouns})))")
                else:
                    alts.append(fuzzy_pattern(w))
            return "(?:" + "|".join(alts) + ")"

        def indefinite(words: list[str], following: str | None) -> str:
            # A pronoun suffix ends the title (رئيسها); a bare or accusative head (رئيس،
            # رئيساً) may take a body or portfolio, in construct or with ل (رئيساً للمكتب).
            body = (rf"(?:\s+(?P<link>ل)?(?P<body>{following})(?!\w))?" if following else "")
            return (rf"{EDGE}(?P<head>{stems(words)}){MARKS}"
                    rf"(?:(?P<suf>{pronouns}){MARKS}(?!\w)|(?P<acc>ا)?{MARKS}(?!\w){body})")

        bare = {k: [w for w in ws if not _is_definite(w)] for k, ws in heads.items()}
        # Posts said only after a verb of naming, the complement with ل (ولياً للعهد): the
        # accusative form, with the post it stands for.
        said: dict[str, str] = data.get("accusative_posts", {})
        self.accusative_posts = {name_key(k): v for k, v in said.items()}
        bare["plain"] = bare["plain"] + list(said)
        definite = [w for ws in heads.values() for w in ws if _is_definite(w)]
        shapes = [
            (indefinite(bare["body"], alternation(data["bodies"])), "post"),
            (indefinite(bare["portfolio"], alternation(data["portfolios"])), "post"),
            (indefinite(bare["plain"], None), "post"),
            (rf"{EDGE}(?P<head>{alternation(definite)})(?!\w)", "post"),
        ]
        self.rules = [(re.compile(p + mod), kind) for p, kind in shapes]
        honorific = alternation(data["honorifics"])
        self.rules.append((re.compile(rf"{EDGE}(?P<head>{honorific})(?:(?<=\.)|(?!\w))"),
                           "honorific"))
        self.leading_honorific = re.compile(rf"\s*{honorific}(?:(?<=\.)\s*|\s+)(?=\w)")
        # Nouns that state a post in a phrase (برئاسة فلان، وعضوية كل من), with the post they state.
        self.phrase_roles = {name_key(k): v for k, v in data.get("phrases", {}).items()}
        # Phrases that state no post of their own before a post title (بقيادة المدرب فلان).
        self.yielding = frozenset(name_key(w) for w in data.get("yielding_phrases", []))
        self.adjectives = frozenset(name_key(w) for w in data.get("adjective_heads", []))
        # Heads that read as another word once hamza and final ya are folded (والي: وإلى، وآلية).
        self.strict = frozenset(name_key(w) for w in data.get("strict_heads", []))
        # Verbs that state a post (يرأس المجلس فلان، فلان سيترأس الهيئة): a phrase whose post
        # needs its organisation named after it.
        self.verb_roles = {name_key(k): v for k, v in data.get("post_verbs", {}).items()}
        stated = list(data.get("phrases", {})) + list(data.get("post_verbs", {}))
        self.phrases = re.compile(rf"(?<!\w)(?P<head>{alternation(stated)}){MARKS}(?!\w)")
        # Nouns of a post held (تولى فلان رئاسة اللجنة): only after a verb of taking or holding
        # it, a few words before (its subject between), never on their own (رئاسة الجمهورية).
        held: dict[str, str] = data.get("held_posts", {})
        self.held_roles = {name_key(k): v for k, v in held.items()}
        self.held = re.compile(
            rf"(?<!\w)[وف]?(?:{alternation(data.get('held_verbs', []))}){MARKS}(?!\w)"
            rf"(?:\s+[^\s،,.:؛()«»\"]+){{0,8}}?\s+(?:في\s+)?(?P<head>{alternation(list(held))}){MARKS}(?!\w)"
        ) if held else None
        # A verb or noun of leaving a post, then من/عن (and منصب) right before the post
        # (استقالة فلان من رئاسة اللجنة، تنحى فلان عن منصب نائب الرئيس): ``at`` is where it starts.
        # Searched backwards from a post's start only (a window before it), so no scan of the
        # whole text: من/عن (and منصب) right before the post, then the verb a few words before;
        # or منصبه ك after a verb whose object is the post (غادر فلان منصبه كرئيس: left_object_verbs).
        left, posts = data.get("left_verbs", []), alternation(data.get("left_post_words", []))
        self.left_tail = re.compile(rf"(?<!\w)(?:(?:من|عن)\s+(?:(?:{posts}){MARKS}\s+)?|(?P<obj>{posts}){MARKS}\s+ك?)$")
        self.left, self.left_obj = (re.compile(
            rf"(?<!\w)[وف]?(?:{alternation(verbs)}){MARKS}(?!\w)"
            rf"(?:\s+(?!(?:من|عن)(?!\w))[^\s،,.:؛()«»\"]+){{0,6}}\s+$"
        ) if verbs else None for verbs in (left, data.get("left_object_verbs", [])))
        self.left_intended = frozenset(name_key(w) for w in data.get("left_intended", []))
        self.held_noun = re.compile(rf"(?P<head>{alternation(list(held))}){MARKS}(?!\w)") if held else None
        given: list[str] = data.get("given_verbs", [])
        self.given = re.compile(
            rf"(?<!\w)[وف]?(?:{alternation(given)}){MARKS}(?!\w)(?:\s+[^\s،,.:؛()«»\"]+){{0,6}}\s+$"
        ) if given else None
        self.plurals = {name_key(k): v for k, v in data.get("plurals", {}).items()}
        verbs: list[str] = data.get("held_verbs", [])
        relative = data.get("relative_holders", {})
        self.present_held = frozenset(name_key(v) for v in verbs if v.startswith("ي") or "ي" + v[1:] in verbs)
        self.relative_holder = re.compile(
            rf"(?<!\w)(?:{alternation(relative.get('relatives', []))})\s+(?P<verb>{alternation(verbs)})"
            rf"(?:{pronouns})?{MARKS}(?:\s+(?:{alternation(relative.get('one_of', []))}))?{MARKS}(?!\w)"
        ) if relative and verbs else None
        self.prepositions = frozenset(name_key(w) for w in data.get("prepositions", []))
        named_after: list[str] = data.get("named_after", [])
        # جامعة الملك سعود: the noun (with a clitic) right before a definite title.
        self.named_after = re.compile(
            rf"{EDGE}[وفبل]?(?:{alternation(named_after)}){MARKS}\s+$") if named_after else None
        placed: dict[str, list[str]] = data.get("place_heads", {})
        self.place_heads = frozenset(name_key(w) for w in placed.get("heads", []))
        self.place_openers = frozenset(match_key(w) for w in placed.get("places", []))
        self.ranks = frozenset(name_key(w) for w in data.get("rank_words", []))
        # المدرب فلان: the trade's post is مدرب, the article the description's.
        self.trade_roles = {name_key(k): v for k, v in data.get("trade_posts", {}).items()}
        openers: list[str] = data.get("name_openers", [])
        # عبد الملك، عبد الأمير: the opener (with a clitic) right before a definite title.
        self.name_opener = re.compile(
            rf"{EDGE}(?:{alternation(openers)}){MARKS}\s+$") if openers else None
        # A deputy word right before a post (نائب رئيس الجمهورية، نائباً لرئيس مجلس الإدارة),
        # searched backwards from the post's start only, so no scan of the whole text.
        self.deputy = re.compile(
            rf"{EDGE}(?P<pre>{alternation(data.get('deputy_prefixes', []))}){MARKS}"
            rf"(?P<acc>ا)?{MARKS}(?:\s+(?:{alternation(data.get('deputy_ordinals', []))}){MARKS}(?!\w))?"
            rf"\s+(?:ل\u0640?)?$")

    def is_adjective(self, word: str) -> bool:
        """Whether ``word`` is a title word that also qualifies a title (المحافظ)."""
        return name_key(word) in self.adjectives

    def is_known(self, word: str) -> bool:
        """Whether ``word`` is a word of the data file (after spelling folds)."""
        return name_key(word) in self.known


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    """The title grammar, compiled once."""
    return _Grammar()


def _part(g: _Grammar, text: str, m: re.Match[str], group: str) -> str:
    written = _clean(text[m.start(group) : m.end(group)])
    if m.start(group) > 0 and text[m.start(group) - 1] == "ل":  # the لل form: لرئيس
        written = restore_article(written, g.is_known)
    if group == "head" and m.groupdict().get("suf") and written.endswith("ت"):
        written = written[:-1] + "ة"
    if group == "head" and m.groupdict().get("suf") and written.endswith(("ئ", "ؤ")):
        written = written[:-1] + "ء"  # أعضائه، أعضاؤها: the hamza of أعضاء sits on a seat
    if group == "head" and " " in written and not g.is_known(written):
        # أمينا عاما (accusative on each word) is the post أمين عام.
        bare = " ".join(w.removesuffix("ا") for w in written.split())
        if g.is_known(bare):
            written = bare
    return written


def find_titles(text: str) -> list[Span]:
    """TITLE spans of ``text``: non-overlapping, the longest winning."""
    g = grammar()
    view = search_view(text)
    found: dict[tuple[int, int, str], tuple[re.Match[str], bool]] = {}
    orgs: list[tuple[int, int, str]] | None = None
    for pattern, kind in g.rules:
        for m in pattern.finditer(view):
            end, with_body = m.end(), bool(m.groupdict().get("body"))
            if with_body:
                if orgs is None:
                    orgs = OrgGazetteer.load().find(text)
                b_start, b_end = m.start("body"), m.end("body")
                if any(s <= b_start < e and e > b_end for s, e, _ in orgs):
                    # The "body" opens an organisation's name (المجلس الوطني السوري), which
                    # is no part of the role.
                    end, with_body = (m.end("acc") if m["acc"] else m.end("head")), False
            found[(m.start(), end, kind)] = (m, with_body)
    spans = []
    for start, end, kind in longest_first(list(found)):
        m, with_body = found[(start, end, kind)]
        head = role = _part(g, text, m, "head")
        if _folded_away(g, text, m, head):
            continue
        if with_body:
            role = f"{role} {_part(g, text, m, 'body')}"
        data: dict[str, Any] = {"kind": kind, "role": role, "head": head}
        said = name_key(" ".join(w.removesuffix("ا") for w in head.split()))
        if said in g.accusative_posts:
            role = head = g.accusative_posts[said]
            data.update(role=role, head=head, accusative=True)
        if m.groupdict().get("acc") or "\u064b" in text[m.end("head") : m.end("head") + 2]:
            # رئيساً، رئيسةً (the tanween written on ة): the post someone is elected or named to
            data["accusative"] = True
        if name_key(head) in g.plurals:
            data["plural"] = True  # أعضاء المجلس فلان وفلان: each holds it
            one = g.plurals[name_key(head)]  # مستشارين: each an مستشار
            data["role"], data["head"] = one + role[len(head) :], one
        if m.groupdict().get("suf"):
            data["suffix"] = True  # نائبه، رئيسها: the post of whoever the pronoun names
        if m.groupdict().get("mod") and end == m.end():
            data["modifier"] = _clean(text[m.start("mod") : m.end("mod")])
        spans.append(Span(start, end, "TITLE", None, data))
    spans = _join_constructs(text, _join_deputies(g, text, view, _with_phrases(g, text, view, spans)))
    spans = [_as_trade(g, s) for s in _left_posts(g, text, view, spans)]
    return [s for i, s in enumerate(spans)
            if not _in_a_name(g, view, s) and not _an_adjective(g, view, spans[i - 1] if i else None, s)
            and _placed(g, view, s)]


def _as_trade(g: _Grammar, span: Span) -> Span:
    """A post of a trade with its role as the trade is named (المدرب: مدرب), marked ``trade``."""
    said = g.trade_roles.get(name_key(str(span.data.get("role", ""))))
    if said is None:
        return span
    return Span(span.start, span.end, span.label, span.value, {**span.data, "role": said, "trade": True})


def _folded_away(g: _Grammar, text: str, m: re.Match[str], head: str) -> bool:
    """Whether a strict head (والي) is written with a hamza or a final ى: another word (وإلى)."""
    if name_key(head) not in g.strict:
        return False
    return any(c in "أإآى" for c in _clean(text[m.start("head") : m.end("head")]))


#: The word right after a title, with a ل on it or not (أمير لمنطقة، نائب أمير دولة).
_NEXT_WORD = re.compile(r"\s+(?:ل\u0640?)?(\w+)")


def _placed(g: _Grammar, view: str, span: Span) -> bool:
    """Whether a post that only a ruled place makes a post (أمير) has its place right after it:
    a place word (منطقة، المنطقة، دولة، إمارة), a country or a region of one (أمير قطر، أمير
    عسير). Other posts always pass. Before any other word the head is a word of a person's name
    (حسين أمير عبد اللهيان) or of a phrase (أمير الشعراء), no post."""
    if name_key(str(span.data.get("head", ""))) not in g.place_heads:
        return True
    m = _NEXT_WORD.match(view, span.end)
    return m is not None and _opens_a_place(g, match_key(m.group(1)))


def _opens_a_place(g: _Grammar, key: str) -> bool:
    words = place_words()
    bare = key.removeprefix("ال")
    if any(k in g.place_openers or k in words.trimmed or k in words.kept or k in words.named
           for k in (key, bare)):
        return True
    return key in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Matching keys of the first words of countries and of their first-level regions
    (قطر، الكويت، عسير، الرياض): a ruled place a post such as أمير names right after it."""
    regions: dict[str, list[str]] = load_json("subdivisions.json")["subdivisions"]
    names = [*country_keys(), *(match_key(n) for ns in regions.values() for n in ns)]
    return frozenset(n.split()[0] for n in names if n.strip())


#: A nisba adjective (البولندي، الأمريكية) between a title and a word that may qualify it.
_NISBA = re.compile(r"(?:\s+ال\w+(?:ي|ية))*\s+$")


def _an_adjective(g: _Grammar, view: str, before: Span | None, span: Span) -> bool:
    """Whether a title word that is also an adjective (المحافظ: conservative) qualifies the
    title right before it, nisba adjectives between (الرئيس البولندي المحافظ)."""
    if before is None or name_key(str(span.data.get("head", ""))) not in g.adjectives:
        return False
    return _NISBA.fullmatch(view, before.end, span.start) is not None


#: How far before a title the noun of a place named after its holder may start.
_NAMED_REACH = 16


def _in_a_name(g: _Grammar, view: str, span: Span) -> bool:
    """Whether a definite title is a word of the name of a place or institution named after a
    titled person (مستشفى الملك فهد، مطار الملك عبد العزيز), or of a person's compound name
    (عبد الملك)."""
    if not view.startswith("ال", span.start):
        return False
    before = max(0, span.start - _NAMED_REACH)
    if g.name_opener is not None and g.name_opener.search(view, before, span.start) is not None:
        return True  # عبد الملك الحوثي: a person's name, not a king
    return g.named_after is not None and g.named_after.search(view, before, span.start) is not None


def _with_phrases(g: _Grammar, text: str, view: str, spans: list[Span]) -> list[Span]:
    """The titles with the posts that phrases state (برئاسة فلان: رئيس), where no title is."""
    added = []
    for m in g.phrases.finditer(view):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        written = _clean(text[m.start() : m.end()])
        key = name_key(written)
        if key in g.yielding and _post_right_after(view, m.end(), spans):
            continue  # فاز الفريق بقيادة المدرب فلان: the post after is the one he holds
        role = g.phrase_roles.get(key) or g.verb_roles.get(key, written)
        added.append(Span(m.start(), m.end(), "TITLE", None, {
            "kind": "post", "role": role, "head": role, "phrase": True, "verb": key in g.verb_roles,
            # وعضوية كل من فلان وفلان: every name of the list holds it
            "plural": not role.startswith("رئيس")}))
    added += _held_posts(g, text, view, spans)
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _left_posts(g: _Grammar, text: str, view: str, spans: list[Span]) -> list[Span]:
    """The titles with the posts that a verb or noun of leaving states (استقالة فلان من رئاسة
    اللجنة: رئيس; تنحى فلان عن منصب نائب الرئيس), marked ``left`` with where the verb starts:
    the post held until then by the one named with the verb."""
    if g.left is None or g.held_noun is None:
        return spans
    starts: list[tuple[int, int, int | None]] = [
        (s.start, s.end, k) for k, s in enumerate(spans) if s.data.get("kind") == "post"]
    starts += [(n.start(), n.end(), None) for n in g.held_noun.finditer(view)]
    added: list[Span] = []
    for at, end, k in starts:
        tail = g.left_tail.search(view, max(0, at - _TAIL_REACH), at)
        if tail is None:
            continue
        m = (verb := g.left_obj if tail.group("obj") else g.left) and verb.search(view, max(0, tail.start() - _VERB_REACH), tail.start())
        if m is None:
            continue
        # يتنحى عن رئاسة النادي: announced, the post still held until then.
        done = name_key(_clean(text[m.start() : m.end()]).split()[0]).removeprefix("و") not in g.left_intended
        if k is not None:
            spans[k] = Span(spans[k].start, spans[k].end, "TITLE", None,
                            {**spans[k].data, "left": m.start(), "left_done": done})
            continue
        if any(s.start < end and at < s.end for s in spans):
            continue
        role = g.held_roles.get(name_key(_clean(text[at:end])))
        if role is not None:
            added.append(Span(at, end, "TITLE", None, {
                "kind": "post", "role": role, "head": role, "phrase": True, "verb": True,
                "accusative": True, "plural": False, "left": m.start(), "left_done": done}))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


#: How far before a post من/عن and منصب may start.
_TAIL_REACH = 16


def _post_right_after(view: str, end: int, spans: list[Span]) -> bool:
    """Whether a post (no rank, no honorific) starts right after ``end``, only spaces between."""
    after = next((s for s in spans if s.start >= end), None)
    return (after is not None and after.data.get("kind") == "post"
            and not view[end : after.start].strip())


def _held_posts(g: _Grammar, text: str, view: str, spans: list[Span]) -> list[Span]:
    """The posts that nouns after a verb of holding state (نال فلان رئاسة اللجنة: رئيس), held
    by the subject named before the noun, in the organisation named after it."""
    added: list[Span] = []
    for m in g.held.finditer(view) if g.held is not None else ():
        added += _held_post(g, text, spans + added, m.start("head"), m.end("head"), None)
    given, nouns = g.given, g.held_noun
    if given is None or nouns is None:
        return added
    for noun in nouns.finditer(view):
        # أسند الاتحاد رئاسة اللجنة إلى فلان: the post of the one it is handed to
        verb = given.search(view, max(0, noun.start() - _VERB_REACH), noun.start())
        if verb is not None:
            added += _held_post(g, text, spans + added, noun.start(), noun.end(), verb.start())
    return added


#: How far before a post a verb of handing or leaving it may start (six words between).
_VERB_REACH = 120


def _held_post(g: _Grammar, text: str, spans: list[Span], start: int, end: int,
               given: int | None) -> list[Span]:
    """The post a noun at ``[start, end)`` states (رئاسة: رئيس), unless a title is there."""
    if any(s.start < end and start < s.end for s in spans):
        return []
    role = g.held_roles.get(name_key(_clean(text[start:end])))
    if role is None:
        return []
    data: dict[str, Any] = {"kind": "post", "role": role, "head": role, "phrase": True, "verb": True,
                            "accusative": True, "plural": False}
    if given is not None:
        data["given"] = given
    return [Span(start, end, "TITLE", None, data)]


#: How far before a post a deputy word may start (النائب الثاني ل: 16 characters).
_DEPUTY_REACH = 24


_NAME_LINKS = frozenset(("بن", "ابن", "بنت", "ابو", "أبو", "ال", "آل"))


def _in_name(view: str, start: int) -> bool:
    """Whether the word at ``start`` goes on a name (عبدالله بن مساعد): a name, not a deputy."""
    before = view[max(0, start - 8) : start].split()
    return bool(before) and before[-1] in _NAME_LINKS


def _join_deputies(g: _Grammar, text: str, view: str, spans: list[Span]) -> list[Span]:
    """One title for a deputy word and the post after it: ``نائب`` + ``رئيس الجمهورية`` ->
    ``نائب رئيس الجمهورية`` (a title of its own, not a deputy of nothing and a president)."""
    out: list[Span] = []
    for span in spans:
        if span.data.get("kind") != "post":
            out.append(span)
            continue
        m = g.deputy.search(view, max(0, span.start - _DEPUTY_REACH), span.start)
        if m is None or _in_name(view, m.start()) or span.data.get("verb"):
            out.append(span)  # نائب يرأس لجنة المالية: a member of parliament who chairs it
            continue
        while out and out[-1].end > m.start():
            out.pop()  # the deputy word was found as a title of its own (نائب)
        pre = _clean(text[m.start("pre") : m.end("pre")])
        plural = g.plurals.get(name_key(pre))
        pre = plural or pre  # نواب الرئيس فلان وفلان: each a نائب الرئيس
        data = {**span.data, **({"plural": True} if plural else {}), "role": f"{pre} {span.data['role']}", "head": f"{pre} {span.data['head']}"}
        if m.group("acc"):
            data["accusative"] = True  # نائباً لرئيس المجلس: the post someone is named to
        out.append(Span(m.start(), span.end, "TITLE", None, data))
    return out


def in_construct(text: str, title: Span) -> bool:
    """Whether a post title is bare and indefinite as written (مبعوث، نائب، مستشار رئيس): a
    noun in construct with whatever follows it, which is its complement, not its holder."""
    if title.data.get("kind") != "post" or title.data.get("phrase"):
        return False
    if title.data.get("accusative") or title.data.get("modifier") or title.data.get("plural"):
        return False  # رئيساً، الرئيس السابق: the post ends there
    written = _clean(text[title.start : title.end])
    if written != title.data.get("role") or not written.startswith(str(title.data.get("head"))):
        return False  # رئيسها، لرئيس: a suffix or a clitic ends or joins it otherwise
    # نائب رئيس الوزراء وزير الخارجية: a definite word ends it; the next are stacked posts
    return not any(_is_definite(w) for w in written.split())


def _in_construct(text: str, first: Span, second: Span) -> bool:
    """Whether ``first`` is a bare indefinite post whose complement is the post right after it
    (مبعوث الأمين العام، مستشار رئيس الوزراء): one post, the second no post of its holder's."""
    if second.data.get("kind") != "post" or second.data.get("phrase"):
        return False
    return in_construct(text, first) and text[first.end : second.start] == " "


def _join_constructs(text: str, spans: list[Span]) -> list[Span]:
    """One title for a post in construct with the post after it: ``مبعوث`` + ``الأمين العام``
    -> ``مبعوث الأمين العام`` (the envoy of the secretary-general, not a secretary-general)."""
    out: list[Span] = []
    for span in spans:
        if out and _in_construct(text, out[-1], span):
            first = out.pop()
            data = {**span.data, "role": f"{first.data['role']} {span.data['role']}",
                    "head": f"{first.data['head']} {span.data['head']}",
                    "construct": True}  # a nationality after it (الروسي) is the complement's
            data.pop("accusative", None)
            out.append(Span(first.start, span.end, "TITLE", None, data))
            continue
        out.append(span)
    return out


def is_preposition(word: str) -> bool:
    """Whether ``word`` is a free-standing preposition whose object is the name after it (إلى،
    عن، مع)."""
    return name_key(word) in grammar().prepositions


def holder_clause(text: str, end: int) -> tuple[int, bool] | None:
    """The clause of holding right after a post ending at ``end``, or after its complement
    (الذي يشغله، للحزب التي يشغل أحدها): where it ends, and whether its verb is in the
    present (the post held now)."""
    g = grammar()
    if g.relative_holder is None:
        return None
    window = search_view(text[end : end + _CLAUSE_REACH])
    m = g.relative_holder.search(window)
    if m is None:
        return None
    before = window[: m.start()]
    if len(before.split()) > _COMPLEMENT_WORDS or any(c in before for c in "،,.:؛;"):
        return None  # the clause is another noun's, past the post's complement
    return end + m.end(), name_key(_clean(m["verb"])) in g.present_held


#: How far after a post its clause of holding is looked for, and how many words of the
#: post's complement may stand before it.
_CLAUSE_REACH = 90
_COMPLEMENT_WORDS = 4


def is_rank(word: str) -> bool:
    """Whether ``word`` ranks a holder among a post's holders (أول رئيس، آخر أمين عام)."""
    return name_key(word) in grammar().ranks


def strip_honorifics(name: str) -> str:
    """The name without its leading honorifics: ``الدكتور محمد حسام`` -> ``محمد حسام``."""
    pattern = grammar().leading_honorific
    rest = name
    while (m := pattern.match(search_view(rest))) is not None:
        rest = rest[m.end() :]
    return rest.strip()


@stage("titles", needs=("tokens",), adds=("titles",))
def add_titles(doc: Doc) -> Doc:
    """Mark honorifics and post titles (رئيس المكتب التنفيذي، وزير الخارجية) as TITLE spans."""
    doc.layers["titles"] = find_titles(doc.text)
    return doc
