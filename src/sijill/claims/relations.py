"""The structure of organisations: bodies of an organisation (PART_OF), organisations in a
platform or alliance (MEMBER_OF), and their sizes, from the cues in ``lang/ar/relations.json``.

A body is an organisation whose name opens with a body head (مكتب العلاقات، الدائرة الإعلامية)
or is a listed body name (الهيئة العامة). Its parent is, by the surest cue first: the
organisation its own name goes on to name (مجلس إدارة نادي الوداد، see ``relation_names``),
the one named right after it (المكتب التنفيذي للتجمع، مجلس المرأة في الحزب، اللجنة بالغرفة),
the organisation of the post that names it, else a guess: the organisation its sentence names
again, one already holding other bodies of the article, or the one the article names most. A
body named only inside a post (رئيس المكتب التنفيذي للتجمع) becomes an organisation of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.relation_cues import (
    Cue,
    StructureLexicon,
    is_ad_hoc,
    is_body_name,
    is_national,
    structure_lexicon,
    takes_post,
    undef,
)
from sijill.claims.relation_guards import (
    allowed_guess_heads,
    counted_group,
    cue_parent_apart,
    guess_fits,
    news_office,
    org_member_cue,
    owner_of_place,
    persons_office,
    quotation_opens,
    research_centre,
    supreme_body,
    told_to,
    unmatched_nisba,
    unnamed_parent_after,
)
from sijill.claims.relation_links import QUOTES, clause_word, link_keys, name_heads
from sijill.claims.relation_names import (
    PUNCT,
    Found,
    Relation,
    bodies_before_names,
    headed,
    is_body,
    ministries_of_governments,
    parents_in_names,
)
from sijill.doc import Doc, Entity, Span, Token
from sijill.text.normalize import match_key

__all__ = ["Attribute", "Relation", "find_relations", "find_sizes", "is_body_name"]

_LINK_GAP = 24
_LINK_WORDS = 2  # the most words between a body and its organisation (التابعة لـ)
_POST_GAP = 4  # a post's organisation follows its title at most a preposition away (عضواً في)
#: From an offset, the first ``_LINK_WORDS`` words and the space after them (possessive, so a
#: word is never split to make up the count).
_LINK_REACH = re.compile(rf"(?:\s*+\S++){{{_LINK_WORDS}}}\s*+")


@dataclass(slots=True)
class Attribute:
    """A dated fact about an entity stated in the text, such as its size."""

    entity: Entity
    kind: str
    value: int
    unit: str
    evidence: tuple[int, int]
    date: str | None = None


def _word_keys(view: SentenceView) -> list[str]:
    return [match_key(view.doc.text[t.start : t.end]) for t in view.tokens]


def _cue_at(view: SentenceView, words: list[str], i: int, cue: Cue) -> int | None:
    """The token index after ``cue`` when it starts at token ``i``, else None."""
    keys, lam = cue
    n = len(keys)
    if i + n > len(words):
        return None
    for k, key in enumerate(keys):
        if words[i + k] != key and key not in view.keys[i + k]:
            return None
    after = i + n
    if lam:
        if after >= len(view.tokens):
            return None
        tok = view.tokens[after]
        # The clitic analysis may leave لـ on a name unsplit (لوزارة): the text shows it.
        written = view.doc.text[tok.start : tok.end]
        if "ل" not in tok.proclitics and words[after] not in ("ل", "لـ") and \
                not (written.startswith("ل") and len(written) > 3):
            return None
    return after


def _next_org(view: SentenceView, offset: int, gap: int = _LINK_GAP) -> Mention | None:
    """The first organisation mention starting within ``gap`` characters after ``offset``."""
    for m in view.mentions:
        if m.type == "ORG" and offset <= m.span.start <= offset + gap:
            return m
    return None


def _evidence(view: SentenceView, *spans: Span) -> tuple[int, int]:
    return (min(s.start for s in spans), max(s.end for s in spans))


def _linked_parent(view: SentenceView, m: Mention, words: list[str],
                   lex: StructureLexicon, joined: bool = True) -> Mention | None:
    """The organisation named right after a body: للتجمع، في الحزب، التابعة للائتلاف; with
    ``joined`` False, only after a link (ب، في، التابع لـ), not written on to it or after لـ."""
    text = view.doc.text
    nxt = _next_org(view, m.span.end)
    if nxt is None:
        return None
    between = text[m.span.end : nxt.span.start].strip(" \t\"'«»“”")
    if not between and _definite_end(text[m.span.start : m.span.end]):
        return None  # واتهمت اللجنة شركة ...: a definite word takes no genitive after it
    if between[:1] in ("ل", "ب") and " " not in between and \
            undef(match_key(between[1:])) in lex.movement_heads | lex.own_heads and \
            not headed(nxt.entity, lex) and (joined or between[:1] == "ب"):
        return nxt  # المكتب السياسي لجماعة أنصار الله: the name without its head
    if between in ("ب", "بـ") or (joined and (not between or between in ("لـ", "ل"))):
        return nxt  # المكتب التنفيذي للتجمع، المجلس العام لمجلس المرأة
    start = view.index_at(m.span.end)
    for cue in lex.links:
        after = _cue_at(view, words, start, cue)
        if after is not None and (after >= len(view.tokens) or
                                  view.tokens[after].end > nxt.span.start):
            return nxt
    return None


def _misread(view: SentenceView, m: Mention, lex: StructureLexicon) -> bool:
    """Whether a mention written with one organisation head was resolved to an entity whose name
    opens with another (حركة ... given to حكومة ...): it names another organisation."""
    heads = lex.parent_heads | lex.own_heads
    written = view.doc.text[m.span.start : m.span.end].split()
    name = m.entity.name.split()
    if not written or not name:
        return False
    b = undef(match_key(name[0]))
    if b not in heads:
        return False
    # The head may be written right before the mention, out of it (لحركة حماس).
    before = view.doc.text[view.span.start : m.span.start].split()[-1:]
    for word in [written[0], *(w[1:] if w[:1] in "لب" else w for w in before)]:
        a = undef(match_key(word))
        if a in heads:
            return a != b
    return False


def _definite_end(written: str) -> bool:
    """Whether a name as written ends with a word that carries the article (اللجنة، المكتب
    التنفيذي): such a word is never in construct with a name written right after it."""
    words = written.split()
    # As written: a folded key would take إلياس for a word with the article.
    return bool(words) and words[-1].startswith("ال") and len(words[-1]) > 3


def _linked_institution(view: SentenceView, m: Mention, words: list[str],
                        lex: StructureLexicon) -> Mention | None:
    """The organisation an institution, court, bloc or agency is placed in by a link written
    right after it (المحكمة العليا بوزارة العدل، كتلة الوفاق في البرلمان، المعهد التابع
    للوزارة): such a head names a body only with its organisation stated beside it."""
    # A ministry placed in a government (وزارة الصحة في حكومة الوفاق) is part of it.
    ministry = _heads_in(m.entity, lex.ministry_heads)
    if not (ministry or _heads_in(m.entity, lex.linked_heads)) or _vouched_name(m.entity):
        return None
    parent = _linked_parent(view, m, words, lex, joined=False)
    if parent is None or parent.entity is m.entity or is_body(parent.entity, lex) or \
            not (headed(parent.entity, lex) or _state_body(parent.entity, lex)) or \
            (ministry and not _heads_in(parent.entity, lex.government_heads)):
        return None
    return parent


def _vouched_name(ent: Entity) -> bool:
    # A gazetteer name is an organisation in its own right, whatever its head.
    return any(m.data.get("canonical") for m in ent.mentions)


def _bodies_of_titles(doc: Doc, positions: list[Position], found: Found,
                      lex: StructureLexicon) -> None:
    """A body named only in a post (رئيس المكتب التنفيذي) becomes an organisation of its own,
    a body of the post's organisation; the position names it as ``body``."""
    spans = _SortedMentions()
    for p in positions:
        if p.org is None:
            continue
        if p.body is not None:
            if _adjacent(doc, spans.of(p.body), spans.of(p.org), p.evidence, lex) and \
                    not _own_organisation(p.body, lex):
                found.add("PART_OF", p.body, p.org, p.evidence, weak=True)
            continue
        if not _org_follows_role(doc, p):
            continue  # a post whose organisation is named apart: which body is a guess
        words = p.role.split() + _words_before_org(doc, p)
        for k in range(1, len(words)):
            body = _longest_body(words[k:], lex)
            if not body or match_key(body) == match_key(p.org.name):
                continue
            if any(clause_word(w, lex) for w in words[k + len(body.split()) :]):
                break  # رئيس مجلس الشورى أبلغ الحكومة: a verb, the organisation is its object
            # A bare indefinite head in construct with the organisation (مدير فرع وزارة العمل،
            # مدير إدارة الدفاع المدني) names its body only together with the organisation.
            head = body
            body = _with_organisation(doc, p, body) if k == len(words) - 1 else body
            if not body:
                break
            ent = next((e for e in doc.entities if e.type == "ORG" and
                        match_key(e.name) == match_key(body)), None)
            at = doc.text.find(body, p.evidence[0], p.evidence[1])
            if ent is None and at >= 0:
                # A body already named with its organisation (مجلس إدارة النادي) is that one.
                ent = next((e for e in doc.entities if e.type == "ORG" and
                            any(m.start == at for m in e.mentions)), None)
            if ent is None:
                if at < 0:
                    break
                ent = Entity("ORG", body, [], [Span(at, at + len(body), "ORG", None,
                                                     {"rule": "body-in-title"})])
                doc.entities.append(ent)
            p.body = ent
            if k >= len(p.role.split()):
                # رئيس لجنة الحكام بالاتحاد: the post is the committee's head, not the
                # federation's (annotation.md: the sub-body goes in the role).
                p.role = f"{p.role} {head}"
            found.add("PART_OF", ent, p.org, p.evidence, weak=True)
            break


def _with_organisation(doc: Doc, p: Position, body: str) -> str:
    """A one-word body with no article written right before its organisation's name (فرع
    وزارة العمل) is named with it (annotation.md: مجلس إدارة نادي الفتح، إدارة النادي); the
    body as found otherwise, or '' when the organisation's name is not written right after."""
    if " " in body or match_key(body).startswith("ال"):
        return body
    start, end = p.evidence
    at = doc.text.find(body, start, end)
    if at < 0 or p.org is None:
        return ""
    after = at + len(body)
    for m in p.org.mentions:
        if start <= m.start < end and after < m.start and not doc.text[after : m.start].strip():
            return doc.text[at : m.end]
    return ""


def _own_organisation(ent: Entity, lex: StructureLexicon) -> bool:
    """Whether a post's body is an organisation in its own right rather than a body of the
    post's organisation: a party, movement, union or government (النائب عن الاتحاد الإسلامي في
    البرلمان، مراسل وكالة ... في حكومة الإقليم), or a name with no head at all (حماس)."""
    if is_body(ent, lex) or _heads_in(ent, lex.linked_heads):
        return False
    return _heads_in(ent, lex.own_heads) or not headed(ent, lex)


def _offices_of_titles(doc: Doc, positions: list[Position], found: Found,
                       lex: StructureLexicon) -> None:
    """A secretariat named with no parent (مبنى الأمانة العامة بالرياض) is the office of the
    organisation whose secretary-general the article names (الأمين العام لمجلس التعاون), when
    it names one such organisation only."""
    for office, titles in lex.offices:
        orgs = {id(p.org): p.org for p in positions
                if p.org is not None and match_key(p.role) in titles}
        if len(orgs) != 1:
            continue
        parent = next(iter(orgs.values()))
        for ent in doc.entities:
            key = match_key(ent.name)
            if ent.type == "ORG" and ent is not parent and id(ent) not in found.has_parent and \
                    (key == office or key.startswith(office + " ")) and ent.mentions and \
                    not is_body(parent, lex):
                m = ent.mentions[0]
                found.add("PART_OF", ent, parent, (m.start, m.end))


_ROLE_TO_ORG = 60  # the most characters between a post's title and its organisation's name


def _org_follows_role(doc: Doc, p: Position) -> bool:
    """Whether the post's organisation is named right after its title (رئيس المكتب التنفيذي
    للتجمع)."""
    if p.org is None:
        return False
    start, end = p.evidence
    at = doc.text.find(p.role, start, end)
    if at < 0:
        return False
    role_end = at + len(p.role)
    lex = structure_lexicon()
    for m in p.org.mentions:
        if 0 <= m.start - role_end <= _ROLE_TO_ORG:
            between = doc.text[role_end : m.start]
            if quotation_opens(between, name_heads(lex)):
                continue  # نائب مدير الهيئة العامة للشباب "اتحاد الكرة ...": a quotation's
            words = {match_key(w) for w in between.split()}
            if not words & lex.not_in_name:
                return True  # not رئيس المكتب التنفيذي السابق رئيس وزراء الحكومة
    return False


class _SortedMentions:
    """Each entity's mentions ordered by start, sorted once per entity: a long document's
    posts each asked about every mention of their body and organisation."""

    __slots__ = ("_by_id",)

    def __init__(self) -> None:
        #: By ``id``, the entity (held, so that its ``id`` is not reused) and its ordering.
        self._by_id: dict[int, tuple[Entity, tuple[list[int], list[Span]]]] = {}

    def of(self, ent: Entity) -> tuple[list[int], list[Span]]:
        """The starts of ``ent``'s mentions and the mentions, both in the order of the starts."""
        got = self._by_id.get(id(ent))
        if got is None:
            ordered = sorted(ent.mentions, key=lambda m: m.start)
            got = self._by_id[id(ent)] = (ent, ([m.start for m in ordered], ordered))
        return got[1]


def _adjacent(doc: Doc, body: tuple[list[int], list[Span]], org: tuple[list[int], list[Span]],
              evidence: tuple[int, int], lex: StructureLexicon) -> bool:
    """Whether the evidence names the organisation right after the body, at most a link away
    (رئيس لجنة الحكام في الاتحاد): a post's body and organisation named apart (رئيس المكتب
    التنفيذي السابق رئيس وزراء الحكومة) were paired by a guess. ``body`` and ``org`` are the
    mentions' starts and the mentions, ordered by start (``_SortedMentions``)."""
    start, end = evidence
    body_starts, body_mentions = body
    org_starts = org[0]
    for m in body_mentions[bisect_left(body_starts, start) : bisect_left(body_starts, end)]:
        e = m.end
        # Only an organisation that starts within _LINK_WORDS words of the body can follow it.
        reach = _LINK_REACH.match(doc.text, e)
        limit = reach.end() if reach else len(doc.text)
        for at in org_starts[bisect_left(org_starts, e) : bisect_right(org_starts, limit)]:
            if not doc.text[e:at].strip(QUOTES) and doc.text[e:at].strip() and \
                    _definite_end(doc.text[m.start : m.end]):
                continue  # الهيئة العامة للشباب "اتحاد الكرة ...": a quote opens, no genitive
            words = [match_key(w) for w in doc.text[e:at].split()]
            # Only link words stand between (في، التابعة لـ): a verb or a noun (رئيس مجلس
            # الشورى أبلغ الحكومة) starts another phrase.
            if len(words) <= _LINK_WORDS and not lex.not_in_name & set(words) and \
                    all(w.strip(QUOTES) in link_keys(lex) or not w.strip(QUOTES)
                        for w in words):
                return True
    return False


def _longest_body(words: list[str], lex: StructureLexicon) -> str:
    """The longest run of ``words`` from the first that names a body, or ''."""
    # A word written with a stop or bracket (بالمنطقة الشرقية) بالمرتبة) ends the body there.
    cut = next((k for k, w in enumerate(words) if match_key(w) in lex.not_in_name or
                PUNCT.search(w)), len(words))
    words = words[:cut]
    for n in range(len(words), 0, -1):
        if is_body_name(" ".join(words[:n]), lex) and (n > 1 or not words[1:]):
            return " ".join(words[:n])
    return ""


def _words_before_org(doc: Doc, p: Position) -> list[str]:
    """Words between a post's title and its organisation (عضو مجلس إدارة منظمة "مدنية")."""
    if p.org is None:
        return []
    start, end = p.evidence
    at = doc.text.find(p.role, start, end)
    org_at = [m.start for m in p.org.mentions if start <= m.start < end]
    if at < 0 or not org_at or org_at[0] < at + len(p.role):
        return []
    # A preposition left before the organisation's mention (لحزب -> ل) is not part of a name.
    words = [w for w in doc.text[at + len(p.role) : org_at[0]].split() if len(w.strip("ـ")) > 1]
    # A stop or an opening quotation between them opens another clause (نائب مدير الهيئة
    # العامة "اتحاد الكرة يجب ...": the quoted federation is no organisation of the post).
    between = doc.text[at + len(p.role) : org_at[0]]
    if quotation_opens(between, name_heads(structure_lexicon())):
        return []
    return words[:3] if words and not any(c in "،,." for c in "".join(words)) else []


def _word_cue(view: SentenceView, words: list[str], i: int, cues: frozenset[str]) -> bool:
    """Whether token ``i`` is one of the cues, as written or by one of its keys."""
    return words[i] in cues or not cues.isdisjoint(view.keys[i])


def _cue_in(view: SentenceView, words: list[str], cues: frozenset[str]) -> bool:
    """Whether any token of the sentence is one of the cues (a cheap test before a scan)."""
    return not (cues.isdisjoint(words) and cues.isdisjoint(view.all_keys))


def _cued(view: SentenceView, words: list[str], found: Found, lex: StructureLexicon,
          context: list[Mention]) -> None:
    """Relations stated by a cue phrase between two organisations."""
    before_orgs = [m for m in context if m.type == "ORG"]
    index = _cue_index(lex)
    starts = _cue_heads(lex)
    if not _cue_in(view, words, starts):
        return  # no word of the sentence starts a cue (one test, not one per word)
    for i in range(len(view.tokens)):
        # Most words start no cue: one set test skips the four groups' lookups.
        if not _word_cue(view, words, i, starts):
            continue
        heads = {words[i], *view.keys[i]}
        for group, (kind, parent_first) in enumerate(_CUE_GROUPS):
            # Each group stops at its first matching cue, in the data file's order.
            candidates = sorted(c for h in heads for c in index[group].get(h, ()))
            for _order, cue in candidates:
                after = _cue_at(view, words, i, cue)
                if after is None:
                    continue
                at = view.tokens[i].start
                end = view.tokens[after - 1].end
                # A state joins a union or council as a member (انضمام المغرب إلى الاتحاد).
                members = ("ORG", "LOC") if kind == "MEMBER_OF" and not parent_first else ("ORG",)
                prior = [m for m in view.mentions if m.type in members and m.span.end <= at]
                # An organisation of an earlier sentence is the subject only of a sentence
                # that opens with the cue (وهي من مكونات ...), not of one that names someone.
                opens = _only_back_refs(view, words, 0, i, lex)
                owners = prior or ([m for m in before_orgs if m.span.end <= at] if opens else [])
                if not owners:
                    continue
                owner = owners[-1]
                subject_end = owner.span.end
                if owner.type == "LOC":
                    # لتحرير فلسطين من فصائل ...: the place ends an organisation's name.
                    owner = owner_of_place(view, owner) or owner
                # A cue with a pronoun (مؤسساته) refers back to its owner however far before;
                # one without (ممثلة في: parent_before_adjacent) follows it.
                if kind == "PART_OF" and owner in prior and \
                        (not parent_first or cue in lex.parent_before_adjacent) and \
                        not _cue_follows(view, subject_end, at, lex):
                    continue  # الوزارة والخطوط الجوية وفريق التحقيق التابع للمنظمة: the team's
                if cue in lex.part_of_adjacent and (
                        _words_in(view, owner.span.end, at, lex.back_refs) or
                        _joined_by_and(view.tokens[i])):
                    continue  # يقع فرع الجمعية، المركز وفرع الهيئة: no apposition (وهي فرع: one)
                if _person_between(view, owner, at,
                                   kind == "MEMBER_OF" and not org_member_cue(cue[0])):
                    continue  # عيّن فلان عضواً في اللجنة: the person's membership, a post
                if kind == "MEMBER_OF" and not parent_first and owner in prior and \
                        not _only_back_refs(view, words, view.index_at(subject_end), i, lex):
                    continue  # طالبان الذي بات اليوم عضواً في ...: someone else is the member
                if parent_first:
                    for m in _listed_orgs(view, end):
                        found.add(kind, m.entity, owner.entity, _evidence(view, owner.span, m.span))
                else:
                    if _pronoun_after(view, after) is not None:
                        break  # التابعة لها: the organisation named before (_pronoun_parents)
                    nxt = _next_org(view, end)
                    if nxt is not None and cue in lex.part_of_adjacent and \
                            _words_in(view, end, nxt.span.start):
                        nxt = None  # حزب ... فرع محافظة ... الموالي لجماعة ...: not its branch
                    if nxt is not None and kind == "PART_OF" and \
                            _coordinated_after(view, end, nxt):
                        nxt = None  # التابع لأرامكو والهيئة الملكية: the parent is the word after
                    if nxt is not None and cue_parent_apart(view, end, nxt):
                        nxt = None  # التابع للرئيس المخلوع، كما أعلنت الجبهة: another clause's
                    if nxt is not None and _misread(view, nxt, lex):
                        nxt = None  # حركة حماس taken for حكومة حماس: another organisation
                    if nxt is not None and (owner.type == "ORG" or headed(nxt.entity, lex)):
                        found.add(kind, _last_named(view, owner, found), nxt.entity,
                                  _evidence(view, owner.span, nxt.span))
                break


#: The most words between a body and the cue placing it in its parent (مركز إكرام الموتى
#: بالأحساء التابع للجمعية): farther, the cue is about a noun in between that names no body.
_CUE_REACH = 2


def _cue_follows(view: SentenceView, end: int, at: int, lex: StructureLexicon) -> bool:
    """Whether a cue at ``at`` follows the body that ends at ``end``: at most ``_CUE_REACH``
    words apart, none of them opening a new noun joined by و (وفريق الخبراء التابع لـ), or
    through a relative clause (الوحدة التي تم إنشاؤها تحت مظلة ...)."""
    between = _words_in(view, end, at)
    if between and match_key(view.doc.text[between[0].start : between[0].end]) in lex.back_refs:
        return True
    # A definite word after و goes on with the body's own name (معهد الأئمة والخطباء التابع،
    # وزارة الشؤون الإسلامية والأوقاف والدعوة ممثلة في): it neither counts nor stops.
    own = [t for t in between if not (_joined_by_and(t) and t.article)]
    return len(own) <= _CUE_REACH and not any(_joined_by_and(t) for t in own)


def _coordinated_after(view: SentenceView, end: int, nxt: Mention) -> bool:
    """Whether the organisation after a cue is joined by و to words the cue names first
    (التابع لأرامكو والهيئة الملكية): the parent is that first word, not an organisation."""
    if not _words_in(view, end, nxt.span.start):
        return False
    at = view.index_at(nxt.span.start)
    return at < len(view.tokens) and _joined_by_and(view.tokens[at])


def _joined_by_and(tok: Token) -> bool:
    return "و" in tok.proclitics or tok.maybe == "و"


def _words_in(view: SentenceView, start: int, end: int,
              skip: frozenset[str] = frozenset()) -> list[Token]:
    """The words (a clitic written alone, لـ, is none) wholly between two offsets, but for
    those whose key is in ``skip``."""
    return [t for t in view.tokens if t.kind in _WORDS and start <= t.start and t.end <= end
            and match_key(view.doc.text[t.start : t.end]) not in skip]


_WORDS = frozenset({"word", "number", "latin"})


def _last_named(view: SentenceView, owner: Mention, found: Found) -> Entity:
    """The organisation a cue after ``owner`` is about: the parent a body's name ends with
    (هيئة أركان الجيش الشعبي التابع للحركة: the army belongs to the movement), else the owner."""
    written = match_key(view.doc.text[owner.span.start : owner.span.end])
    for r in found.items:
        if r.type == "PART_OF" and r.child is owner.entity and \
                written.endswith(" " + match_key(r.parent.name)):
            return r.parent
    return owner.entity


def _only_back_refs(view: SentenceView, words: list[str], lo: int, hi: int,
                    lex: StructureLexicon) -> bool:
    """Whether tokens ``[lo, hi)`` are only punctuation and words that refer back to the
    subject (وهي، التي، تعد): the cue after them is still about that subject."""
    return all(view.tokens[k].kind != "word" or words[k] in lex.back_refs or
               any(x in lex.back_refs for x in view.keys[k]) for k in range(lo, hi))


def _person_between(view: SentenceView, owner: Mention, at: int, membership: bool) -> bool:
    """Whether a person is named between an organisation and a cue after it, or, for a
    membership cue, the organisation is that of a post (أمين عام الاتحاد عضواً في): the cue is
    then about a person. A body's cue (رئيس الجيش التابع للحركة) is about the organisation."""
    return (membership and _of_post(view, owner)) or any(
        m.type == "PERSON" and owner.span.end <= m.span.start < at for m in view.mentions)


#: The cue lists of ``_cued`` in the order they are tried: (relation, parent named first).
_CUE_GROUPS = (("PART_OF", False), ("MEMBER_OF", False), ("PART_OF", True), ("MEMBER_OF", True))


@lru_cache(maxsize=4)
def _cue_index(lex: StructureLexicon) -> tuple[dict[str, list[tuple[int, Cue]]], ...]:
    """Each group's cues by their first word key, with their place in the list: a token meets
    the few cues that can start at it, not all of them."""
    out: list[dict[str, list[tuple[int, Cue]]]] = []
    for cues in (lex.part_of, lex.member_of, lex.parent_before, lex.members_after):
        by_head: dict[str, list[tuple[int, Cue]]] = {}
        for order, cue in enumerate(cues):
            if cue[0]:
                by_head.setdefault(cue[0][0], []).append((order, cue))
        out.append(by_head)
    return tuple(out)


@lru_cache(maxsize=4)
def _cue_heads(lex: StructureLexicon) -> frozenset[str]:
    """Every key that starts a cue of any group."""
    return frozenset(head for group in _cue_index(lex) for head in group)


def _listed_orgs(view: SentenceView, offset: int) -> list[Mention]:
    """Organisations listed after ``offset`` (وعلى رأسها أ وب، ج): until a non-list word."""
    out: list[Mention] = []
    pos = offset
    for m in view.mentions:
        if m.type != "ORG" or m.span.start < offset:
            continue
        between = view.doc.text[pos : m.span.start]
        words = [w for w in re.split(r"[\s،,]+", between) if w and w not in ("و",)]
        if out and words:
            break
        if not out and len(words) > 3:
            break
        out.append(m)
        pos = m.span.end
    return out


def find_relations(doc: Doc, views: list[SentenceView], positions: list[Position]) -> list[Relation]:
    """PART_OF and MEMBER_OF relations of a document's organisations."""
    lex = structure_lexicon()
    found = Found()
    bodies_before_names(doc, views, found, lex)
    parents_in_names(doc, found, lex)
    ministries_of_governments(doc, found, lex)
    _nisba_parents(doc, found, lex)
    _bodies_of_titles(doc, positions, found, lex)
    context: list[Mention] = []
    #: Bodies whose organisation is written right after them by a link (اللجنة المشتركة
    #: بمركز المعلومات): the text places them, task committees too.
    stated: set[tuple[int, int]] = set()
    for view in views:
        words = _word_keys(view)
        _cued(view, words, found, lex, context)
        _joined_members(view, words, found, lex)
        _composed_of(view, words, found, lex)
        _pronoun_parents(view, words, found, lex)
        for m in view.mentions:
            if m.type != "ORG":
                continue
            if not is_body(m.entity, lex):
                linked = _linked_institution(view, m, words, lex)
                if linked is not None:
                    found.add("PART_OF", m.entity, linked.entity,
                              _evidence(view, m.span, linked.span))
                continue
            parent = _linked_parent(view, m, words, lex)
            if parent is not None and told_to(view, m, parent):
                parent = None  # قال عضو اللجنة لـ«الصحيفة»: the outlet he spoke to
            if parent is not None:
                stated.add((id(m.entity), id(parent.entity)))
            else:
                parent = _referred_parent(view, m, context)
            if parent is not None:
                found.add("PART_OF", m.entity, parent.entity, _evidence(view, m.span, parent.span))
        context.extend(m for m in view.mentions if m.type == "ORG")
    # A secretariat whose organisation is written after it (الأمانة العامة للمنظمة) is that
    # one's, not the office of another whose secretary-general the article names.
    _offices_of_titles(doc, positions, found, lex)
    _fallback_parents(doc, views, found, lex)
    # A committee formed for a task (لجنة مكلفة من الوزارة، لجنة لإصلاح الاتحاد) is no
    # standing body of an organisation merely named near it, unless a link places it in one
    # (لجنة الحج المشتركة بمركز المعلومات: annotation.md, a body made by it or under it); a
    # post taken (تولى أمانة اللجنة) is no body at all.
    posts = _taken_posts(doc, lex)
    return [r for r in found.items if r.type != "PART_OF" or
            not ((is_ad_hoc(r.child.name, lex) and (id(r.child), id(r.parent)) not in stated) or
                 id(r.child) in posts)]


#: The object pronouns after a word of subordination (التابعة لها), by whether they are
#: feminine.
_OBJECT_PRONOUNS = {match_key("له"): False, match_key("لها"): True}


def _pronoun_after(view: SentenceView, i: int) -> bool | None:
    """Whether token ``i`` is a feminine (لها) or masculine (له) object pronoun; None if neither."""
    if i >= len(view.tokens):
        return None
    tok = view.tokens[i]
    return _OBJECT_PRONOUNS.get(match_key(view.doc.text[tok.start : tok.end]))


def _pronoun_parents(view: SentenceView, words: list[str], found: Found,
                     lex: StructureLexicon) -> None:
    """A body placed by a pronoun (المديرية العامة للأمن الوطني التابعة لها) belongs to the
    organisation the sentence names before it whose gender the pronoun gives (أكدت وزارة
    الداخلية أن المديرية التابعة لها ...): لها a name whose head ends with ة, له one whose
    head does not; a name with no head takes either."""
    for i in range(len(view.tokens) - 1):
        if words[i] not in lex.subordinate_links:
            continue
        feminine = _pronoun_after(view, i + 1)
        if feminine is None:
            continue
        at = view.tokens[i].start
        body = next((m for m in reversed(view.mentions) if m.type == "ORG" and
                     m.span.end <= at), None)
        if body is None or not _cue_follows(view, body.span.end, at, lex) or \
                _person_between(view, body, at, False):
            continue
        for m in reversed(view.mentions):
            if m.type != "ORG" or m.span.end > body.span.start or m.entity is body.entity or \
                    is_body(m.entity, lex):
                continue
            head = m.entity.name.split()[0] if m.entity.name.split() else ""
            if headed(m.entity, lex) and head.endswith("ة") is not feminine:
                continue  # له after وزارة: another noun is meant
            found.add("PART_OF", body.entity, m.entity, _evidence(view, m.span, body.span))
            break


def _composed_of(view: SentenceView, words: list[str], found: Found,
                 lex: StructureLexicon) -> None:
    """The organisations listed after a verb of composition are members of the alliance named
    right before it (قوات سوريا الديمقراطية، التي تضم وحدات ... وجيش ...) or right after it
    (ويضم تحالف الفتح كلا من منظمة بدر و...)."""
    if not _cue_in(view, words, lex.compose_verbs):
        return
    text = view.doc.text
    for i, tok in enumerate(view.tokens):
        if not _word_cue(view, words, i, lex.compose_verbs):
            continue
        before = sorted((m for m in view.mentions if m.span.end <= tok.start),
                        key=lambda m: m.span.end)
        after = [m for m in view.mentions if m.span.start >= tok.end]
        owner: Mention | None = None
        start = tok.end
        if before and _only_back_refs(view, words, view.index_at(before[-1].span.end), i, lex):
            owner = before[-1]  # القوات، التي تضم ...
        elif after and not text[tok.end : after[0].span.start].strip():
            owner, start = after[0], after[0].span.end  # ويضم التحالف كلا من ...
        if owner is None or owner.type != "ORG" or not _heads_in(owner.entity, lex.alliance_heads):
            continue
        k = view.index_at(start)
        while k < len(view.tokens) and _word_cue(view, words, k, lex.compose_fillers):
            k += 1
        if k >= len(view.tokens) or k - view.index_at(start) > 3:
            continue
        members = _listed_orgs(view, view.tokens[k].start)
        if not members or members[0].span.start > view.tokens[k].end:
            continue  # the list opens right there, or it is no list of organisations
        for m in members:
            if m.entity is not owner.entity and not is_body(m.entity, lex):
                found.add("MEMBER_OF", m.entity, owner.entity, _evidence(view, owner.span, m.span))


_JOIN_GAP = 1  # the most words between a joining verb's subject and إلى (انضمت قطر رسمياً إلى)


def _joined_members(view: SentenceView, words: list[str], found: Found,
                    lex: StructureLexicon) -> None:
    """An organisation or state named right after a verb of joining is a member of the
    organisation named right after إلى (انضمت الجبهة الوطنية للتحرير إلى هيئة التفاوض)."""
    if not _cue_in(view, words, lex.join_verbs):
        return
    text = view.doc.text
    for i, tok in enumerate(view.tokens):
        if not _word_cue(view, words, i, lex.join_verbs):
            continue
        member = next((m for m in view.mentions if m.span.start >= tok.end), None)
        if member is None or member.type not in ("ORG", "LOC") or \
                text[tok.end : member.span.start].strip():
            continue
        k = view.index_at(member.span.end)
        for j in range(k, min(k + _JOIN_GAP + 1, len(view.tokens))):
            if _word_cue(view, words, j, lex.join_links):
                parent = _next_org(view, view.tokens[j].end, gap=2) or \
                    _next_org(view, view.tokens[j].start, gap=2)
                if parent is not None and parent.entity is not member.entity and \
                        parent.span.start >= member.span.end:
                    found.add("MEMBER_OF", member.entity, parent.entity,
                              _evidence(view, member.span, parent.span))
                break
            if view.tokens[j].kind != "word" or view.between(view.tokens[j].start,
                                                             view.tokens[j].end):
                break  # punctuation or another name: the verb's subject ends there


def _taken_posts(doc: Doc, lex: StructureLexicon) -> set[int]:
    """The organisations named only as the object of a verb of taking or giving a post and
    opening with a post's noun (تولى أمانة اللجنة، منحاني أمانة النشر): a post, not a body."""
    out: set[int] = set()
    for ent in doc.entities:
        words = ent.name.split()
        if ent.type != "ORG" or not ent.mentions or not words or \
                undef(match_key(words[0])) not in lex.post_nouns:
            continue
        if all(takes_post(_word_before(doc.text, m.start), lex) for m in ent.mentions):
            out.add(id(ent))
    return out


def _word_before(text: str, at: int) -> str:
    """The word written right before offset ``at`` ('' at the start or after punctuation)."""
    before = text[max(0, at - 40) : at].split()
    return before[-1] if before and not PUNCT.search(before[-1]) else ""


@lru_cache(maxsize=1)
def _referent_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for a kind of organisation named back right after a body (المجلس التنفيذي
    لحزبه، المكتب السياسي للحركة، اللجنة المركزية في التيار), and each written form's head."""
    forms: dict[str, str] = {}
    for head in structure_lexicon().referent_heads:
        stem = head[:-1] + "ت" if head.endswith("ة") else head
        forms["لل" + head] = forms["في ال" + head] = head
        for pron in ("ه", "ها"):
            forms["ل" + stem + pron] = forms["في " + stem + pron] = head
    # No forms listed: a pattern that never matches.
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*({alts})(?![\w\u0610-\u065f])"), forms


def _referred_parent(view: SentenceView, m: Mention, context: list[Mention]) -> Mention | None:
    """The organisation a body's following back-reference names by its kind (المجلس التنفيذي
    لحزبه: the party named last before it), when no organisation follows by name."""
    pattern, forms = _referent_forms()
    hit = pattern.match(view.doc.text, m.span.end)
    if hit is None or hit.group(1) not in forms:
        return None
    head = undef(match_key(forms[hit.group(1)]))
    lex = structure_lexicon()
    before = [*context, *(x for x in view.mentions if x.type == "ORG" and x.span.end <= m.span.start)]
    for x in reversed(before):
        words = x.entity.name.split()
        if x.entity is not m.entity and words and undef(match_key(words[0])) == head and \
                not is_body(x.entity, lex):
            return x
    return None


def _fallback_parents(doc: Doc, views: list[SentenceView], found: Found,
                      lex: StructureLexicon) -> None:
    """A body with no parent named beside it belongs to the organisation its sentence names
    before it, else to the one the article names most (of as many mentions, the nearest)."""
    mentions = [(v, m) for v in views for m in v.mentions if m.type == "ORG"]
    # An organisation already stated to hold bodies of the article is the likeliest parent of
    # the others (the chamber whose committees the article lists, not a ministry it names).
    holds: dict[int, int] = {}
    for r in found.items:
        if r.type == "PART_OF":
            holds[id(r.parent)] = holds.get(id(r.parent), 0) + 1
    # Whether each mention can be a parent, worked out once: bodies are few, mentions many.
    media = {id(e) for e in doc.entities if e.type == "ORG" and _media(doc, e, lex)}
    persons = frozenset(match_key(w) for e in doc.entities if e.type == "PERSON"
                        for n in (e.name, *e.aliases) for w in n.split() if len(w) > 2)
    named_heads = lex.parent_heads | lex.own_heads | lex.alliance_heads
    tops_ok = [not is_body(m.entity, lex) and not _of_post(v, m) and id(m.entity) not in media
               for v, m in mentions]
    for n, (view, m) in enumerate(mentions):
        ent = m.entity
        if id(ent) in found.has_parent or tops_ok[n] or not is_body(ent, lex) or \
                is_national(ent.name) or _placed(doc, ent) or \
                m.span.start != min(x.start for x in ent.mentions) or \
                _name_goes_on(doc, ent) or _idiom(doc, ent, lex) or \
                persons_office(persons, ent) or unnamed_parent_after(doc.text, ent, named_heads) or \
                supreme_body(ent) or unmatched_nisba(ent) or news_office(ent, lex) or \
                counted_group(ent, lex) or research_centre(ent, lex):
            continue
        tops = [mentions[k][1] for k in [*range(n - 1, -1, -1), *range(n + 1, len(mentions))]
                if tops_ok[k]]
        if _governing(ent, lex):
            # A board or general assembly governs a club, company or association, not a
            # ministry or government that oversees it (وزارة العمل، الرئاسة العامة).
            tops = [x for x in tops if not _state_body(x.entity, lex)]
        else:
            # Any other body belongs to an organisation the article has named by then: one
            # first named after it is most often an actor it deals with (لجنة المبادرة ...
            # منظمة التحرير، المديرية ... المستشفى), while a board has to be some body's.
            before = [x for x in tops if _first_start(x.entity) < m.span.start]
            if tops and not before:
                continue
            tops = before
        field = _field(ent.name, lex)
        if field:
            # A directorate of education is the education ministry's, never another's (الإدارة
            # العامة للمرور is no body of وزارة العمل): a ministry of the body's field is its
            # parent; one of another field is none.
            same = [x for x in tops if _heads_in(x.entity, lex.ministry_heads) and
                    field & _field(x.entity.name, lex)]
            if same:
                found.add("PART_OF", ent, same[0].entity, (view.span.start, view.span.end),
                          weak=True)
                continue
            tops = [x for x in tops if not _heads_in(x.entity, lex.ministry_heads)]
        only = allowed_guess_heads(view, m, lex)
        if only is not None:
            tops = [x for x in tops if _heads_in(x.entity, only)]
            if not tops:
                continue
        unlike = _unlike_parents(ent, lex)
        if unlike and tops:
            tops = [x for x in tops if not _heads_in(x.entity, unlike)]
            if not tops:
                continue
        if match_key(ent.name) in lex.movement_bodies:
            # A shura council is a party's or movement's; with none named, a state's own.
            tops = [x for x in tops if _heads_in(x.entity, lex.movement_heads)]
            if not tops:
                continue
        # An organisation of someone's post (أمين عام اتحاد الكرة عضواً في اللجنة) is not the
        # body's, nor one the article names once beside it (an object in a list); past that,
        # the organisation the article names most is the one its bodies belong to (a committee
        # of the federation it reports on, not of a ministry it names once). One the text
        # vouches for beats a one-off model guess.
        here = [x for x in tops if view.span.start <= x.span.start < m.span.start
                and len(x.entity.mentions) > 1]
        sure = [x for x in tops if len(x.entity.mentions) > 1 or _vouched(x.entity)]
        if not tops:
            # Only bodies named (اللجنة التنفيذية، اللجنة العامة): the one named most and
            # more often than this one is the body above it.
            sure = [x for _, x in mentions if x.entity is not ent and
                    len(x.entity.mentions) > max(1, len(ent.mentions))]
        if not sure:
            # A parent named once, by the model alone and by no organisation's head (الوطن،
            # جيراسيمينكو، لوس أنجليس), is too weak for a guess.
            tops = [x for x in tops if headed(x.entity, lex)]
        if here or sure or tops:
            best = here[0] if here else max(sure or tops, key=lambda x: (
                holds.get(id(x.entity), 0), len(x.entity.mentions)))
            if _once_named(ent, best.entity, holds, lex):
                continue
            parent = _board_owner(best.entity, found, lex)
            if not guess_fits(ent, parent, lex):
                continue  # الدائرة الانتخابية near a university: no unit of it, nor of another
            if field and _heads_in(parent, lex.ministry_heads) and \
                    not field & _field(parent.name, lex):
                continue  # reached through a body of the ministry (فرع وزارة العمل)
            found.add("PART_OF", ent, parent, (view.span.start, view.span.end), weak=True)


#: A source credited in a dateline (القاهرة - «...»:): a dash before the name, a colon after.
_CREDIT_BEFORE = re.compile(r"[-–—]\s*[«\"“]?\s*$")
_CREDIT_AFTER = re.compile(r"\s*[»\"”]?\s*:")


def _media(doc: Doc, ent: Entity, lex: StructureLexicon) -> bool:
    """Whether an organisation is a news outlet: its name, gazetteer name or the word written
    right before a mention (صحيفة «...») opens with a media head, or its name holds one
    (هيئة الإذاعة ...), or it is credited as the source of a dateline (- «...»:)."""
    names = [ent.name, str(ent.data.get("canonical_name") or "")]
    if any(undef(match_key(w)) in lex.media_heads for n in names for w in n.split()):
        return True
    for m in ent.mentions:
        before = doc.text[max(0, m.start - 40) : m.start]
        words = before.replace("«", " ").replace('"', " ").split()
        if words and undef(match_key(words[-1])) in lex.media_heads:
            return True
        if _CREDIT_BEFORE.search(before) and _CREDIT_AFTER.match(doc.text, m.end):
            return True
    return False


def _placed(doc: Doc, ent: Entity) -> bool:
    """Whether a body is named with the place it stands in, right after في (لجنة مكافحة الفساد
    في زامبيا، مكتب المدعي العام في مدينة ...): a body of that place's state or city, as a
    nationality makes one (is_national), not of an organisation the article names apart; or
    stands after a place and a comma, describing it (كراتشي، المركز المالي)."""
    places = [m for e in doc.entities if e.type == "LOC" for m in e.mentions]
    rest = " ".join(match_key(ent.name).split()[1:])
    if rest and any(e.type == "LOC" and match_key(e.name) == rest for e in doc.entities):
        return True  # أمانة <مدينة>، بلدية <مدينة>: the city's own authority
    for x in ent.mentions:
        hit = _IN_PLACE.match(doc.text, x.end)
        if hit is not None and any(m.start == hit.end() for m in places):
            return True
        # A place's description in apposition (مدينة ...، المركز المالي للبلاد) names no body.
        if any(m.end <= x.start and _APPOSITION.fullmatch(doc.text[m.end : x.start])
               for m in places):
            return True
    return False


#: A comma between a place and a description of it.
_APPOSITION = re.compile(r"\s*[،,]\s*")


#: في written after a body's name, before a place.
_IN_PLACE = re.compile(r"\s+في\s+")


#: Endings of a relative adjective made from a name (الشبابية، الأهلاوية، النصراوي).
_NISBA = ("اويه", "اوي", "يه", "ي")


def _nisba_parents(doc: Doc, found: Found, lex: StructureLexicon) -> None:
    """A body named by its head and an adjective made from an organisation's name (الإدارة
    الشبابية for نادي الشباب، الإدارة الأهلاوية for النادي الأهلي، المكتب الحمساوي for حركة
    حماس) is a body of that organisation: a club, party, movement, union, university or
    company (guess_once_named_heads) the article names."""
    owners: dict[str, Entity] = {}
    for ent in doc.entities:
        words = [undef(match_key(w)) for w in ent.name.split()]
        if ent.type == "ORG" and len(words) >= 2 and words[0] in lex.once_parent_heads and \
                not is_body(ent, lex):
            owners.setdefault(words[1], ent)
        elif ent.type == "ORG" and len(words) == 1 and len(words[0]) >= 4:
            owners.setdefault(words[0], ent)  # حماس، فتح: a name with no head
    if not owners:
        return
    for ent in doc.entities:
        words = match_key(ent.name).split()
        if ent.type != "ORG" or len(words) != 2 or not words[1].startswith("ال") or \
                not is_body(ent, lex) or id(ent) in found.has_parent or is_national(ent.name):
            continue
        adjective = undef(words[1])
        if adjective in lex.field_stop:
            continue
        for ending in _NISBA:
            stem = adjective[: -len(ending)]
            if not adjective.endswith(ending) or len(stem) < 3:
                continue
            owner = next((owners[k] for k in (stem, stem + "ي", stem + "ه") if k in owners), None)
            if owner is not None and owner is not ent and ent.mentions:
                m = ent.mentions[0]
                found.add("PART_OF", ent, owner, (m.start, m.end))
                break


def _field(name: str, lex: StructureLexicon) -> frozenset[str]:
    """The words naming a body's or a ministry's field (الإدارة العامة للتعليم -> تعليم، وزارة
    الصحة -> صحة، مديرية التربية -> تربية): the genitive after an indefinite head and the words
    joined by لـ, without the article and the words of rank (field_stop); an adjective after a
    definite head (اللجنة العلمية) names no field."""
    words = match_key(name).split()
    if not words:
        return frozenset()
    out: set[str] = set()
    for n, word in enumerate(words[1:], 1):
        if word.startswith("لل") and len(word) >= 5:
            word = word[2:]
        elif word.startswith("ل") and not word.startswith("ال") and len(word) >= 4:
            word = word[1:]
        elif not (n == 1 and not words[0].startswith("ال") and word.startswith("ال")):
            continue  # an adjective, or a word further on in the genitive chain
        word = undef(word)
        if word not in lex.field_stop and len(word) >= 3:
            out.add(word)
    return frozenset(out)


def _board_owner(parent: Entity, found: Found, lex: StructureLexicon) -> Entity:
    """The organisation a guessed parent is the board of (مجلس إدارة الاتحاد السعودي لكرة
    القدم: the federation): a committee the story names beside a board is the organisation's,
    as its board is (annotation.md), not the board's; any other parent as guessed."""
    key = match_key(parent.name)
    if not any(key.startswith(b + " ") for b in lex.governing | lex.body_names):
        return parent
    return next((r.parent for r in found.items if r.type == "PART_OF" and r.child is parent),
                parent)


def _once_named(ent: Entity, parent: Entity, holds: dict[int, int], lex: StructureLexicon) -> bool:
    """Whether a guessed parent is too weak: named once in the article, holding no body it is
    stated to hold, and no club, university, chamber or federation (guess_once_named_heads)
    whose committees news names without naming it again. Such a parent is most often a source
    (a paper, an agency), a body the story only passes by (a hospital, a council of states) or
    a word a model took for a name; a board (مجلس الإدارة) still has to be some body's."""
    return len(parent.mentions) == 1 and not holds.get(id(parent), 0) and \
        not _governing(ent, lex) and not _heads_in(parent, lex.once_parent_heads)


#: A word written right after a body's name that goes on with its field (الهيئة العامة للإعلام).
_FIELD_AFTER = re.compile(r"\s*لل[\w\u0610-\u065f]{3,}")


def _name_goes_on(doc: Doc, ent: Entity) -> bool:
    """Whether a body's name, wherever written, goes on with لل and a field that names no
    organisation (الهيئة العامة للإعلام المرئي، المجلس العام للتخطيط): the names stage cut the
    name of an authority in its own right, which no guess puts under another body."""
    key = match_key(ent.name)
    for x in ent.mentions:
        if match_key(doc.text[x.start : x.end]) != key:
            continue  # a reference back (الكلية) says nothing of the name
        hit = _FIELD_AFTER.match(doc.text, x.end)
        if hit is not None and not any(e.type == "ORG" and x.end <= m.start < hit.end()
                                       for e in doc.entities for m in e.mentions):
            return True
    return False


def _idiom(doc: Doc, ent: Entity, lex: StructureLexicon) -> bool:
    """Whether every mention of a body opens an idiom (idioms_after in relations.json: خارج
    دائرة الحساب، دخل دائرة الخطر، اتسعت دائرة القتال): a figure of speech the model took for a
    body, which no guess places in an organisation."""
    words = ent.name.split()
    head = undef(match_key(words[0])) if words else ""
    after = next((w for h, w in lex.idioms_after if h == head), None)
    return after is not None and bool(ent.mentions) and all(
        _opens_idiom(match_key(_word_before(doc.text, x.start)), after) for x in ent.mentions)


def _opens_idiom(word: str, after: frozenset[str]) -> bool:
    # With a conjunction written on (واتسعت دائرة القتال، فدخل دائرة الخطر).
    return word in after or (word[:1] in ("و", "ف") and word[1:] in after)


def _unlike_parents(ent: Entity, lex: StructureLexicon) -> frozenset[str]:
    """The heads of organisations a guess never takes as this body's parent (guess_not_under)."""
    words = ent.name.split()
    head = undef(match_key(words[0])) if words else ""
    return next((heads for body, heads in lex.guess_not_under if body == head), frozenset())


def _first_start(ent: Entity) -> int:
    return min(x.start for x in ent.mentions)


def _governing(ent: Entity, lex: StructureLexicon) -> bool:
    return match_key(ent.name) in lex.governing


def _state_body(ent: Entity, lex: StructureLexicon) -> bool:
    return _heads_in(ent, lex.state_heads)


def _heads_in(ent: Entity, heads: frozenset[str]) -> bool:
    """Whether an organisation's name opens with one of ``heads`` (keys without the article)."""
    words = ent.name.split()
    return bool(words) and undef(match_key(words[0])) in heads


def _of_post(view: SentenceView, m: Mention) -> bool:
    """Whether a mention is the organisation of a post title right before it (رئيس الاتحاد،
    عضواً في اللجنة)."""
    text = view.doc.text
    return any(0 <= m.span.start - t.end <= _POST_GAP and not PUNCT.search(text[t.end : m.span.start])
               for t in view.titles)


def _vouched(ent: Entity) -> bool:
    return any(m.data.get("canonical") or m.data.get("rule") for m in ent.mentions)


def find_sizes(doc: Doc, views: list[SentenceView]) -> list[Attribute]:
    """Sizes stated as a count of members (يضم المنبر 42 منظمة، المؤلف من (37) عضوة)."""
    lex = structure_lexicon()
    out: list[Attribute] = []
    context: list[Mention] = []
    for view in views:
        text = doc.text[view.span.start : view.span.end]
        for hit in lex.size.finditer(text):
            at = view.span.start + hit.start()
            end = view.span.start + hit.end()
            inside = [m for m in view.mentions if m.type == "ORG" and at <= m.span.start < end]
            before = [m for m in view.mentions if m.type == "ORG" and m.span.end <= at] or \
                [m for m in context if m.type == "ORG"]
            owner = inside[0] if inside else (before[-1] if before else None)
            if owner is None:
                continue
            value = int(hit.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
            unit = text[hit.end(1) : hit.end()].strip(" )")
            out.append(Attribute(owner.entity, "SIZE", value, unit,
                                 (min(at, owner.span.start), end), doc.published))
        context.extend(view.mentions)
    return out
