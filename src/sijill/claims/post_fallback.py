"""Guards of the fallback that gives a title with no name beside it to the person named before:
``كانت تستهدف وكيل الوزارة``: a copula before the verb whose object the title is says nothing of
the title; ``نشر فلان بياناً يؤكد أن «... وكيل الوزارة»``: a title inside a quotation is not of
the one who quotes it."""

from __future__ import annotations

from sijill.claims.lexicon import Lexicon
from sijill.claims.model import Mention, SentenceView
from sijill.doc import Span
from sijill.names.titles import is_preposition
from sijill.text.normalize import match_key

#: How a verb of the present begins after a copula (كان يعمل، كانت تستهدف، كنا نرى).
_PRESENT = ("ي", "ت", "ن")


def _present_verb(key: str) -> bool:
    return key.startswith(_PRESENT) and len(key) >= 4


def copula_before(view: SentenceView, title: Span, lex: Lexicon) -> bool:
    """Whether a copula stands just before a title (لأنه سيكون رئيساً، كان يعمل مديراً), not one
    whose next word is a verb that takes a title not accusative as its object (كانت تستهدف وكيل
    الوزارة)."""
    idx = [i for i, t in enumerate(view.tokens) if t.end <= title.start and t.kind == "word"][-2:]
    for k, i in enumerate(idx):
        if not lex.status["copulas"].match(view.keys[i]):
            continue
        if i and view.keys[i - 1][0] in _NEGATIONS:
            return False  # «لن تكون عضواً في الحركة»، لم يكن رئيساً: no post is said
        if k < len(idx) - 1 and not title.data.get("accusative") and _present_verb(view.keys[idx[-1]][0]):
            continue
        return True
    return False


#: Particles that deny the copula after them (لن يكون، لم يكن، لا يزال is no copula here).
_NEGATIONS = frozenset(match_key(w) for w in ("لن", "لم", "ولن", "ولم", "فلن", "فلم", "ليس", "لست"))


def quoted_apart(view: SentenceView, person: Mention, title: Span) -> bool:
    """Whether a quotation opens between a person and a title, is still open at the title and
    has a clause of its own before it (أن «من يفوز سيكون رئيساً»; but أنه «سيكون رئيساً» is
    the one named before)."""
    text = view.doc.text[person.span.end : title.start]
    opened = max(text.rfind("«"), text.rfind("“"))
    return opened >= 0 and max(text.rfind("»"), text.rfind("”")) < opened and \
        len(text[opened + 1 :].split()) >= 2


#: Event types whose verbs, before a title, make it the subject of an act on someone else.
_ACTS = ("MEETING", "APPOINTMENT", "ELECTION", "DISMISSAL", "RESIGNATION")
#: Bare posts of a head of state that open no chain of one person's posts (الرئيس رئيس الوزراء
#: فلان is two people; but ولي العهد نائب رئيس مجلس الوزراء فلان is one).
_TOWARDS = frozenset(match_key(w) for w in ("إلى", "الى", "لدى"))
_ALONE = frozenset(match_key(w) for w in ("الرئيس", "الرئيسة", "الزعيم", "القائد", "الملك", "الملكة"))


def subject_of_an_act(view: SentenceView, title: Span, person: Mention, lex: Lexicon) -> bool:
    """Whether another title between a title and the name holds that name, not the chain of
    one person's posts (نائب رئيس الوزراء وزير الخارجية فلان): after a verb of meeting,
    appointing or dismissing (استقبل الرئيس وزير الخارجية فلان، أقال الملك محافظ البنك فلاناً),
    after a head of state's bare post (هنأ الرئيس رئيس الوزراء الجديد فلان), or when a
    preposition other than ل، إلى، لدى governs the next title (بحث الملك مع رئيس الوزراء فلان،
    اتصل الرئيس برئيس الوزراء فلان)."""
    between = [t for t in view.titles if title.end <= t.start and t.end <= person.span.start]
    if not between:
        return False
    text = view.doc.text
    nxt = between[0]
    gap = text[title.end : nxt.start].split()
    # ب or a free preposition governs the next title (برئيس الوزراء، مع رئيس الوزراء); ل and
    # إلى، لدى do not part them (المبعوث الخاص للأمين العام فلان: the envoy is named).
    if text[nxt.start : nxt.start + 1] == "ب" or text[nxt.start - 1 : nxt.start] == "ب" or \
            (gap and is_preposition(gap[-1]) and match_key(gap[-1]) not in _TOWARDS):
        return True
    if match_key(text[title.start : title.end]) in _ALONE:
        return True
    before = [i for i, t in enumerate(view.tokens) if t.end <= title.start]
    if not before or view.tokens[before[-1]].kind != "word":
        return False
    ks = view.keys[before[-1]]
    return any(t in lex.verbs and lex.verbs[t].match(ks) for t in _ACTS)

