"""Status words that close a post said without the article or that name a past time.

- An indefinite post takes indefinite adjectives (``فلان، وهو مبعوث إيراني سابق لدى الأمم
  المتحدة``، ``وزير خارجية سابق``): سابق after its nisbas says the post was held before.
- ``آنذاك`` and its kin (``الرئيس الإيراني آنذاك فلان``) place the post at the past time the
  text tells of: held then, not now; they qualify the title, no word of a clause.
"""

from __future__ import annotations

from sijill.claims.lexicon import lexicon
from sijill.claims.model import SentenceView
from sijill.doc import Span
from sijill.text.normalize import match_key


def names_then(word: str) -> bool:
    """Whether ``word`` says 'at that time' (آنذاك، حينها): a post held in the past told of."""
    return lexicon().status["then"].match((match_key(word),))


def _nisba(key: str) -> bool:
    """An indefinite nisba (سوري، عراقية، دولي): a word of four letters or more ending in ي/ية."""
    return not key.startswith("ال") and len(key) >= 4 and key.endswith(("ي", "يه"))


def indefinite_tail(view: SentenceView, title: Span) -> list[int]:
    """Token indices of the status words that close an indefinite title after its nisbas
    (مبعوث إيراني سابق، عضو سابق)، or of a word of 'then' after any title; none when the title
    ends in a definite word, whose adjectives the definite check reads."""
    words = view.doc.text[title.start : title.end].split()
    indefinite = bool(words) and not match_key(words[-1]).lstrip("وفبل").startswith("ال")
    out: list[int] = []
    for i, t in enumerate(view.tokens):
        if t.start < title.end:
            continue
        word = view.doc.text[t.start : t.end]
        if t.kind != "word" or any(m.span.start <= t.start < m.span.end for m in view.mentions):
            break
        if names_then(word):
            out.append(i)
            continue
        key = match_key(word)
        if indefinite and lexicon().status["former"].match((key,)) and not key.startswith(("ال", "ك")):
            out.append(i)  # سابق، سابقة: not كان, which opens a clause
            continue
        if not (indefinite and _nisba(key)):
            break
    return out


def described(title: Span, words: list[str]) -> bool:
    """Whether the words between a name and a verb of heading describe the name: an indefinite
    nisba, the clause after it its adjective (فلان، كردي يرأس لجنة النفط في البرلمان; فلان، وهو
    سياسي يتزعم الحزب): the verb's subject is the name."""
    keys = [match_key(w) for w in words]
    if keys[:1] in (["وهو"], ["هو"], ["وهي"], ["هي"]):
        keys = keys[1:]
    return bool(title.data.get("verb")) and len(keys) == 1 and _nisba(keys[0])


#: How many words after a title its complement may run before the verb كان narrates.
_NARRATED_REACH = 8


def narrated(view: SentenceView, title: Span) -> bool:
    """Whether a past verb or قد follows a title and its complement (وكان فلان رئيس الحزب أعلن،
    وكان فلان رئيس الحزب، قد أكد): كان before the name narrates that verb, the title is the
    name's apposition, held now; not its predicate (وكان فلان رئيس الحزب حتى 2010). The verbs
    are ``narrated`` of the ``status`` key of ``lang/ar/claims.json``."""
    narrated = lexicon().status.get("narrated")
    if narrated is None:
        return False
    seen = 0
    for i, t in enumerate(view.tokens):
        if t.start < title.end:
            continue
        if any(m.span.start <= t.start < m.span.end for m in view.mentions) or \
                view.doc.text[t.start : t.end] in ("،", ","):
            continue  # the complement's organisation, a comma before the verb
        if t.kind != "word" or seen == _NARRATED_REACH:
            return False
        if narrated.match(view.keys[i]):
            return True
        key = view.keys[i][0]
        if not (key.startswith(("ال", "لل")) or key in ("ل", "في")):
            return False  # حتى عام 2010: the title is كان's predicate
        seen += 1
    return False


#: The ordinal that makes a title its first holder's (أول رئيس وزراء لدولة الوحدة).
_FIRST = frozenset(match_key(w) for w in ("أول", "أولى", "وأول", "كأول"))


def first_holder(view: SentenceView, title: Span) -> bool:
    """Whether أول stands right before the title (فلان، أول رئيس وزراء في دولة الوحدة): the
    text tells the post's history, its first holder held it before."""
    before = [i for i, t in enumerate(view.tokens) if t.end <= title.start][-6:]
    if not before or view.tokens[before[-1]].kind != "word" or \
            view.doc.text[view.tokens[before[-1]].end : title.start].strip():
        return False
    # ليكون أول رئيس يزور، أصبحت فلانة أول رئيسة: a copula makes the first holder the one named now
    status = lexicon().status  # كان keeps it in the past
    copula = any(status["copulas"].match(view.keys[i]) and not status["former"].match(view.keys[i])
                 for i in before[:-1])
    return view.keys[before[-1]][0] in _FIRST and not copula
