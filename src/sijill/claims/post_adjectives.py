"""The organisation an adjective of a post names: ``المبعوث الأممي`` is the envoy of the United
Nations, ``المبعوثة الأممية إلى ليبيا`` too. The adjectives and the names their organisation is
written with are the ``adjective_orgs`` of ``lang/ar/post_orgs.json``; the post takes the
organisation only when the text names it."""

from __future__ import annotations

from functools import lru_cache

from sijill.claims.model import SentenceView
from sijill.doc import Entity, Span
from sijill.lang import load_json
from sijill.text.normalize import match_key


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, frozenset[str]]:
    data: dict[str, list[str]] = load_json("post_orgs.json").get("adjective_orgs", {})
    return {match_key(k): frozenset(match_key(n) for n in v) for k, v in data.items()}


def adjective_org(view: SentenceView, title: Span) -> Entity | None:
    """The organisation named in the document that an adjective in or right after the title
    stands for (المبعوث الأممي), or None."""
    words = view.doc.text[title.start : title.end].split()
    nxt = next((t for t in view.tokens if t.start >= title.end), None)
    if nxt is not None:
        words.append(view.doc.text[nxt.start : nxt.end])
    adjectives = _adjectives()
    names = next((adjectives[k] for w in words[1:] if (k := match_key(w)) in adjectives), None)
    if names is None:
        return None
    return next((e for e in view.doc.entities if e.type == "ORG" and
                 any(match_key(n) in names for n in [e.name, *e.aliases])), None)
