"""Tenures from claims: a person's posts as dated intervals, each listing the claims behind it.

A seat is one role in one organisation. Its claims are read in date order as signals: an
election, an appointment or a stated start opens an interval; a claim that the person holds
the post keeps it open (or opens one); a claim that they held it (``السابق``), a stated end or
a successor's start (``خلفاً لـ``, or the next holder's election in a one-holder seat) closes
it; a claim that they will hold it (``سيكون``) waits for a later start. A one-holder seat
(head, chair, secretary general, minister of one portfolio) never has two current holders:
the holder of the latest claim keeps it and the others end as earlier holders (``later
holder``), followed by the one who kept it. Dates keep the
precision the text gives (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) and compare by their common
prefix. This module is pure; ``sijill.register.seats`` reads the claims from the register.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from sijill.lang import load_json
from sijill.register.keys import word_keys


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A register entity as pages show it: its canonical id, name and type."""

    id: str
    name: str
    type: str


#: The last part of the id of a claim a reader added (``DOC/position/added-r…``); the
#: claims the pipeline extracted end in their sequence number.
ADDED = "added-"


def is_added(claim_id: str) -> bool:
    """Whether a claim was added by a reader (sijill.register.review), not extracted."""
    return claim_id.rsplit("/", 1)[-1].startswith(ADDED)


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """The claim behind a fact: its document, the document's date and the evidence sentence;
    ``corrected`` when a reader added it (claims marked wrong never reach a view)."""

    claim: str
    kind: str
    doc: str
    said_on: str | None
    evidence: str
    start: int
    end: int
    status: str | None = None  # positions: current, former, future or unknown
    type: str | None = None  # events: ELECTION, APPOINTMENT, ...
    date: str | None = None  # the date the claim itself gives
    corrected: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "corrected", is_added(self.claim))


@dataclass(frozen=True, slots=True)
class PositionClaim:
    """One position claim with its person and organisation as register entities."""

    ref: ClaimRef
    person: EntityRef
    org: EntityRef | None
    role: str
    status: str
    start: str | None = None
    end: str | None = None
    appointed: ClaimRef | None = None  # the same document's election or appointment of the person
    org_inferred: bool = False  # the organisation is that of the election, the text names none


@dataclass(frozen=True, slots=True)
class Succession:
    """A successor taking a seat from a predecessor, as one sentence states it (``خلفاً لـ``)."""

    predecessor: EntityRef
    successor: EntityRef
    org: EntityRef | None
    role_key: str
    on: str | None
    ref: ClaimRef


@dataclass(slots=True)
class Tenure:
    """One interval in which a person held, holds or will hold a role in an organisation."""

    person: EntityRef
    org: EntityRef | None
    role: str
    status: str = "current"
    start: str | None = None
    end: str | None = None
    start_basis: str | None = None  # stated, election, appointment, said_on
    end_basis: str | None = None  # stated, former, successor, later holder
    last_seen: str | None = None  # the latest date a claim says the person held it
    predecessor: EntityRef | None = None
    successor: EntityRef | None = None
    claims: list[ClaimRef] = field(default_factory=list)
    corrected: bool = False  # a claim behind it was added by a reader


# -- roles and seats ---------------------------------------------------------------------------

_FEMININE = re.compile(r"ة(?=\s|$)")


@lru_cache(maxsize=4096)
def role_key(role: str) -> str:
    """The key one role shares across spellings: article dropped, spelling and gender folded,
    so ``الرئيس``, ``رئيس`` and ``رئيسة`` are one seat."""
    return " ".join(word_keys(_FEMININE.sub("", role.strip())))


@lru_cache(maxsize=1)
def _shared_roles() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("tenures.json")
    heads = frozenset(role_key(h) for h in data["shared_heads"])
    return heads, frozenset(role_key(r) for r in data["shared_roles"])


def is_shared(key: str) -> bool:
    """Whether many people hold a role at once (members, deputies, ministers without portfolio)."""
    heads, roles = _shared_roles()
    return key in roles or key.split(" ", 1)[0] in heads


Seat = tuple[str | None, str]


def seat_of(claim: PositionClaim) -> Seat:
    """The (organisation id, role key) a position claim is about."""
    return (claim.org.id if claim.org else None, role_key(claim.role))


# -- dates -------------------------------------------------------------------------------------


def point(date: str | None) -> str | None:
    """A date's first point: ``2013/2014`` starts in 2013."""
    return date.split("/", 1)[0] if date else None


def _cmp(a: str, b: str) -> int:
    """-1, 0 or 1 comparing two ISO dates on the precision both give."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def covers(tenure: Tenure, on: str) -> bool:
    """Whether a tenure runs on a date; one whose start is unknown is placed on no date."""
    if tenure.status == "future" or tenure.start is None or _cmp(tenure.start, on) > 0:
        return False
    if tenure.end is None:
        return True
    if len(on) == len(tenure.end) == 10:
        return on < tenure.end  # the successor's first day is not the predecessor's
    return _cmp(on, tenure.end) <= 0


# -- assembly ----------------------------------------------------------------------------------


_BASIS_RANK = {"election": 0, "appointment": 0, "stated": 1, "said_on": 2, "": 3}


@dataclass(frozen=True, slots=True)
class _Signal:
    """One dated fact about a person's seat, in the order assembly reads them."""

    date: str | None
    rank: int  # on one date: opens before holds before closes
    kind: str  # open, hold, close, future
    basis: str
    ref: ClaimRef
    other: EntityRef | None = None  # the successor, for a close by succession


def _signals(claims: Sequence[PositionClaim], succeeded: Sequence[Succession]) -> list[_Signal]:
    out: list[_Signal] = []
    for c in claims:
        if c.start:
            out.append(_Signal(point(c.start), 0, "open", "stated", c.ref))
        if c.appointed is not None:
            basis = "election" if c.appointed.type == "ELECTION" else "appointment"
            when = point(c.appointed.date) or c.appointed.said_on
            out.append(_Signal(when, 0, "open", basis, c.appointed))
        if c.end:
            out.append(_Signal(point(c.end), 2, "close", "stated", c.ref))
        if c.status == "former":
            out.append(_Signal(c.ref.said_on, 2, "close", "former", c.ref))
        elif c.status == "future":
            out.append(_Signal(c.ref.said_on, 3, "future", "said_on", c.ref))
        else:
            out.append(_Signal(c.ref.said_on, 1, "hold", "said_on", c.ref))
    for s in succeeded:
        out.append(_Signal(s.on, 2, "close", "successor", s.ref, s.successor))
    return out


def _add(tenure: Tenure, ref: ClaimRef) -> None:
    tenure.claims.append(ref)  # one claim may send two signals; _intervals dedupes


def _new(person: EntityRef, org: EntityRef | None, role: str) -> Tenure:
    return Tenure(person, org, role)


def _better_start(date: str, basis: str, tenure: Tenure) -> bool:
    """Whether a start beats the tenure's: an earlier one, or on the same day an election or
    appointment (which says more than a stated date, and either more than a publication day)."""
    if tenure.start is None or _cmp(date, tenure.start) < 0:
        return True
    return _cmp(date, tenure.start) == 0 and \
        _BASIS_RANK[basis] < _BASIS_RANK[tenure.start_basis or ""]


def _apply(sig: _Signal, cur: Tenure | None, person: EntityRef, org: EntityRef | None,
           role: str, out: list[Tenure]) -> Tenure:
    """The interval a dated signal lands in (a new one when it opens one)."""
    d = sig.date or ""
    # A hold on the day a tenure ended is the last day of it; an election that day starts anew.
    reopens = cur is not None and cur.end is not None and sig.kind != "close" and \
        _cmp(d, cur.end) >= (0 if sig.kind == "open" else 1)
    if cur is None or reopens:
        cur = _new(person, org, role)
        out.append(cur)
        if sig.kind != "close":
            cur.start, cur.start_basis = d, sig.basis
    if sig.kind == "open" and _better_start(d, sig.basis, cur):
        cur.start, cur.start_basis = d, sig.basis
    if sig.kind == "hold" and (cur.last_seen is None or _cmp(d, cur.last_seen) > 0):
        cur.last_seen = d
    if sig.kind == "close" and cur.end is None and (cur.start is None or _cmp(d, cur.start) >= 0):
        cur.end, cur.end_basis = d, sig.basis
        cur.successor = sig.other or cur.successor
    _add(cur, sig.ref)
    return cur


def _intervals(person: EntityRef, org: EntityRef | None, role: str,
               claims: Sequence[PositionClaim], succeeded: Sequence[Succession]) -> list[Tenure]:
    """One person's intervals in one seat."""
    signals = _signals(claims, succeeded)
    dated = sorted((s for s in signals if s.date and s.kind != "future"),
                   key=lambda s: (s.date or "", s.rank))
    out: list[Tenure] = []
    cur: Tenure | None = None
    for sig in dated:
        cur = _apply(sig, cur, person, org, role, out)
    for sig in signals:
        if sig.kind == "future":
            _place_future(sig, person, org, role, out)
    undated = [s for s in signals if not s.date and s.kind != "future"]
    for sig in undated:
        if not out:
            out.append(_new(person, org, role))
        _add(out[-1], sig.ref)
    for t in out:
        unique = {r.claim: r for r in t.claims}.values()
        t.claims = sorted(unique, key=lambda r: (r.said_on or "~", r.doc, r.kind, r.claim))
        t.status = _status(t)
        t.corrected = any(r.corrected for r in t.claims)
    return sorted(out, key=lambda t: (t.start or t.end or "~", t.end or "~"))


def _place_future(sig: _Signal, person: EntityRef, org: EntityRef | None, role: str,
                  out: list[Tenure]) -> None:
    """A claim that someone will hold a post joins the first interval starting after it."""
    later = [t for t in out if t.start and sig.date and _cmp(t.start, sig.date) >= 0]
    if later:
        _add(later[0], sig.ref)
        return
    waiting = [t for t in out if t.start is None and t.end is None]
    if waiting:
        _add(waiting[0], sig.ref)
        return
    t = _new(person, org, role)
    _add(t, sig.ref)
    out.append(t)


def _status(t: Tenure) -> str:
    statuses = {r.status for r in t.claims if r.kind == "position"}
    if t.end is not None or (statuses == {"former"} and t.start is None):
        return "former"
    if statuses == {"future"} and t.start is None:
        return "future"
    if statuses == {"unknown"}:
        return "unknown"
    return "current"


def _close_by_successors(tenures: list[Tenure]) -> None:
    """In a one-holder seat, an open interval ends where the next holder's elected or stated
    start comes after the last claim that the person still held it."""
    starts = sorted(((t.start, t) for t in tenures
                     if t.start and t.start_basis in ("election", "appointment", "stated")),
                    key=lambda st: st[0])
    for t in tenures:
        if t.end is not None or t.status == "future":
            continue
        held = max(filter(None, (t.start, t.last_seen)), default=None)
        if held is None:
            continue
        nxt = next((o for s, o in starts if o.person.id != t.person.id and _cmp(s, held) > 0),
                   None)
        if nxt is not None and nxt.start is not None:
            t.end, t.end_basis, t.successor, t.status = nxt.start, "successor", nxt.person, "former"


def _latest(t: Tenure) -> str:
    """The date of a tenure's latest claim: the date the claim gives, else its document's."""
    dates = [t.start, t.last_seen, *(point(r.date) or r.said_on for r in t.claims)]
    return max((d for d in dates if d), default="")


def _first_after(t: Tenure, after: str) -> str | None:
    """The earliest date of a tenure's claims after a date (any, when ``after`` is empty)."""
    dates = [t.start, *(point(r.date) or r.said_on for r in t.claims)]
    later = sorted(d for d in dates if d and (not after or _cmp(d, after) > 0))
    return later[0] if later else None


def _one_current_holder(tenures: list[Tenure]) -> None:
    """In a one-holder seat, of the tenures still open the one with the latest claim stays
    current; each other ends where the next holder in date order is first said to hold it
    after its own last claim, as an earlier holder followed by that one."""
    current = sorted((t for t in tenures if t.end is None and t.status in ("current", "unknown")),
                     key=lambda t: (_latest(t), t.start or "", len(t.claims), t.person.id))
    for t, nxt in pairwise(current):
        t.end = _first_after(nxt, _latest(t)) or _latest(nxt) or None
        t.end_basis, t.successor, t.status = "later holder", nxt.person, "former"


def _link_predecessors(tenures: Iterable[Tenure], successions: Sequence[Succession]) -> None:
    """The tenure a succession opened names the predecessor; ended tenures name the successor."""
    by_person: dict[str, list[Tenure]] = defaultdict(list)
    for t in tenures:
        by_person[t.person.id].append(t)
    for s in successions:
        for t in by_person.get(s.successor.id, []):
            if any(r.claim == s.ref.claim for r in t.claims) or t.start == s.on:
                t.predecessor = s.predecessor
    for ts in by_person.values():
        for t in ts:
            if t.successor is None or t.end is None:
                continue
            for o in by_person.get(t.successor.id, []):
                if o.start == t.end and o.predecessor is None:
                    o.predecessor = t.person


def _display_role(claims: Sequence[PositionClaim]) -> str:
    """The spelling most claims use (ties: the shorter, article-free one)."""
    counts = Counter(c.role for c in claims)
    return min(counts, key=lambda r: (-counts[r], r.startswith("ال"), len(r), r))


def assemble(claims: Sequence[PositionClaim],
             successions: Sequence[Succession] = ()) -> list[Tenure]:
    """Tenures of every person the claims name, seat by seat, in start order."""
    seats: dict[Seat, list[PositionClaim]] = defaultdict(list)
    for c in claims:
        seats[seat_of(c)].append(c)
    for s in successions:
        seats.setdefault((s.org.id if s.org else None, s.role_key), [])
    out: list[Tenure] = []
    for (org_id, key), seat_claims in seats.items():
        moves = [s for s in successions
                 if (s.org.id if s.org else None) == org_id and s.role_key == key]
        out.extend(_seat(seat_claims, moves, key))
    return sorted(out, key=lambda t: (t.start or t.end or "~", t.person.name, t.role))


def _seat(claims: Sequence[PositionClaim], moves: Sequence[Succession], key: str) -> list[Tenure]:
    """The tenures of one seat."""
    people: dict[str, list[PositionClaim]] = defaultdict(list)
    refs: dict[str, EntityRef] = {}
    for c in claims:
        people[c.person.id].append(c)
        refs[c.person.id] = c.person
    for s in moves:
        refs.setdefault(s.predecessor.id, s.predecessor)
        people.setdefault(s.predecessor.id, [])
    org = next((c.org for c in claims if c.org), None) or next(
        (s.org for s in moves if s.org), None)
    role = _display_role(claims) if claims else key
    out: list[Tenure] = []
    for pid, mine in people.items():
        succeeded = [s for s in moves if s.predecessor.id == pid]
        out.extend(_intervals(refs[pid], org, role, mine, succeeded))
    if org is not None and not is_shared(key):
        _close_by_successors(out)
        _one_current_holder(out)
    _link_predecessors(out, moves)
    return out
