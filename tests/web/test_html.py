"""The Python helpers that draw the pages' repeated pieces write what the Jinja macros and loops
they replaced wrote (kept here as the reference), every value escaped."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest
from markupsafe import Markup

from sijill.register.queries import EventView
from sijill.register.structure import Edge
from sijill.register.tenures import ClaimRef, EntityRef, Tenure
from sijill.register.views import ClaimView, MentionView, segments
from sijill.web import charts, html

# The templates' settings (sijill.web.app) and the markup they drew before the helpers.
REFERENCE = """
{% macro branch(edges, latin) -%}
<ul class="tree">
{% for e in edges %}
<li>{% if e.below %}<details open><summary>{{ name(e.entity, latin) }} <small>{{ e.type }} · {{ e.first_seen or '' }}{% if e.last_seen and e.last_seen != e.first_seen %}–{{ e.last_seen }}{% endif %} · {{ e.claims|length }} دليل</small></summary>
{{ branch(e.below, latin) }}</details>
{% else %}{{ name(e.entity, latin) }} <small>{{ e.type }} · {{ e.first_seen or '' }} · {{ e.claims|length }} دليل</small>{% endif %}</li>
{% endfor %}
</ul>
{%- endmacro %}
{% macro event_row(e, latin) -%}
<li class="event"><strong>{{ e.type }}</strong>{% if e.corrected %} <em class="added-mark">مصحح</em>{% endif %} {{ e.date or 'بلا تاريخ' }}
  {% for p in e.participants %}{{ name(p, latin) }}{% if not loop.last %}، {% endif %}{% endfor %}
  {% if e.location %} — {{ name(e.location, latin) }}{% endif %}
  <blockquote class="sentence">{{ e.evidence }} <cite>{{ evidence(e) }}</cite></blockquote></li>
{%- endmacro %}
{% macro bound(date, basis) -%}
{{ date or '؟' }}{% if basis %} <small>({{ basis }})</small>{% endif %}
{%- endmacro %}
{% macro tenure_block(t, latin, shown, more) -%}
<div class="tenure {{ t.status }}">
  <h3>{{ t.role }}{% if t.org %} — {{ name(t.org, latin) }}{% endif %} <small>({{ t.status }})</small>{% if t.corrected %} <em class="added-mark">مصحح</em>{% endif %}</h3>
  <p>من {{ bound(t.start, t.start_basis) }} إلى {{ bound(t.end, t.end_basis) if t.end else ('الآن' if t.status == 'current' else '؟') }}
  {% if t.predecessor %} · خلفاً لـ {{ name(t.predecessor, latin) }}{% endif %}
  {% if t.successor %} · خلفه {{ name(t.successor, latin) }}{% endif %}</p>
  <ul class="claims">{{ claim_items(t.claims, shown, more) }}</ul>
</div>
{% endmacro %}
{% macro timeline_bars(timeline) %}
  {% for b in timeline.bars %}
  <a href="{% if b.evidence %}/documents/{{ b.evidence.doc|urlencode }}#at-{{ b.evidence.start }}{% else %}#posts{% endif %}" class="bar {{ b.tenure.status }}">
    <rect x="{{ 600 - b.x - b.width }}" y="{{ b.y + 2 }}" width="{{ b.width }}" height="16" rx="3"><title>{{ b.tenure.role }} {{ b.tenure.org.name if b.tenure.org else '' }}</title></rect>
    <text x="{{ 600 - b.x - 4 }}" y="{{ b.y + 15 }}">{{ b.tenure.role }}{% if b.tenure.org %} · {{ b.tenure.org.name }}{% endif %}</text>
  </a>
  {% endfor %}
{% endmacro %}
{% macro text_segments(segments) %}{% for s in segments %}<span id="at-{{ s.start }}" data-start="{{ s.start }}"{% if s.claims %} class="claimed" data-claims="{{ s.claims|join(' ') }}"{% endif %}>
{%- if s.mention and s.mention.canonical and s.mention.type in ('PERSON', 'ORG') -%}
<a class="m {{ s.mention.type|lower }}" href="/{{ 'people' if s.mention.type == 'PERSON' else 'orgs' }}/{{ s.mention.canonical }}" title="{{ s.mention.name }}">{{ s.text }}</a>
{%- elif s.mention -%}
<mark class="m {{ s.mention.type|lower }}" title="{{ s.mention.name }}{% if s.mention.value %} = {{ s.mention.value }}{% endif %}">{{ s.text }}</mark>
{%- elif s.claims -%}
<a class="ev" href="#claim-{{ s.claims[0]|replace('/', '-') }}">{{ s.text }}</a>
{%- else -%}{{ s.text }}{%- endif -%}
</span>{% endfor %}{% endmacro %}
"""

HOSTILE = '<script>alert("x")</script> & \'q\''


def _reference() -> Any:
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(name=html.name, evidence=html.evidence, claim_items=html.claim_items)
    return env.from_string(REFERENCE).module


def _claim(n: int, doc: str = "d 1/<x>", said_on: str | None = "2014-05-01") -> ClaimRef:
    return ClaimRef(f"{doc}/position/{n}", "position", doc, said_on, f"جملة {n} {HOSTILE}",
                    n * 10, n * 10 + 5)


PERSON = EntityRef("c000000000001", f"فلان {HOSTILE}", "PERSON")
ORG = EntityRef("c000000000002", f"هيئة {HOSTILE}", "ORG")
PLACE = EntityRef("d/e3", "دمشق", "LOC")
LATIN = {PERSON.id: f"Fulan {HOSTILE}"}


def test_the_structure_tree_is_the_macros() -> None:
    leaf = Edge("PART_OF", PERSON, "2014", "2014", [_claim(1)])
    middle = Edge("MEMBER_OF", ORG, "2013-01", "2015-02", [_claim(2), _claim(3)], [leaf])
    same_day = Edge("PART_OF", ORG, "2013", "2013", [_claim(4)], [leaf])
    undated = Edge(HOSTILE, PLACE, None, None, [])
    edges = [middle, same_day, undated]
    assert html.branch(edges, LATIN) == _reference().branch(edges, LATIN)
    assert "<script>" not in html.branch(edges, LATIN)


@pytest.mark.parametrize(("participants", "location", "date", "claim"), [
    ([PERSON, ORG], PLACE, "2014-05", "d/event/1"),
    ([], None, None, "d/event/added-r1"),  # no one named, undated, added by a reader
    ([ORG], None, "2015", "d/event/2"),
])
def test_an_event_row_is_the_macros(participants: list[EntityRef], location: EntityRef | None,
                                    date: str | None, claim: str) -> None:
    event = EventView(claim, f"MEETING{HOSTILE}", date, "d/1", "2014-05-02", HOSTILE, 3, 9,
                      participants, location)
    assert html.event_row(event, LATIN) == _reference().event_row(event, LATIN)
    assert "<script>" not in html.event_row(event, LATIN)


def test_a_tenures_claims_quote_each_sentence_once_with_every_document() -> None:
    wire = ClaimRef("d2/position/0", "position", "d 2", "2014-05-02", _claim(1).evidence, 7, 12)
    claims = [_claim(1), _claim(2, said_on=None), wire, _claim(3, doc="d&2")]
    items = str(html.claim_items(claims))
    assert items.count("<li>") == 3  # the wire story's sentence is quoted once
    first = items.split("</li>")[0]
    assert first.count('class="evidence"') == 2
    assert 'href="/documents/d%201/%3Cx%3E#at-10"' in first and 'href="/documents/d%202#at-7"' in first
    assert "2014-05-01" in first and "2014-05-02" in first
    assert 'href="/documents/d%262#at-30"' in items.split("</li>")[2]
    assert "<script>" not in items and "&lt;script&gt;" in items
    assert html.claim_items([]) == ""


def test_a_documents_text_is_the_loops() -> None:
    text = f"قال فلان {HOSTILE} في دمشق يوم الأحد إن الهيئة اجتمعت."
    at = text.index("دمشق")
    mentions = [MentionView(4, 8, "d/e1", "PERSON", PERSON.name, PERSON.id, None),
                MentionView(at, at + 4, "d/e2", "LOC", f"دمشق{HOSTILE}", None, None),
                MentionView(at + 9, at + 14, "d/e3", "DATE", "الأحد", None, f"2014{HOSTILE}"),
                MentionView(at + 20, at + 26, "d/e4", "ORG", ORG.name, None, None)]
    claims = [ClaimView("d/1/position/0", "position", 0, at + 4, {}),
              ClaimView(f"d/1/event/{HOSTILE}", "event", at, len(text), {})]
    parts = segments(text, mentions, claims)
    assert len(parts) > 6
    assert html.text_segments(parts) == Markup(_reference().text_segments(parts))
    assert "<script>" not in html.text_segments(parts)


def test_a_tenures_claims_cut_at_some_sentences_link_to_the_rest() -> None:
    wire = ClaimRef("d2/position/0", "position", "d 2", "2014-05-02", _claim(1).evidence, 7, 12)
    claims = [_claim(1), wire, _claim(2), _claim(3)]
    assert html.claim_items(claims, 3, "/people/c1/tenures/0") == html.claim_items(claims)
    cut = str(html.claim_items(claims, 1, '/people/c1/tenures/0?x="'))
    assert cut.count("<blockquote") == 1 and cut.count('class="evidence"') == 2
    assert cut.endswith('<li class="more"><a href="/people/c1/tenures/0?x=&#34;">'
                        "كل الأدلة (3 جملة)</a></li>")


@pytest.mark.parametrize(("status", "end", "corrected", "ties", "shown"), [
    ("current", None, False, False, None),
    ("former", "2019-06-15", True, True, 1),
    (f"unknown{HOSTILE}", None, False, True, 5),
])
def test_a_tenure_block_is_the_templates(status: str, end: str | None, corrected: bool,
                                         ties: bool, shown: int | None) -> None:
    other = EntityRef("c0000000000ff", f"ماهر {HOSTILE}", "PERSON")
    tenure = Tenure(PERSON, ORG if ties else None, f"رئيس{HOSTILE}", status, "2016-03-01", end,
                    f"election{HOSTILE}", "successor" if end else None, None,
                    other if ties else None, other if ties else None,
                    [_claim(1), _claim(2), _claim(3)], corrected)
    more = f'/people/{PERSON.id}/tenures/0?"'
    assert html.tenure_block(tenure, LATIN, shown, more) == \
        _reference().tenure_block(tenure, LATIN, shown, more)
    assert "<script>" not in html.tenure_block(tenure, LATIN, shown, more)


def test_the_timeline_bars_are_the_templates() -> None:
    other = EntityRef("c0000000000ff", f"ماهر {HOSTILE}", "PERSON")
    tenures = [Tenure(PERSON, ORG, f"رئيس{HOSTILE}", "former", "2016-03-01", "2019-06-15",
                      claims=[_claim(1), _claim(2, said_on=None)], successor=other),
               Tenure(PERSON, None, "عضو", f"current{HOSTILE}", "2018", None, claims=[]),
               Tenure(PERSON, ORG, "أمين", "unknown", None, None, claims=[_claim(3)])]
    timeline = charts.timeline(tenures)
    bars = timeline.bars
    assert html.timeline_bars(bars) == _reference().timeline_bars(timeline)
    assert "<script>" not in html.timeline_bars(bars)


def test_board_rows_successions_and_decisions_escape_every_value() -> None:
    from sijill.register.structure import DecisionView
    from sijill.register.views import SuccessionView

    other = EntityRef("c0000000000ff", f"ماهر {HOSTILE}", "PERSON")
    seat = Tenure(other, ORG, f"رئيس{HOSTILE}", "current", "2016", None, f"stated{HOSTILE}",
                  claims=[_claim(1), _claim(2), _claim(3), _claim(4)], corrected=True)
    row = str(html.board_row(seat, LATIN))
    assert row.startswith('<tr class="corrected"><td>رئيس&lt;script&gt;')
    assert row.count('class="evidence"') == 3 and "<td>—</td>" in row
    moves = str(html.succession_items([SuccessionView(f"أمين{HOSTILE}", PERSON, other,
                                                      f"2019{HOSTILE}")], LATIN))
    decisions = str(html.decision_items([DecisionView(
        "d/decision/1", f"decision{HOSTILE}", f"نص {HOSTILE}", None, ORG, None, "d 1", "2014",
        f"جملة {HOSTILE}", 3, 9)], LATIN))
    for markup in (row, moves, decisions):
        assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "Fulan" in moves and 'href="/documents/d%201#at-3"' in decisions
