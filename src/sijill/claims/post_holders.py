"""Who holds a title: the cues that tie a post to a person or keep them apart (a clause
boundary, a verb between them, a pronoun of appointing, a clause of holding, a preposition
whose object the name is), shared by the position matchers."""

from __future__ import annotations

from sijill.claims.lexicon import Lexicon, lexicon
from sijill.claims.model import Mention, SentenceView
from sijill.claims.post_orgs import post_references, words_between
from sijill.doc import Span
from sijill.names.titles import holder_clause, is_preposition, strip_honorifics
from sijill.text.normalize import match_key, strip_diacritics


def clause_break(view: SentenceView, start: int, end: int, listing: bool = False) -> bool:
    """Whether ``[start, end)`` holds a clause boundary (a relative pronoun or a stop); a colon
    opens the list of a plural post (أعضاء اللجنة، وهم: ...) when ``listing``."""
    for tok, ks in zip(view.tokens, view.keys):
        if tok.start >= start and tok.end <= end:
            text = view.doc.text[tok.start : tok.end]
            if text == ":" and listing:
                continue
            if text == "." and view.doc.text[max(0, tok.start - 2) : tok.start - 1] in ("", " ", "(", "\n"):
                continue  # د. فلان: the stop of a one-letter abbreviation
            if text in (".", "؛", ";", ":", "!", "؟", "?") or "الذي" in ks or "التي" in ks:
                return True
    return False


#: Particles that open a clause as the object of a verb of saying (أكد أن، قال إن، أفاد بأن).
_COMPLEMENTIZERS = frozenset({"أن", "إن", "ان", "بأن", "وأن", "وإن", "لأن", "فإن"}) | frozenset(
    c + s for c in ("أن", "إن", "بأن", "وأن", "لأن", "فإن") for s in ("ه", "ها", "هم", "هما"))  # من أنه


def complementizer_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a particle that opens a said clause (أن، إن، بأن) stands in ``[start, end)``:
    a name after it is that clause's subject, not the holder of a title before it."""
    return any(start <= tok.start and tok.end <= end and
               strip_diacritics(view.doc.text[tok.start : tok.end]) in _COMPLEMENTIZERS
               for tok in view.tokens)


#: How many words may stand between a clause of holding and the name of the holder (the
#: holder's own titles: الذي يشغله وزير الدفاع السابق فلان).
_MAX_HOLDER_GAP = 6


def holder_named_after(view: SentenceView, title: Span) -> tuple[Mention, bool] | None:
    """The person a clause of holding after a post names (منصب نائب الرئيس الذي يشغله فلان،
    مناصب النواب التي يشغل أحدها فلان), and whether it holds the post now."""
    clause = holder_clause(view.doc.text, title.end)
    if clause is None:
        return None
    end, present = clause
    m = next((m for m in view.mentions if m.type == "PERSON" and m.span.start >= end), None)
    if m is None or len(words_between(view, end, m.span.start)) > _MAX_HOLDER_GAP or \
            clause_break(view, end, m.span.start) or any(c in view.doc.text[end : m.span.start] for c in "،,"):
        return None
    return m, present


#: How many words may stand between the one who leaves a post and the verb of leaving
#: (قدم فلان أمس استقالته من رئاسة الحزب).
_MAX_LEAVER_GAP = 2


def left_holder(view: SentenceView, title: Span, cue: int) -> Mention | None:
    """The one who leaves the post a verb of leaving at ``cue`` states: the last name between
    the verb and the post (استقالة فلان من رئاسة اللجنة), else the name right before the verb
    (قدم فلان استقالته من منصب رئيس الحزب, no comma or other clause between)."""
    people = [m for m in view.mentions if m.type == "PERSON" and m.span.end <= title.start]
    named = [m for m in people if m.span.start >= cue]
    if named:
        return named[-1]
    before = [m for m in people if m.span.end <= cue]
    if not before:
        return None
    m = before[-1]
    between = view.doc.text[m.span.end : cue].split()
    if [match_key(w) for w in between] in _RELATIVE:
        return m  # فلان الذي خرج من رئاسة اللجنة: the relative names the one before it
    if len(words_between(view, m.span.end, cue)) > _MAX_LEAVER_GAP or clause_break(view, m.span.end, cue) or \
            any(c in view.doc.text[m.span.end : cue] for c in "،,"):
        return None
    return m


_RELATIVE = [[match_key(w)] for w in ("الذي", "التي")]


#: How many words may stand between a post handed to someone and إلى before their name.
_MAX_HANDED_GAP = 8


def given_holder(view: SentenceView, title: Span, cue: int) -> Mention | None:
    """The one a post is handed to by a verb at ``cue``: the name after إلى past the post's
    complement (أسند الاتحاد رئاسة اللجنة إلى فلان), else the last name between the verb and
    the post (منح المجلس فلاناً عضوية اللجنة)."""
    text = view.doc.text
    for m in view.mentions:
        if m.type != "PERSON" or m.span.start < title.end:
            continue
        words = text[title.end : m.span.start].split()
        while words and strip_honorifics(f"{words[-1]} _") == "_":
            words.pop()  # إلى المهندس فلان
        if words and match_key(words[-1]) in _TO and len(words) <= _MAX_HANDED_GAP and \
                not clause_break(view, title.end, m.span.start) and \
                not any(c in text[title.end : m.span.start] for c in "،,"):
            return m
        break
    named = [m for m in view.mentions if m.type == "PERSON" and cue <= m.span.start and m.span.end <= title.start]
    return named[-1] if named else None


_TO = frozenset(match_key(w) for w in ("إلى", "الى", "لـ"))


def _is_verb(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` is a verb of the present (يدين، سيزور), as headlines write the act of
    a subject named by a title, by its shape, unless a list says the word is a noun."""
    tok = view.tokens[i]
    word = match_key(view.doc.text[tok.start : tok.end])
    refs = post_references()
    return word not in refs.not_verbs and any(
        word.startswith(p) and len(word) >= len(p) + 3 for p in refs.verb_prefixes)


def verb_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a finite verb stands in ``[start, end)`` outside names and titles."""
    return any(_is_verb(view, i) for i in words_between(view, start, end))


def first_verb(view: SentenceView, start: int, end: int) -> int | None:
    """Where the first finite verb outside names and titles in ``[start, end)`` begins."""
    return next((view.tokens[i].start for i in words_between(view, start, end) if _is_verb(view, i)), None)


PRONOUNS = frozenset(("وهو", "وهي", "هو", "هي"))


#: How many words the complement of a title in apposition may run before the comma that
#: opens the next title of the same person.
_MAX_COMPLEMENT_WORDS = 8


def complement_then_comma(view: SentenceView, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is the rest of a title's complement and then a comma (السامي
    لحقوق الإنسان، ): the title at ``end`` is the next in a chain of one person's titles."""
    text = view.doc.text
    rest = text[start:end].rstrip()
    if not rest.endswith(("،", ",")) or text[end - 1 : end] not in (" ", "،", ","):
        return False
    stop = start + len(rest) - 1
    return ("،" not in text[start:stop] and "," not in text[start:stop] and
            len(text[start:stop].split()) <= _MAX_COMPLEMENT_WORDS and
            not clause_break(view, start, stop) and not view.between(start, stop, ("PERSON",)) and
            not verb_between(view, start, stop))


def appointing_verb(word: str) -> bool:
    """Whether ``word`` is a verb of appointing or electing, with و or ف (أما فلان فعين نائباً):
    a name before it and an accusative post after it are one statement of the post."""
    lex = lexicon()
    ks = tuple(dict.fromkeys((match_key(word), match_key(word[1:]) if word[:1] in "وف" else match_key(word))))
    return any(lex.verbs[t].match(ks) for t in _APPOINTING if t in lex.verbs)


def appointed_after(words: list[str]) -> bool:
    """Whether the words between a name and an accusative post are a verb of appointing, قد
    before it (أما فلان فعين نائباً، وكان فلان قد عُيّن مديراً للمكتب): the name was named to it."""
    return 0 < len(words) <= 2 and appointing_verb(words[-1]) and \
        all(match_key(w) in ("قد", "لقد", "وقد") for w in words[:-1])


def governed(view: SentenceView, person: Mention) -> bool:
    """Whether a name (with the titles right before it) is the object of a preposition:
    ``عن الرئيس السابق فلان``، ``بالرئيس فلان``."""
    text = view.doc.text
    start = person.span.start
    for t in reversed(view.titles):
        if t.end <= start and not text[t.end : start].strip():
            start = t.start
    if text[start : start + 1] in ("ب", "ل") and text[start + 1 : start + 3] in ("ال", "لل"):
        return True  # بالرئيس فلان، للأمين العام فلان
    words = text[view.span.start : start].split()
    return bool(words) and is_preposition(words[-1])


#: Pronouns a noun or verb of appointing carries for the one appointed (تعيينه، وتكليفها).
_OBJECT_PRONOUNS = ("ه", "ها", "هما", "هم")


_APPOINTING = ("APPOINTMENT", "ELECTION")


def after_appointing_pronoun(view: SentenceView, title: Span, lex: Lexicon) -> bool:
    """Whether the word right before an accusative title is a noun or verb of appointing or
    electing with a pronoun of its object (وتعيينه نائباً، انتخابها رئيسةً): the post is the
    pronoun's, the person named before."""
    idx = [i for i, t in enumerate(view.tokens) if t.end <= title.start and t.kind == "word"][-1:]
    if not idx or view.tokens[idx[0]].end + 1 < title.start:
        return False
    tok = view.tokens[idx[0]]
    word = view.doc.text[tok.start : tok.end]
    for suffix in _OBJECT_PRONOUNS:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3:
            ks = (*view.keys[idx[0]], match_key(stem), match_key(stem.removeprefix("و")))
            if any(lex.nouns[t].match(ks) or lex.verbs[t].match(ks) for t in _APPOINTING
                   if t in lex.nouns and t in lex.verbs):
                return True
    return False
