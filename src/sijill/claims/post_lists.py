"""The names that share one post: lists after a plural post or ``كل من``, names listed before a
plural post, and the same post in other states named by nationality alone."""

from __future__ import annotations

import re

from sijill.claims.lexicon import lexicon
from sijill.claims.model import Mention, SentenceView
from sijill.claims.post_holders import clause_break, verb_between
from sijill.claims.post_orgs import STATUS_WORDS, is_modifier, nationality_follows
from sijill.doc import Span
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key


def heads_a_list(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether every name of the list after the title holds it: a plural post (أعضاء، نواب
    الرئيس), ``كل من`` before the names, or a colon after the title."""
    if title.data.get("plural"):
        return True
    if person.span.start < title.end or any(title.end <= t.start < person.span.start for t in view.titles):
        return False
    between = view.doc.text[title.end : person.span.start]
    return any(cue in match_key(between) for cue in _LIST_CUES)


def opened_by_a_cue(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether the list after a title opens with كل من or a pronoun (وهم، هم): every item a
    name, whatever each says of itself before the next comma."""
    if person.span.start < title.end:
        return False
    words = re.sub(r"[،,:]", " ", match_key(view.doc.text[title.end : person.span.start])).split()
    return any(" ".join(words[k : k + 2]) in _LIST_CUES for k in range(len(words))) or \
        any(w in _LIST_PRONOUNS for w in words)


_LIST_CUES = tuple(match_key(c) for c in ("كل من", "كلا من", "كلاً من", ":"))
_LIST_PRONOUNS = frozenset(match_key(w) for w in ("هم", "وهم", "هما", "وهما", "هن", "وهن"))


def by_nationality(view: SentenceView, title: Span, person: Mention) -> list[Mention]:
    """Holders of the same post in other states, listed by nationality alone: ``وزير الخارجية
    الأميركي فلان، والروسي فلان، والسعودي فلان``."""
    if person.span.start < title.end or not nationality_follows(view, title):
        return []
    return listed_people(view, person, nationality=True)


def listed_people(view: SentenceView, first: Mention, nationality: bool = False,
                  carrying: bool = False) -> list[Mention]:
    """The people named after ``first`` in one list (فلان وفلان، والدكتور فلان), up to the first
    word that is not a separator or an honorific; with ``carrying`` (a list opened by كل من or
    وهم) an item may say more of its name before the comma that opens the next (فلان زعيم
    الكتلة، وعلان القيادي في التحالف)."""
    out: list[Mention] = []
    prev = item_end(view, first)
    for m in view.mentions:
        if m.span.start < prev:
            continue
        between = view.doc.text[prev : m.span.start]
        if between.count("(") > between.count(")"):
            continue  # named inside the bracket after a name: فلان (رئيس اللجنة)
        if carrying and m.type != "PERSON":
            continue  # فلان عن التيار الصدري، وعلان: the body an item names is its own
        if m.type == "PERSON" and carrying and _said_more(view, prev, m.span.start):
            out.append(m)
            prev = item_end(view, m)
            continue
        if m.type != "PERSON" or not only_separators(between, nationality):
            break
        out.append(m)
        prev = item_end(view, m)
    return out


#: How many words an item of a list opened by كل من may say of its name before the next.
_MAX_ITEM_WORDS = 10
#: The end of an item said more of: a comma, و, and honorifics at most before the next name.
_NEXT_ITEM = re.compile(r"[،,]\s*و(?P<rest>[^،,()]*)$")


def _said_more(view: SentenceView, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is what an item of a list says of its name (a post, a body it
    stands for, a bracket) and then ``، و`` opening the next item: no verb, no clause, no stop."""
    between = view.doc.text[start:end]
    m = _NEXT_ITEM.search(between)
    if m is None or not all(strip_honorifics(f"{w} _") == "_" for w in m["rest"].split()):
        return False
    said = _BRACKETED.sub(" ", between[: m.start()])
    if any(c in said for c in "،,()") or len(said.split()) > _MAX_ITEM_WORDS:
        return False
    return not clause_break(view, start, start + m.start()) and not verb_between(view, start, start + m.start())


#: Words that join a representative's post to the body they stand for (ممثلاً عن الوزارة).
_FOR = frozenset(("", "عن", "ل", "لـ", "لدى", "من"))


def item_end(view: SentenceView, person: Mention) -> int:
    """Where the item a listed name opens ends: after the name, or after the post of a
    representative it carries with the body represented (فلان ممثلاً لوزارة العمل، وفلان):
    the list goes on past it."""
    text = view.doc.text
    title = next((t for t in view.titles if t.start >= person.span.end), None)
    if title is None or text[person.span.end : title.start].strip(" /،,") or \
            not title.data.get("accusative") or \
            not lexicon().posted_heads.match((match_key(str(title.data.get("head", ""))),)):
        return person.span.end
    end = title.end
    for m in view.mentions:
        if m.type == "ORG" and m.span.start >= end and match_key(text[end : m.span.start].strip()) in _FOR:
            end = m.span.end
        elif m.span.start >= end:
            break
    return end


def list_before(view: SentenceView, title: Span) -> list[Mention]:
    """The list of names a plural post follows (تسمية كل من فلان وفلان أعضاءً في اللجنة), in
    text order; empty unless the last name stands right before the post."""
    people = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= title.start]
    if not people or not only_separators(view.doc.text[item_end(view, people[-1]) : title.start]):
        return []
    out = [people[-1]]
    for m in reversed(people[:-1]):
        if not only_separators(view.doc.text[item_end(view, m) : out[0].span.start]):
            break
        out.insert(0, m)
    return out if len(out) > 1 else []


_BRACKETED = re.compile(r"\([^()]{0,80}\)")


def only_separators(between: str, nationality: bool = False) -> bool:
    """Whether only commas, و and honorifics (and, with ``nationality``, one nationality: والروسي)
    stand between two names of a list."""
    # A bracket after a name says more of it (فلان (رئيس اللجنة)، وفلان): the list goes on.
    between = _BRACKETED.sub(" ", between).replace("ـ", " ")
    words = between.replace("،", " ").replace(",", " ").replace("/", " ").split()
    nisba = 0
    for w in words:
        w = w[1:] if w.startswith("و") and len(w) > 1 else w
        if nationality and is_modifier(w) and match_key(w) not in STATUS_WORDS:
            nisba += 1
        elif w != "و" and strip_honorifics(f"{w} _") != "_":
            return False
    return len(words) <= 3 and nisba == int(nationality)
