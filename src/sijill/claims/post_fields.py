"""The field a post of no fixed kind is in, kept in its role: ``مسؤول الاستثمار``،
``وكيل الأمين العام للشؤون الإنسانية``، ``وكيلة الوزارة للتخطيط``.

For heads like مسؤول and وكيل the field is what tells one post from another (the annotation
keeps it, spec/annotation.md: the role as written), unlike رئيس or مدير whose kind the head
alone gives. The field is a definite noun right after the head, in construct (الاستثمار) or
with ل (للشؤون), and up to two definite adjectives after it (الإنسانية), none of them part of a
name or of another title. The heads are data (``titles.json``: ``field_heads``).
"""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.model import SentenceView
from sijill.claims.post_orgs import words_between
from sijill.doc import Span
from sijill.lang import load_json
from sijill.names.titles import strip_honorifics
from sijill.text.normalize import match_key, strip_diacritics, strip_tatweel

#: Definite words a field may run to (للشؤون الإنسانية والإغاثية is cut after two adjectives).
_MOST = 3


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_json("titles.json").get("field_heads", []))


def _definite(word: str, first: bool) -> bool:
    if strip_honorifics(f"{word} فلان") == "فلان":
        return False  # وكيل المعتقلين المحامي فلان: a form of address opens the name
    key = match_key(word)
    return key.startswith("ال") and len(key) > 3 or (first and key.startswith("لل") and len(key) > 3)


def with_field(view: SentenceView, title: Span, role: str) -> str:
    """``role`` with the field written right after the title, when its head takes one."""
    if match_key(role) not in _heads() or title.data.get("suf"):
        return role
    free = set(words_between(view, title.end, view.span.end))
    field: list[str] = []
    last = title.end
    for i, tok in enumerate(view.tokens):
        if tok.start < title.end:
            continue
        word = view.doc.text[tok.start : tok.end]
        if tok.kind != "word" or i not in free or view.doc.text[last : tok.start].strip() or \
                not _definite(word, not field) or len(field) == _MOST:
            break
        field.append(strip_tatweel(strip_diacritics(word)))
        last = tok.end
    return " ".join([role, *field])
