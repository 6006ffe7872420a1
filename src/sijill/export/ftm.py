"""FollowTheMoney entities as JSON lines, built and cleaned with the followthemoney library.

The mapping (also in the README):
- articles: ``Article`` (title, publishedAt, sourceUrl, publisher), id ``sijill-doc-<id>``;
- actors: ``Person``; ``Organization``, or ``PublicBody`` for a state body (a ministry, a
  council of ministers, a parliament); their id is the register's canonical id, so a register
  seeded from the export (``sijill seed``) keeps it. The Arabic name is ``name``, the other
  Arabic names of two words or more ``alias``, one-word names and Latin spellings (made by
  transliteration) ``weakAlias``;
- tenures (computed from position claims): a member's seat (``عضو``) is a ``Membership``
  (member, organization, role), any other post an ``Occupancy`` of a ``Position`` (the role in
  the organisation), with start and end dates and status;
- events: ``Event`` (organizer: the electing, appointing or dismissing organisations; involved:
  the other participants; date, location);
- structure: ``MEMBER_OF`` is a ``Membership`` between organisations, ``PART_OF`` (a body of an
  organisation) an ``UnknownLink`` with role ``part of``, FtM having no part-of link;
- every tenure, event and link names its articles as ``proof`` and has one ``Documentation``
  per article (role ``evidence``, summary: the sentence that states it).
Places are written only as event locations; decisions only to CSV. References to entities
this module made are added as clean (cleaning an id only checks its form again); names,
dates and texts go through followthemoney's cleaning.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from followthemoney import model
from followthemoney.proxy import EntityProxy

from sijill.export.filters import ExportFilter, View
from sijill.register.db import Database
from sijill.register.exports import Actor, DocumentRow, EventRow, RelationRow
from sijill.register.keys import word_keys
from sijill.register.resolution.country import state_body
from sijill.register.tenures import Tenure, role_key

#: The register's entity types FtM has an actor schema for.
SCHEMATA = {"PERSON": "Person", "ORG": "Organization"}
#: Event types whose organisation participants are the organizer, not merely involved.
ORGANIZED = frozenset({"ELECTION", "APPOINTMENT", "DISMISSAL"})
#: The role key of a member's seat: a Membership, not an Occupancy.
MEMBER = role_key("عضو")


def document_id(doc_id: str) -> str:
    """The FtM id of a stored article."""
    return f"sijill-doc-{doc_id}"


class FtmWriter:
    """Writes entities one per line as it builds them."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.written = 0

    def make(self, schema: str, *id_parts: str) -> EntityProxy:
        """A new entity whose id is a hash of ``id_parts``."""
        proxy = model.make_entity(schema)
        proxy.make_id("sijill", *id_parts)
        return proxy

    def emit(self, proxy: EntityProxy) -> None:
        """Write one entity."""
        self.out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
        self.out.write("\n")
        self.written += 1

    def proven(self, proxy: EntityProxy, proofs: Iterable[tuple[str, str]]) -> None:
        """Write a claim entity with its articles as proof and one Documentation each."""
        docs: dict[str, str] = {}
        for doc_id, sentence in proofs:
            docs.setdefault(doc_id, sentence)
        for doc_id in docs:
            proxy.add("proof", document_id(doc_id), cleaned=True)
        self.emit(proxy)
        for doc_id, sentence in docs.items():
            link = self.make("Documentation", proxy.id or "", doc_id)
            link.add("document", document_id(doc_id), cleaned=True)
            link.add("entity", proxy.id, cleaned=True)
            link.add("role", "evidence")
            link.add("summary", sentence)
            self.emit(link)


def write_ftm(db: Database, out: IO[str], wanted: ExportFilter | None = None) -> int:
    """Write the register (what ``wanted`` keeps) as FtM entities; how many were written."""
    view = View.open(db, wanted or ExportFilter())
    w = FtmWriter(out)
    for doc in view.documents():
        w.emit(_article(doc))
    for actor in view.actors():
        proxy = _actor(actor)
        if proxy is not None:
            w.emit(proxy)
    positions: set[str] = set()
    org = None
    for tenure in view.tenures():
        if tenure.org is not None and tenure.org.id != org:
            positions.clear()  # tenures come organisation by organisation: dedupe within one
            org = tenure.org.id
        _tenure(w, tenure, positions)
    for event in view.events():
        _event(w, event)
    for relation in view.relations():
        _relation(w, relation)
    return w.written


def _article(doc: DocumentRow) -> EntityProxy:
    proxy = model.make_entity("Article")
    proxy.id = document_id(doc.id)
    proxy.add("title", doc.title or doc.id)
    proxy.add("publishedAt", doc.published)
    proxy.add("sourceUrl", doc.url)
    proxy.add("publisher", doc.source)
    proxy.add("language", "ara")
    return proxy


def actor_schema(actor_type: str, name: str) -> str | None:
    """The FtM schema of a register actor, or None for a type FtM has no actor for."""
    schema = SCHEMATA.get(actor_type)
    if schema == "Organization" and state_body(word_keys(name)) is not None:
        return "PublicBody"
    return schema


def _actor(actor: Actor) -> EntityProxy | None:
    schema = actor_schema(actor.type, actor.name)
    if schema is None:
        return None
    proxy = model.make_entity(schema)
    proxy.id = actor.id
    proxy.add("name", actor.name)
    for use in actor.names:
        if use.name == actor.name:
            continue
        weak = use.kind == "latin" or use.name.isascii() or len(use.name.split()) < 2
        proxy.add("weakAlias" if weak else "alias", use.name)
    if actor.latin and actor.latin != actor.name:
        proxy.add("weakAlias", actor.latin)
    return proxy


def _tenure(w: FtmWriter, t: Tenure, positions: set[str]) -> None:
    if t.org is None:
        return
    proofs = [(c.doc, c.evidence) for c in t.claims]
    key = role_key(t.role)
    if key == MEMBER:
        link = w.make("Membership", t.person.id, t.org.id, key, t.start or "")
        link.add("member", t.person.id, cleaned=True)
        link.add("organization", t.org.id, cleaned=True)
        link.add("role", t.role)
    else:
        post = w.make("Position", t.org.id, key)
        if post.id not in positions:
            positions.add(post.id or "")
            post.add("name", f"{t.role} {t.org.name}")
            post.add("organization", t.org.id, cleaned=True)
            w.emit(post)
        link = w.make("Occupancy", t.person.id, post.id or "", t.start or "")
        link.add("holder", t.person.id, cleaned=True)
        link.add("post", post.id, cleaned=True)
    link.add("status", t.status)
    link.add("startDate", t.start)
    link.add("endDate", t.end)
    w.proven(link, proofs)


def _event(w: FtmWriter, e: EventRow) -> None:
    proxy = w.make("Event", e.evidence.claim_id)
    actors = [r for r in e.participants if r.type in SCHEMATA]
    proxy.add("name", f"{e.type}: " + "، ".join(r.name for r in actors[:4]))
    proxy.add("date", e.date or e.evidence.said_on)
    proxy.add("summary", e.evidence.sentence)
    for r in actors:
        organizer = e.type in ORGANIZED and r.type == "ORG"
        proxy.add("organizer" if organizer else "involved", r.id, cleaned=True)
    if e.location is not None:
        proxy.add("location", e.location.name)
    w.proven(proxy, [(e.evidence.doc_id, e.evidence.sentence)])


def _relation(w: FtmWriter, r: RelationRow) -> None:
    if r.child is None or r.parent is None:
        return
    link: EntityProxy
    if r.type == "MEMBER_OF":
        link = w.make("Membership", r.evidence.claim_id)
        link.add("member", r.child.id, cleaned=True)
        link.add("organization", r.parent.id, cleaned=True)
        link.add("role", "member")
    else:
        link = w.make("UnknownLink", r.evidence.claim_id)
        link.add("subject", r.child.id, cleaned=True)
        link.add("object", r.parent.id, cleaned=True)
        link.add("role", "part of")
    link.add("date", r.evidence.said_on)
    w.proven(link, [(r.evidence.doc_id, r.evidence.sentence)])

