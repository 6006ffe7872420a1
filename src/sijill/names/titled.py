"""People the model missed right after a post or an honorific (``الناطقة باسم الحركة سلوى الغربي``).

News names the holder of a post just after the title and its organisation. When the model
tagged nothing there, a run of two or three words whose first is a known given name and whose
others are known name parts is taken as a person; the name tables are the model's own
gazetteers (arabic-name-romanizer's given names and surnames).
"""

from __future__ import annotations

from bisect import bisect_left

from sijill.doc import Coverage, Doc, Span, SpanIndex, Token
from sijill.names.ner.normalize import normalize

#: Characters that may stand between a title (or its organisation) and the name.
_BRIDGE = frozenset(" \u00a0\"'«»“”")
_MAX_WORDS = 3
#: Gazetteer scores (0-1, by how often the part is attested) a name's first word and the
#: words after it need: common words that are also rare names (رئيس) stay out.
_FIRST = 0.5
_NEXT = 0.35


def titled_people(doc: Doc, mentions: list[Span], gazetteers: dict[str, dict[str, float]]) -> list[Span]:
    """PERSON spans for names that follow a title and that no mention covers yet."""
    all_titles = doc.layers.get("titles", [])
    titles = [t for t in all_titles if not t.data.get("accusative")]
    if not titles:
        return []
    given, surname = gazetteers.get("given", {}), gazetteers.get("surname", {})
    # Words inside a title or a date are no part of a name (رئيس، أيار).
    taken = Coverage([(t.start, t.end) for t in all_titles] +
                     [(d.start, d.end) for d in doc.layers.get("dates", [])])
    tokens = doc.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.start)
    org_starts = [m.start for m in orgs]
    covered = SpanIndex(mentions)
    out: list[Span] = []
    for title in titles:
        at = _skip(doc, title.end)
        # Only the organisations that start within three characters are candidates.
        near = orgs[bisect_left(org_starts, at):bisect_left(org_starts, at + 4)]
        org = next((m for m in near if _lam(doc, at, m.start)), None)
        if org is not None:
            at = _skip(doc, org.end)
        i = starts.get(at)
        if i is None:
            continue
        run = _name_run(doc, tokens, i, given, surname, taken)
        if len(run) < 2:
            continue
        span = Span(run[0].start, run[-1].end, "PERSON", None, {"rule": "titled"})
        if not covered.overlapping(span.start, span.end):
            out.append(span)
            covered.add(span)
    return out


def _particles() -> frozenset[str]:
    from sijill.names.orgs import lexicon  # the orgs module imports the entities one

    return lexicon().not_quote_openers


def _skip(doc: Doc, at: int) -> int:
    while at < len(doc.text) and doc.text[at] in _BRIDGE:
        at += 1
    return at


def _lam(doc: Doc, at: int, end: int) -> bool:
    """Only a detached preposition between (لـ "إيلاف")."""
    return doc.text[at:end].strip(" ـ\"'«»“”") in ("ل", "")


def _name_run(doc: Doc, tokens: list[Token], i: int, given: dict[str, float],
              surname: dict[str, float], taken: Coverage) -> list[Token]:
    run: list[Token] = []
    for tok in tokens[i : i + _MAX_WORDS]:
        if tok.kind != "word" or tok.proclitics or taken.covers(tok.start):
            break
        if run and doc.text[run[-1].end : tok.start] != " ":
            break
        if doc.text[tok.start : tok.end] in _particles():
            break  # إلى، على: read as rare spellings of names (الي، علي), they end the name
        key = normalize(doc.text[tok.start : tok.end])
        if not run:
            known = given.get(key, 0.0) >= _FIRST
        else:
            bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
            known = max(surname.get(k, 0.0) for k in (key, bare)) >= _NEXT or \
                given.get(key, 0.0) >= _NEXT
        if not known:
            break
        run.append(tok)
    return run
