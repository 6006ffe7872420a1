"""Position claims read from the register and put together as tenures (sijill.register.tenures).

A position claim comes with its person and organisation resolved to canonical entities and
with the same document's election or appointment of that person, whose date starts the
tenure and whose organisation stands in for a missing one (``انتخب المجلس فلاناً رئيساً له``).
Successions are read from those event sentences: the person named right after a successor
cue (``خلفاً لـ``, ``بدلاً من``) is the predecessor.

Queries walk from the few rows of one actor outward and test low-selectivity conditions
(event type) in Python, so that SQLite, which keeps no statistics unless asked, never
chooses to scan every election of the register instead.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from sijill.lang import load_json
from sijill.register import stored
from sijill.register.db import Database, Row
from sijill.register.memo import Memo, attach, detach, memo_of, remembered
from sijill.register.tenures import (
    ClaimRef,
    EntityRef,
    PositionClaim,
    Succession,
    Tenure,
    assemble,
    covers,
    is_shared,
    point,
    role_key,
    seat_of,
)
from sijill.text.normalize import match_key

#: Event types whose date starts a tenure.
STARTING_EVENTS = ("ELECTION", "APPOINTMENT")
#: How far (characters) after a successor cue the predecessor's name may start; room for a
#: title between them (خلفاً لرئيس الائتلاف السابق فلان).
_CUE_REACH = 40

_WORDS = re.compile(r"\S+")
_MEMBERS = "SELECT entity_id FROM entity_canonical WHERE canonical_id = ?"

# Canonical names are looked up once per distinct entity afterwards (entity_refs), not per row.
_POSITIONS = (
    "SELECT c.id, c.doc_id, c.said_on, c.sentence, c.evidence_start, c.evidence_end, "
    "p.person, pc.canonical_id, p.org, oc.canonical_id, p.role, p.status, p.start_date, "
    "p.end_date FROM positions p JOIN claims c ON c.id = p.claim_id "
    "LEFT JOIN entity_canonical pc ON pc.entity_id = p.person "
    "LEFT JOIN entity_canonical oc ON oc.entity_id = p.org "
    "WHERE {where}")
#: The starting events' types, tested in SQL on rows an index has found (``|| ''`` keeps
#: SQLite off events_type_date, which would walk every election of the register): a
#: much-named actor's other events (thousands of meetings) then never reach Python.
_STARTING = "ev.type || '' IN ('ELECTION', 'APPOINTMENT')"
_TAKES_PART = ("SELECT ep.entity_id, ev.claim_id, ev.type FROM event_participants ep "
               "JOIN events ev ON ev.claim_id = ep.claim_id WHERE ep.entity_id IN ({marks}) "
               f"AND {_STARTING}")
_EVENT_DETAIL = (
    "SELECT c.id, c.doc_id, c.said_on, c.sentence, c.evidence_start, c.evidence_end, "
    "ev.type, ev.event_date FROM events ev JOIN claims c ON c.id = ev.claim_id "
    "WHERE ev.claim_id IN ({marks})")
# The entity type is tested in Python: in SQL, SQLite may walk every entity of the type.
_EVENT_MEMBERS = ("SELECT ep.claim_id, e.id, e.type, ec.canonical_id FROM event_participants ep "
                  "JOIN entities e ON e.id = ep.entity_id "
                  "LEFT JOIN entity_canonical ec ON ec.entity_id = e.id "
                  "WHERE ep.claim_id IN ({marks})")

#: Position claims of a person, of an organisation (canonical ids), and of an event's persons.
BY_PERSON = f"p.person IN ({_MEMBERS})"
BY_ORG = f"p.org IN ({_MEMBERS})"
BY_EVENT = "p.person IN (SELECT entity_id FROM event_participants WHERE claim_id = ?)"


def chunks(items: Sequence[str], size: int = 500) -> Iterator[list[str]]:
    """Items in slices short enough for one IN (...) list on every engine."""
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def marks(n: int) -> str:
    """``?, ?, ?`` for an IN list of n items."""
    return ", ".join(["?"] * n)


def claim_ref(row: Row, kind: str, **extra: Any) -> ClaimRef:
    """A ClaimRef from the (id, doc, said_on, sentence, start, end) columns that lead a row."""
    return ClaimRef(str(row[0]), kind, str(row[1]), row[2], str(row[3]), int(row[4]),
                    int(row[5]), **extra)


def entity_refs(db: Database, links: dict[str, str | None]) -> dict[str, EntityRef]:
    """Document entities (id -> canonical id or None) as register entities; one not yet
    resolved stands for itself."""
    names: dict[str, tuple[str, str]] = {}
    for part in chunks(sorted({c for c in links.values() if c})):
        for cid, name, etype in db.query("SELECT id, name, type FROM canonical_entities "
                                         f"WHERE id IN ({marks(len(part))})", part):
            names[str(cid)] = (str(name), str(etype))
    out = {eid: EntityRef(cid, *names[cid]) for eid, cid in links.items() if cid in names}
    for part in chunks(sorted(e for e in links if e not in out)):
        for eid, name, etype in db.query("SELECT id, name, type FROM entities "
                                         f"WHERE id IN ({marks(len(part))})", part):
            out[str(eid)] = EntityRef(str(eid), str(name), str(etype))
    return out


def canonical_links(db: Database, entities: Sequence[str]) -> dict[str, str | None]:
    """The canonical id of each document entity (None when not resolved)."""
    out: dict[str, str | None] = dict.fromkeys(entities)
    for part in chunks(list(entities)):
        out.update((str(e), str(c)) for e, c in db.query(
            "SELECT entity_id, canonical_id FROM entity_canonical "
            f"WHERE entity_id IN ({marks(len(part))})", part))
    return out


# -- position claims ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Appointment:
    """A same-document election or appointment of a person, with its organisations."""

    ref: ClaimRef
    orgs: dict[str, EntityRef] = field(default_factory=dict)


def _appointments(db: Database, persons: Sequence[str]) -> dict[str, list[_Appointment]]:
    """Elections and appointments of the persons (document entity ids), by entity id."""
    taking: dict[str, list[str]] = defaultdict(list)
    for part in chunks(persons):
        for entity_id, claim_id, etype in db.query(_TAKES_PART.format(marks=marks(len(part))),
                                                   part):
            if etype in STARTING_EVENTS:
                taking[str(claim_id)].append(str(entity_id))
    found: dict[str, _Appointment] = {}
    orgs: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for part in chunks(sorted(taking)):
        for row in db.query(_EVENT_DETAIL.format(marks=marks(len(part))), part):
            found[str(row[0])] = _Appointment(claim_ref(row, "event", type=str(row[6]),
                                                        date=row[7]))
        for claim_id, eid, etype, cid in db.query(_EVENT_MEMBERS.format(marks=marks(len(part))),
                                                  part):
            if etype == "ORG":
                orgs[str(claim_id)].append((str(eid), None if cid is None else str(cid)))
    refs = entity_refs(db, {e: c for pairs in orgs.values() for e, c in pairs})
    out: dict[str, list[_Appointment]] = defaultdict(list)
    for claim_id in sorted(found):
        for eid, _ in orgs.get(claim_id, []):
            found[claim_id].orgs[refs[eid].id] = refs[eid]
        for entity_id in taking[claim_id]:
            out[entity_id].append(found[claim_id])
    return out


def load_claims(db: Database, where: str, params: Sequence[Any]) -> list[PositionClaim]:
    """The position claims a WHERE fragment over ``positions p`` selects, with their
    elections or appointments and, where the text names none, the organisation of that event."""
    rows = db.query(_POSITIONS.format(where=where), params)
    links: dict[str, str | None] = {}
    for r in rows:
        for eid, cid in ((r[6], r[7]), (r[8], r[9])):
            if eid is not None:
                links[str(eid)] = None if cid is None else str(cid)
    refs = entity_refs(db, links)
    events = _appointments(db, sorted({str(r[6]) for r in rows if r[6] is not None}))
    out: list[PositionClaim] = []
    for row in rows:
        person = refs.get(str(row[6])) if row[6] is not None else None
        if person is None:
            continue
        org = refs.get(str(row[8])) if row[8] is not None else None
        chosen = _choose(events.get(str(row[6]), []), org)
        inferred = org is None and chosen is not None and len(chosen.orgs) == 1
        if inferred and chosen is not None:
            org = next(iter(chosen.orgs.values()))  # رئيساً له: the electing body's post
        # claim_ref's fields, given by position: a much-named person has 1,500 claims.
        ref = ClaimRef(str(row[0]), "position", str(row[1]), row[2], str(row[3]), int(row[4]),
                       int(row[5]), str(row[11]), None, row[12] or row[13])
        out.append(PositionClaim(ref, person, org, str(row[10]), str(row[11]), row[12],
                                 row[13], chosen.ref if chosen else None, inferred))
    return out


def _choose(events: list[_Appointment], org: EntityRef | None) -> _Appointment | None:
    """The event that starts a claim's tenure: one naming its organisation, else the first."""
    if org is not None:
        for e in events:
            if org.id in e.orgs:
                return e
    return events[0] if events else None


def _event_persons(db: Database, org: str) -> list[str]:
    """The persons (document entity ids) of the elections and appointments an organisation
    (canonical id) takes part in."""
    # Read again for each seat of the organisation a page asks about: a server keeps them.
    return list(remembered(db, ("event_persons", org),
                           lambda: tuple(_read_event_persons(db, org))))


def _read_event_persons(db: Database, org: str) -> list[str]:
    rows = db.query("SELECT ev.claim_id, ev.type FROM entity_canonical ec "
                    "JOIN event_participants ep ON ep.entity_id = ec.entity_id "
                    f"JOIN events ev ON ev.claim_id = ep.claim_id WHERE ec.canonical_id = ? "
                    f"AND {_STARTING}", (org,))
    starting = sorted({str(r[0]) for r in rows if r[1] in STARTING_EVENTS})
    persons: set[str] = set()
    for part in chunks(starting):
        persons.update(str(r[1]) for r in db.query(_EVENT_MEMBERS.format(marks=marks(len(part))),
                                                   part) if r[2] == "PERSON")
    return sorted(persons)


def _implied(db: Database, org: str, roles: Sequence[str] | None = None) -> list[PositionClaim]:
    """Posts with no organisation in the text that an election or appointment by the
    organisation gives (انتخب المجلس فلاناً رئيساً له)."""
    out: list[PositionClaim] = []
    # Only a claim whose text names no organisation takes the event's: reading the persons'
    # other claims (a country appoints thousands, each with posts elsewhere) found nothing.
    # (COALESCE keeps SQLite on the persons' index: on ``p.org IS NULL`` it walks every
    # post of the role with no organisation through positions_org_role instead.)
    extra = " AND COALESCE(p.org, '') = ''"
    extra += f" AND p.role IN ({marks(len(roles))})" if roles is not None else ""
    persons = _event_persons(db, org)
    for part in chunks(persons):
        out += load_claims(db, f"p.person IN ({marks(len(part))}){extra}",
                           (*part, *(roles or ())))
    return [c for c in out if c.org_inferred and c.org is not None and c.org.id == org]


def org_claims(db: Database, org: str) -> list[PositionClaim]:
    """Every position claim in an organisation (canonical id), including posts an election
    or appointment by it gives without naming it again."""
    return load_claims(db, BY_ORG, (org,)) + _implied(db, org)


def seat_claims(db: Database, org: str, keys: set[str]) -> list[PositionClaim]:
    """Every claim of the organisation's roles with these keys: whoever else held one of
    these one-holder seats, and when, decides how a person's tenure ends."""
    # Every holder of a seat reads its claims again (each minister, the ministry's): a
    # server keeps them (sijill.register.memo).
    return list(remembered(db, ("seat_claims", org, frozenset(keys)),
                           lambda: tuple(_seat_claims(db, org, keys))))


def _seat_claims(db: Database, org: str, keys: set[str]) -> list[PositionClaim]:
    roles = [str(r[0]) for r in db.query(
        f"SELECT DISTINCT p.role FROM positions p WHERE {BY_ORG}", (org,))
        if role_key(str(r[0])) in keys]
    if not roles:
        return []
    direct = load_claims(db, f"{BY_ORG} AND p.role IN ({marks(len(roles))})", (org, *roles))
    return direct + _implied(db, org, roles)


# -- successions -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(match_key(w) for w in c.split())
                 for c in load_json("claims.json")["successor_cues"])


@lru_cache(maxsize=1)
def _cue_heads() -> tuple[str, ...]:
    return tuple(sorted({c[0] for c in _cues()}))


@lru_cache(maxsize=1)
def _cue_stems() -> re.Pattern[str]:
    # The first letters of each cue at the start of a word (خلف، بدل، يحل): they fold to
    # themselves, so the text is searched as written, and only there are words folded.
    stems = "|".join(re.escape(h[:3]) for h in _cue_heads())
    return re.compile(rf"(?<![^\s،,؛:(«\"'])(?:{stems})")


@lru_cache(maxsize=1)
def _stem_texts() -> tuple[str, ...]:
    return tuple(sorted({h[:3] for h in _cue_heads()}))


def may_name_successor(sentence: str) -> bool:
    """A cheap first look for a successor cue; cue_offsets says where."""
    # A substring test first: most sentences hold no stem at all, and ``in`` finds that
    # far faster than the pattern, whose look-behind is tried at every offset.
    if not any(stem in sentence for stem in _stem_texts()):
        return False
    return _cue_stems().search(sentence) is not None


def cue_offsets(sentence: str) -> list[int]:
    """Offsets in a sentence where the word after a successor cue may begin: the cue's last
    word, which may carry the predecessor's name (خلفاً لنصر)."""
    out: set[int] = set()
    longest = max(len(c) for c in _cues())
    for found in _cue_stems().finditer(sentence):
        words = [(w.start(), match_key(w.group())) for w in
                 islice(_WORDS.finditer(sentence, found.start()), longest)]
        for cue in _cues():
            n = len(cue)
            if len(words) < n or any(words[k][1] != cue[k] for k in range(n - 1)):
                continue
            last = words[n - 1][1]
            # a one-letter preposition (ل، لل) is written on the name that follows it
            if last == cue[-1] or (len(cue[-1]) <= 2 and last.startswith(cue[-1])):
                out.add(words[n - 1][0])
    return sorted(out)


def _predecessor(db: Database, event: ClaimRef, successor: EntityRef) -> EntityRef | None:
    """The person named right after a successor cue in an event's sentence."""
    cues = cue_offsets(event.evidence) if may_name_successor(event.evidence) else []
    if not cues:
        return None
    rows = db.query(
        "SELECT m.start_at, e.id, ec.canonical_id, e.type FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id "
        "LEFT JOIN entity_canonical ec ON ec.entity_id = e.id "
        "WHERE m.doc_id = ? AND m.start_at >= ? AND m.start_at < ? "
        "ORDER BY m.start_at", (event.doc, event.start, event.end))
    rows = [r for r in rows if r[3] == "PERSON"]
    for rel in cues:
        at = event.start + rel
        after = [r for r in rows if int(r[0]) >= at]
        if after and int(after[0][0]) - at <= _CUE_REACH:
            eid, cid = str(after[0][1]), after[0][2]
            ref = entity_refs(db, {eid: None if cid is None else str(cid)})[eid]
            if ref.id != successor.id:
                return ref
    return None


def successions(db: Database, claims: Sequence[PositionClaim]) -> list[Succession]:
    """Successions stated in the elections and appointments behind the claims."""
    out: dict[tuple[str, str], Succession] = {}
    for c in claims:
        ev = c.appointed
        if ev is None or c.status not in ("current", "unknown") or (ev.claim, c.person.id) in out:
            continue
        before = _predecessor(db, ev, c.person)
        if before is not None:
            out[(ev.claim, c.person.id)] = Succession(
                before, c.person, c.org, role_key(c.role), point(ev.date) or ev.said_on, ev)
    return list(out.values())


def succeeded(db: Database, person: str) -> tuple[list[PositionClaim], list[Succession]]:
    """Where a person is named as the one replaced: the successors' claims and the successions."""
    # The cue stems are looked for in SQL too (instr, as may_name_successor's first test):
    # a much-named person's documents hold hundreds of elections, few with a cue.
    stems = _stem_texts()
    holds = "INSTR(c.sentence, ?) > 0" if db.dialect == "sqlite" else "STRPOS(c.sentence, ?) > 0"
    rows = db.query(
        "SELECT c.id, c.sentence FROM events ev JOIN claims c ON c.id = ev.claim_id "
        "WHERE ev.doc_id IN (SELECT m.doc_id FROM entity_canonical ec JOIN mentions m "
        f"ON m.entity_id = ec.entity_id WHERE ec.canonical_id = ?) AND {_STARTING} AND "
        f"({' OR '.join([holds] * len(stems))})", (person, *stems))
    claims: list[PositionClaim] = []
    for claim_id, sentence in sorted((str(r[0]), str(r[1])) for r in rows):
        if may_name_successor(sentence) and cue_offsets(sentence):
            claims.extend(c for c in load_claims(db, BY_EVENT, (claim_id,))
                          if c.appointed is not None and c.appointed.claim == claim_id)
    moves = [s for s in successions(db, claims) if s.predecessor.id == person]
    return claims, moves


# -- tenures -----------------------------------------------------------------------------------


def person_tenures(db: Database, person: str) -> list[Tenure]:
    """A person's tenures (canonical id). In a one-holder seat the next holder's start or a
    later holder's claim ends a tenure, so the other holders' claims are read too."""
    # Kept by a server (sijill.register.memo): the person page, the entity API and the ego
    # graph all ask for them, and a much-named person's cost grows with the seats' claims.
    return list(remembered(db, ("person_tenures", person),
                           lambda: tuple(_person_tenures(db, person))))


def _person_tenures(db: Database, person: str) -> list[Tenure]:
    kept = stored.load(db, stored.PERSON, person)
    return kept if kept is not None else work_out_person(db, person)[0]


def work_out_person(db: Database, person: str) -> tuple[list[Tenure], set[str]]:
    """A person's tenures worked out from the claims, and the canonical entities whose
    claims they read: the person, the organisations of their one-holder seats (whose other
    holders end or follow their tenures) and the people of their successions."""
    own = load_claims(db, BY_PERSON, (person,))
    extra, moves = succeeded(db, person)
    wanted = {seat_of(c) for c in own} | {(s.org.id if s.org else None, s.role_key)
                                          for s in moves}
    claims: dict[str, PositionClaim] = {c.ref.claim: c for c in own + extra}
    seat_orgs = sorted({o for o, key in wanted if o is not None and not is_shared(key)})
    for org_id in seat_orgs:
        keys = {key for o, key in wanted if o == org_id and not is_shared(key)}
        for c in seat_claims(db, org_id, keys):
            if c.person.id != person and seat_of(c) in wanted:
                claims.setdefault(c.ref.claim, c)
    moves = _unique(moves + successions(db, own))
    reads = {person, *seat_orgs, *(c.person.id for c in extra),
             *(e.id for s in moves for e in (s.predecessor, s.successor))}
    return [t for t in assemble(list(claims.values()), moves) if t.person.id == person], reads


def org_tenures(db: Database, org: str) -> list[Tenure]:
    """The tenures of everyone who held a post in an organisation (canonical id)."""
    # Kept by a server (sijill.register.memo): the organisation page, its board on each date
    # of the slider, the entity API and the ego graphs of its members all ask for them.
    return list(remembered(db, ("org_tenures", org), lambda: tuple(_org_tenures(db, org))))


def _org_tenures(db: Database, org: str) -> list[Tenure]:
    kept = stored.load(db, stored.ORG, org)
    return kept if kept is not None else work_out_org(db, org)


def work_out_org(db: Database, org: str) -> list[Tenure]:
    """An organisation's tenures worked out from the claims (they read its own claims and
    the posts its elections give)."""
    claims = org_claims(db, org)
    return [t for t in assemble(claims, successions(db, claims))
            if t.org is not None and t.org.id == org]


def board(db: Database, org: str, on: str | None = None) -> list[Tenure]:
    """Who held the organisation's posts on a date; without one, the tenures still open."""
    tenures = org_tenures(db, org)
    if on is None:
        chosen = [t for t in tenures if t.end is None and t.status in ("current", "unknown")]
    else:
        chosen = [t for t in tenures if covers(t, on)]
    return sorted(chosen, key=lambda t: (t.role, t.start or "", t.person.name))


def _unique(moves: Sequence[Succession]) -> list[Succession]:
    return list({(s.ref.claim, s.successor.id, s.predecessor.id): s for s in moves}.values())


# -- stored tenures ----------------------------------------------------------------------------

#: CPU seconds of work a fill commits at a time: other writers wait no longer than that.
FILL_STEP = 0.5


def fill_tenures(db: Database, only: Sequence[tuple[str, str]] | None = None,
                 budget: float | None = None) -> int:
    """Apply the pending notes (sijill.register.stored.refresh) and store the tenures of
    ``only`` (kind, id), or of every person and organisation with a post that has no stored
    row, the most claimed first; stop after ``budget`` CPU seconds where given (the others
    are worked out on request). The number stored."""
    dropped, reached = stored.refresh(db)
    if only is None:
        wanted = _unstored(db)
    else:  # and what the notes reached: an actor's first post is stored too
        wanted = list(dict.fromkeys([*only, *dropped, *_with_posts(db, reached)]))
    # A memo of the fill's own, so the seats' claims are read once for all their holders; a
    # server's (attached to a writer's connection) may still hold answers from before the
    # write that called this, and is put back after.
    server_memo = memo_of(db)
    attach(db, Memo())
    started = time.process_time()
    done = 0
    try:
        while wanted and (budget is None or time.process_time() - started < budget):
            with db.transaction():
                if stored.pending(db):
                    break  # a change came in: its notes are applied by the next fill
                step = time.process_time()
                while wanted and time.process_time() - step < FILL_STEP:
                    kind, cid = wanted.pop(0)
                    _store_one(db, kind, cid)
                    done += 1
    finally:
        detach(db)
        if server_memo is not None:
            attach(db, server_memo)
    return done


def _store_one(db: Database, kind: str, cid: str) -> None:
    # structure and queries read this module: imported when first needed
    from sijill.register import queries, views
    from sijill.register.structure import decisions_log, structure

    if kind == stored.STRUCTURE:
        stored.save_structure(db, cid, structure(db, cid))
    elif kind == stored.NAMES:
        stored.save_names(db, cid, *queries.work_out_names(db, cid))
    elif kind == stored.EVENTS:
        stored.save_events(db, cid, *queries.newest_events(db, cid, queries.PAGE_LIMIT))
    elif kind == stored.DECISIONS:
        stored.save_decisions(db, cid, decisions_log(db, cid))
    elif kind == stored.RELATIONS:
        stored.save_relations(db, cid, *queries.work_out_relations(db, cid))
    elif kind == stored.MEETINGS:
        found = views.newest_meetings(db, cid, views.MEETINGS_LIMIT)
        stored.save_events(db, cid, found, len(found), stored.MEETINGS)
    elif kind == stored.PERSON:
        tenures, reads = work_out_person(db, cid)
        stored.save(db, kind, cid, tenures, reads)
    else:
        stored.save(db, kind, cid, work_out_org(db, cid), set())


#: Document entities from which a canonical entity's names and events are stored: below it,
#: working them out takes well under a millisecond.
STORED_NAMES_FROM = 16
#: What is stored of whom: the tenures of people and organisations with a post (the side
#: of ``positions`` that names them), the structure of organisations in a relation, the
#: names and events of much-named people and organisations, and the meetings, decisions
#: log and relations of much-named organisations. Each query gives canonical ids
#: with a count (most first), ``{where}`` narrowing it to some.
_STORED_FOR = (
    (stored.PERSON, ("SELECT ec.canonical_id, COUNT(*) FROM positions p JOIN entity_canonical ec "
                    "ON ec.entity_id = p.person WHERE 1 = 1{where} GROUP BY ec.canonical_id")),
    (stored.ORG, ("SELECT ec.canonical_id, COUNT(*) FROM positions p JOIN entity_canonical ec "
                 "ON ec.entity_id = p.org WHERE 1 = 1{where} GROUP BY ec.canonical_id")),
    (stored.STRUCTURE, ("SELECT ec.canonical_id, COUNT(*) FROM relations r JOIN entity_canonical "
                       "ec ON ec.entity_id IN (r.parent, r.child) WHERE 1 = 1{where} "
                       "GROUP BY ec.canonical_id")),
    *((kind, ("SELECT ec.canonical_id, COUNT(*) FROM entity_canonical ec JOIN canonical_entities "
             "c ON c.id = ec.canonical_id WHERE c.type IN ('PERSON', 'ORG'){where} "
             "GROUP BY ec.canonical_id HAVING COUNT(*) >= {least}"))
      for kind in (stored.NAMES, stored.EVENTS)),
    *((kind, ("SELECT ec.canonical_id, COUNT(*) FROM entity_canonical ec JOIN "
              "canonical_entities c ON c.id = ec.canonical_id WHERE c.type = 'ORG'"
              "{where} GROUP BY ec.canonical_id HAVING COUNT(*) >= {least}"))
      for kind in (stored.MEETINGS, stored.DECISIONS, stored.RELATIONS)),
)


def _with_posts(db: Database, ids: set[str]) -> list[tuple[str, str]]:
    """The (kind, id) stored of those canonical entities (what _STORED_FOR keeps of them)."""
    out = []
    for kind, sql in _STORED_FOR:
        for part in chunks(sorted(ids)):
            where = f" AND ec.canonical_id IN ({marks(len(part))})"
            out += [(kind, str(r[0])) for r in db.query(sql.format(where=where, least=STORED_NAMES_FROM), part)]
    return out


def _unstored(db: Database) -> list[tuple[str, str]]:
    """What _STORED_FOR keeps and has no stored row, the most claimed first."""
    out: list[tuple[int, str, str]] = []
    for kind, sql in _STORED_FOR:
        have = stored.stored_ids(db, kind)
        out += [(-int(n), kind, str(cid)) for cid, n in db.query(sql.format(where="", least=STORED_NAMES_FROM))
                if str(cid) not in have]
    return [(kind, cid) for _, kind, cid in sorted(out)]
