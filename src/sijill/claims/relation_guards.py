"""Guards on the guesses and cues of the relations stage: which organisations a body with no
parent named beside it may be guessed into, and when an organisation after a cue is too far
from it to be the parent the cue names."""

from __future__ import annotations

import re

from sijill.claims.model import Mention, SentenceView
from sijill.claims.relation_cues import StructureLexicon, post_words, undef
from sijill.doc import Entity
from sijill.text.normalize import match_key

__all__ = [
    "allowed_guess_heads",
    "counted_group",
    "cue_parent_apart",
    "guess_fits",
    "news_office",
    "office_of_post",
    "org_member_cue",
    "owner_of_place",
    "persons_office",
    "quotation_opens",
    "research_centre",
    "supreme_body",
    "told_to",
    "unmatched_nisba",
    "unnamed_parent_after",
]

#: What may stand between a body's name and the post title of the person whose office it is
#: (المكتب الإعلامي لنائب الرئيس، مكتب زعيم الحركة): nothing, or the preposition لـ.
_TO_TITLE = re.compile(r"\s*(?:لـ?)?")
#: A stop between a cue (التابع لـ) and the organisation after it: the cue's own object ended
#: there, and the organisation opens another clause (التابع للرئيس المخلوع، كما أعلنت الجبهة).
#: The heads of the offices of a post's holder.
_OFFICE_HEADS = frozenset({match_key("مكتب")})
_STOP = re.compile(r"[،,.:;؛!؟?\n]")


def _head(ent: Entity) -> str:
    words = ent.name.split()
    return undef(match_key(words[0])) if words else ""


def office_of_post(view: SentenceView, m: Mention) -> bool:
    """Whether a body is the office of a post's holder: an office (مكتب) with a post title
    written inside its name or right after it (مكتب زعيم الجماعة، المكتب الإعلامي لنائب رئيس
    الجمهورية). Such an office belongs to a person, not to an organisation the article names
    elsewhere; it is a state's only as the presidency's or the government's own."""
    if _head(m.entity) not in _OFFICE_HEADS:
        return False
    text = view.doc.text
    for t in view.titles:
        if m.span.start < t.start < m.span.end:
            return True
        if t.start >= m.span.end and _TO_TITLE.fullmatch(text[m.span.end : t.start]):
            return True
    return False


def _office_of_title(ent: Entity) -> bool:
    """Whether a body is an office (مكتب) named by a post title right after its head (مكتب
    الحاكم، مكتب المحافظ، مكتب رئيس الوزراء), whether or not the titles stage read the title."""
    words = [undef(match_key(w)) for w in ent.name.split()]
    return len(words) >= 2 and words[0] in _OFFICE_HEADS and words[1] in post_words()


def allowed_guess_heads(view: SentenceView, m: Mention, lex: StructureLexicon) -> frozenset[str] | None:
    """The heads of the organisations a guess may take as the parent of the body of ``m``, or
    None for no bound: a directorate is a ministry's, a government's, an army's or a
    province's (guess_only_under), never a company's or an authority's of another field; the
    office of a post's holder (office_of_post) is at most the state's (state_heads)."""
    only = next((heads for body, heads in lex.guess_only_under if body == _head(m.entity)), None)
    if office_of_post(view, m) or _office_of_title(m.entity):
        only = lex.state_heads if only is None else only & lex.state_heads
    return only


def cue_parent_apart(view: SentenceView, end: int, nxt: Mention) -> bool:
    """Whether a stop stands between a cue's end and the organisation after it (حزب ... التابع
    للرئيس المخلوع، كما أعلنت المقاومة): the cue named its object before the stop, and the
    organisation after it is another clause's."""
    return bool(_STOP.search(view.doc.text[end : nxt.span.start]))


#: A source quoted right after a body (قال رئيس اللجنة لـ«الصحيفة»): لـ and an opening quote.
_TOLD_TO = re.compile(r"\s*لـ?\s*[«\"“]")


def told_to(view: SentenceView, m: Mention, parent: Mention) -> bool:
    """Whether the organisation written after a body by لـ is the outlet someone spoke to
    (وقال عضو اللجنة لـ«الشرق الأوسط»): لـ and an opening quote, no genitive of the body's."""
    return bool(_TOLD_TO.match(view.doc.text, m.span.end)) and \
        parent.span.start - m.span.end <= _TOLD_REACH


_TOLD_REACH = 6  # characters from a body to the outlet after لـ and a quote


def persons_office(doc_persons: frozenset[str], ent: Entity) -> bool:
    """Whether a body is the office of a person named by his name (مكتب العبادي، مكتب فلان
    الإعلامي): an office (مكتب) whose next word is a name or alias of a person of the article.
    Such an office is a person's, no body of an organisation a guess could name."""
    words = [match_key(w) for w in ent.name.split()]
    return len(words) >= 2 and undef(words[0]) in _OFFICE_HEADS and words[1] in doc_persons


#: Function words after a head that show it is a common noun referring back, not a name
#: (في الحزب الذي ...، في الحركة من ...).
_NOT_NAME = frozenset(match_key(w) for w in ("الذي", "التي", "الذين", "في", "من", "على", "إلى",
                                             "عن", "أن", "إن", "مع", "منذ", "بعد", "قبل"))
#: Links after which a body's organisation is named (في، لدى، التابع لـ).
_STATED_LINK = re.compile(r"\s+(?:في|لدى|داخل|التابع[ةه]?\s+لـ?|التابعين\s+لـ?)\s*(?=\S)")


def unnamed_parent_after(doc_text: str, ent: Entity, heads: frozenset[str]) -> bool:
    """Whether a mention of a body is followed by a link and an organisation's name the names
    stage did not take (رئيس الهيئة التنفيذية في القوات ...، المجلس العسكري التابع لجبهة ...):
    the text states the parent there, so a guess naming another organisation is wrong. The
    word after the link opens with an organisation head and goes on with a name, not a function
    word (في الحزب الذي: the party referred back to)."""
    for x in ent.mentions:
        hit = _STATED_LINK.match(doc_text, x.end)
        if hit is None:
            continue
        words = doc_text[hit.end() : hit.end() + 60].split()[:2]
        if len(words) < 2:
            continue
        first = match_key(words[0].strip("«»\"“”()"))
        if first[:1] in ("ل", "ب") and not first.startswith("ال"):
            first = first[1:]
        second = match_key(words[1].strip("«»\"“”(),،."))
        if undef(first) in heads and second and second not in _NOT_NAME and \
                not re.search(r"[،,.:؛]", words[0]):
            return True
    return False


#: Words of supreme rank in a body's name (اللجنة العليا، المجلس الأعلى).
_SUPREME = frozenset(match_key(w) for w in ("العليا", "الأعلى", "العليه", "عليا", "أعلى"))


def supreme_body(ent: Entity) -> bool:
    """Whether a body's name carries a word of supreme rank after its head (اللجنة العليا
    للانتخابات، اللجنة الأمنية العليا، المجلس الأعلى للقضاء): a state's or a nation's own
    authority, which no guess puts under an organisation the article names apart."""
    return any(w in _SUPREME for w in (match_key(x) for x in ent.name.split()[1:]))


def guess_fits(body: Entity, parent: Entity, lex: StructureLexicon) -> bool:
    """Whether a body with no parent named beside it is a kind of unit a guessed parent can
    have (guess_units): a university has faculties, departments, institutes and centres, a
    hospital departments, a party offices and committees but no cultural centre, a military
    coalition no committees or general staff of its own; a board (مجلس الإدارة) is some
    organisation's whatever its kind. A parent of no listed kind fits any."""
    units = next((u for head, u in lex.guess_units if head == _head(parent)), None)
    return units is None or match_key(body.name) in lex.governing or _head(body) in units


#: The ending of a relative adjective made from a proper name with a long a (النصراوية،
#: الأهلاوي، الحمساوي، الشرقاوية), as matching keys.
_NAME_NISBA = ("اويه", "اوي")


def unmatched_nisba(body: Entity) -> bool:
    """Whether a body is named by its head and a relative adjective made from a name (الإدارة
    النصراوية، المكتب الحمساوي): the adjective names its owner, so when the article names no
    such owner (the nisba stage placed it in none) no other organisation is its parent."""
    words = match_key(body.name).split()
    if len(words) != 2 or not words[1].startswith("ال"):
        return False
    adjective = undef(words[1])
    return any(adjective.endswith(e) and len(adjective) - len(e) >= 3 for e in _NAME_NISBA)


#: Words of a membership cue that a person can take too (عضواً في، أحد أعضاء، شريكاً في): a
#: cue with none of them (المنضوي في، من مكونات، أحد فصائل) says an organisation belongs.
_PERSON_MEMBER = frozenset(match_key(w) for w in (
    "عضو", "العضو", "العضوة", "عضوا", "عضواً", "عضوة", "أعضاء", "الشريك", "الشريكة", "شريكا",
    "شريكاً"))


def org_member_cue(keys: tuple[str, ...]) -> bool:
    """Whether a membership cue is one only an organisation takes (المجلس الوطني، المنضوي في
    الائتلاف): the organisation before it is its subject even when it names someone's post
    (عضو المجلس الوطني، المنضوي في الائتلاف)."""
    return not _PERSON_MEMBER.intersection(keys)


#: What may stand between an organisation's name and a place that goes on with it (الجبهة
#: الديمقراطية لتحرير فلسطين): nothing but a word joined by لـ.
_NAME_GOES_ON = re.compile(r"\s+ل\S+\s+")


def owner_of_place(view: SentenceView, place: Mention) -> Mention | None:
    """The organisation whose name a place goes on (الجبهة الديمقراطية لتحرير فلسطين: the names
    stage cut the name before لتحرير), so that a cue after the place is about it, not the place;
    None when the place stands apart (انضمام المغرب إلى الاتحاد)."""
    text = view.doc.text
    for m in view.mentions:
        if m.type == "ORG" and m.span.end <= place.span.start and \
                _NAME_GOES_ON.fullmatch(text[m.span.end : place.span.start]):
            return m
    return None


def counted_group(body: Entity, lex: StructureLexicon) -> bool:
    """Whether a body is named by the count of its members (اللجنة الرباعية، اللجنة الثلاثية،
    المجموعة السداسية): a group of states or parties, no body of one of them the story names."""
    return any(undef(match_key(w)) in lex.count_groups for w in body.name.split()[1:])


#: A word of news that makes an office an outlet (مكتب أخبار ...), besides the media heads.
_NEWS = frozenset({match_key("أخبار"), match_key("الأخبار")})


def research_centre(body: Entity, lex: StructureLexicon) -> bool:
    """Whether a body's name holds a word of research (المركز الكردي للدراسات، مركز ...
    للأبحاث: research_words): a study centre is an organisation of its own, which no guess
    places in one the story names."""
    return any(match_key(w) in lex.research_words for w in body.name.split()[1:])


def news_office(body: Entity, lex: StructureLexicon) -> bool:
    """Whether a body's name goes on with a word of news or a media head (مكتب أخبار المدينة،
    مكتب قناة ...): an outlet or its bureau, no body of an organisation the story reports on."""
    return any(match_key(w) in _NEWS or undef(match_key(w)) in lex.media_heads
               for w in body.name.split()[1:])


#: A quote written after a space, and the word before it.
_QUOTE_AFTER_WORD = re.compile(r"(\S+)\s+[«\"“]")
#: Words after which a quoted name is the object of a link (في «الائتلاف»، لدى «الجبهة»).
_QUOTE_LINKS = frozenset(match_key(w) for w in ("في", "لدى", "من", "عن", "داخل", "ضمن"))


def quotation_opens(between: str, heads: frozenset[str]) -> bool:
    """Whether the text between a post (or body) and an organisation opens a quotation: a quote
    written after a word that neither links (في، لدى، لمجموعة) nor heads an organisation's name
    (منظمة «مدنية»), as in نائب مدير الهيئة العامة للشباب "اتحاد الكرة يجب ...". A quote written on
    لـ (لـ«التجمع») opens a name, not a quotation."""
    for hit in _QUOTE_AFTER_WORD.finditer(between):
        word = match_key(hit.group(1).strip("،,.:؛"))
        # A noun with a preposition written on names what the quote holds (لمجموعة "صافولا"،
        # بحركة «...»); one with و only goes on with the clause before (والرياضة "اتحاد).
        linked = word[:1] in ("ل", "ب") and not word.startswith("ال") and len(word) > 3
        if word not in _QUOTE_LINKS and undef(word) not in heads and not linked:
            return True
    return False
