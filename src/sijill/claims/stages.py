"""The claim stages: positions, events and quotes, each traced to the sentence that states it."""

from __future__ import annotations

from sijill.claims.decisions import find_decisions
from sijill.claims.events import dated, find_events, merge_events
from sijill.claims.learned import keep_positions
from sijill.claims.lexicon import lexicon
from sijill.claims.model import Event, Mention, Position, Quote, sentence_views
from sijill.claims.positions import find_positions, predecessors
from sijill.claims.post_deceased import former_if_dead
from sijill.claims.post_parents import lift_to_parents
from sijill.claims.quotes import find_quotes
from sijill.claims.relations import find_relations, find_sizes
from sijill.doc import Doc, Entity
from sijill.pipeline import stage


def _merge_positions(positions: list[Position]) -> list[Position]:
    """One position per person, organisation and role; a later ``former`` or ``future`` reading
    of the same post wins over the default ``current``. A post said with less (رئيس beside رئيس
    مجلس الإدارة of the same organisation, or with no organisation beside one with it) is the
    same post, kept in its fullest form."""
    out: list[Position] = []
    for p in positions:
        home = next((o for o in out if o.person is p.person and o.org is p.org and
                     _bare_role(o.role) == _bare_role(p.role)), None)
        if home is None:
            out.append(p)
        elif not home.stated and p.stated:
            home.status, home.stated = p.status, True
    return [p for p in out if not any(o is not p and _says_more(o, p) for o in out)]


def _bare_role(role: str) -> str:
    """A role without the article of its head (السفير and سفير are one post)."""
    return role.removeprefix("ال")


def _says_more(full: Position, short: Position) -> bool:
    """Whether ``full`` is ``short`` said with more: its role extends short's (رئيس -> رئيس مجلس
    الإدارة) in the same organisation, or the same role with an organisation where short has none."""
    if full.person is not short.person or full.status != short.status:
        return False
    if full.org is short.org:
        return full.role != short.role and full.role.startswith(short.role + " ")
    return short.org is None and full.role == short.role


@stage("claims", needs=("entities", "titles", "dates"), adds=("positions", "events", "quotes", "relations", "attributes", "decisions"))
def add_claims(doc: Doc) -> Doc:
    """Find who holds which post, which events happened, and who said what."""
    lex = lexicon()
    positions: list[Position] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    last_person: Mention | None = None
    last_meeting: Event | None = None
    last_speaker: Entity | None = None
    context: list[Mention] = []
    views = sentence_views(doc)
    for view in views:
        found = find_positions(view, lex, last_person, context)
        new_events = find_events(view, lex, found, last_meeting, context, events)
        replaced = predecessors(view, found, lex)
        for ev in new_events:
            if ev.type == "MEETING":
                last_meeting = ev
            if ev.type in ("RESIGNATION", "DISMISSAL"):
                # A post the person resigned or was dismissed from in the same sentence is a
                # former one.
                for p in found:
                    if p.person in ev.participants and not p.stated:
                        p.status = "former"
                        p.end = p.end or ev.date
            if ev.type in ("ELECTION", "APPOINTMENT") and ev.date:
                for p in found:
                    if p.person in ev.participants and p.start is None:
                        p.start = ev.date
                for p in replaced:  # the predecessor's post ended when the successor took it
                    p.end = p.end or ev.date
        found.extend(replaced)
        positions.extend(found)
        events.extend(new_events)
        said = find_quotes(view, lex, last_speaker)
        if said:
            last_speaker = said[-1].speaker
        quotes.extend(said)
        context.extend(m for m in view.mentions if m.type == "ORG")
        people = [m for m in view.mentions if m.type == "PERSON"]
        if people:
            last_person = people[-1]
    doc.claims["positions"] = _merge_positions(positions)
    doc.claims["events"] = dated(merge_events(events), doc)
    doc.claims["quotes"] = quotes
    doc.claims["decisions"] = find_decisions(doc, doc.claims["events"])
    doc.claims["relations"] = find_relations(doc, views, doc.claims["positions"])
    doc.claims["attributes"] = find_sizes(doc, views)
    doc.claims["positions"] = keep_positions(doc, views, doc.claims["positions"])  # learned decision
    doc.claims["positions"] = lift_to_parents(doc.claims["positions"], doc.claims["relations"])
    doc.claims["positions"] = former_if_dead(views, doc.claims["positions"])
    return doc
