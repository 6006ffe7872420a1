"""The register as a graph for Gephi and Cytoscape: GraphML and GEXF written by networkx.

Nodes are actors (attributes: type, label (the name), latin, aliases, documents). Edges are
aggregated claims, one per pair of actors and kind, with how many claims back them
(``evidence``), the documents they come from (``documents``) and their first and last dates:
``position`` (person to organisation; ``label``: the roles), ``member_of`` and ``part_of``
(organisation to organisation), and one kind per event type (``meeting``, ``election``, ...)
between every two participants of an event. The graph is built in memory (actors and
distinct pairs, never texts or single claims); networkx writes GraphML element by element
(through lxml) and GEXF from an XML tree of the graph.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import IO, Any
from xml.etree.ElementTree import ElementTree

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriterLxml

from sijill.export.filters import ExportFilter, View
from sijill.register.db import Database
from sijill.register.exports import Ref

#: Most participants of one event joined pairwise (a conference of 200 is no 19,900 meetings).
MAX_PARTICIPANTS = 25


@dataclass(slots=True)
class _Edge:
    labels: set[str] = field(default_factory=set)
    claims: int = 0
    documents: int = 0
    last_doc: str = ""
    first: str | None = None
    last: str | None = None

    def add(self, doc_id: str, date: str | None, label: str = "") -> None:
        self.claims += 1
        # Each kind's claims come in document order, so a document is counted once without
        # keeping every document id of every edge.
        if doc_id != self.last_doc:
            self.documents += 1
            self.last_doc = doc_id
        if label:
            self.labels.add(label)
        if date:
            self.first = min(self.first or date, date)
            self.last = max(self.last or date, date)


def build_graph(db: Database, wanted: ExportFilter | None = None) -> nx.MultiDiGraph:
    """The register (what ``wanted`` keeps) as a directed multigraph keyed by edge kind."""
    view = View.open(db, wanted or ExportFilter())
    graph = nx.MultiDiGraph()
    for actor in view.actors():
        attrs: dict[str, str | int] = {"type": actor.type, "label": actor.name,
                                       "documents": actor.documents}
        others = [u.name for u in actor.names if u.name not in (actor.name, actor.latin)]
        if actor.latin:
            attrs["latin"] = actor.latin
        if others:
            attrs["aliases"] = " | ".join(others)
        graph.add_node(actor.id, **attrs)
    edges: dict[tuple[str, str, str], _Edge] = {}

    def link(a: Ref | None, b: Ref | None, kind: str, doc_id: str, date: str | None,
             label: str = "") -> None:
        if a is None or b is None or a.id == b.id or a.id not in graph or b.id not in graph:
            return
        edges.setdefault((a.id, b.id, kind), _Edge()).add(doc_id, date, label)

    for p in view.positions():
        link(p.person, p.org, "position", p.evidence.doc_id, p.start or p.evidence.said_on,
             p.role)
    for r in view.relations():
        link(r.child, r.parent, r.type.lower(), r.evidence.doc_id, r.evidence.said_on)
    for e in view.events():
        for a, b in _pairs(e.participants):
            link(a, b, e.type.lower(), e.evidence.doc_id, e.date or e.evidence.said_on)
    for (source, target, kind), edge in sorted(edges.items()):
        attrs = {"kind": kind, "evidence": edge.claims, "documents": edge.documents}
        attrs.update({k: v for k, v in (("label", " | ".join(sorted(edge.labels))),
                                        ("first", edge.first), ("last", edge.last)) if v})
        graph.add_edge(source, target, key=kind, **attrs)
    return graph


def _pairs(refs: Iterable[Ref]) -> Iterator[tuple[Ref, Ref]]:
    """Every two participants, the smaller id first, so a pair is one edge either way."""
    ordered = sorted(refs, key=lambda r: r.id)[:MAX_PARTICIPANTS]
    return combinations(ordered, 2)


def _write(out: IO[str], writer: Any) -> None:
    """Write networkx's GEXF tree as UTF-8 text (its own ``str`` escapes every Arabic letter
    as a character reference)."""
    writer.indent(writer.xml)
    out.write('<?xml version="1.0" encoding="utf-8"?>\n')
    ElementTree(writer.xml).write(out, encoding="unicode")
    out.write("\n")


class _Utf8:
    """A binary file face over a text file, for lxml's incremental writer."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> None:
        self.out.write(self.decoder.decode(bytes(data)))


def write_graphml(db: Database, out: IO[str], wanted: ExportFilter | None = None) -> int:
    """Write the graph as GraphML; how many nodes and edges were written. lxml writes it
    element by element, with no XML tree of the whole graph beside the graph."""
    graph = build_graph(db, wanted)
    GraphMLWriterLxml(_Utf8(out), graph=graph, encoding="utf-8", prettyprint=True).dump()
    out.write("\n")
    return int(graph.number_of_nodes() + graph.number_of_edges())


def write_gexf(db: Database, out: IO[str], wanted: ExportFilter | None = None) -> int:
    """Write the graph as GEXF 1.2; how many nodes and edges were written."""
    graph = build_graph(db, wanted)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(graph)
    _write(out, writer)
    return int(graph.number_of_nodes() + graph.number_of_edges())
