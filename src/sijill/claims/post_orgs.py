"""Which organisation a post is in: the one named in or after the title (the top level of a
genitive chain), the parent of a body inside an organisation, or, where the post names none,
the organisation the text named before it; posts of a state or a government by the data of
``lang/ar/titles.json``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from weakref import WeakKeyDictionary

from sijill.claims.lexicon import Lexicon
from sijill.claims.model import Mention, SentenceView
from sijill.claims.post_bare import after_a_stance, apart_from_bare_head
from sijill.claims.post_envoys import place_complement
from sijill.claims.post_governments import national
from sijill.claims.post_media import a_medium
from sijill.doc import Coverage, Doc, Entity, Span, Token
from sijill.lang import load_json
from sijill.names.orgs import Lexicon as OrgLexicon
from sijill.names.orgs import lexicon as _org_lexicon_of
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key


@lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """Names of bodies inside organisations (المكتب التنفيذي), from the titles data file."""
    return frozenset(match_key(b) for b in load_json("titles.json")["bodies"])


def words_between(view: SentenceView, start: int, end: int) -> list[int]:
    """Indices of tokens in ``[start, end)`` that no mention or title covers."""
    free = _FREE_WORDS.get(view)
    if free is None:
        free = _FREE_WORDS[view] = _free_words(view)
    indices, starts, ends = free
    # Tokens neither overlap nor go back, so their ends rise with their starts.
    return indices[bisect_left(starts, start) : bisect_right(ends, end)]


#: Per sentence, its word tokens that no mention or title covers (indices, starts, ends):
#: words_between is asked about many ranges of one sentence, and testing every token against
#: every mention for each made a long sentence cost its length cubed.
_FREE_WORDS: WeakKeyDictionary[SentenceView, tuple[list[int], list[int], list[int]]] = \
    WeakKeyDictionary()


def _free_words(view: SentenceView) -> tuple[list[int], list[int], list[int]]:
    covered = Coverage([(m.span.start, m.span.end) for m in view.mentions]
                       + [(t.start, t.end) for t in view.titles])
    indices = [i for i, tok in enumerate(view.tokens)
               if tok.kind == "word" and not covered.covers(tok.start)]
    return (indices, [view.tokens[i].start for i in indices], [view.tokens[i].end for i in indices])


def is_modifier(word: str) -> bool:
    """Whether a definite word qualifies the noun before it: a nisba (الأردني، التنفيذية) or a
    word of ``qualifying_words`` in ``lang/ar/post_orgs.json`` (السابق، المكلف)."""
    key = match_key(word)
    return key.startswith("ال") and (key.endswith(("ي", "يه")) or key in _cues()["qualifying_words"])


def orgs_of(view: SentenceView, title: Span, limit: int,
             posted: bool = False) -> tuple[list[Entity], bool, Entity | None]:
    """The organisations a title is a post in, whether the one found is inside the title, and
    the body a genitive chain passed through (هيئة الشؤون الخارجية في الحكومة: the هيئة).

    Organisations between the title's start and ``limit``; a genitive chain keeps its last
    (top-level) member, a coordination with و keeps all; a ``posted`` role's (سفير) first one."""
    limit = _before_opponent(view, title, limit)
    orgs = [m for m in view.mentions if m.type == "ORG" and m.span.start >= title.start
            and m.span.end <= limit]
    # لجنة إعادة تشكيل المجلس العسكري: an organisation named inside a longer name is no link of
    # the genitive chain; the longer name is the complement.
    orgs = [m for m in orgs if not any(o is not m and o.span.start <= m.span.start and
                                       m.span.end <= o.span.end and o.span != m.span for o in orgs)]
    if not orgs:
        # قائد القوات الجوية فلان after رئيس الأركان فلان: a post of a list names its own body,
        # before the organisation of the list's first post is shared with it.
        own = _own_complement(view, title)
        return ([own], False, None) if own is not None else ([], False, None)
    if orgs[0].span.start >= title.end and (named := _complement_name(view, title)) is not None:
        links = [match_key(w) for w in view.doc.text[named[1] : orgs[0].span.start].split()]
        own = complement_org(view, title)
        if own is not None and any(w not in _CHAIN_LINKS for w in links):
            # قائد الفرقة 30 التي تقاتل جبهة النصرة: the complement named the post's own
            # organisation; another actor comes later in the sentence.
            return [own], False, None
    outside = [m for m in orgs if m.span.start >= title.end]
    if outside and (_verb_clause_between(view, title.end, outside[0].span.start) or
                    _told_to(view.doc.text[title.end : outside[0].span.start]) or
                    _after_a_closed_complement(view, title, outside[0])):
        # وكان وزير التعليم قد وجّه اللجنة، فلان رئيس قسم كذا يقول لـ«الصحيفة»، اعتمد الرئيس
        # العام لرعاية الشباب مجلس إدارة النادي: the organisation is the object of the
        # holder's verb or the medium he speaks to, not the post's complement.
        outside = []
        orgs = [m for m in orgs if m.span.start < title.end]
        if not orgs:
            return [], False, None
    if not outside:
        return [orgs[-1].entity], True, None
    if not posted and _state_past_its_place(view, title, outside[0]):
        return [], False, None
    body: Entity | None = None
    chosen: list[Mention] = [outside[0]]
    for m in outside[1:]:
        between = view.doc.text[chosen[-1].span.end : m.span.start]
        words = [w.strip("\"'«»“”ـ") for w in between.replace("،", " ").split()]
        words = [w for w in words if w]
        coordinated = (not words and view.doc.text[m.span.start - 1 : m.span.start] == "و") or \
            (bool(words) and words[-1] == "و" and len(words) <= 2)
        if coordinated or (len(chosen) == 1 and [match_key(w) for w in words] in _SEATED_FOR and
                           _member_role(title)):
            # عضو البرلمان العراقي عن كتلة المواطن: a member of the house and of the bloc he sits for
            chosen.append(m)
            if not coordinated:
                break
        elif len(chosen) == 1 and _seat_role(title) and [match_key(w) for w in words] == [match_key("في")]:
            # النائب عن الحزب، في برلمان الإقليم، فلان: the seat is in the house; the party is
            # his, no body of the house
            chosen[-1] = m
            break
        elif unreferred(m.entity, media_only=True) and not is_sub_body(chosen[-1].entity):
            # المتحدث باسم الحركة لوكالة الصحافة الفرنسية: the agency spoken to, not the
            # movement's parent (but مدير مكتب الوكالة: a body of the agency)
            break
        elif posted or any(c in between for c in "،,") or (
                not is_sub_body(chosen[-1].entity) and _DATIVE.search(between)) or \
                any(match_key(w) not in _CHAIN_WORDS for w in words):
            # رئيسة مجلس اللوردات إن «فلان: words of another clause end the genitive chain.
            # الرئيس العام لرعاية الشباب، مجلس إدارة النادي: the complement ended at the comma;
            # المتحدث باسم الحكومة لـ«الصحيفة»: what an organisation said to a quoted medium.
            break
        else:
            if len(chosen) == 1 and words and match_key(words[-1]) in _CHAIN_LINKS:
                body = chosen[-1].entity
            chosen[-1] = m  # a genitive chain: the later body is the parent
    ents: list[Entity] = []
    for m in chosen:
        if m.entity not in ents:
            ents.append(m.entity)
    return ents, False, (body if body not in ents else None)


def _after_a_closed_complement(view: SentenceView, title: Span, org: Mention) -> bool:
    """Whether the title's complement, opened by ل and closed by a definite noun (الرئيس العام
    لرعاية الشباب), ends before the organisation, which no link joins to it."""
    words = [t for t in view.tokens if title.end <= t.start and t.end <= org.span.start]
    if len(words) < 2 or any(t.kind != "word" for t in words) or "ل" not in (words[0].proclitics[-1:], words[0].maybe) or \
            not words[-1].article or words[-1].proclitics:
        return False
    first = next((t for t in view.tokens if t.start >= org.span.start), None)
    if first is None or first.proclitics or first.maybe in ("و", "ل", "ب"):
        return False
    return match_key(view.doc.text[words[-1].start : words[-1].end]) not in _CHAIN_WORDS


def _told_to(between: str) -> bool:
    """Whether ``between`` ends with a verb of saying and a separate ل before a quoted name
    (يقول لـ«الصحيفة»): the medium spoken to, after the post's own complement."""
    m = _DATIVE.search(between)
    if m is None:
        return False
    words = between[: m.start()].split()
    return bool(words) and match_key(words[-1].lstrip("وف")) in _cues()["told_verbs"]


def _relative_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a relative pronoun (الذي، التي) stands in ``[start, end)``."""
    return any(start <= t.start and t.end <= end and ("الذي" in ks or "التي" in ks)
               for t, ks in zip(view.tokens, view.keys))


def _verb_clause_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a particle that opens a verb's clause (قد، لن، سوف) stands in ``[start, end)``."""
    particles = _cues()["clause_particles"]
    return any(start <= t.start and t.end <= end and match_key(view.doc.text[t.start : t.end]) in particles
               for t in view.tokens)


def _own_complement(view: SentenceView, title: Span) -> Entity | None:
    """The organisation a title's complement names by a head word and what completes it (قائد
    القوات البرية، قائد الجيش), when no mention is there; none for a minister's, an envoy's, a
    government's or a state's post, whose complement the rules of reference read."""
    refs = post_references()
    role = match_key(str(title.data.get("role", "")))
    if not role or role.startswith(refs.ministers) or _without_deputy(role).startswith(refs.ministers) or \
            role in refs.state_posts or any(role == g or role.endswith(" " + g) for g in refs.government_posts):
        return None
    named = complement_org(view, title) or _state_body(view, title)
    return None if named is None or _working_unit(named) else named


#: The words between a house and the bloc a member sits for (عضو البرلمان عن كتلة المواطن).
_SEATED_FOR = ([match_key("عن")], [match_key("ممثلا"), match_key("عن")], [match_key("ممثلاً"), match_key("عن")])


#: A separate ل before a quoted name (لـ«الحياة»): words said to it, no genitive.
_DATIVE = re.compile(r"(?<!\w)لـ?\s*[«\"“]\s*$")

#: Words between a body and its organisation (هيئة الشؤون الخارجية في الحكومة الموقتة).
_CHAIN_LINKS = frozenset(("في", "ل", "لـ", "التابع", "التابعه", "داخل", "ضمن"))
#: What a genitive chain may pass besides (كلية الشريعة بالجامعة: the ب left of the name).
_CHAIN_WORDS = _CHAIN_LINKS | {"ب", "بـ"}


def _state_past_its_place(view: SentenceView, title: Span, org: Mention) -> bool:
    """Whether a state's post (أمير، الملك، محافظ) reaches an organisation only past its place
    and other words (أمير قطر وفدا من البرلمان), or any post past a place right after it (رئيس
    جمهورية مصر آلية تدريب الجيش): the body of another clause, not the post's."""
    places = [m.span for m in view.mentions if m.type == "LOC" and title.end <= m.span.start < org.span.start]
    state = match_key(str(title.data.get("role", ""))) in post_references().state_posts
    if not places or not state and view.doc.text[title.end : places[0].start].strip():
        return False
    rest = [match_key(w) for w in view.doc.text[places[0].end : org.span.start].split()]
    return any(w not in _CHAIN_WORDS for w in rest)


def parent_before(context: list[Mention], title: Span, body: Entity | None,
                  view: SentenceView | None = None) -> Entity | None:
    """The organisation a sub-body in a title belongs to: the one last named before it in its
    own sentence (ومن جانب المنبر حضر رئيس مجلس الإدارة), unless that one is another title's
    complement; else the one the text has named most so far (its committees are the text's
    subject), the latest of equals. An organisation named right after the body anywhere
    (مجلس إدارة نادي الوحدة، اللجنة التنفيذية للاتحاد) is its own, before all these."""
    if view is not None and body is not None and _is_body_head(match_key(body.name)):
        found, owner = _genitive_owner(view.doc, body, view.span.start, title.start)
        if found:
            return owner
    said = _owner_said_by_head(view, title, body) if view is not None and body is not None else None
    if said is not None:
        # مدير إدارة كذا في الوزارة، رئيس قسم كذا بالهيئة: the organisation the text named
        # before with that head, or none (not the one named most, a newspaper quoted thrice)
        assert view is not None
        return next((m.entity for m in [*reversed(view.mentions), *reversed(context)]
                     if m.type == "ORG" and m.span.end <= title.start and not is_sub_body(m.entity) and
                     match_key(m.entity.name.split()[0]).removeprefix("ال") == said), None)
    if view is not None:
        for m in reversed(view.mentions):
            if m.type != "ORG" or m.span.end > title.start or m.entity is body or \
                    _complement_of_title(view, m, shared=True) or unreferred(m.entity) or a_medium(view.doc, m.entity):
                # أعضاء الاتحاد الأردني في اجتماعهم على تعيين فلان رئيساً لدائرة التحكيم: the
                # members' plural title names the body that acts, whose organisation it is.
                continue
            if not is_sub_body(m.entity):
                return m.entity
            owned = owner_in_name(m.entity, view.doc, m.span.start)
            if owned is not None:
                # وافق مجلس إدارة الاتحاد الأردني على تعيين فلان رئيساً لدائرة الحكام: the
                # organisation named inside the board that acts.
                return owned[0]
    counts: dict[int, int] = {}
    best: Entity | None = None
    for m in context:
        if m.span.start >= title.start or m.entity is body or m.type != "ORG" or unreferred(m.entity) or \
                view is not None and a_medium(view.doc, m.entity):
            continue
        if view is not None and view.span.start <= m.span.start and \
                _complement_of_title(view, m, held=True, shared=True):
            # عين فلان أمين عام الاتحاد المغربي عضواً في لجنة: the organisation of a post someone
            # holds besides (not of one given in the sentence: رئيساً لنادي الشرق).
            continue
        named = _counted_as(m, view, body)
        if named is None:
            continue
        counts[id(named)] = counts.get(id(named), 0) + 1
        if best is None or counts[id(named)] >= counts[id(best)]:
            best = named
    return best


#: The prepositions that attach a body to the organisation it is in (إدارة كذا في الوزارة).
_IN_WORDS = frozenset(("في",))


def _owner_said_by_head(view: SentenceView, title: Span, body: Entity) -> str | None:
    """The head word of the organisation a body's mention after the title is said to be in by a
    definite head alone (دائرة استرداد الأموال في الهيئة: ``هيئة``); None where none is said."""
    mention = next((m for m in view.mentions if m.entity is body and m.span.start >= title.end), None)
    if mention is None:
        return None
    after = [t for t in view.tokens if t.start >= mention.span.end][:2]
    if not after or after[0].kind != "word":
        return None
    text = view.doc.text
    first = text[after[0].start : after[0].end]
    if first in _IN_WORDS and len(after) > 1 and after[1].kind == "word" and after[1].article:
        word = text[after[1].stem : after[1].end]
        tok = after[1]
    elif after[0].proclitics[-1:] == "ب" and after[0].article:
        word, tok = text[after[0].stem : after[0].end], after[0]
    else:
        return None
    if any(m.span.start <= tok.start < m.span.end for m in view.mentions):
        return None  # في الهيئة العامة للإحصاء: the organisation named in full, found otherwise
    key = match_key(word)
    return key if key in _org_heads() and not _is_body_head(key) else None


def _counted_as(m: Mention, view: SentenceView | None, body: Entity | None) -> Entity | None:
    """The organisation an earlier mention counts for as the text's subject: its entity, or for
    a body (مجلس إدارة الاتحاد التونسي) the organisation its name holds, if the text has that one
    as an entity; None for a body with none."""
    if not is_sub_body(m.entity):
        return m.entity
    if view is None:
        return None
    # اجتمع مجلس إدارة الاتحاد التونسي ...، ثم رئيس لجنة الانضباط: the organisation named
    # inside an earlier board is the text's too. Made no entity here: one made for a body that
    # is not chosen would stand in the record for nothing.
    owned = owner_in_name(m.entity, view.doc, m.span.start, create=False)
    return None if owned is None or owned[0] is body else owned[0]


#: What may stand between a body and the organisation it is of (مجلس إدارة نادي، لجنة للاتحاد).
_GENITIVE_LINKS = frozenset(("", "ل", "لـ"))


def _genitive_owner(doc: Doc, body: Entity, since: int, at: int) -> tuple[bool, Entity | None]:
    """The organisation of a body named bare (مجلس إدارة): the one named right after the body's
    latest mention in ``[since, at)`` that names one (مجلس إدارة نادي الوحدة), unless a board of
    another organisation, named whole (مجلس إدارة نادي الجواء), came later: then ``(True,
    None)``, the bare body stands for that board, of no parent here. ``(False, None)``: no
    mention says."""
    key = match_key(body.name)
    starts: dict[int, Entity] = {}
    named: list[tuple[int, int, Entity]] = []
    for e in doc.entities:
        if e.type != "ORG":
            continue
        for m in e.mentions:
            if since <= m.start and m.end <= at and (e is body or match_key(e.name).startswith(key + " ")):
                named.append((m.start, m.end, e))
            elif e is not body and not is_sub_body(e) and not unreferred(e):
                starts[m.start] = e
    for _, end, e in sorted(named, key=lambda n: n[0], reverse=True):
        if e is not body:
            return True, None  # the board of the organisation in its own name: the caller's rules
        for k in range(4):
            owner = starts.get(end + k)
            if owner is not None and doc.text[end : end + k].strip() in _GENITIVE_LINKS:
                return True, owner
    return False, None


def unreferred(org: Entity, media_only: bool = False) -> bool:
    """A government or a medium (only a medium with ``media_only``): never the organisation a
    post refers to by default."""
    refs = post_references()
    heads = refs.unreferred_heads if media_only else refs.government_heads + refs.unreferred_heads
    # «الشرق الأوسط»: a medium named bare, its head in the gazetteer's canonical name
    names = [org.name] + ([str(org.data["canonical_name"])] if org.data.get("canonical_name") else [])
    for key in (match_key(n) for n in names):
        # الوكالة الوطنية للإعلام: the head is listed without its article
        if key.startswith(heads) or key.removeprefix("ال").startswith(refs.unreferred_heads):
            return True
    return False


def post_of_a_state(title: Span, lex: Lexicon) -> bool:
    """Whether a title is a minister's, an envoy's, a head of government's or a state's post: it
    shares no organisation with a list it stands in (الأمين العام للمنظمة فلان ونائب رئيس
    الوزراء علان)."""
    refs = post_references()
    role = match_key(str(title.data.get("role", "")))
    if not role:
        return False
    return (role.startswith(refs.ministers) or bool(lex.posted_heads.match((role.split()[0],))) or
            any(role == g or role.endswith(" " + g) for g in refs.government_posts) or
            role in refs.state_posts)


def org_by_reference(view: SentenceView, title: Span, context: list[Mention], lex: Lexicon) -> list[Entity]:
    """The organisation of a post that names none: the one the text is about, named before.

    ``الهيئة تضم الرئيس فلان``، ``وقال رئيس الاتحاد فلان`` after the federation was named: the
    post is in the organisation last named before it. Not a minister's, a state's, an envoy's or
    a nationality's post (الرئيس التركي); a head of government is in the government named, if any."""
    refs = post_references()
    role = match_key(str(title.data.get("role", "")))
    if role.startswith(refs.ministers) or lex.posted_heads.match((role.split()[0].removeprefix("ال"),)) or \
            _without_deputy(role).startswith(refs.ministers):
        return []  # نائب وزير الخارجية: a deputy minister's post, as a minister's
    before = [m for m in view.mentions if m.type == "ORG" and m.span.end <= title.start]
    if any(role == g or role.endswith(" " + g) for g in refs.government_posts):
        gov = _government(view, title)
        return [gov] if gov is not None else []
    if role in refs.state_posts or (nationality_follows(view, title) and role not in refs.trade_posts):
        return []  # الرئيس التركي: Turkey's; المدرب الصربي: a Serbian coach, of a team named near
    named = _quoted_after_body(view, title) or complement_org(view, title) or _named_by_head(view, title) or \
        _named_by_field(view, title)
    if named is not None and _working_unit(named):
        # رئيس الفريق الإعلامي: a team described by adjectives works inside the organisation
        # the text is about; it names none of its own.
        parent = parent_before(context, title, named, view) or _most_named(context, title, named)
        return [parent] if parent is not None else [named]
    if named is not None:
        return [named]
    state_body = _state_body(view, title)
    if state_body is not None:
        return [state_body]
    if role in _cues()["authority_posts"] and _field_follows(view, title):
        return []  # الرئيس العام لرعاية الشباب: an authority of its own, not the federation named before
    if _other_complement(view, title) or place_complement(view, title, _org_lexicon_of().place_types):
        return []  # رئيس الإقليم، وكيل محافظة الأحساء: the post is of no body the text names
    text = view.doc.text
    # الرئيس، المدرب: a head of state or a team's coach is of a body named in their own sentence
    candidates = before if role in refs.bare_heads or role in refs.trade_posts else context + before
    kind = _kind_in_role(role)
    other = _other_named_body(view, title)
    for m in reversed(candidates):
        if m.span.start < title.start - _REFERENCE_REACH or "\n" in text[m.span.end : title.start]:
            break  # another paragraph: another story
        if other is not None and match_key(m.entity.name.split()[0]).removeprefix("ال") == other[0] and \
                not _names_word(m.entity, other[1]):
            return []  # مدير مركز اكتفاء after مركز الملك فهد: another centre, not named as a body
        if kind is not None and not kind & _heads_of(m.entity):
            continue  # رئيس البرلمان, النائب after (ائتلاف النصر): a parliament's post, not a bloc's
        if role in refs.bare_heads and m in before and (_relative_between(view, m.span.end, title.start) or
                                                        apart_from_bare_head(view, m, title)):
            # تحويل حركة الملاحة من الميناء الذي يسيطر عليه الموالون للرئيس السابق فلان: a bare
            # head of state past a relative clause heads no body of the clause before
            continue
        if m in before and after_a_stance(view, title):
            continue  # الكتلة المؤيدة للرئيس فلان: the body supports him, he does not head it
        if role in refs.trade_posts and not title.data.get("accusative") and not is_team(m.entity):
            # والمدرب فلان after a federation: a coach, of no team the text names (but the
            # federation that names him مدرباً للمنتخب employs him)
            continue
        if _quoted_adjective(text, m):
            continue  # مبادرة «معدّلة»: a word describing a noun, no organisation a post is in
        if in_dateline(text, m):
            continue  # بيروت - «الحياة»: the outlet that reports, not the body a post is in
        if m in before and _acts_on_holder(text, m, title):
            return []  # هاجمتها جبهة ... وخطفت قائد الفرقة: the captor's organisation is not his
        if m in before and (_complement_of_title(view, m, shared=True) or _named_as_place(view, m)):
            # الأمين العام للأمم المتحدة: that post's organisation, not the text's; في مقر
            # الأمانة: where a body met, not the body.
            continue
        if m in before and is_sub_body(m.entity):
            # مجلس إدارة نادي الشباب ... برئاسة فلان: the board of the club named in this
            # sentence, not of the one the text named most.
            parent = parent_before(context, title, m.entity, view)
            if parent is not None:
                return [parent]
            owned = owner_in_name(m.entity, view.doc, m.span.start)
            if owned is not None:
                return [owned[0]]  # مجلس إدارة الاتحاد المصري ... برئاسة فلان: the federation
            if not _is_body_head(match_key(m.entity.name)):
                return [m.entity]  # a body named in full with nothing above it: its own organisation
        org = top_level(m.entity, context, m.span.start)
        if is_sub_body(org) or unreferred(org) or a_medium(view.doc, org):
            continue  # (حصلت «عكاظ» على نسخة: the outlet, named bare)
        return [org]
    return []


#: What stands before an outlet in a dateline on its line: at most two words (a city) and a
#: dash or a bracket, perhaps a quote mark (بيروت - «الحياة»، عمان (بترا)).
_DATELINE_BEFORE = re.compile(r"(?:[^\W\d]+\s*){0,2}[-–—(]\s*[«\"“]?\s*")
#: What follows an outlet in a dateline: a quote mark's end, then a colon, a dash or a bracket.
_DATELINE_AFTER = re.compile(r"[»\"”]?\s*[):\-–—]")


def _kind_in_role(role: str) -> frozenset[str] | None:
    """The kinds of body a post names past its first word (رئيس البرلمان), an assembly's for a seat."""
    words = [w.removeprefix("ال") for w in role.split()[1:]]
    kind = next((frozenset((w,)) for w in reversed(words) if w in _cues()["kinds_in_posts"]), None)
    return _cues()["assembly_heads"] if role in post_references().assembly_posts else kind


def is_team(org: Entity) -> bool:
    """Whether an organisation is a club or a team (نادي، فريق، منتخب), whose staff a trade's
    post (مدرب) with no body of its own may be of."""
    return bool(_heads_of(org) & _cues()["team_heads"])


def _heads_of(org: Entity) -> set[str]:
    """The words of an organisation's names and aliases without the article (برلمان، عراقي)."""
    return {w.removeprefix("ال") for name in [org.name, *org.aliases] for w in match_key(name).split()}


def in_dateline(text: str, m: Mention) -> bool:
    """Whether an organisation is the outlet of a dateline (بيروت - «الحياة»:، سبق - الرياض:):
    marked so by the names stage, or at a line's start after at most a city and a dash or
    bracket, a colon, dash or bracket after it."""
    if m.span.data.get("rule") == "dateline":
        return True
    line = text.rfind("\n", 0, m.span.start) + 1
    head = text[line : m.span.start]
    if head.strip() and not _DATELINE_BEFORE.fullmatch(head.lstrip()):
        return False
    tail = _DATELINE_AFTER.match(text, m.span.end)
    # a bare name opening a line before a colon is a headline's subject (الائتلاف: نرفض)
    return tail is not None and (bool(head.strip()) or not tail.group().endswith(":"))


#: Quote marks that open a quoted word.
_OPEN_QUOTES = ("«", '"', "“")


def _quoted_adjective(text: str, m: Mention) -> bool:
    """Whether an organisation is one quoted word agreeing with the indefinite noun before it
    (مبادرة «معدّلة»، خطة «جديدة»، صفقة «مشبوهة»), named only there: a word that describes that
    noun, as a tagger may take a quoted word for a name, not an organisation."""
    name = text[m.span.start : m.span.end].strip()
    if len(m.entity.mentions) != 1 or " " in name or name.startswith("ال") or not name.endswith("ة"):
        return False
    before = text[max(0, m.span.start - 40) : m.span.start].rstrip()
    if not before.endswith(_OPEN_QUOTES):
        return False
    words = before[:-1].split()
    # a feminine noun without its article before the quote: the word agrees with it
    return bool(words) and words[-1].endswith("ة") and not words[-1].startswith(("ال", "لل"))


#: How far before an organisation (in characters) a verb may stand whose subject it is
#: (خطف عناصر من الجماعة قائد اللواء).
_AGENT_REACH = 30


def _acts_on_holder(text: str, m: Mention, title: Span) -> bool:
    """Whether a verb of seizing or attacking stands between an organisation, or just before it,
    and a title after it (الجماعة التي خطفت قائد الفرقة، اعتقل مسلحون من الجبهة القيادي): the
    organisation acts on the holder and is not his."""
    verbs = _cues()["hostile_verbs"]
    for word in text[max(0, m.span.start - _AGENT_REACH) : title.start].split():
        key = match_key(word.strip("،,.:«»\"'"))
        for stem in (key, key.removeprefix("و"), key.removeprefix("ف")):
            if stem in verbs or any(stem.endswith(s) and stem[: -len(s)] in verbs
                                    for s in _cues()["possessive_suffixes"]):
                return True
    return False


def _without_deputy(role: str) -> str:
    """A role's key without the deputy's or assistant's words before it (نائب وزير -> وزير)."""
    for prefix in sorted(_deputy_prefixes(), key=len, reverse=True):
        if role.startswith(prefix + " "):
            return role[len(prefix) + 1 :]
    return role


@lru_cache(maxsize=1)
def _deputy_prefixes() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("titles.json").get("deputy_prefixes", []))


def _named_by_head(view: SentenceView, title: Span) -> Entity | None:
    """The organisation a title's complement refers back to by its first word: ``مدير المرصد``,
    ``رئيس اتحاد القدم`` after ``المرصد السوري ...``, ``الاتحاد السعودي ...`` were named (the one
    named most where several begin so)."""
    after = [t for t in view.tokens if t.start >= title.end][:2]
    nxt = after[0] if after else None
    if nxt is None or nxt.kind != "word" or any(m.span.start <= nxt.start < m.span.end for m in view.mentions):
        return None
    word = match_key(view.doc.text[nxt.start : nxt.end]).removeprefix("ال")
    if nxt.proclitics == "ل" and title.data.get("accusative"):
        # رئيساً للحزب: the accusative post's complement after ل, as after a title in construct
        word = match_key(nxt.bare(view.doc)).removeprefix("ال")
    named_after = _construct_follower(view, nxt, after)
    if word in _cues()["complement_links"] and len(after) > 1 and after[1].kind == "word":
        # القيادي في تياره: the head word with a pronoun after a preposition
        word = _owned_head(match_key(view.doc.text[after[1].start : after[1].end])) or word
        named_after = None
    elif word not in _org_heads() | _body_words():
        word = _owned_head(word) or word  # رئيس حزبه
        named_after = None
    if len(word) < 3 or word not in _org_heads() | _body_words():
        return None
    heads = [e for e in view.doc.entities if e.type == "ORG" and not is_sub_body(e) and
             match_key(e.name.split()[0]).removeprefix("ال") == word and
             (named_after is None or _names_word(e, named_after))]
    if heads:
        return max(heads, key=lambda e: len(e.mentions))
    inside = _named_inside(view, title, word)
    return inside if inside is None or named_after is None or _names_word(inside, named_after) else None


def _other_named_body(view: SentenceView, title: Span) -> tuple[str, str] | None:
    """The head and the naming word of an indefinite body in construct right after a title
    (مدير مركز اكتفاء: ``مركز``, ``اكتفاء``), when it is no mention."""
    after = [t for t in view.tokens if t.start >= title.end][:2]
    if not after or after[0].kind != "word" or \
            any(m.span.start <= after[0].start < m.span.end for m in view.mentions):
        return None
    head = match_key(view.doc.text[after[0].start : after[0].end])
    if head not in _org_heads() | _body_words():
        return None
    follower = _construct_follower(view, after[0], after)
    return (head, follower) if follower is not None else None


def _construct_follower(view: SentenceView, head: Token, after: list[Token]) -> str | None:
    """The word that names an indefinite head in construct (مركز اكتفاء، اتحاد القدم), which an
    organisation it refers back to must hold in its name; None for a definite head (المركز) or
    one followed by a name, a mark or a short word."""
    if head.article or len(after) < 2 or after[1].kind != "word" or \
            any(m.span.start <= after[1].start < m.span.end for m in view.mentions if m.type != "ORG"):
        return None
    word = match_key(view.doc.text[after[1].start : after[1].end]).removeprefix("ال")
    return word if len(word) >= 3 else None


def _names_word(org: Entity, word: str) -> bool:
    """Whether ``word`` is in the name or an alias of ``org`` (مركز اكتفاء is not مركز الملك فهد)."""
    return any(word in match_key(n) for n in [org.name, *org.aliases])


def _named_inside(view: SentenceView, title: Span, head: str) -> Entity | None:
    """The organisation a bare head refers back to when the text named it only inside the name
    of one of its bodies before the title (قرر المجلس الوطني لحزب الأمة ...، رئيساً للحزب): a new
    entity at those words of the latest such mention."""
    doc = view.doc
    latest: tuple[int, int] | None = None
    for e in doc.entities:
        if e.type != "ORG":
            continue
        for m in e.mentions:
            if m.end > title.start or (latest is not None and m.start <= latest[0]):
                continue
            at = _head_inside(doc.text[m.start : m.end], head)
            if at is not None:
                latest = (m.start + at, m.end)
    if latest is None:
        return None
    name = doc.text[latest[0] : latest[1]]
    key = match_key(name)
    found = next((e for e in doc.entities if e.type == "ORG" and match_key(e.name) == key), None)
    if found is None:
        found = Entity("ORG", name, [], [Span(latest[0], latest[1], "ORG", None, {"rule": "owner-in-body"})])
        doc.entities.append(found)
    return found


def _head_inside(name: str, head: str) -> int | None:
    """Where in a body's name (المجلس الوطني لحزب الأمة) an organisation with ``head`` opens after
    ل and a word of the body, leaving out the ل; None if it does not."""
    words = name.split()
    offset = len(words[0]) if words else 0
    for word in words[1:-1]:
        offset = name.index(word, offset)
        key = match_key(word)
        if key.startswith("لل") and key[2:] == head or key.startswith("ل") and key[1:] == head:
            return offset + 1
        offset += len(word)
    return None


_QUOTED = re.compile(r"\s*[«\"“]([^«»\"“”\n]{3,60})[»\"”]")


def _quoted_after_body(view: SentenceView, title: Span) -> Entity | None:
    """The organisation quoted right after a title and the words of a body (نائب رئيس مجلس إدارة
    "غرفة تجارة إربد"): the document's entity of that name, else a new one at those words."""
    doc = view.doc
    toks = [t for t in view.tokens if t.start >= title.end][:3]
    words: list[str] = []
    end = title.end
    for tok in toks:
        if tok.kind != "word" or doc.text[end : tok.start].strip() or tok.proclitics:
            break
        words.append(match_key(tok.text(doc)))
        end = tok.end
        if _is_body_head(" ".join(words)):
            break
    if not words or not _is_body_head(" ".join(words)):
        return None
    quoted = _QUOTED.match(doc.text, end, view.span.end)
    if quoted is None:
        return None
    name = quoted.group(1).strip()
    key = match_key(name)
    if key.split()[0].removeprefix("ال") not in _org_heads() | _body_words():
        return None  # مجلس إدارة "المرحلة الجديدة": a quoted phrase, no organisation's name
    found = next((e for e in doc.entities if e.type == "ORG" and (
        match_key(e.name) == key or any(match_key(a) == key for a in e.aliases))), None)
    if found is None:
        start = quoted.start(1) + (len(quoted.group(1)) - len(quoted.group(1).lstrip()))
        found = Entity("ORG", name, [], [Span(start, start + len(name), "ORG", None, {"rule": "quoted"})])
        doc.entities.append(found)
    return found


def _named_by_field(view: SentenceView, title: Span) -> Entity | None:
    """The organisation a title's field after ل, or in construct with it, is the end of:
    ``الرئيس العام لرعاية الشباب``، ``مدير عام الشؤون الصحية`` when ``الرئاسة العامة لرعاية
    الشباب``، ``المديرية العامة للشؤون الصحية`` (or the field itself) is named in the text."""
    doc = view.doc
    toks = [t for t in view.tokens if t.start >= title.end][:_MAX_COMPLEMENT]
    if not toks or toks[0].kind != "word" or _covered(view, toks[0].start) or \
            doc.text[title.end : toks[0].start].strip():
        return None
    first = toks[0]
    if first.proclitics == "ل":
        words = [match_key(first.bare(doc))]
    elif first.maybe == "ل" and not first.proclitics:
        words = [match_key(first.text(doc)[1:])]
    elif not first.proclitics and match_key(first.text(doc)).startswith("ال") and \
            not is_modifier(first.text(doc)):
        words = [match_key(first.text(doc))]  # مدير عام الشؤون الصحية: the field in construct
    else:
        return None
    # In construct only an authority named with ل before the field counts: a name that is the
    # word itself (قائد التنظيم، an alias of تنظيم الدولة) is a back-reference, resolved elsewhere.
    construct = first.proclitics != "ل" and first.maybe != "ل"
    for prev, tok in pairwise(toks):
        if tok.kind != "word" or tok.proclitics or _covered(view, tok.start) or \
                doc.text[prev.end : tok.start].strip() or not match_key(tok.text(doc)).startswith("ال"):
            break
        words.append(match_key(tok.text(doc)))
    if len(words[0]) < 3 or words[0].removeprefix("ال") in _org_heads() | _body_words():
        return None  # للحزب، للفرقة: a head word, which the rules of back-reference resolve
    for k in range(len(words), 0, -1):
        field = " ".join(words[:k])
        linked = "لل" + field[2:] if field.startswith("ال") else "ل" + field
        for e in doc.entities:
            if e.type == "ORG" and any((n == field and not construct) or n.endswith(" " + linked)
                                       for n in map(match_key, [e.name, *e.aliases])):
                return e
    return None


def _field_follows(view: SentenceView, title: Span) -> bool:
    """Whether a field follows the title after ل (لرعاية الشباب، للأمن الوطني), no head word of
    an organisation and no mention."""
    doc = view.doc
    first = next((t for t in view.tokens if t.start >= title.end), None)
    if first is None or first.kind != "word" or _covered(view, first.start) or \
            doc.text[title.end : first.start].strip():
        return False
    if first.proclitics == "ل":
        word = match_key(first.bare(doc))
    elif first.maybe == "ل" and not first.proclitics:
        word = match_key(first.text(doc)[1:])
    else:
        return False
    return len(word) > 3 and word.removeprefix("ال") not in _org_heads() | _body_words() and \
        not is_modifier(word)


def after_another_post(view: SentenceView, org: Mention, title: Span) -> bool:
    """Whether an organisation comes after another post given in the accusative in the same
    sentence, not as its complement (فلان نائباً للرئيس وعلان مشرفاً على المركز الإعلامي وفلان
    عضواً): a word of an earlier item of the list, not the body that gave a bare post."""
    return any(t is not title and t.data.get("accusative") and t.end <= org.span.start and
               words_between(view, t.end, org.span.start) for t in view.titles)


def _before_opponent(view: SentenceView, title: Span, limit: int) -> int:
    """Where a title's complement must end: before a word that names an opponent (قائداً للقوة
    المشتركة ضد «بوكو حرام»، قائد الحملة لمواجهة الجماعة), whose organisation is never the post's."""
    breaks = _cues()["opponent_words"]
    for tok in view.tokens:
        if tok.start >= limit:
            break
        if tok.start >= title.end and tok.kind == "word" and match_key(tok.text(view.doc)) in breaks \
                and not _covered(view, tok.start):  # الهيئة الوطنية لمواجهة الكوارث: inside a name
            return tok.start
    return limit


def _state_body(view: SentenceView, title: Span) -> Entity | None:
    """The body of a state a title's bare complement names (قائد الجيش، مدير الشرطة، رئيس
    المخابرات): the one the text named with that head (الجيش اللبناني), else one at that word."""
    doc = view.doc
    first = next((t for t in view.tokens if t.start >= title.end), None)
    if first is None or first.kind != "word" or first.proclitics not in ("", "ل") or \
            _covered(view, first.start) or doc.text[title.end : first.start].strip():
        return None  # قائد الجيش، قائداً للجيش
    key = match_key(first.bare(doc))
    if not key.startswith("ال") or key.removeprefix("ال") not in _cues()["state_bodies"]:
        return None
    named = [e for e in doc.entities if e.type == "ORG" and match_key(e.name.split()[0]) == key]
    if named:
        return max(named, key=lambda e: len(e.mentions))
    start = first.start + len(first.proclitics)
    found = Entity("ORG", first.bare(doc), [], [Span(start, first.end, "ORG", None, {"rule": "post-complement"})])
    doc.entities.append(found)
    return found


def _seat_role(title: Span) -> bool:
    """Whether a title is a member's seat in an assembly (النائب، النائبة)."""
    return match_key(str(title.data.get("role", ""))) in post_references().assembly_posts


def _member_role(title: Span) -> bool:
    """Whether a title is a member's post (عضو، عضوة), by the first word of its role."""
    role = match_key(str(title.data.get("role", ""))).split()
    return bool(role) and role[0] in _cues()["member_roles"]


def _working_unit(org: Entity) -> bool:
    """Whether an organisation found in a title's complement is a working unit described only by
    adjectives (الفريق الإعلامي، الفريق القانوني): its head in ``unit_heads``, made definite."""
    if not all(m.data.get("rule") == "post-complement" for m in org.mentions):
        return False
    first = match_key(org.name.split()[0])
    return first.startswith("ال") and first.removeprefix("ال") in _cues()["unit_heads"]


def _most_named(context: list[Mention], title: Span, unit: Entity) -> Entity | None:
    """The organisation or body named most before a title, the latest of equals (اللجنة
    التنفيذية للانتخابات: a committee the text is about may hold teams of its own)."""
    counts: dict[int, int] = {}
    best: Entity | None = None
    for m in context:
        if m.type != "ORG" or m.entity is unit or m.span.start >= title.start or unreferred(m.entity):
            continue
        counts[id(m.entity)] = counts.get(id(m.entity), 0) + 1
        if best is None or counts[id(m.entity)] >= counts[id(best)]:
            best = m.entity
    return best


def _named_as_place(view: SentenceView, org: Mention) -> bool:
    """Whether a word of place stands right before an organisation (في مقر الأمانة)."""
    words = view.doc.text[view.span.start : org.span.start].split()
    return bool(words) and match_key(words[-1]) in _cues()["place_words"]


def _owned_head(key: str) -> str | None:
    """The head word of an organisation a word names with an attached pronoun (تياره -> تيار,
    حركته -> حركة), if it is one."""
    for suffix in sorted(_cues()["possessive_suffixes"], key=len, reverse=True):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            for head in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem):
                if head in _org_heads() | _body_words():
                    return head
    return None


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """The cue words of ``lang/ar/post_orgs.json`` as matching keys."""
    data = load_json("post_orgs.json")
    return {k: frozenset(match_key(w) for w in v) for k, v in data.items() if not k.startswith("_")}


def _other_complement(view: SentenceView, title: Span) -> bool:
    """Whether the title is followed by a definite complement that names no organisation
    (الإقليم، المدينة): not a mention, not an organisation's head word, not an adjective."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None or nxt.kind != "word" or any(m.span.start <= nxt.start < m.span.end for m in view.mentions):
        return False
    written = view.doc.text[nxt.start : nxt.end]
    key = match_key(written)
    if not key.startswith("ال") or is_modifier(written) or strip_honorifics(f"{written} _") == "_":
        return False  # برئاسة الشيخ فلان: an honorific of the holder, no complement
    return key.removeprefix("ال") not in _org_heads() | _body_words()


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Head words of organisations besides the names stage's (مرصد), from the titles file."""
    return frozenset(match_key(w) for w in load_json("titles.json").get("referring_heads", []))


def _government(view: SentenceView, title: Span) -> Entity | None:
    """The government a head of government leads: of the no region's governments the text names,
    the one with the nationality after the title (رئيس الوزراء العراقي), else the one named most."""
    heads = post_references().government_heads
    govs = national([e for e in view.doc.entities if e.type == "ORG" and match_key(e.name).startswith(heads)])
    if not govs:
        return None
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is not None and nationality_follows(view, title):
        stem = match_key(view.doc.text[nxt.start : nxt.end])[2:].removesuffix("ه").removesuffix("ي")
        named = [e for e in govs if stem and stem in match_key(e.name)]
        govs = named or govs
    else:
        state = _state_in_chain(view, title)
        if state is not None:
            # نائب رئيس الوزراء وزير خارجية الأردن فلان: the government of the state the
            # person's titles name, none if the text names no government of it.
            stem = match_key(state).removeprefix("ال")[:4]
            named = [e for e in govs if stem and stem in match_key(e.name)]
            return max(named, key=lambda e: len(e.mentions)) if named else None
    return max(govs, key=lambda e: len(e.mentions))


def _state_in_chain(view: SentenceView, title: Span) -> str | None:
    """The state or place a chain of titles after ``title`` names before its holder (وزير
    خارجية الأردن فلان), if any."""
    for m in view.mentions:
        if m.span.start < title.end:
            continue
        if m.type != "LOC" or view.doc.text[title.end : m.span.start].count("،") or \
                len(words_between(view, title.end, m.span.start)) > 3:
            return None
        return view.doc.text[m.span.start : m.span.end]
    return None


def _complement_of_title(view: SentenceView, org: Mention, held: bool = False, shared: bool = False) -> bool:
    """Whether an organisation is named right after a title (رئيس الاتحاد), as its complement;
    with ``held``, only after a title not in the accusative (a post held, not one given); with
    ``shared``, not after a plural title, whose organisation is that of the posts said after it
    too (أعضاء مجلس إدارة الاتحاد برئاسة فلان)."""
    for t in view.titles:
        if held and t.data.get("accusative") or shared and t.data.get("plural"):
            continue
        if t.end <= org.span.start and not words_between(view, t.end, org.span.start) and \
                not view.between(t.end, org.span.start, ("PERSON",)):
            # بزعامة رئيس الوزراء الأسبق فلان والحزب الاتحادي: a name ends the title's complement
            return True
    return False


#: How far back (in characters) the organisation a post refers to may have been named.
_REFERENCE_REACH = 1200


def nationality_follows(view: SentenceView, title: Span) -> bool:
    """Whether a nationality qualifies the title (الرئيس التركي، الأمين العام الأممي)."""
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is None or nxt.kind != "word" or \
            any(m.span.start <= nxt.start < m.span.end for m in view.mentions):
        return False  # an adjective of a name (اللجنة الثقافية) qualifies the organisation
    word = view.doc.text[nxt.start : nxt.end]
    return is_modifier(word) and match_key(word) not in STATUS_WORDS


STATUS_WORDS = frozenset(match_key(w) for w in (
    "السابق", "السابقة", "الحالي", "الحالية", "المنشق", "المنشقة", "المستقيل", "الأسبق"))


@dataclass(frozen=True)
class PostReferences:
    """Posts that name no organisation of their own, as matching keys (titles data file)."""

    state_posts: frozenset[str]
    government_posts: tuple[str, ...]
    government_heads: tuple[str, ...]
    ministers: tuple[str, ...]
    unreferred_heads: tuple[str, ...]
    bare_heads: frozenset[str]
    body_heads: tuple[str, ...]
    address_posts: frozenset[str]
    post_links: frozenset[str]
    verb_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    assembly_posts: frozenset[str] = frozenset()
    one_of_words: frozenset[str] = frozenset()
    trade_posts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def post_references() -> PostReferences:
    """The reference data of the titles file, loaded once."""
    data = load_json("titles.json")
    return PostReferences(
        frozenset(match_key(w) for w in data.get("state_posts", [])),
        tuple(match_key(w) for w in data.get("government_posts", [])),
        tuple(match_key(w) for w in data.get("government_heads", [])),
        tuple(match_key(w) for w in data["post_heads"]["portfolio"] if w.startswith("وزير")) + ("الوزير", "الوزيره"),
        tuple(match_key(w) for w in data.get("unreferred_heads", [])),
        frozenset(match_key(w) for w in data.get("bare_heads", [])),
        tuple(match_key(w) for w in data.get("body_heads", [])),
        frozenset(match_key(w) for w in data.get("address_posts", [])),
        frozenset(match_key(w) for w in data.get("post_links", [])),
        tuple(match_key(w) for w in data.get("verb_prefixes", [])),
        frozenset(match_key(w) for w in data.get("not_verbs", [])),
        frozenset(match_key(w) for w in data.get("assembly_posts", [])),
        frozenset(match_key(w) for w in data.get("one_of_words", [])),
        frozenset(match_key(w) for w in data.get("trade_posts", {})),
    )


def is_sub_body(org: Entity) -> bool:
    """A body inside an organisation (مكتب الجاليات، لجنة العلاقات العربية), by its head
    word, unless the gazetteer knows it or it was quoted as a name."""
    if any(m.data.get("canonical") or m.data.get("rule") == "quoted" for m in org.mentions):
        return False
    key = match_key(org.name)
    if key.startswith(post_references().government_heads):
        return False  # مجلس الوزراء is the government itself, under no organisation named near
    bare = key.removeprefix("ال")  # اللجنة الثقافية: the head لجنة
    return key in _body_names() or any((k == h or k.startswith(h + " ")) and not _field_authority(k, h)
                                       for h in _body_heads() for k in (key, bare)) or \
        any(key == h or key.startswith(h + " ") for h in post_references().body_heads)


def names_a_field(name: str) -> bool:
    """Whether a name is a body's words with an adjective, then ل and a field: an authority of
    that field (المديرية العامة للشؤون الصحية، اللجنة الإشرافية للسوق), no body of another."""
    key = match_key(name)
    words = key.split()
    at = next((i for i, w in enumerate(words) if i >= 2 and w.startswith("ل")), None)
    return at is not None and _field_authority(key, " ".join(words[:at]))


def _field_authority(key: str, head: str) -> bool:
    """Whether a name that opens with a body's words is an authority of a field, not that body
    of an organisation: ``الهيئة العامة للسياحة``، ``الهيئة العامة للطيران المدني`` (ل before a
    field), not ``الهيئة العامة للائتلاف`` (ل before an organisation's head)."""
    rest = key[len(head) :].split()
    if " " not in head or not rest or not rest[0].startswith("ل"):
        return False
    word = "ال" + rest[0][2:] if rest[0].startswith("لل") else rest[0][1:]
    return word.removeprefix("ال") not in _org_heads() | _body_words()


def owner_in_name(org: Entity, doc: Doc, at: int, create: bool = True) -> tuple[Entity, str] | None:
    """The organisation named inside a body's name and the body: ``مجلس إدارة نادي الوحدة`` ->
    (نادي الوحدة, مجلس إدارة). The organisation is the document's entity of that name, or (with
    ``create``) a new one at the words of the mention at ``at``."""
    split = owner_words(org)
    if split is not None:
        body, rest = split
        key = match_key(rest)
        found = next((e for e in doc.entities if e.type == "ORG" and e is not org and (
            match_key(e.name) == key or any(match_key(doc.text[m.start : m.end]) == key
                                            for m in e.mentions))), None)
        if found is None and not create:
            return None
        if found is None:
            # At the words of the mention in the title, else of the one where the name is whole
            # (the title's mention may be a short back-reference: مجلس الإدارة).
            spans = sorted(org.mentions, key=lambda m: m.start != at)
            start = next((i for m in spans if (i := doc.text.find(rest, m.start, m.end)) >= 0), -1)
            if start < 0:
                return None
            found = Entity("ORG", rest, [], [Span(start, start + len(rest), "ORG", None,
                                                  {"rule": "owner-in-body"})])
            doc.entities.append(found)
        return found, body
    return None


def owner_words(org: Entity) -> tuple[str, str] | None:
    """A body's name split into the body and the organisation it names: ``مجلس إدارة نادي
    الوحدة`` -> (مجلس إدارة, نادي الوحدة), if it names one."""
    words = org.name.split()
    heads = _org_heads()
    for k in range(1, len(words)):
        first = match_key(words[k])
        first = "ال" + first[2:] if first.startswith("لل") else first
        # الجمعية العمومية لنادي الوداد: an indefinite head after ل, the ل no word of the name
        lam = first not in heads and first.startswith("ل") and first[1:] in heads
        if (lam or first.removeprefix("ال") in heads) and _is_body_head(match_key(" ".join(words[:k]))):
            return " ".join(words[:k]), " ".join(words[k:])[1 if lam else 0 :]
    return None


def _org_lexicon() -> OrgLexicon:
    """The names stage's cues of organisation phrases (stops, place types, adjectives)."""
    return _org_lexicon_of()


def _is_body_head(key: str) -> bool:
    bare = key.removeprefix("ال")
    return key in _body_names() or bare in _body_heads() or key in _body_heads() or \
        key in post_references().body_heads


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(match_key(h) for h in load_json("organisation_phrases.json")["heads"])


@lru_cache(maxsize=1)
def _body_heads() -> tuple[str, ...]:
    return tuple(match_key(h) for h in load_json("organisation_phrases.json")["body_heads"])


def top_level(org: Entity, context: list[Mention], at: int) -> Entity:
    """The organisation itself for a sub-body named alone (المكتب التنفيذي): the one last named."""
    if not is_sub_body(org):
        return org
    parent = parent_before(context, Span(at, at, "ORG"), org)
    return parent if parent is not None else org


def is_body(org: Entity, role: str, head: str) -> bool:
    """Whether the organisation found inside a title is the title's own body (المكتب التنفيذي)."""
    body = role[len(head):].strip()
    if match_key(body).startswith(post_references().government_heads):
        return False  # رئيس مجلس الوزراء: the government itself, not a body of another
    return bool(body) and match_key(org.name) == match_key(body) and not any(
        m.data.get("canonical") or m.data.get("backref") for m in org.mentions)


def complement_org(view: SentenceView, title: Span) -> Entity | None:
    """The organisation a title's complement names when the names stage missed it: a head word
    of organisations with what completes it (قائد الفرقة 30، المتحدث باسم رئاسة الجمهورية،
    قائد قوات الدفاع الشعبي). The document's entity of that name, else a new one at those words; a bare
    head (قائد الفرقة) is a back-reference, no name of its own."""
    found = _complement_name(view, title)
    if found is None:
        return None
    start, end, name = found
    key = match_key(name)
    doc = view.doc
    named = next((e for e in doc.entities if e.type == "ORG" and (
        match_key(e.name) == key or any(match_key(a) == key for a in e.aliases))), None)
    if named is None:
        named = Entity("ORG", name, [], [Span(start, end, "ORG", None, {"rule": "post-complement"})])
        doc.entities.append(named)
    return named


def _complement_name(view: SentenceView, title: Span) -> tuple[int, int, str] | None:
    """``(start, end, name)`` of the organisation's name right after a title, if one is there."""
    toks = [t for t in view.tokens if t.start >= title.end][: _MAX_COMPLEMENT + 1]
    if not toks or toks[0].kind != "word" or _covered(view, toks[0].start):
        return None
    doc = view.doc
    first = toks[0]
    head = match_key(first.bare(doc))
    base = head.removeprefix("ال")
    if doc.text[title.end : first.start].strip() or len(base) < 3 or \
            base not in _org_heads() | _body_words() | _cues()["state_bodies"] or _is_body_head(head) or \
            base in _org_lexicon().place_types:
        return None
    taken = _completion(view, toks, head.startswith("ال"))
    if not taken:
        return None
    name = " ".join([first.bare(doc)] + [doc.text[t.start : t.end] for t in toks[1 : taken + 1]])
    if any(_is_body_head(match_key(" ".join(name.split()[:k]))) for k in range(2, taken + 2)):
        return None  # عضو مجلس الإدارة: a body, whose organisation the caller's rules find
    return first.start + len(first.proclitics), toks[taken].end, name


#: How many words after a title's head word may complete an organisation's name.
_MAX_COMPLEMENT = 4


def _covered(view: SentenceView, at: int) -> bool:
    return any(m.span.start <= at < m.span.end for m in view.mentions) or \
        any(t.start <= at < t.end for t in view.titles)


def _completion(view: SentenceView, toks: list[Token], definite: bool) -> int:
    """The index of the last token that completes the head ``toks[0]`` as a name, 0 if none: a
    number (الفرقة 30), definite adjectives (المجلس العسكري), after an indefinite head its definite
    genitive (رئاسة الجمهورية) and the adjectives after it; never a judgement (المتشددة), a
    status (السابق) or an honorific."""
    doc = view.doc
    lex = _org_lexicon()
    last = 0
    for j in range(1, len(toks)):
        tok = toks[j]
        if _covered(view, tok.start) or doc.text[toks[j - 1].end : tok.start].strip():
            break
        written = doc.text[tok.start : tok.end]
        key = match_key(written)
        if tok.kind == "number" and last == j - 1 and definite:
            last = j
            continue
        if tok.kind != "word" or tok.proclitics or key in lex.stop or key in STATUS_WORDS or \
                strip_honorifics(f"{written} _") == "_":
            break
        if j == 1 and not definite:
            if not key.startswith("ال"):
                break  # عضو هيئة تدريس: a common noun in construct, no name
            last = j  # the genitive of a head in construct: رئاسة الجمهورية، قوات النظام
            continue
        if key.startswith("ال") and lex.is_adjective(key):
            last = j
            continue
        break
    return last
