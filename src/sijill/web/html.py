"""The pieces every page repeats (an entity's name, a claim's evidence, a tenure, a timeline
bar, an event) and a document's highlighted text, written in Python: a large page draws
thousands of them, and a Jinja macro call or loop step costs several times more than the
string it writes. Their output is what the macros of the same names wrote: every value
escaped (markupsafe's escape, as the templates' autoescape), the pieces joined as text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from jinja2.filters import do_urlencode
from markupsafe import Markup, escape

_WHERE = {"PERSON": "/people/", "ORG": "/orgs/"}
_SPECIAL = re.compile("[&<>\"']")


def _esc(value: Any) -> str:
    """markupsafe's escape of a value, as text: most values have nothing to escape, and making
    a Markup of each (a copy of the string) cost several times the escaping."""
    if type(value) is str:
        return str(escape(value)) if _SPECIAL.search(value) else value
    if type(value) is int:
        return str(value)
    return str(escape(value))


def name(ref: Any, latin: Mapping[str, str]) -> Markup:
    """A register entity's name linked to its page, with its Latin spelling where known."""
    return Markup(_name(ref, latin))  # every value in it is escaped in _name_link()


def _name(ref: Any, latin: Mapping[str, str]) -> str:
    """name() as text."""
    return _name_link(ref.type, ref.id, ref.name, latin.get(ref.id))


@lru_cache(maxsize=16384)  # a page names the same actors again and again, and so do pages
def _name_link(etype: str, eid: str, text: str, spelled: str | None) -> str:
    out = (f'<a class="entity {_esc(etype.lower())}" '
           f'href="{_WHERE.get(etype, "/entities/")}{_esc(eid)}">{_esc(text)}</a>')
    if spelled:
        out += f' <span class="latin" lang="en" dir="ltr">{_esc(spelled)}</span>'
    return out


@lru_cache(maxsize=8192)
def _document(doc: str) -> tuple[str, str]:
    """A document's link and its id, escaped (a much-named actor's claims share documents,
    and quoting a URL costs more than the rest of a link)."""
    return f"/documents/{_esc(do_urlencode(doc))}", str(_esc(doc))


def _evidence_link(claim: Any, sentence: str) -> str:
    """evidence()'s link as text, the sentence already escaped."""
    said = f" · {_esc(claim.said_on)}" if claim.said_on else ""
    href, doc = _document(claim.doc)
    return (f'<a class="evidence" href="{href}#at-{_esc(claim.start)}" '
            f'title="{sentence}">{doc}{said}</a>')


def evidence(claim: Any) -> Markup:
    """A link to the claim's evidence in its document, the sentence as its title."""
    return Markup(_evidence_link(claim, _esc(claim.evidence)))  # every value in it is escaped


def _cited_link(claim: Any) -> str:
    """A link to a claim's evidence under the sentence it quotes (no title: the sentence is
    written right above it)."""
    said = f" · {_esc(claim.said_on)}" if claim.said_on else ""
    href, doc = _document(claim.doc)
    return f'<a class="evidence" href="{href}#at-{_esc(claim.start)}">{doc}{said}</a>'


def sentences(claims: Iterable[Any]) -> list[tuple[str, list[Any]]]:
    """A tenure's claims grouped by the sentence they quote, in the order first met (a wire
    story runs word for word in many papers: each sentence is quoted once, with every link)."""
    by_sentence: dict[str, list[Any]] = {}
    for c in claims:
        by_sentence.setdefault(c.evidence, []).append(c)
    return list(by_sentence.items())


def sentence_items(groups: Iterable[tuple[str, list[Any]]]) -> Markup:
    """Sentences with their claims (``sentences``) as list items, each sentence quoted once
    with the links to every document that states it."""
    out = []
    for sentence, same in groups:
        links = " · ".join(_cited_link(c) for c in same)
        out.append(f'<li><blockquote class="sentence">{_esc(sentence)} '
                   f"<cite>{links}</cite></blockquote></li>")
    return Markup("".join(out))  # every value in it is escaped here or in _cited_link()


def claim_items(claims: Iterable[Any], shown: int | None = None, more: str = "") -> Markup:
    """The claims behind a tenure as list items, each sentence once (a much-named person's
    page quoted the same sentence dozens of times and weighed megabytes); with ``shown``, the
    first that many sentences and, where there are more, a last item linking to ``more``, the
    page with all of them (a head of state's tenure has thousands)."""
    groups = sentences(claims)
    if shown is None or len(groups) <= shown:
        return sentence_items(groups)
    link = f'<li class="more"><a href="{_esc(more)}">كل الأدلة ({len(groups)} جملة)</a></li>'
    # every value in it is escaped here and in sentence_items()
    return Markup(str(sentence_items(groups[:shown])) + link)


def _bound(day: str | None, basis: str | None) -> str:
    """A tenure's start or end with what it rests on (the ``bound`` macro)."""
    said = f" <small>({_esc(basis)})</small>" if basis else ""
    return f"{_esc(day or '؟')}{said}"


def tenure_block(t: Any, latin: Mapping[str, str], shown: int | None = None,
                 more: str = "") -> Markup:
    """A tenure on the person page: role, organisation, bounds, predecessor and successor,
    and its evidence (``claim_items``); a head of state's page draws hundreds of them."""
    org = f" — {_name(t.org, latin)}" if t.org else ""
    corrected = ' <em class="added-mark">مصحح</em>' if t.corrected else ""
    if t.end:
        end = _bound(t.end, t.end_basis)
    else:
        end = "الآن" if t.status == "current" else "؟"
    before = f" · خلفاً لـ {_name(t.predecessor, latin)}" if t.predecessor else ""
    after = f" · خلفه {_name(t.successor, latin)}" if t.successor else ""
    status = _esc(t.status)
    return Markup(  # every value in it is escaped here, in name() or in claim_items()
        f'<div class="tenure {status}">\n  <h3>{_esc(t.role)}{org} <small>({status})'
        f"</small>{corrected}</h3>\n  <p>من {_bound(t.start, t.start_basis)} إلى {end}\n"
        f'{before}{after}</p>\n  <ul class="claims">{claim_items(t.claims, shown, more)}</ul>\n'
        "</div>\n")


def board_row(t: Any, latin: Mapping[str, str]) -> Markup:
    """A seat of an organisation's board as a table row: role, holder, bounds and the first
    three claims' evidence links."""
    corrected = ' class="corrected"' if t.corrected else ""
    mark = ' <em class="added-mark">مصحح</em>' if t.corrected else ""
    end = _bound(t.end, t.end_basis) if t.end else "—"
    links = "، ".join(_evidence_link(c, _esc(c.evidence)) for c in t.claims[:3])
    return Markup(  # every value in it is escaped here, in _name() or in _evidence_link()
        f"<tr{corrected}><td>{_esc(t.role)}{mark}</td><td>{_name(t.person, latin)}</td>"
        f"<td>{_bound(t.start, t.start_basis)}</td><td>{end}</td>\n<td>{links}</td></tr>")


def succession_items(successions: Iterable[Any], latin: Mapping[str, str]) -> Markup:
    """An organisation's successions as list items."""
    out = []
    for x in successions:
        on = f" ({_esc(x.on)})" if x.on else ""
        out.append(f"<li>{_esc(x.role)}: {_name(x.successor, latin)} خلفاً لـ "
                   f"{_name(x.predecessor, latin)}{on}</li>")
    return Markup("".join(out))  # every value in it is escaped here or in _name()


def decision_items(decisions: Iterable[Any], latin: Mapping[str, str]) -> Markup:
    """An organisation's decisions log as list items, each with its evidence link."""
    out = []
    for d in decisions:
        body = f" — {_name(d.body, latin)}" if d.body else ""
        out.append(f"<li><strong>{_esc(d.kind)}</strong> {_esc(d.date or d.said_on or '')}: "
                   f"{_esc(d.text)}{body} <cite>{_evidence_link(d, _esc(d.evidence))}</cite>"
                   "</li>")
    return Markup("".join(out))  # every value in it is escaped here, in _name() or below


def timeline_bars(bars: Iterable[Any]) -> Markup:
    """The person page's timeline bars (charts.Bar), each a link to its tenure's first
    evidence, its role and organisation as its label."""
    out = []
    for b in bars:
        t = b.tenure
        href = "#at-".join((_document(b.evidence.doc)[0], str(b.evidence.start))) \
            if b.evidence else "#posts"
        role = _esc(t.role)
        org = _esc(t.org.name) if t.org else ""
        label = f"{role} · {org}" if t.org else role
        out.append(f'  <a href="{href}" class="bar {_esc(t.status)}">\n'
                   f'    <rect x="{600 - b.x - b.width}" y="{b.y + 2}" width="{b.width}" '
                   f'height="16" rx="3"><title>{role} {org}</title></rect>\n'
                   f'    <text x="{600 - b.x - 4}" y="{b.y + 15}">{label}</text>\n  </a>\n')
    return Markup("".join(out))  # every value in it is escaped here or in _document()


def _segment(s: Any) -> str:
    """One stretch of a document's text: a link to its entity's page, a marked mention, a link
    to the claim it is evidence of, or plain text."""
    m, text = s.mention, _esc(s.text)
    if m is not None and m.canonical and m.type in ("PERSON", "ORG"):
        where = "people" if m.type == "PERSON" else "orgs"
        return (f'<a class="m {_esc(m.type.lower())}" href="/{where}/{_esc(m.canonical)}" '
                f'title="{_esc(m.name)}">{text}</a>')
    if m is not None:
        value = f" = {_esc(m.value)}" if m.value else ""
        return f'<mark class="m {_esc(m.type.lower())}" title="{_esc(m.name)}{value}">{text}</mark>'
    if s.claims:
        return f'<a class="ev" href="#claim-{_esc(s.claims[0]).replace("/", "-")}">{text}</a>'
    return str(text)


def text_segments(segments: Iterable[Any]) -> Markup:
    """A document's text cut in segments (views.segments), each in its own span that says
    where it starts and which claims it is evidence of."""
    out = []
    for s in segments:
        claims = f' class="claimed" data-claims="{_esc(" ".join(s.claims))}"' if s.claims else ""
        out.append(f'<span id="at-{_esc(s.start)}" data-start="{_esc(s.start)}"{claims}>'
                   f"{_segment(s)}</span>")
    return Markup("".join(out))  # every value in it is escaped above


def branch(edges: Iterable[Any], latin: Mapping[str, str]) -> Markup:
    """A structure tree's edges as nested lists, an edge with bodies under it collapsible (a
    large organisation's tree has hundreds of edges)."""
    out = ['<ul class="tree">\n']
    for e in edges:
        seen = _esc(e.first_seen or "")
        about = f"{_name(e.entity, latin)} <small>{_esc(e.type)} · {seen}"
        if e.below:
            if e.last_seen and e.last_seen != e.first_seen:
                about += f"–{_esc(e.last_seen)}"
            out.append(f"<li><details open><summary>{about} · {len(e.claims)} دليل</small>"
                       f"</summary>\n{branch(e.below, latin)}</details>\n</li>\n")
        else:
            out.append(f"<li>{about} · {len(e.claims)} دليل</small></li>\n")
    out.append("</ul>")
    return Markup("".join(out))  # every value in it is escaped here or in name()


def event_row(e: Any, latin: Mapping[str, str]) -> Markup:
    """An event as a list item: type, date, participants, place and its evidence."""
    corrected = ' <em class="added-mark">مصحح</em>' if e.corrected else ""
    people = "، ".join(_name(p, latin) for p in e.participants)
    place = f" — {_name(e.location, latin)}" if e.location else ""
    sentence = _esc(e.evidence)
    return Markup(  # every value in it is escaped here, in name() or in _evidence_link()
        f'<li class="event"><strong>{_esc(e.type)}</strong>{corrected} '
        f"{_esc(e.date or 'بلا تاريخ')}\n{people}{place}  <blockquote class=\"sentence\">"
        f"{sentence} <cite>{_evidence_link(e, sentence)}</cite></blockquote></li>")
