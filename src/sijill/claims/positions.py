"""Positions from the ways Arabic news states who holds which post.

- title before the name: ``رئيس الهيئة الدكتور بدر جاموس``، ``المدير التنفيذي لـ"وحدة دعم
  الاستقرار" منذر سلال`` (one person may carry several titles: ``عضو ... ومدير ... فلان``);
- name then title (apposition): ``سليمان السلامة عضو مكتب العلاقات``، ``فلان، رئيساً للمكتب``,
  and chains of titles after one name;
- a title with no name beside it, after a copula (``لأنه سيكون رئيساً لمجلس ...``): the person
  last named in the sentence.

The organisation is the top-level one: in ``رئيس المكتب التنفيذي للتجمع`` the body stays in the
role and the position goes to the organisation named last in the genitive chain; organisations
joined by و each get the position. Status comes from the words around the title (data file).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import attrgetter

from sijill.claims.lexicon import Lexicon, lexicon
from sijill.claims.model import Mention, Position, SentenceView
from sijill.claims.post_academics import academic_posts
from sijill.claims.post_adjectives import adjective_org
from sijill.claims.post_bare import own_nationality
from sijill.claims.post_belongs import belonging
from sijill.claims.post_envoys import envoy_of_a_post, place_before_name
from sijill.claims.post_fallback import (
    copula_before,
    quoted_apart,
    subject_of_an_act,
)
from sijill.claims.post_fields import with_field
from sijill.claims.post_heads import headed_by
from sijill.claims.post_holders import (
    PRONOUNS,
    after_appointing_pronoun,
    appointed_after,
    appointing_verb,
    clause_break,
    complement_then_comma,
    complementizer_between,
    first_verb,
    given_holder,
    governed,
    holder_named_after,
    left_holder,
    verb_between,
)
from sijill.claims.post_items import (
    after_prepositioned_address,
    joined_by_wa,
    next_person_after_wa,
    rank_after_a_post,
)
from sijill.claims.post_jobs import job_posts
from sijill.claims.post_lists import (
    by_nationality,
    heads_a_list,
    list_before,
    listed_people,
    opened_by_a_cue,
)
from sijill.claims.post_meetings import chaired_body
from sijill.claims.post_members import composition_members
from sijill.claims.post_orgs import (
    after_another_post,
    is_body,
    is_modifier,
    is_sub_body,
    nationality_follows,
    org_by_reference,
    orgs_of,
    owner_in_name,
    parent_before,
    post_of_a_state,
    post_references,
    top_level,
    words_between,
)
from sijill.claims.post_status import described, first_holder, indefinite_tail, names_then, narrated
from sijill.claims.post_trades import teams_of
from sijill.doc import Entity, Span
from sijill.lang import load_json
from sijill.names.orgs import lexicon as org_lexicon
from sijill.names.titles import (
    grammar,
    in_construct,
    is_preposition,
    is_rank,
    strip_honorifics,
)
from sijill.text.normalize import match_key, strip_diacritics

__all__ = ["find_positions", "is_sub_body", "listed_people", "predecessors", "top_level"]

#: Tokens that may stand between a title and the name it belongs to.
_MAX_GAP_WORDS = 9
_MAX_APPOSITION_GAP = 2


def _content_words(view: SentenceView, start: int, end: int) -> list[int]:
    """The words of ``[start, end)`` outside mentions and titles that are not honorifics."""
    return [i for i in words_between(view, start, end)
            if strip_honorifics(view.doc.text[view.tokens[i].start : view.tokens[i].end] + " _") != "_"]


def _inside_an_org(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether ``person`` is named inside an organisation's name that opens after the title
    (حكومة فلان، إدارة فلان): the one the body is named after, not the title's holder."""
    return any(o.type == "ORG" and title.end <= o.span.start < person.span.start < o.span.end
               for o in view.mentions)


def _qualifies(word: str) -> bool:
    """Whether ``word`` qualifies the title before it (السابق، المحافظ), no word of a clause."""
    return is_modifier(word) or grammar().is_adjective(word) or names_then(word)


def _person_after(view: SentenceView, title: Span) -> Mention | None:
    """The person a title introduces: the next PERSON, with nothing person-like between."""
    skipped = False
    for m in view.mentions:
        if m.span.start < title.end:
            continue
        if m.type != "PERSON":
            continue
        if not skipped and any(title.end <= t.start and t.end <= m.span.start and _genitive(view, t)
                               and not envoy_of_a_post(view, title, t) for t in view.titles):
            # المتحدث باسم مكتب رئيس الوزراء فلان علان: فلان holds the post in the complement.
            skipped = True
            continue
        if _object_of_preposition(view, title, m) or (
                _content_words(view, title.end, m.span.start) and _after_prepositioned_honorific(view, m)):
            # التقى الوزير بالسيد فلان، عبر رئيس اللجنة عن شكره للأمير فلان: the one met or
            # thanked, not the holder
            return None
        if in_construct(view.doc.text, title) and not view.doc.text[title.end : m.span.start].strip(' «"'):
            return None  # انتخاب نائب «فلان» زعيماً: the deputy of the one named, not him
        gap = words_between(view, title.end, m.span.start)
        if _inside_an_org(view, title, m):
            return None  # وزير المالية في حكومة فلان: the name is the government's, not the holder
        if len(gap) > _MAX_GAP_WORDS or clause_break(view, title.end, m.span.start,
                                                      bool(title.data.get("plural"))):
            return None
        if nationality_follows(view, title) and not title.data.get("construct") and \
                not place_before_name(view, title, m) and any(
                not _qualifies(view.doc.text[view.tokens[i].start : view.tokens[i].end])
                for i in _content_words(view, title.end, m.span.start)):
            return None  # الرئيس المصري قراراً بتعيين فلان: a state's post, its holder not named
        if joined_by_wa(view.doc.text[title.end : m.span.start]):
            # فلان أمين عام وعلان أمين الصندوق، فلان وكيل الوزارة وعلان عضو المجلس: a name
            # joined by و opens the next item
            return None
        if next_person_after_wa(view.doc.text[title.end : m.span.start]):
            return None  # فلان أمير المنطقة وصاحب السمو الأمير علان: the next person of a list
        if _next_item_before(view.doc.text[title.end : m.span.start]):
            return None  # رئيس الجهاز، ومحمد فلان: the name after ، و opens the next item of a list
        if _successor_between(view, title.end, m.span.start):
            return None  # تكليف فلان بمهام مدير عام الجمارك خلفاً لعلان: علان is the one replaced
        if complementizer_between(view, title.end, m.span.start):
            return None  # أكد فلان رئيس اللجنة أن الوزير علان: علان opens the clause أن governs
        if verb_between(view, title.end, m.span.start):
            return None  # الأمين العام للمجلس يستنكر تصريحات فلان: the title is the verb's subject
        between = [t for t in view.titles if t.start >= title.end and t.end <= m.span.start]
        if len(between) == 1 and _seat_before_name(view, between[0], m) and \
                complement_then_comma(view, title.end, between[0].start):
            return m  # رئيس كتلة الأحرار في البرلمان، النائب فلان: both the member's
        if between and title.data.get("suffix"):
            return None  # فلان ونائبه والمبعوث الخاص علان: the name is the envoy's, not the deputy's
        if between and (len(gap) > 5 or any(t.data.get("phrase") or t.data.get("suffix") and not title.data.get("phrase") for t in between)):
            return None  # رئيس الوزراء وأرسل الأخير نائبه فلان: the name is the deputy's only
        if between and _apart(view, title.end, between[0].start):
            # ناقش الوزير المبادرة مع المسؤولين، وبينهم الرئيس فلان: the next title is another's,
            # not the chain of one person's titles (نائب رئيس الوزراء وزير الخارجية فلان).
            return None
        if any(t.data.get("kind") == "post" for t in between) and \
                _qualified_alone(view, title, between[0].start):
            # الرئيس التونسي وزير الداخلية فلان: the first post is someone else's.
            return None
        return m
    return None


def _past_a_clause(between: str) -> bool:
    """Whether the words between a title and a name, past a comma, are more than adjectives
    (، البرتغالي فلان): a clause of its own, so the name is not the title's apposition."""
    cut = max(between.rfind("،"), between.rfind(","))
    return cut >= 0 and not all(is_modifier(w) for w in between[cut + 1 :].split())


def _seat_before_name(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether a title is a member's seat (النائب، النائبة) right before a name: said of a
    member as a form of address, it ends no chain of that member's titles."""
    return match_key(str(title.data.get("role", ""))) in post_references().assembly_posts and \
        not view.doc.text[title.end : person.span.start].strip()


def _place_of(view: SentenceView, org: Mention) -> bool:
    """Whether an organisation is named as where something happened (بمجمع فلان، في مقر
    الاتحاد): a place after ب or في, not the body that acts."""
    text = view.doc.text
    start = org.span.start
    if start >= 1 and text[start - 1] == "ب" and (start < 2 or not text[start - 2].isalpha()):
        return True
    words = text[view.span.start : start].split()
    return bool(words) and words[-1] in ("في", "بمقر", "مقر")


def _adjacent(view: SentenceView, person: Mention, title: Span) -> bool:
    """Whether a title follows a name with nothing between (فلان وزير النقل، اللواء علان): the
    apposition of that name, not a title before the name after the comma."""
    return person.span.end <= title.start and not view.doc.text[person.span.end : title.start].strip()


def _object_of_preposition(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether a preposition (ب، ل) joins the name after a title to what comes before it: on
    the name itself (بفلان) or on the honorific right before it (بالسيد فلان، للشيخ فلان)."""
    text = view.doc.text
    named = text[person.span.start : person.span.end]
    if person.span.start > title.end and text[person.span.start - 1] in "بل" and \
            strip_honorifics(named) != named:
        return True  # بالسيد فلان read as one name: the preposition is on its honorific
    words = text[title.end : person.span.start].split()
    while words and strip_honorifics(f"{words[-1]} _") == "_":
        words.pop()  # رسالة إلى الدكتور فلان: the preposition before the honorific
    if words and is_preposition(words[-1]):
        return True  # بعث الوزير رسالة إلى فلان: the one written to
    if not words:
        return False
    last = words[-1]
    bare = "ال" + last[2:] if last.startswith("لل") else last[1:]
    return len(last) > 3 and last[0] in "بل" and strip_honorifics(f"{bare} _") == "_"


#: A comma then و right before a name, not a pronoun opening the title's own list (وهم: فلان).
_NEW_ITEM = re.compile(r"[،,]\s*و(?!(?:هم|هما|هي|هو|هن)(?!\w))(?P<rest>[^،,]*)$")


#: A comma and the و written on a title right after it: ``، والمشرف``.
_NEW_TITLED_ITEM = re.compile(r"[،,]\s*و$")


def _next_item_before(between: str) -> bool:
    """Whether ``between`` (from a title to a name) ends in a new item of a list: a comma, then
    و with at most honorifics (، واللواء فلان), not an organisation joined to the title's."""
    m = _NEW_ITEM.search(between)
    if m is None:
        return False
    words = m["rest"].split()
    return all(strip_honorifics(f"{w} _") == "_" for w in words)

_OBJECT_EVENTS = ("APPOINTMENT", "ELECTION", "DISMISSAL", "RESIGNATION")


def _trigger_between(view: SentenceView, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a verb or noun of appointment, election, dismissal or resignation stands in
    ``[start, end)``."""
    for tok, ks in zip(view.tokens, view.keys):
        if start <= tok.start and tok.end <= end and (any(
                lex.verbs[t].match(ks) or (lex.nouns[t].match(ks) and not lex.not_nouns[t].match(ks))
                for t in _OBJECT_EVENTS if t in lex.verbs and t in lex.nouns and t in lex.not_nouns)
                or ("MEETING" in lex.verbs and lex.verbs["MEETING"].match(ks))):
            # وزير الخارجية الأمريكي التقى الشيخ فلان: a verb of meeting between them too
            return True
    return False


def _first_trigger(view: SentenceView, lex: Lexicon, start: int, end: int) -> int | None:
    """Where the first verb or noun of forming, appointing or electing in ``[start, end)``
    begins (أصدر قراراً بتشكيل لجنة): a body named past it is the one formed, no complement."""
    for tok, ks in zip(view.tokens, view.keys):
        if start <= tok.start and tok.end <= end and any(
                t in lex.verbs and t in lex.nouns and (lex.verbs[t].match(ks) or lex.nouns[t].match(ks))
                for t in ("FOUNDING",) + _OBJECT_EVENTS):
            return tok.start
    return None


def _successor_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a successor cue (خلفاً لـ، بدلاً من) stands in ``[start, end)``."""
    text = match_key(view.doc.text[start:end])
    return any(" ".join(c)[:6] in text for c in lexicon().successor_cues)


def _apart(view: SentenceView, start: int, end: int) -> bool:
    """Whether a comma stands in ``[start, end)`` with words other than adjectives and
    honorifics (، وبينهم): two titles around it are no chain of one person's titles."""
    text = view.doc.text[start:end]
    if "،" not in text and "," not in text:
        return False
    return any(not is_modifier(view.doc.text[view.tokens[i].start : view.tokens[i].end])
               for i in _content_words(view, start, end))


def _new_item_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a new item of a list (و with an honorific or a title: ومعالي وزير الدولة) begins
    in ``[start, end)``: the name after it is that item's, not this title's."""
    text = view.doc.text
    starts = {t.start for t in view.titles}
    for tok in view.tokens:
        if start <= tok.start and tok.end <= end and text[tok.start] == "و" and tok.end - tok.start > 2:
            word = text[tok.start + 1 : tok.end]
            if tok.start + 1 in starts or strip_honorifics(f"{word} _") == "_":
                return True
    return False


def _owner_named_in(view: SentenceView, org: Entity, title: Span, limit: int) -> tuple[Entity, str] | None:
    """The organisation named inside the body a title's organisation is (see ``owner_in_name``)."""
    if not is_sub_body(org):
        return None
    at = next((m.span.start for m in view.mentions if m.entity is org and title.start <= m.span.start <= limit),
              None)
    return owner_in_name(org, view.doc, at) if at is not None else None


def _genitive(view: SentenceView, title: Span) -> bool:
    """Whether a title is written with ل as the complement of what precedes it (لرئيس الوزراء)."""
    text = view.doc.text
    return text[title.start : title.start + 1] == "ل" or text[title.start - 1 : title.start] == "ل"


def _bracket_owner(view: SentenceView, title: Span) -> Mention | None:
    """The person named right before the bracket a title stands in: ``فلان (رئيس الاتحاد)``."""
    text = view.doc.text
    opened = text.rfind("(", view.span.start, title.start)
    if opened < 0 or ")" in text[opened : title.start]:
        return None
    return next((m for m in reversed(view.mentions) if m.type == "PERSON" and
                 m.span.end <= opened and not text[m.span.end : opened].strip()), None)


def _qualified_alone(view: SentenceView, title: Span, end: int) -> bool:
    """Whether only adjectives such as a nationality (التونسي) stand between a title and the
    next title at ``end``: a post named for itself, not the first of one person's titles."""
    gap = words_between(view, title.end, end)
    words = [view.doc.text[view.tokens[i].start : view.tokens[i].end] for i in gap]
    return bool(words) and all(is_modifier(w) for w in words) and not any(
        m.type == "ORG" and title.end <= m.span.start < end for m in view.mentions)


#: Words that join a verb to the one before it, sharing its subject (ثم أصبح، وأصبح).
_THEN = frozenset(match_key(w) for w in ("ثم", "و"))
#: Words that open a clause of its own subject (قال فلان إن علان ...).
_CLAUSE_OPENERS = frozenset(match_key(w) for w in ("إن", "أن", "بأن", "لأن", "وأن", "وإن"))


def _coordinated_subject(view: SentenceView, title: Span, earlier: list[Mention]) -> Mention | None:
    """The subject of a copula joined to an earlier verb (كان فلان قد شغل منصب الوزير في حكومة
    علان ثم أصبح رئيساً للوزراء): the first free name of its clause, not the last name (علان,
    a genitive of that clause)."""
    words = [t for t in view.tokens if t.end <= title.start and t.kind == "word"]
    if len(words) < 2:
        return None
    copula, joined = view.doc.text[words[-1].start : words[-1].end], view.doc.text[words[-2].start : words[-2].end]
    if match_key(joined) not in _THEN and not copula.startswith("و"):
        return None
    last = earlier[-1]
    opened = max((t.end for t in words if match_key(view.doc.text[t.start : t.end]) in _CLAUSE_OPENERS),
                 default=view.span.start)
    free = [m for m in earlier if m.span.start >= opened and not governed(view, m)]
    return free[0] if free and free[0] is not last else None


#: How many words a post said with ك may stand after its subject's name.
_AS_REACH = 12


def _said_as(view: SentenceView, title: Span) -> bool:
    """Whether a title is joined to ك "as" (كرئيس تنفيذي، وكمدير عام): the post the clause's
    subject holds or takes."""
    text = view.doc.text
    return title.start >= 1 and text[title.start - 1] == "ك" and (
        title.start < 2 or not text[title.start - 2].isalpha() or
        (text[title.start - 2] in "وف" and (title.start < 3 or not text[title.start - 3].isalpha())))


def _subject_of_as(view: SentenceView, title: Span) -> Mention | None:
    """The person of a post said with ك "as" (انضم فلان إلى الشركة كرئيس تنفيذي): the last name
    before it in the sentence, outside another title."""
    if not _said_as(view, title):
        return None
    earlier = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= title.start
               and not any(t.start <= m.span.start and m.span.end <= t.end for t in view.titles)]
    if not earlier:
        return None
    between = view.doc.text[earlier[-1].span.end : title.start]
    if len(between.split()) > _AS_REACH or any(q in between for q in "«»\"“”"):
        return None  # فلان ... وعملتم كمندوب، قال فلان: «أشعر ... كممثل»: another clause's subject
    return earlier[-1]


#: Prepositions of where someone is sent or accredited (إلى، لدى).
@lru_cache(maxsize=1)
def _sent_to_words() -> frozenset[str]:
    """``sent_to`` of ``lang/ar/post_orgs.json`` as matching keys."""
    return frozenset(match_key(w) for w in load_json("post_orgs.json")["sent_to"])


def _sent_to(view: SentenceView, title: Span, org: Entity) -> bool:
    """Whether an organisation is named after إلى or لدى following a title (مبعوثاً إلى المنظمة،
    مندوب المملكة لدى الجامعة): where the holder is sent, not the body they serve."""
    text = view.doc.text
    for m in view.mentions:
        if m.entity is org and m.span.start >= title.end:
            words = text[title.end : m.span.start].split()
            return any(match_key(w) in _sent_to_words() for w in words)
    return False


def _person_before(view: SentenceView, title: Span, owners: dict[int, Mention]) -> Mention | None:
    """The person a title follows in apposition, across a chain of titles of that person; a
    title after a preposition (التقى فلان بالمبعوث) is no apposition."""
    text = view.doc.text
    if title.start >= 2 and text[title.start - 1] in "بلك" and (
            not text[title.start - 2].isalpha() or text[title.start - 2] in "وف"):
        return None
    if title.data.get("suffix") and text[title.start - 1 : title.start] == "و":
        return None  # التقى الوفد بالوزير فلان ونائبه: his deputy, another person
    prev_end = view.span.start
    owner: Mention | None = None
    for m in view.mentions:
        if m.type == "PERSON" and m.span.end <= title.start and m.span.end >= prev_end:
            prev_end, owner = m.span.end, m
        elif m.type == "PERSON" and m.span.start < title.start < m.span.end <= title.end:
            return m  # the name ran into the title after it (خالد العلي نائباً لرئيس المجلس)
    chained = False
    said_to = False
    for t in view.titles:  # a title of the same person in between: the chain goes on
        if t.end <= title.start and t.start >= prev_end and id(t) in owners:
            prev_end, owner, chained = t.end, owners[id(t)], True
            said_to = bool(t.data.get("accusative"))
    if owner is None:
        return None
    if chained and complement_then_comma(view, prev_end, title.start):
        return owner  # فلان، مفوض الأمم المتحدة السامي لحقوق الإنسان، الرئيس الدوري للمجلس
    if (said_to or (chained and _after_a_copula(view, owner))) and title.data.get("accusative") and \
            text[title.start - 1 : title.start] == "و" and complement_then_comma(view, prev_end, title.start - 1):
        # عمل فلان مديراً لبرنامج التدريب، ومديراً للتخطيط: an accusative post names no one of
        # its own, so after another's comma and و it is the next post of the same holder.
        return owner
    if _NEW_TITLED_ITEM.search(text, prev_end, title.start):
        return None  # فلان، والمحاسب، علان: the title opens the next item of a list
    gap = words_between(view, prev_end, title.start)
    texts = [view.doc.text[view.tokens[i].start : view.tokens[i].end] for i in gap]
    links = post_references().post_links
    appointed = bool(title.data.get("accusative")) and appointed_after(texts)  # فلان قد عين مديراً
    held = all(match_key(t) in links for t in texts)  # الذي كان يشغل منصب: a clause of holding
    if len(gap) > _MAX_APPOSITION_GAP + (3 if held else 1) or not appointed and not described(title, texts) and any(
            t not in ("و", "وهو", "وهي", "هو", "هي") and not is_modifier(t) and match_key(t) not in links
            and not (is_rank(t) and t is texts[-1]) for t in texts):
        return None
    if len(gap) > _MAX_APPOSITION_GAP and not held:
        return None  # only a clause of holding (الذي يشغل منصب) may be that long
    if any(t in PRONOUNS for t in texts) and governed(view, owner):
        # يمثل فلان الجناح المنشق عن الرئيس علان في الحزب وهو نائب رئيسه: the pronoun names
        # the subject, not the object of a preposition.
        subjects = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= owner.span.start
                    and m.entity is not owner.entity and not governed(view, m)]
        return subjects[-1] if subjects else None
    return owner


def _appointers_title(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether a title right after a verb of appointing is its subject's, and the name after it
    the object, named to the accusative post that follows it (عين الرئيس التونسي فلاناً رئيساً
    للحكومة، عين وزير الداخلية اللواء فلاناً مديراً للشرطة)."""
    if title.data.get("accusative") or person.span.start < title.end:
        return False
    text = view.doc.text
    before = [t for t in view.tokens if t.end <= title.start]
    if not before or before[-1].kind != "word" or \
            not appointing_verb(text[before[-1].start : before[-1].end]):
        return False
    if any(m.type in ("PERSON", "ORG") and m.span.end <= before[-1].start for m in view.mentions):
        return False  # اختار البنك ... رئيس الوزراء السابق فلاناً مستشاراً: the subject came first
    nxt = next((t for t in view.titles if t.start >= person.span.end), None)
    return nxt is not None and bool(nxt.data.get("accusative")) and \
        not text[person.span.end : nxt.start].strip() and not _new_one(view, nxt)


def _new_one(view: SentenceView, title: Span) -> bool:
    """Whether an accusative post is qualified as new (محافظاً جديداً): one not named yet, when
    the name before it is that of the appointer (عين الرئيس هادي محافظاً جديداً لعدن)."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    return nxt is not None and match_key(view.doc.text[nxt.start : nxt.end]).rstrip("ا").startswith(
        match_key("جديد"))


def _appointer_named(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether the name right before a post qualified as new follows a title right after a
    verb of appointing: the appointer's name (عين الرئيس هادي محافظاً جديداً)."""
    if not title.data.get("accusative") or person.span.end > title.start or not _new_one(view, title) or \
            view.doc.text[person.span.end : title.start].strip():
        return False
    owner = next((t for t in reversed(view.titles) if t.end <= person.span.start), None)
    if owner is None or view.doc.text[owner.end : person.span.start].strip():
        return False
    before = [t for t in view.tokens if t.end <= owner.start]
    return bool(before) and before[-1].kind == "word" and \
        appointing_verb(view.doc.text[before[-1].start : before[-1].end])


def _in_the_name_of(view: SentenceView, before: Span, title: Span) -> bool:
    """Whether ``title`` is the one a speaker's title right before it speaks for (المتحدث باسم
    رئيس الوزراء): the name after both is the speaker's."""
    text = view.doc.text
    said = match_key(text[before.start : before.end]).split()
    return bool(said) and said[-1] in _ON_BEHALF and not text[before.end : title.start].strip()


#: The last word of a title that speaks for the post after it (المتحدث باسم، الناطق بإسم).
_ON_BEHALF = frozenset(match_key(w) for w in ("باسم", "بإسم"))


def _owned_title(view: SentenceView, title: Span) -> Span:
    """A title with a pronoun of its owner (أمينه العام، مديرها الإقليمي): the role written
    whole (الأمين العام) when an adjective of compound posts follows, and the organisation the
    pronoun names when the nearest name before it in its sentence is one (not a person's: فلان
    ونائبه)."""
    text = view.doc.text
    word = text[title.start : title.end]
    if not word.endswith(("ه", "ها")):
        return title  # رئيسهم: of many, none named
    data = dict(title.data)
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is not None and nxt.kind == "word" and \
            match_key(text[nxt.start : nxt.end]) in _compound_adjectives():
        head = str(data.get("head", data.get("role", "")))
        if head == data.get("role") and not head.startswith("ال"):
            data["role"] = data["head"] = f"ال{head} {text[nxt.start : nxt.end]}"
    before = [m for m in view.mentions if m.span.end <= title.start]
    if before and before[-1].type == "ORG" and \
            not any(t.kind == "punct" and before[-1].span.end <= t.start < title.start and
                    text[t.start : t.end] in ".؛:" for t in view.tokens):
        data["owner"] = before[-1]
    return Span(title.start, title.end, title.label, title.value, data)


@lru_cache(maxsize=1)
def _compound_adjectives() -> frozenset[str]:
    """Adjectives that make one post with the title before them (الأمين العام، الرئيس المشترك)."""
    return frozenset(match_key(w) for w in load_json("titles.json").get("compound_adjectives", []))


def _role(view: SentenceView, title: Span, inside: bool, org: Entity | None) -> str:
    """The role as written: the head alone when the title's body is the organisation itself."""
    role = str(title.data.get("role", view.doc.text[title.start : title.end]))
    head = str(title.data.get("head", role))
    if inside and org is not None and role != head:
        return head
    return role


def _status(view: SentenceView, title: Span, person: Mention, lex: Lexicon) -> tuple[str, bool]:
    """``(status, stated)``: ``former``/``future``/``current`` from the title's modifier, the words
    just before it, or a successor cue before the name; ``stated`` is False for the default."""
    modifier = title.data.get("modifier")
    if modifier is not None:
        for status in ("former", "future", "current"):
            if lex.status[status].match((match_key(str(modifier)),)):
                return status, True
    idx = _words_before(view, title, lex)
    # رئيس الوزراء العراقي السابق فلان، أعضاء اللجنة السابقين وهم: the word after the
    # title's organisation, before the name.
    idx += [i for i, t in enumerate(view.tokens)
            if title.end <= t.start and t.end <= person.span.start and t.kind == "word"][:6]
    if person.span.end <= title.start:
        idx += _apposition_modifiers(view, title) + indefinite_tail(view, title)
    # وكان الوزير فلان قد أكد: كان narrates its subject's past act; a post held before: كان رئيساً
    narrating = not title.data.get("accusative") and (person.span.start >= title.end or _pluperfect(view, title) or
                                                      narrated(view, title))
    for status in ("former", "future"):
        if any(lex.status[status].match(view.keys[i]) and
               not (narrating and status == "former" and lex.status["copulas"].match(view.keys[i]))
               for i in idx):
            return status, True
    if _after_successor_cue(view, person, lex):
        return "former", True
    if any(i > 0 and lex.status["ended"].match(view.keys[i]) and lex.status["ending"].match(view.keys[i - 1])
           for i in idx):
        return "former", True  # إنهاء خدمات مدير الهيئة فلان، انتهاء تكليفه بالعمل رئيساً للهيئة
    if _was_before_the_name(view, title, person, lex) or first_holder(view, title):
        return "former", True  # أول رئيس وزراء لدولة الوحدة: its history
    return "current", False


def _after_a_copula(view: SentenceView, person: Mention) -> bool:
    """Whether كان/أصبح (a copula) stands right before a name, past its honorifics: the posts
    after the name are its predicates, accusative in a list (وكان فلان عضواً ..., ووكيلاً ...)."""
    text = view.doc.text
    before = [i for i, t in enumerate(view.tokens) if t.end <= person.span.start and t.kind == "word"]
    while before and strip_honorifics(text[view.tokens[before[-1]].start : view.tokens[before[-1]].end] + " _") == "_":
        before.pop()
    return bool(before) and bool(lexicon().status["copulas"].match(view.keys[before[-1]]))


def _was_before_the_name(view: SentenceView, title: Span, person: Mention, lex: Lexicon) -> bool:
    """Whether كان/كانت opens the clause whose subject is the name right before the title (وكان
    الدكتور فلان عضو هيئة التدريس ...): the post held before, unless قد after it narrates."""
    text = view.doc.text
    listed = bool(title.data.get("accusative")) and text[title.start - 1 : title.start] == "و"
    between = text[person.span.end : title.start].replace("،", " ").replace(",", " ").split()
    # وكان فلان يشغل منصب مدير المكتب: a clause of holding between is the predicate of كان too
    held = all(match_key(w) in post_references().post_links for w in between)
    if person.span.end > title.start or (between and not held and not listed) or \
            _pluperfect(view, title) or narrated(view, title):  # وكان فلان رئيس الحزب أعلن
        return False  # listed: وكان فلان عضو اللجنة، ووكيلاً للوزارة: the next predicate of كان
    before = [i for i, t in enumerate(view.tokens) if t.end <= person.span.start and t.kind == "word"]
    while before and strip_honorifics(text[view.tokens[before[-1]].start : view.tokens[before[-1]].end] + " _") == "_":
        before.pop()  # الدكتور، الشيخ: honorifics of the name
    if not before:
        return False
    i = before[-1]  # شغل فلان منصب الوزير: a past verb of holding says it was held before, as كان
    return lex.status["former"].match(view.keys[i]) and (lex.status["copulas"].match(view.keys[i]) or held and bool(between))


#: How many words after a title the قد of a pluperfect (وكان الوزير قد وجّه) may stand.
_PLUPERFECT_REACH = 4


def _pluperfect(view: SentenceView, title: Span) -> bool:
    """Whether the title is a pluperfect's subject (وكان الوزير قد وجّه): what its holder had done."""
    after = [t for t in view.tokens if t.start >= title.end][:_PLUPERFECT_REACH]
    for t in after:
        if t.kind != "word":
            return False
        if view.doc.text[t.start : t.end] == "قد":
            return True
    return False


#: Definite adjectives of status that may stand before the post they qualify in no order of
#: Arabic but the one where the dead are named (الراحل الرئيس فلان).
_LEADING_ADJECTIVES = frozenset({"الراحل", "الراحلة"})


def _words_before(view: SentenceView, title: Span, lex: Lexicon) -> list[int]:
    """The words just before a title that may state its status: a definite adjective there
    qualifies the noun before it (غريمه السابق الأمين العام، رئيس المجلس السابق فلان ورئيس
    البنك علان), and a copula or verb of the future governs the title only when no preposition's
    phrase stands between them (سيكون بحضور سفير المملكة: the ambassador attends, he is not to
    become one)."""
    idx = [i for i, t in enumerate(view.tokens) if t.end <= title.start and t.kind == "word"][-3:]
    text = view.doc.text
    out: list[int] = []
    for k, i in enumerate(idx):
        tok = view.tokens[i]
        stem = text[tok.stem : tok.end] if tok.stem >= 0 else text[tok.start : tok.end]
        if tok.article and ("ال" + stem) not in _LEADING_ADJECTIVES and not title.data.get("phrase"):
            continue  # المجلس السابق برئاسة فلان: the body he chaired is the former one
        if any(_a_prepositions_phrase(view, j, lex) for j in idx[k + 1 :]):
            continue
        out.append(i)
    return out


def _a_prepositions_phrase(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Whether word ``i`` opens a preposition's phrase (بحضور، لدى، عن) outside any name."""
    tok = view.tokens[i]
    word = view.doc.text[tok.start : tok.end]
    if any(m.span.start <= tok.start < m.span.end for m in view.mentions) or \
            lex.status["copulas"].match(view.keys[i]):
        return False  # بات رئيساً: a copula that opens with the letter of a preposition
    if is_preposition(word):
        return True
    return not tok.article and len(word) > 3 and \
        (tok.proclitics[-1:] in ("ب", "ل") or (not tok.proclitics and tok.maybe in ("ب", "ل")))


def _introduced_by_a_trade(view: SentenceView, title: Span, person: Mention) -> bool:
    """Whether the word right after a phrase of leading (بقيادة المدرب فلان، بقيادة اللواء فلان)
    is neither a post nor the holder's name: a trade, rank or honorific that introduces the one
    who leads."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None or nxt.kind != "word" or nxt.start >= person.span.start or \
            opened_by_a_cue(view, title, person):
        return False  # وعضوية كل من فلان وفلان: a list of holders
    return not any(t.start <= nxt.start < t.end for t in view.titles) and \
        not any(m.span.start <= nxt.start < m.span.end for m in view.mentions)


#: How many words of a post's complement may stand before its status adjective.
_TAIL_WORDS = 6


def _apposition_modifiers(view: SentenceView, title: Span) -> list[int]:
    """The adjectives of status closing the complement of a post said after its holder's name
    (فلان وزير الأوقاف والمقدسات الإسلامية الأردني السابق): the words after the post up to a mark,
    a name or another title."""
    out: list[int] = []
    for i, t in enumerate(view.tokens):
        if t.start < title.end:
            continue
        if t.kind != "word" or len(out) >= _TAIL_WORDS or \
                any(m.type == "PERSON" and m.span.start <= t.start < m.span.end for m in view.mentions) or \
                any(s.start <= t.start < s.end for s in view.titles):
            break
        out.append(i)
    return [i for i in out if is_modifier(view.doc.text[view.tokens[i].start : view.tokens[i].end])]


def _after_copula(view: SentenceView, title: Span, lex: Lexicon) -> bool:
    """Whether a copula stands just before an accusative title (لأنه سيكون رئيساً)."""
    return copula_before(view, title, lex)


_END = attrgetter("end")


def _after_successor_cue(view: SentenceView, person: Mention, lex: Lexicon) -> bool:
    """Whether the person follows ``خلفاً لـ`` / ``ليحل مكان``: the one replaced."""
    # Tokens are in order and apart, so their ends rise: those ending by the name are the
    # first ``upto``, and only the next may hold the name's start (a bisection, not two scans).
    upto = bisect_right(view.tokens, person.span.start, key=_END)
    # A token may have no key (a mark alone): it stands as an empty word.
    words = [view.keys[i][0] if view.keys[i] else "" for i in range(max(0, upto - 5), upto)]
    nxt = view.tokens[upto] if upto < len(view.tokens) else None
    joined = nxt if nxt is not None and nxt.start < person.span.start else None
    if joined is not None:  # خلفاً لسمير: the preposition is written on the name
        words.append(match_key(view.doc.text[joined.start : person.span.start]))
    # خلفاً للمستقيل فلان، خلفاً للراحل فلان: an adjective of status carries the preposition
    words = [match_key("ل") if w.startswith("لل") and is_modifier("ال" + w[2:]) else w for w in words]
    for cue in lex.successor_cues:
        n = len(cue)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == cue or tuple(w.rstrip("ـ") for w in words[k : k + n]) == cue:
                return True
    return False


def find_positions(view: SentenceView, lex: Lexicon, last_person: Mention | None,
                   context: list[Mention]) -> list[Position]:
    """Positions stated in one sentence. ``last_person``: the person last named before it;
    ``context``: the organisation mentions of the document so far (for a sub-body's parent)."""
    out: list[Position] = []
    owners: dict[int, Mention] = {}
    # Positions by the index of their title, and the titles whose organisation is the next
    # one's (العضو المنتدب والرئيس التنفيذي للشركة): filled in once the next is read.
    made: dict[int, list[Position]] = {}
    sharing: list[int] = []
    for n, title in enumerate(view.titles):
        if title.data.get("phrase") and n + 1 < len(view.titles) and \
                len(words_between(view, title.end, view.titles[n + 1].start)) <= 1 and \
                not view.between(title.end, view.titles[n + 1].start, ("PERSON",)) and \
                str(view.titles[n + 1].data.get("head", "")).removeprefix("ال").startswith(
                    str(title.data.get("role", ""))):
            # برئاسة رئيس الوزراء فلان: the post that follows says it (but بزعامة رئيس الإقليم
            # فلان leads the party besides)
            continue
        if any(m.type == "PERSON" and m.span.start == title.start and title.end < m.span.end
               for m in view.mentions):
            continue  # أمين الجميل: the first word of a name, not a post
        if any(m.type in ("ORG", "LOC") and m.span.start < title.start and title.end <= m.span.end
               for m in view.mentions):
            continue  # مركز الملك سلمان، مدينة الملك عبدالله: a word inside a place's name
        if n and _in_the_name_of(view, view.titles[n - 1], title):
            continue  # المتحدث باسم وزير الخارجية فلان: the spokesman is named, not the minister
        if n and envoy_of_a_post(view, view.titles[n - 1], title):
            continue  # المبعوث الخاص للأمين العام فلان: the envoy is named, not the secretary
        accusative = bool(title.data.get("accusative"))
        bracketed = _bracket_owner(view, title)
        listed = list_before(view, title) if title.data.get("plural") else []
        left = title.data.get("left")
        leaving = None if left is None else left_holder(view, title, int(left))
        given = title.data.get("given")
        handed = None if given is None else given_holder(view, title, int(given))
        person = None if accusative or bracketed or listed or left is not None else _person_after(view, title)
        if person is not None and title.data.get("trade") and \
                _past_a_clause(view.doc.text[title.end : person.span.start]):
            # مدرب النصر، في مأزق، بعد إصابة المهاجم فلان: a coach's name comes right after a
            # comma (مدرب الفريق، البرتغالي فلان), not past the words of another clause
            person = None
        if person is not None and subject_of_an_act(view, title, person, lex):
            person = None  # استقبل الرئيس وزير الخارجية فلان: the president receives him
        if person is not None and _trigger_between(view, lex, title.end, person.span.start):
            # فلان رئيس الاتحاد على تعيين علان: the name after the trigger is its object, not
            # the holder of the title before it.
            person = None
        held_by = None if person is not None or accusative or bracketed or listed or left is not None \
            else holder_named_after(view, title)
        if held_by is not None:
            person = held_by[0]  # منصب نائب الرئيس الذي يشغله فلان
        before = _person_before(view, title, owners) if person is not None and held_by is None else None
        if person is not None and before is not None and (
                ((_content_words(view, title.end, person.span.start) or _adjacent(view, before, title)) and
                 any(c in view.doc.text[title.end : person.span.start] for c in "،,")) or
                sum(title.end <= t.start < person.span.start for t in view.titles) >= 2 or
                _new_item_between(view, title.end, person.span.start)):
            # فلان الأمين العام للمجلس، بشدة، تصريحات علان: the name right before it, not the
            # one farther after it.
            person = None
        # The next title outside a name (مركز الملك سلمان: الملك is a word of the name).
        next_title = next((t.start for t in view.titles[n + 1 :] if not any(
            m.type in ("ORG", "LOC") and m.span.start < t.start and t.end <= m.span.end
            for m in view.mentions)), view.span.end)
        if person is not None:
            limit = min(person.span.start, next_title)
        else:
            person = leaving or handed or bracketed or (listed[-1] if listed else None) or \
                _person_before(view, title, owners) or _subject_of_as(view, title)
            copula = _after_copula(view, title, lex)
            if person is None and (copula or (accusative and after_appointing_pronoun(view, title, lex))):
                # كان المستشار القانوني ...، لأنه سيكون رئيساً ...: the subject named before;
                # اختيار فلان ولياً للعهد وتعيينه نائباً لرئيس المجلس: the one the pronoun names.
                earlier = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= title.start
                           and not any(t.start <= m.span.start and m.span.end <= t.end for t in view.titles)
                           and not quoted_apart(view, m, title)]
                # A pronoun of appointing names the last one named (اختيار فلان ... واختيار علان
                # ولياً للعهد وتعيينه نائباً: علان), never the subject of an earlier clause;
                # a pronoun of appointing names someone of its own sentence, not of the last one.
                subject = _coordinated_subject(view, title, earlier) if copula and earlier else None
                person = subject or earlier[-1] if earlier else (None if accusative and not copula
                                                                 else last_person)
            if person is None:
                continue
            nxt = [m.span.start for m in view.mentions if m.type == "PERSON" and m.span.start >= title.end]
            # سفير المملكة في مصر، دعم مجموعة ...: the post's complement ends at the comma.
            commas = [i for c in "،," if (i := view.doc.text.find(c, title.end, view.span.end)) >= 0]
            # وزير الأشغال يصدر قراراً بتشكيل لجنة: the complement ends at a verb or at a
            # word of forming or appointing.
            cut = [c for c in (first_verb(view, title.end, view.span.end),
                               _first_trigger(view, lex, title.end, view.span.end)) if c is not None]
            limit = min(nxt + commas + [next_title, view.span.end, title.end + 90] + cut)
        if person.span.start >= title.end and not words_between(view, title.end, person.span.start) and \
                match_key(str(title.data.get("role", ""))) in post_references().address_posts:
            continue  # المستشار فلان: a form of address, no post
        if n and rank_after_a_post(view, view.titles[n - 1], title, person):
            continue  # رئيس الإدارة الإعلامية السفير فلان: his rank, the post is the one before
        if title.data.get("trade") and person.span.start >= title.end and _named_to_a_post(view, person):
            continue  # تعيين المدرب الصربي فلان مديراً فنياً: the trade describes him, no post
        if match_key(str(title.data.get("role", ""))) in post_references().assembly_posts and \
                _complement_follows(view, title):
            continue  # النائب السابق للأمين العام: someone's deputy, not a member of an assembly
        if _appointers_title(view, title, person):
            continue  # عين وزير الداخلية اللواء فلان مديراً للشرطة: the minister appoints him
        if _appointer_named(view, title, person):
            continue  # عين الرئيس هادي محافظاً جديداً لعدن: the new governor is not named
        owners[id(title)] = person
        here = context + [m for m in view.mentions if m.type == "ORG"]
        if title.data.get("suffix"):
            title = _owned_title(view, title)
        role = str(title.data.get("role", ""))
        head = str(title.data.get("head", role))
        posted = lex.posted_heads.match((match_key(head),))
        orgs, inside, body = orgs_of(view, title, limit, posted)
        pronoun = accusative and _pronoun_complement(view, title)
        if pronoun:
            # انتخب البرلمان فلاناً رئيساً جديداً له: the body له names, not one named after it
            orgs, inside, body = [], False, None
        sent = False
        if _said_as(view, title) or posted:
            # كمبعوثة خاصة إلى الوكالة، مندوب المملكة لدى الجامعة: where an envoy is sent, not
            # the body they serve; with none other named, the sending state's post (no body).
            hosts = [o for o in orgs if _sent_to(view, title, o)]
            orgs, sent = [o for o in orgs if o not in hosts], bool(hosts)
        if title.data.get("verb") and not orgs:
            continue  # ترأس الاجتماع: a chaired meeting, no post
        sub_body = body if body is not None and not inside else None
        if sub_body is not None:
            role = f"{role} {sub_body.name}"
            title = Span(title.start, title.end, title.label, title.value,
                         {**title.data, "role": role, "head": role})
        if inside and orgs and role != head and is_body(orgs[0], role, head):
            # رئيس المكتب التنفيذي السابق: the body is named, its organisation is not.
            parent = parent_before(here, title, orgs[0], view)
            # رئيس مجلس الإدارة والمدير العام للشركة: the body's organisation is the next post's.
            orgs = [parent] if parent is not None else [] if _joined_to_next(view, n) else orgs
            inside = False
        elif len(orgs) == 1 and (owned := _owner_named_in(view, orgs[0], title, limit)) is not None:
            # رئيس مجلس إدارة نادي الوحدة: a post in the body of the club named inside it.
            parent, body_text = owned
            role = f"{head} {body_text}" if inside else f"{role} {body_text}"
            sub_body, orgs, inside = orgs[0], [parent], False
            title = Span(title.start, title.end, title.label, title.value,
                         {**title.data, "role": role, "head": role})
        elif len(orgs) == 1 and is_sub_body(orgs[0]):
            # منسق مكتب الجاليات: a post in a body of the organisation named before.
            parent = parent_before(here, title, orgs[0], view)
            if parent is not None:
                role = f"{head} {orgs[0].name}" if inside else f"{role} {orgs[0].name}"
                sub_body = orgs[0]
                orgs, inside = [parent], False
                title = Span(title.start, title.end, title.label, title.value,
                             {**title.data, "role": role, "head": role})
        if not orgs and not sent and title.data.get("owner") is not None:
            # أعلن الاتحاد التونسي للشغل أن أمينه العام فلان: the organisation the pronoun names
            owner_org = title.data["owner"]
            assert isinstance(owner_org, Mention)
            orgs = [top_level(owner_org.entity, here, owner_org.span.start)]
        if not orgs and not sent and accusative and (pronoun or not _complement_follows(view, title)) and \
                not post_of_a_state(title, lex):
            # انتخب المؤتمر العام للاتحاد فلاناً أميناً عاماً: the post is in the organisation
            # that elected them, named before the person; a state's post (ولياً للعهد) is not.
            named = [m for m in view.mentions if m.type == "ORG" and m.span.end <= person.span.start
                     and not _place_of(view, m) and not after_another_post(view, m, title)]
            if named:
                # رئيساً له: the pronoun names the subject, the body named first (انتخب البرلمان
                # النائب عن حزب الأحرار فلاناً رئيساً له: the parliament, not the party)
                by = named[0] if pronoun else named[-1]
                owned = _owner_named_in(view, by.entity, Span(by.span.start, by.span.start, "ORG"), by.span.end)
                orgs = [owned[0] if owned else top_level(by.entity, here, by.span.start)]
        if not orgs and not sent and out and _listed_after(view, out[-1], title) and \
                not post_of_a_state(title, lex) and not own_nationality(view, title):
            # رئيس الائتلاف فلان، ونائب الرئيس فلان: the list shares its organisation; a title
            # with a nationality of its own (والرئيس الفرنسي فلان) is another state's post.
            orgs = [out[-1].org] if out[-1].org is not None else []
        if not orgs and not sent and title.data.get("phrase") and not title.data.get("verb") and \
                title.data.get("role") == "رئيس":
            # وافق مجلس الوزراء في اجتماعه برئاسة فلان: who chairs a body's meeting heads it
            chaired = chaired_body(view, title)
            if chaired is not None and not _place_of(view, chaired):
                orgs = [top_level(chaired.entity, here, chaired.span.start)]
        if not orgs and not sent and _joined_to_next(view, n) and not post_of_a_state(title, lex):
            sharing.append(n)  # its organisation is the next post's, if that names one
        elif not orgs and (named_org := adjective_org(view, title)) is not None:
            orgs = [named_org]  # المبعوث الأممي: the United Nations, where the text names it
        elif not orgs and not sent and not _unnamed_body_follows(view, title):
            orgs = org_by_reference(view, title, context, lex)
        if title.data.get("phrase") and not title.data.get("verb") and not orgs and n not in sharing and \
                _introduced_by_a_trade(view, title, person):
            # انطلقت التمارين بقيادة المدرب الوطني فلان، غرفة برئاسة القانوني فلان: with no body
            # named, a word of trade before the name says who led an action, no post.
            continue
        if title.data.get("trade") and not accusative:
            # والمدرب فلان after a federation's officials: a coach, of no team the text names
            orgs = teams_of(view, title, orgs, person)
        if title.data.get("trade") and not orgs and n not in sharing:
            continue  # المدرب فلان with no team named: his trade, as an honorific, no post
        targets: list[Entity | None] = list(orgs) if orgs else [None]
        if listed:
            holders = listed  # فلان وفلان وفلان أعضاءً في اللجنة
        else:
            holders = [person] + (listed_people(view, person, carrying=opened_by_a_cue(view, title, person))
                                  if heads_a_list(view, title, person)
                                  else by_nationality(view, title, person))
        if len(holders) == 1 and _plural_of_one_before(view, title, holders[0]):
            continue  # أبلغ فلان أعضاء مجلس الإدارة: the members are his object, not his post
        if len(holders) == 1 and not listed and held_by is None and \
                _plural_past_one_after(view, title, holders[0]):
            continue  # باسم أعضاء اللجنة بمدير الدائرة فلان: another post's holder, or an object
        if len(holders) > 1:
            # أعضاء اللجنة، وهم: فلان (رئيس اللجنة)، وفلان: the first is named for his own post.
            own = {id(b) for t in view.titles if t is not title and (b := _bracket_owner(view, t))}
            holders = [h for h in holders if id(h) not in own] or holders
        for holder in holders:
            status, stated = _status(view, title, holder, lex)
            if held_by is not None:  # the verb of holding says when: يشغله now, شغله before
                status, stated = ("current" if held_by[1] else "former"), True
            if leaving is not None:  # استقالة فلان من رئاسة اللجنة: held until then; يتنحى: still
                status, stated = ("former" if title.data.get("left_done") else "current"), True
            for org in targets:
                ends = [title.end, holder.span.end] + [m.end for o in ([org] if org else []) for m in o.mentions
                                                       if view.span.start <= m.start < view.span.end]
                evidence = (min(title.start, holder.span.start), max(e for e in ends if e <= view.span.end))
                role = with_field(view, title, _role(view, title, inside, org))
                pos = Position(holder.entity, role, org, status, evidence)
                pos.stated = stated
                pos.body = sub_body
                out.append(pos)
                made.setdefault(n, []).append(pos)
    for n in reversed(sharing):  # from the last, so a chain of three shares the last's
        _share_next_org(made.get(n, []), made.get(n + 1, []))
    out += composition_members(view, context, out)
    out += headed_by(view, context, out)
    out += belonging(view, out)
    out += job_posts(view, out)
    return out + academic_posts(view, out)


def _named_to_a_post(view: SentenceView, person: Mention) -> bool:
    """Whether a post in the accusative follows the name right after (فلان مديراً فنياً): the
    post the one named is given."""
    nxt = next((t for t in view.titles if t.start >= person.span.end), None)
    return nxt is not None and bool(nxt.data.get("accusative")) and \
        not view.doc.text[person.span.end : nxt.start].strip()


def _plural_of_one_before(view: SentenceView, title: Span, holder: Mention) -> bool:
    """Whether a plural post (أعضاء مجلس الإدارة) would go to one person named before it, not
    picked out as one of them (فلان أحد أعضاء المجلس، فلان من أعضاء اللجنة)."""
    if not title.data.get("plural") or title.data.get("phrase") or holder.span.end > title.start:
        return False
    before = view.doc.text[holder.span.end : title.start].split()
    return not (before and match_key(before[-1].strip("،,")) in post_references().one_of_words)


def _plural_past_one_after(view: SentenceView, title: Span, holder: Mention) -> bool:
    """Whether a plural post (أعضاء اللجنة) would go to one person named after it past
    another post (أعضاء الاتحاد من رئيس المجلس فلان) or as the object of a preposition
    (نيابة عن أعضاء اللجنة شكره للأمير فلان، وجه أعضاء المجلس الدعوة للالتقاء بفلان): he
    holds that post, or is spoken to; the members are listed after it (أعضاء المجلس فلان
    وفلان، مناصب النواب وهم فلان ...)."""
    if not title.data.get("plural") or title.data.get("phrase") or holder.span.start < title.end:
        return False  # برئاسة الرئيس فلان: a phrase of heading takes the post after it
    if any(title.end <= t.start and t.end <= holder.span.start for t in view.titles):
        return True
    return bool(_content_words(view, title.end, holder.span.start)) and (
        _object_of_preposition(view, title, holder) or _after_prepositioned_honorific(view, holder))


def _after_prepositioned_honorific(view: SentenceView, holder: Mention) -> bool:
    """Whether the word right before a name is an honorific or a title of rank with a
    preposition on it (شكره للأمير فلان، اتصل بالدكتور فلان)."""
    words = view.doc.text[view.span.start : holder.span.start].split()
    if not words:
        return False
    if after_prepositioned_address(words):
        return True  # شكره لسمو الشيخ فلان: the preposition on the first of the words of address
    last = words[-1]
    if len(last) <= 3 or last[0] not in "بل":
        return False
    bare = "ال" + last[2:] if last.startswith("لل") else last[1:]
    return strip_honorifics(f"{bare} _") == "_" or match_key(bare) in org_lexicon().eponym_titles


def _joined_to_next(view: SentenceView, n: int) -> bool:
    """Whether the title is followed by و and the next title, nothing else between (العضو
    المنتدب والرئيس التنفيذي لشركة ...): the complement after the second is both posts'."""
    if n + 1 >= len(view.titles):
        return False
    between = view.doc.text[view.titles[n].end : view.titles[n + 1].start]
    return between.strip() == "و"


def _share_next_org(these: list[Position], nxt: list[Position]) -> None:
    """Give the positions of a title joined to the next the next one's organisation, for the
    same holder."""
    for pos in these:
        if pos.org is not None:
            continue
        other = next((q for q in nxt if q.person is pos.person and q.org is not None), None)
        if other is not None:
            # The evidence spans both posts and the organisation named after the second.
            pos.org = other.org
            pos.evidence = (min(pos.evidence[0], other.evidence[0]), max(pos.evidence[1], other.evidence[1]))


#: Pronouns with ل after a post that name the body that elected or named its holder.
_PRONOUN_COMPLEMENTS = frozenset(("له", "لها", "لهم", "لهما"))


def _pronoun_complement(view: SentenceView, title: Span) -> bool:
    """Whether a pronoun with ل (له، لها) follows a post, past its adjectives (رئيساً جديداً
    له): the post is in the body the pronoun names."""
    for tok in view.tokens:
        if tok.start < title.end:
            continue
        word = strip_diacritics(view.doc.text[tok.start : tok.end])
        bare = word.removesuffix("ا")  # جديداً: the indefinite accusative of الجديد
        if tok.kind != "word" or not any(is_modifier(w) for w in (word, bare, "ال" + bare)):
            return word in _PRONOUN_COMPLEMENTS
    return False


def _complement_follows(view: SentenceView, title: Span) -> bool:
    """Whether a word with ل follows the title (مديراً عاماً للأمن العام): its own complement."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None:
        return False
    word = view.doc.text[nxt.start : nxt.end]
    return nxt.proclitics.endswith("ل") or word in ("ل", "لـ") or _unnamed_body_follows(view, title)


#: Pronouns written on a word that name the owner of the body before it (مجلس إدارتها).
_OWNER_PRONOUNS = ("ها", "ته", "هم", "هما")


def _unnamed_body_follows(view: SentenceView, title: Span) -> bool:
    """Whether ل and a body's head without the article follow the title, no organisation named
    there (مديراً لجهاز المخابرات): the post is in that body, not in one named elsewhere."""
    after = [t for t in view.tokens if t.start >= title.end][:2]
    if not after:
        return False
    nxt = after[0]
    word = view.doc.text[nxt.start : nxt.end]
    if len(after) > 1 and view.doc.text[after[1].start : after[1].end].endswith(_OWNER_PRONOUNS):
        return False  # رئيساً لمجلس إدارتها: the body of the one the pronoun names
    return word.startswith("ل") and not word.startswith("لل") and \
        match_key(word[1:]) in org_lexicon().heads and \
        not any(m.type == "ORG" and nxt.start <= m.span.start < nxt.end for m in view.mentions)


def predecessors(view: SentenceView, found: list[Position], lex: Lexicon) -> list[Position]:
    """The posts of the people named after ``خلفاً لـ`` / ``ليحل مكان``: the post their successor
    took in the sentence, now ``former``."""
    out: list[Position] = []
    for m in view.mentions:
        if m.type != "PERSON" or not _after_successor_cue(view, m, lex):
            continue
        if any(p.person is m.entity for p in found):
            continue  # named with a post of their own (خلفاً للرئيس السابق فلان)
        taken = [p for p in found if p.evidence[0] < m.span.start and p.person is not m.entity]
        if not taken:
            continue
        succ = taken[-1]
        if _someone_between(view, succ, m):
            continue  # عين الملك فلان علاناً ... خلفاً لـ: the king's title is not what was handed on
        pos = Position(m.entity, succ.role, succ.org, "former",
                       (min(succ.evidence[0], m.span.start), max(succ.evidence[1], m.span.end)))
        pos.stated = True
        pos.body = succ.body
        out.append(pos)
    return out


def _someone_between(view: SentenceView, succ: Position, replaced: Mention) -> bool:
    """Whether a third person is named between a post and the one replaced after خلفاً لـ: the
    post is then not the one the appointee of that clause received (the appointer's own)."""
    return any(m.type == "PERSON" and m.entity is not succ.person and m.entity is not replaced.entity
               and succ.evidence[1] <= m.span.start < replaced.span.start for m in view.mentions)


def _listed_after(view: SentenceView, prev: Position, title: Span) -> bool:
    """Whether a title follows the previous position of the sentence in a list (، و)."""
    ends = [m.span.end for m in view.mentions if m.entity is prev.person and m.span.end <= title.start]
    between = view.doc.text[max(ends, default=prev.evidence[1]) : title.start]
    rest = between.replace("،", "").replace(",", "").replace("و", "")
    # A bare space is no list: التقى الأمين العام للجامعة فلان وزير الخارجية فلان.
    return 0 <= len(between) <= 6 and not rest.strip() and rest != between


