"""Single decisions and recommendations stated in a sentence (``قررت الهيئة ...``، ``وافق المجلس
على أ، وب``): a verb with an organisation (or the meeting) as its subject, one claim per
coordinated object."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from sijill.claims.decision_claims import (
    Decision,
    Issuer,
    host_of,
    item_span,
    meeting_of,
    named,
    names_someone,
)
from sijill.claims.decision_communique import after_meeting, statement_quote
from sijill.claims.decision_cues import Keys, bare
from sijill.claims.decision_mood import admits, expected
from sijill.claims.decision_previous import (
    UNNAMED,
    also_opens,
    chairs,
    named_back,
    opens_sentence,
    owned_body,
    participants_speak,
    person_before,
    plural_verb,
    previous_subject,
)
from sijill.claims.decision_running import coordinated
from sijill.claims.decision_text import Text, ends_with_colon
from sijill.claims.lexicon import verb_keys
from sijill.claims.model import Event
from sijill.doc import Entity, Span, Token
from sijill.text.normalize import match_key

_SUBJECT_BEFORE = 4  # how many tokens before a decision verb its subject may end
_POST_TO_ORG = 40  # characters after a post title within which its organisation is named
_OWN_CONTENT = 25  # words from which a sentence ending in a colon states a decision itself
_OBJECT_REACH = 4  # tokens after a verb's subject within which its object's first word stands


def singles(t: Text, events: list[Event], covered: list[tuple[int, int]]) -> list[Decision]:
    """Single decisions stated in a sentence (``قررت الهيئة تعليق ...``, ``وتقرر ...``)."""
    sentence_starts = [s.start for s in t.doc.sentences]
    seen: set[int] = set()
    claimed = {n for n, s in enumerate(t.doc.sentences)
               if any(a < s.end and s.start < b for a, b in covered)}
    out: list[Decision] = []
    for hit in t.cue.single_hint.finditer(t.view):
        n = bisect_right(sentence_starts, hit.start()) - 1
        if n < 0 or n in seen:
            continue
        seen.add(n)
        sentence = t.doc.sentences[n]
        if n not in claimed:
            found = stated(t, sentence, events, told=n - 1 in claimed)
            claimed.update([n] if found else [])
            out.extend(found)
    return out


def stated(t: Text, sentence: Span, events: list[Event], told: bool = True) -> list[Decision]:
    """The decision (or recommendation) a sentence states, one per coordinated object
    (وافق المجلس على أ، وب، وج), or none. ``told``: the sentence before stated a decision, to
    which an approval of "that" (وافق المجلس على تلك الحزمة) refers back; with none told, the
    approval is of the request the sentence tells (استعرض المجلس طلب ... وقرر الموافقة على ذلك)."""
    if ends_with_colon(sentence.text(t.doc)) and len(sentence.text(t.doc).split()) < _OWN_CONTENT:
        return []  # قرر المجلس ما يلي: the list below, not the sentence, holds the decisions
    toks = t.tokens(sentence.start, sentence.end)
    ks = [t.keys(tok) for tok in toks]
    failed = False  # a verb before gave no claim: only a verb opening a new clause may
    for i, tok in enumerate(toks):
        as_verb = verb_keys(t.doc, tok) if tok.kind == "word" else ()
        if failed and as_verb and not _opens_clause(t, toks, i):
            continue
        refused = t.cue.refusals.at(ks, i) if as_verb else []
        if refused:
            # A body that did not approve (لم يوافق المجلس على ...) decided a rejection.
            found = _decided(t, sentence, toks, ks, i, i + refused[0][0] - 1, events)
            if found:
                return found
            failed = True
            continue
        decree = bool(as_verb) and _decree(t, toks, ks, i)
        verb = decree or (bool(as_verb) and t.cue.single_verbs.match(as_verb))
        advice = bool(as_verb) and not verb and t.cue.recommend_verbs.match(as_verb)
        passive = not (verb or advice) and (bool(t.cue.passive.at(ks, i)) or _meeting_passive(t, ks, i)) \
            and not (i and t.cue.relatives.intersection(ks[i - 1]))  # العقارات التي تقرر نزع ملكيتها
        statement = "" if verb or advice or passive or not as_verb else _statement(t, toks, ks, i, as_verb)
        if not (verb or advice or passive or statement) or _in_name(t, tok) or _other_sense(t, toks, i):
            continue
        # Inside a quotation only a body's statement it quotes (جاء في بيان المجلس: «قرر ...»).
        close = statement_quote(t, sentence.start, tok.start) if t.quoted(sentence.start, tok.start) \
            else sentence.end
        if (i and t.cue.negations.match(ks[i - 1])) or close is None \
                or (i and expected(t, ks[i - 1], tok)) \
                or t.cue.admissions.anywhere(ks, i + 1, i + 3 + t.cue.subject_gap) \
                or named_back(t, toks, ks, i, told) \
                or admits(t, toks, i, as_verb):
            failed = True
            continue
        # A meeting's statement is the meeting's: its host's, named or not (دعت القمة).
        found = _decided(t, sentence, toks, ks, i, i, events, passive or bool(statement),
                         statement or ("RECOMMENDATION" if advice else "DECISION"), decides=verb,
                         decree=decree, statement=bool(statement), end=close)
        if found:
            return found
        failed = True
    return []


def _statement(t: Text, toks: list[Token], ks: Keys, i: int, as_verb: tuple[str, ...]) -> str:
    """The kind of a point a meeting's statement makes at token ``i`` (أكد البيان الختامي على،
    دعا المشاركون إلى): a verb of ``statement_verbs`` whose subject, right after it past a time
    word, is one of ``statement_subjects``; "" for anything else."""
    kind = next((k for k, forms in t.cue.statement_verbs if forms.match(as_verb)), "")
    if not kind or participants_speak(t, toks, i, t.cue.subject_gap):
        return kind
    for j in range(i + 1, min(len(toks), i + 1 + t.cue.subject_gap)):
        if toks[j].kind != "word":
            return ""
        if t.cue.statement_subjects.at(ks, j):
            return kind
        if not _TIME_WORDS.intersection(ks[j]):
            break
    # Those who issued it, then where they said it: a final statement (أكد القادة في البيان
    # الختامي على ...), not the meeting alone (أكد الوزير خلال الاجتماع: his own words).
    for j in range(i + 2, min(len(toks) - 1, _subject_end(t, toks, i) + 2 + t.cue.subject_gap)):
        if toks[j].kind != "word":
            return ""
        if _IN & set(ks[j]) and any(any(_FINAL_WORD in key for k in range(1, n + 1) for key in ks[j + k])
                                   for n, _, _ in t.cue.statement_subjects.at(ks, j + 1)):
            people = [m for m in t.mentions_in(toks[i].end, toks[j].start) if m[2].type == "PERSON"]
            posts = t.posts[bisect_left(t.posts, toks[i].end) : bisect_left(t.posts, toks[j].start)]
            return "" if people or posts else kind  # أكد الوزير في ختام اجتماعه: his words
    return after_meeting(t, toks, ks, (i, _subject_end(t, toks, i)), kind)


def _subject_end(t: Text, toks: list[Token], i: int) -> int:
    """The last token of the name that follows the verb at token ``i``, with the names that go
    on right after it (أكد المجلس المركزي لمنظمة التحرير الفلسطينية), else the token after it."""
    end = i + 1
    starts = [tok.start for tok in toks]
    while end < len(toks):
        name = next((m for m in t.mentions_in(toks[end].start, toks[end].end)), None)
        if name is None or name[2].type != "ORG":
            break
        end = bisect_left(starts, name[1])
    return max(i + 1, end - 1)


_IN = frozenset(match_key(w) for w in ("في", "فى"))
_FINAL_WORD = match_key("ختام")  # ختامي too: في البيان الختامي، في ختام دورته


def _opens_clause(t: Text, toks: list[Token], i: int) -> bool:
    """Whether the verb at token ``i`` opens a clause of its own, joined by و or ف (أقر المجلس
    بأن ...، وقرر المجلس إنشاء ...): a decision there stands even when the verb before gave none
    (a person's plan, an admission, a negation)."""
    return _joined(t, toks[i]) or \
        (i > 0 and toks[i - 1].kind != "word" and t.doc.text[toks[i - 1].start : toks[i - 1].end] in "،,؛;")


def _joined(t: Text, tok: Token) -> bool:
    """Whether a decision verb is written with a coordinating و or ف before it (وقررت، فأقر), not
    one whose root begins with و (وافق)."""
    word = t.doc.text[tok.start : tok.end]
    if word[:1] not in "وف" or len(word) <= 3:
        return False
    rest = (match_key(word[1:]),)
    return t.cue.single_verbs.match(rest) or t.cue.recommend_verbs.match(rest) or \
        t.cue.decree_verbs.match(rest) or bool(t.cue.passive.at([rest], 0))


def _decided(t: Text, sentence: Span, toks: list[Token], ks: Keys, start: int, i: int,
             events: list[Event], passive: bool = False, kind: str = "DECISION",
             decides: bool = True, decree: bool = False, statement: bool = False,
             end: int | None = None) -> list[Decision]:
    """The claims of a decision verb at token ``i`` whose phrase opens at token ``start``: one
    per coordinated object, by the verb's subject; none without one. ``end``: where a quoted
    statement that holds the verb closes, else the sentence's end."""
    quoted = end is not None and end < sentence.end
    issuer = _single_issuer(t, toks, ks, i, passive, events, decides=decides, decree=decree,
                            statement=statement)
    word = t.doc.text[toks[start].start : toks[start].end]
    opening = _without_conjunction(t, toks[start], start, ks) if start == i else \
        toks[start].start + int(word[:1] in "وف" and len(word) > 2)  # ولم يوافق -> لم يوافق
    span = item_span(t, opening, end or sentence.end, quoted) if issuer else None
    if issuer is None or span is None:
        return []
    # A decree is one decision: what follows its comma is its content or the story going on.
    pieces = [span] if decree else \
        coordinated(t.doc.text, *span, t.cue, lambda s, e: names_someone(t, s, e),
                    lambda at: _piece_kind(t, (at, at + 1), "") != "")
    # Pieces inside a quotation the verb's object opens (تم إقرار «أ، وكذلك ب») are its own.
    items = [item_span(t, s, e, quoted or (t.quote_start(opening, s) or -1) >= opening)
             for s, e in pieces]
    return [Decision(_piece_kind(t, item, kind), issuer[0], issuer[1], item,
                     (sentence.start, sentence.end)) for item in items if item is not None]


def _office(t: Text, start: int, end: int) -> Issuer | None:
    """The issuer of a decision whose subject is a post title (وزير العمل، رئيس الحركة): the
    organisation named right after the title, or none; None when no post title comes first."""
    posts = t.posts[bisect_left(t.posts, start) : bisect_left(t.posts, end + 1)]
    people = [m for m in t.mentions_in(start, end + 1) if m[2].type == "PERSON"]
    if not posts or (people and people[0][0] < posts[0]):
        return None
    org = next((m[2] for m in t.mentions_in(posts[0], posts[0] + _POST_TO_ORG)
                if m[2].type in ("ORG", "PERSON")), None)
    return (org if org is not None and org.type == "ORG" else None), None


_HONORIFICS = 8  # tokens after a verb within which a person's name starts (صاحب السمو الملكي)
_NAME_TO_POST = 3  # characters between a person's name and the post written after it (، )


def _named_in_office(t: Text, start: int, end: int) -> Issuer | None:
    """The office of a person named first as a decision's subject with his post written right
    after the name (اعتمد الأمير فلان الرئيس العام لرعاية الشباب مجلس إدارة النادي، قرر فلان،
    محافظ البنك المركزي، رفع الفائدة): he decides in that office, under the organisation named
    with the post if any. A name alone decides a plan of his own."""
    person = next((m for m in t.mentions_in(start, end + 1) if m[2].type in ("ORG", "PERSON")), None)
    if person is None or person[2].type != "PERSON":
        return None
    post = next(iter(t.posts[bisect_left(t.posts, person[1]) :]), None)
    if post is None or post - person[1] > _NAME_TO_POST or \
            t.doc.text[person[1] : post].strip(" ،,"):
        return None
    org = next((m[2] for m in t.mentions_in(post, post + _POST_TO_ORG)
                if m[2].type in ("ORG", "PERSON") and m[0] > person[0]), None)
    return (org if org is not None and org.type == "ORG" else None), None


def _piece_kind(t: Text, item: tuple[int, int], kind: str) -> str:
    """A coordinated piece that opens with its own verb (أوصى بكذا، وأقر بكذا) has that verb's
    kind; any other has the kind of the sentence's verb."""
    # The piece may start after a coordinating و cut off its word (و|أقر): take that word.
    first = next(iter(t.tokens(max(0, item[0] - 1), item[1])), None)
    if first is None or first.kind != "word":
        return kind
    as_verb = verb_keys(t.doc, first)
    if t.cue.single_verbs.match(as_verb):
        return "DECISION"
    return "RECOMMENDATION" if t.cue.recommend_verbs.match(as_verb) else kind


def _decree(t: Text, toks: list[Token], ks: Keys, i: int) -> bool:
    """Whether token ``i`` issues a decree: a decree verb with a decree's noun after its
    issuer and titles (أصدر الرئيس اليمني فلان أمس قراراً جمهورياً بتعيين ...), no count right
    before the noun (أصدر المجلس 41 قراراً: a tally of the session's decisions)."""
    as_verb = verb_keys(t.doc, toks[i])
    if not t.cue.decree_verbs.match(as_verb):
        return False
    if i > 0 and t.cue.relatives.intersection(ks[i - 1]):
        return False  # اللائحة التي صدر بها قرار الوزير رقم ...: a decree told of, not news
    # صدر قرار: the noun is the subject, right after the verb; أصدر فلان قراراً: after the issuer.
    reach = t.cue.decree_noun_reach if t.cue.decree_noun_verbs.match(as_verb) else t.cue.decree_reach
    for j in range(i + 1, min(len(toks), i + 1 + reach)):
        if toks[j].kind != "word":
            if t.doc.text[toks[j].start : toks[j].end] in ".:؛;؟!":
                return False  # the sentence went on to something else
            continue
        if t.cue.decree_nouns.match(ks[j]):
            # A count (41 قراراً) tallies decisions; a demonstrative or the article (ذلك القرار،
            # القرار) refers back to one reported before.
            # The noun as written, bare: with the article or a preposition (بمرسوم، بالموافقة)
            # it names how something else came about.
            before = t.doc.text[toks[j - 1].start : toks[j - 1].end]
            written = match_key(t.doc.text[toks[j].start : toks[j].end])
            bare = written[1:] if written[:1] in ("و", "ف") else written
            return not (any(c.isdigit() for c in before) or
                        not ({written, bare} & t.cue.decree_nouns.words) or
                        match_key(before) in _DEMONSTRATIVES)
    return False


_DEMONSTRATIVES = frozenset(match_key(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "ذاك"))


def _meeting_subject(t: Text, toks: list[Token], ks: Keys, i: int) -> bool:
    """Whether the meeting is named as the subject right before a decision verb, opening its
    clause (أن الاجتماع قرر، المجتمعون قرروا), not as a time (وخلال الاجتماع قرر الرئيس)."""
    if i == 0 or not t.cue.meeting_refs.at(ks, i - 1):
        return False
    if i == 1 or toks[i - 2].kind != "word":
        return True
    return bool(_CLAUSE_OPENERS.intersection(ks[i - 2]))


#: Words after which a noun opens a clause as its subject (أن الاجتماع قرر).
_CLAUSE_OPENERS = frozenset(match_key(w) for w in ("أن", "إن", "لكن", "ولكن", "بأن", "وأن"))


def _other_sense(t: Text, toks: list[Token], i: int) -> bool:
    """Whether a decision verb is used in another sense: its object, right after it or after
    the name of its subject, opens with a word of ``other_senses`` (اعتمدت الهيئة على ...)."""
    senses = next((t.cue.other_senses[k] for k in verb_keys(t.doc, toks[i]) if k in t.cue.other_senses),
                  None)
    if senses is None or i + 1 >= len(toks):
        return False
    # The object right after the verb (تبنت هجوماً على القنصلية), else after the subject, which
    # may open with its head before the name (تبنى تنظيم «...»): two words reach it.
    first = [x for x in toks[i + 1 : i + 4] if x.kind == "word"][:2]
    if not first or any(k in senses for k in t.keys(first[0])):
        return bool(first)
    subject = next((m for m in t.mentions_in(toks[i + 1].start, first[-1].end)
                    if m[2].type in ("ORG", "PERSON")), None)
    rest = toks[i + 1 :] if subject is None else [x for x in toks[i + 1 :] if x.start >= subject[1]]
    # The object may follow a place or time after the subject (اعتمدت الهيئة في تونس على), or
    # after a named subject its closing quote and adjective (تبنى تنظيم «...» الإرهابي مساء
    # أمس عملية): there words count, not marks.
    if subject is not None:
        rest = [x for x in rest if x.kind == "word"]
    return any(k in senses for x in rest[:_OBJECT_REACH] for k in t.keys(x))


def _meeting_passive(t: Text, ks: Keys, i: int) -> bool:
    """Whether a bare passive (تم) names the meeting right after it: وتم خلال الاجتماع قبول ..."""
    found = t.cue.meeting_passive.at(ks, i)
    return bool(found) and bool(t.cue.meeting_refs.at(ks, i + found[0][0]))


def _in_name(t: Text, tok: Token) -> bool:
    """Whether a token is part of a name (صادق in صادق جلال العظم is no verb)."""
    return any(s < tok.end and tok.start < e for s, e, _ in t.mentions_in(tok.start - 80, tok.end))


def _without_conjunction(t: Text, tok: Token, i: int, ks: Keys) -> int:
    """Where a decision verb starts once a leading و/ف is left out (وقررت -> قررت)."""
    word = t.doc.text[tok.start : tok.end]
    if word[0] not in "وف" or len(word) <= 3:
        return tok.start
    alone = [(bare(match_key(word)),)] + ks[i + 1 :]
    kept = t.cue.single_verbs.match(alone[0]) or t.cue.decree_verbs.match(alone[0]) or \
        bool(t.cue.passive.at(alone, 0))
    return tok.start if kept else tok.start + 1


def _single_issuer(t: Text, toks: list[Token], ks: Keys, i: int, passive: bool,
                   events: list[Event], decides: bool = True,
                   decree: bool = False, statement: bool = False) -> Issuer | None:
    """Who took a single decision: the organisation after the verb, the meeting's host for
    ``المجتمعون`` or a passive verb, an organisation named before the verb, the office of a
    post named as the subject (قرر رئيس الاتحاد), or, for a decree, whoever issued it (a
    king's or president's order: no organisation); None for anyone else."""
    meeting = meeting_of(events, toks[i].start)
    if statement:
        # The meeting's statement (أكد القادة في البيان الختامي): the body named as its subject,
        # else the meeting's host, whose participants a verb's pronoun may name (وأدانوا ...).
        if participants_speak(t, toks, i, t.cue.subject_gap):
            return host_of(meeting), meeting
        body = named(t, toks[i].end, toks[min(len(toks) - 1, i + t.cue.subject_gap)].end)[0]
        return (body if body is not None and body.type == "ORG" else host_of(meeting)), meeting
    if decides and _meeting_subject(t, toks, ks, i):
        # أن الاجتماع قرر تعيين فلان: the person after the verb is its object, not its subject.
        return host_of(meeting), meeting
    if decides and not decree and i + 1 < len(toks) and t.cue.office_pronouns & set(ks[i + 1]):
        # اعتمد سموه، وافق معاليه: the dignitary the story named, deciding in his office.
        return None, None
    last = min(len(toks) - 1, i + t.cue.subject_gap)
    body, person = named(t, toks[i].end, toks[last].end)
    if person:
        # A decision of an office (قرر وزير الداخلية، قرر زعيم التيار) is the office's, under
        # the organisation named with the post if any; a person named by a name or an
        # honorific alone decides a plan, not a body's decision.
        office = _office(t, toks[i].end, toks[last].end) if decides else None
        if office is None and decides and not decree:
            office = _named_in_office(t, toks[i].end, toks[min(len(toks) - 1, i + _HONORIFICS)].end)
        return (None, None) if office is None and decree else office
    if body is not None:
        return body, meeting if meeting is not None and body in meeting.participants else None
    if decides and not (passive or decree):
        # Honorifics before the name (اعتمد صاحب السمو الملكي الأمير فلان الرئيس العام ...).
        office = _named_in_office(t, toks[i].end, toks[min(len(toks) - 1, i + _HONORIFICS)].end)
        if office is not None:
            return office
    # The meeting as subject, after the verb or just before it (أن اجتماعهم الذي عقد أمس أوصى).
    if passive or t.cue.meeting_refs.anywhere(ks, i + 1, last + 1) or \
            t.cue.meeting_refs.anywhere(ks, max(0, i - _SUBJECT_BEFORE - 2), i):
        return host_of(meeting), meeting
    # A subject named just before the verb (وكانت مجموعة بريكس قد قررت); a name further back
    # may be whoever reports the decision (ذكرت صحيفة ... أن طهران قررت).
    near = toks[max(0, i - _SUBJECT_BEFORE)].start
    before = [m for m in t.mentions_in(toks[0].start, toks[i].start)
              if m[2].type in ("PERSON", "ORG", "LOC")]
    if before and before[-1][2].type == "ORG" and before[-1][1] >= near:
        return before[-1][2], None
    if not decree and (_body_noun_subject(t, toks, ks, i, last) or _shared_subject(t, toks, ks, i)):
        # A body called by its common noun (قررت الإدارة، أن إدارة النادي قررت) or the subject
        # of the clause the verb is joined to (طالبت الشركة موظفيها ...، وقررت ...).
        pronoun = i > 0 and bool(_PRONOUNS.intersection(ks[i - 1]))
        return _shared_org(t, toks, 1 if pronoun else _clause_start(t, toks, ks, i), i), None
    if participants_speak(t, toks, i, t.cue.subject_gap):
        return host_of(meeting), meeting  # دعا المشاركون ... . وأوصوا ...
    if not decree and ((_joined(t, toks[i]) and opens_sentence(toks, i)) or also_opens(t, toks, i)) \
            and not plural_verb(t, toks[i]):
        # وقررت، كما قررت: the body the sentence before named acting (وقرروا: people, not this).
        carried = previous_subject(t, toks[i].start, t.cue.subject_gap)
        if carried is not None:
            return (None if carried is UNNAMED else carried), \
                meeting if meeting is not None and carried in meeting.participants else None
    # A decree is a decision whoever issued it (خادم الحرمين الشريفين الملك فلان).
    return (None, None) if decree else None


_TIME_WORDS = frozenset(match_key(w) for w in ("اليوم", "أمس", "امس", "مساء", "صباح", "الليلة", "أخيرا",
                                                "مؤخرا", "رسميا", "بالإجماع"))
_PRONOUNS = frozenset(match_key(w) for w in ("أنها", "إنها", "بأنها", "أنه", "إنه", "بأنه", "أنهم",
                                              "إنهم", "بأنهم"))


def _body_noun_subject(t: Text, toks: list[Token], ks: Keys, i: int, last: int) -> bool:
    """Whether a decision verb's subject is a body called by its common noun (``body_nouns``):
    right after the verb, past a time word (قررت اليوم الإدارة), or just before it, opening a
    clause (أن إدارة النادي قررت، إلا أن اللجنة قررت)."""
    for j in range(i + 1, last + 1):
        if toks[j].kind != "word":
            break
        if _body_noun(t, toks, ks, j):
            return True
        if not _TIME_WORDS.intersection(ks[j]):
            break
    for k in range(i - 1, max(-1, i - _SUBJECT_BEFORE), -1):
        if toks[k].kind != "word":
            return False
        if _body_noun(t, toks, ks, k):
            return k == 0 or (toks[k - 1].kind != "word" and i - k <= 2) or \
                bool(_CLAUSE_OPENERS.intersection(ks[k - 1]))
    return False


def _body_noun(t: Text, toks: list[Token], ks: Keys, j: int) -> bool:
    """Whether token ``j`` names a definite body by its common noun: with the article
    (الإدارة), a possessive ending (هيئته) or before a definite word (إدارة النادي), not an
    indefinite one (هيئة محلفين)."""
    if not t.cue.body_nouns.intersection(ks[j]):
        return owned_body(t.doc.text[toks[j].start : toks[j].end], t.cue.body_nouns)

    def definite(k: int) -> bool:
        word = match_key(t.doc.text[toks[k].start : toks[k].end])
        return word.startswith("ال") or (word[:1] in "وفب" and word[1:3] == "ال")

    if definite(j):
        return True
    if j + 1 >= len(toks) or toks[j + 1].kind != "word":
        return False
    # Before a definite word or a name (إدارة النادي، سلطات تونس، حكومة إقليم كردستان).
    return definite(j + 1) or any(m[0] == toks[j + 1].start and m[2].type in ("ORG", "LOC")
                                  for m in t.mentions_in(toks[j + 1].start, toks[j + 1].end))


def _shared_subject(t: Text, toks: list[Token], ks: Keys, i: int) -> bool:
    """Whether a verb with no subject of its own (وقررت، أنها قررت) shares the subject of the
    sentence's first verb, a body (طالبت الشركة موظفيها ...، وقررت ...)."""
    pronoun = i > 0 and bool(_PRONOUNS.intersection(ks[i - 1]))
    if not (pronoun or _joined(t, toks[i])):
        return False
    # A relative clause or a quotation between has a subject of its own (كشفت المجلة عن عرض
    # النادي للاعب الذي فشل ... وقرر الرحيل); so has a clause opened by أن unless a pronoun
    # takes the subject back (أعلنت الهيئة أن العام سينتهي بعجز، وأنها قررت ...).
    start = _clause_start(t, toks, ks, i) if not pronoun else 1
    between = ks[start:i]
    if any(t.cue.relatives.intersection(k) for k in between) or \
            t.cue.quote_chars.search(t.doc.text[toks[start - 1].start : toks[i].start]):
        return False
    return _shared_org(t, toks, start, i) is not None or \
        any(_body_noun(t, toks, ks, j) for j in range(start, min(i, start + 1 + t.cue.subject_gap))
            if toks[j].kind == "word" and not person_before(t, toks, j, i))


def _clause_start(t: Text, toks: list[Token], ks: Keys, i: int) -> int:
    """The token after the last clause opener (أن، إن) before token ``i``, else after the
    sentence's first word (its verb): where the subject of the clause ``i`` is joined to stands
    (أشار إلى أن أعضاء اللجنة عبروا عن أملهم، وقرروا ...)."""
    return next((k + 1 for k in range(i - 1, 0, -1) if _CLAUSE_OPENERS.intersection(ks[k])), 1)


def _shared_org(t: Text, toks: list[Token], start: int, i: int) -> Entity | None:
    """The organisation named as a clause's subject within a few tokens of ``start``, with no
    person named between it and token ``i``."""
    if i <= start:
        return None
    first = next((m for m in t.mentions_in(toks[start].start, toks[i].start)
                  if m[2].type in ("ORG", "PERSON", "LOC")), None)
    reach = toks[min(i - 1, start + t.cue.subject_gap)].end
    if first is None or first[2].type != "ORG" or first[0] > reach:
        return None
    return None if any(m[2].type == "PERSON" and not chairs(t.doc.text, first[1], m[0])
                       for m in t.mentions_in(first[1], toks[i].start)) else first[2]


