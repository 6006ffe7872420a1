"""The register as a graph for Gephi and Cytoscape: GraphML and GEXF, streamed.

Nodes are actors (attributes: type, label (the name), latin, aliases, documents). Edges are
aggregated claims, one per pair of actors and kind, with how many claims back them
(``evidence``), the documents they come from (``documents``) and their first and last dates:
``position`` (person to organisation; ``label``: the roles), ``member_of`` and ``part_of``
(organisation to organisation), and one kind per event type (``meeting``, ``election``, ...)
between every two participants of an event.

Both files are written element by element as the rows come from the register: the nodes
page by page, then the edges, which SQL groups per pair and kind (``*_pairs`` in
sijill.register.exports), so the export holds one page, never the graph. Only a filter by
organisation or dates groups in Python the claims it keeps (its selection is held anyway,
see sijill.export.filters). The XML is what networkx writes (``nx.read_graphml`` and
``nx.read_gexf`` read the same graph back), written here because networkx needs the whole
graph in memory first.
"""

from __future__ import annotations

import heapq
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import IO, TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from sijill.export.filters import ACTOR_TYPES, ExportFilter, View
from sijill.register.db import Database
from sijill.register.exports import (
    MAX_PARTICIPANTS,
    PairRow,
    Ref,
    event_pairs,
    position_pairs,
    relation_pairs,
)

if TYPE_CHECKING:  # networkx is imported only to build a graph in memory (slow to import)
    import networkx as nx

__all__ = ["MAX_PARTICIPANTS", "build_graph", "iter_edges", "iter_nodes", "write_gexf",
           "write_graphml"]

#: An element's attributes: text, or a whole number.
Attrs = dict[str, str | int]

#: Node and edge attributes with their GraphML/GEXF types, in the order they are written.
NODE_ATTRS = (("type", "string"), ("label", "string"), ("documents", "long"),
              ("latin", "string"), ("aliases", "string"))
EDGE_ATTRS = (("kind", "string"), ("evidence", "long"), ("documents", "long"),
              ("label", "string"), ("first", "string"), ("last", "string"))

#: Characters XML 1.0 cannot hold, even escaped (a stray control character of a name).
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class GraphEdge:
    """One edge: a kind of link from ``source`` to ``target`` and its attributes."""

    source: str
    target: str
    kind: str
    attrs: Attrs


# -- what the graph holds ---------------------------------------------------------------------------


def iter_nodes(view: View) -> Iterator[tuple[str, Attrs]]:
    """Every actor the view keeps, as a node id and its attributes, in id order."""
    for actor in view.actors():
        attrs: Attrs = {"type": actor.type, "label": actor.name, "documents": actor.documents}
        others = [u.name for u in actor.names if u.name not in (actor.name, actor.latin)]
        if actor.latin:
            attrs["latin"] = actor.latin
        if others:
            attrs["aliases"] = " | ".join(others)
        yield actor.id, attrs


def iter_edges(view: View, nodes: set[str] | None = None) -> Iterator[GraphEdge]:
    """Every edge between two kept actors, in (source, target, kind) order. ``nodes`` (the
    ids written) is needed for a filter by organisation or dates, whose edges are grouped
    in Python; otherwise SQL groups them."""
    if view.wanted.selects:
        if nodes is None:
            raise ValueError("a selecting filter needs the ids of the nodes written")
        return _python_edges(view, nodes)
    return _sql_edges(view)


def _edge(pair: PairRow) -> GraphEdge:
    attrs: Attrs = {"kind": pair.kind, "evidence": pair.claims, "documents": pair.documents}
    attrs.update({k: v for k, v in (("label", " | ".join(pair.labels)), ("first", pair.first),
                                    ("last", pair.last)) if v})
    return GraphEdge(pair.source, pair.target, pair.kind, attrs)


def _sql_edges(view: View) -> Iterator[GraphEdge]:
    """The three kinds of pairs, each grouped and ordered by SQL, merged in order."""
    db, types = view.db, list(view.wanted.types or ACTOR_TYPES)
    ranked = list(view.wanted.types) if view.wanted.types else None
    streams = (position_pairs(db, types), relation_pairs(db, types),
               event_pairs(db, types, ranked))
    for pair in heapq.merge(*streams, key=lambda p: (p.source, p.target, p.kind)):
        yield _edge(pair)


@dataclass(slots=True)
class _Edge:
    labels: set[str] = field(default_factory=set)
    claims: int = 0
    documents: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None

    def add(self, doc_id: str, date: str | None, label: str = "") -> None:
        self.claims += 1
        self.documents.add(doc_id)
        if label:
            self.labels.add(label)
        if date:
            self.first = min(self.first or date, date)
            self.last = max(self.last or date, date)


def _python_edges(view: View, nodes: set[str]) -> Iterator[GraphEdge]:
    """The edges of the claims a selecting filter keeps, grouped in memory (the selection's
    size, as the view's own sets of ids)."""
    edges: dict[tuple[str, str, str], _Edge] = {}

    def link(a: Ref | None, b: Ref | None, kind: str, doc_id: str, date: str | None,
             label: str = "") -> None:
        if a is None or b is None or a.id == b.id or a.id not in nodes or b.id not in nodes:
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
        yield _edge(PairRow(source, target, kind, edge.claims, len(edge.documents),
                            edge.first, edge.last, tuple(sorted(edge.labels))))


def _pairs(refs: Iterable[Ref]) -> Iterator[tuple[Ref, Ref]]:
    """Every two participants, the smaller id first, so a pair is one edge either way."""
    ordered = sorted(refs, key=lambda r: r.id)[:MAX_PARTICIPANTS]
    return combinations(ordered, 2)


def build_graph(db: Database, wanted: ExportFilter | None = None) -> nx.MultiDiGraph:
    """The register (what ``wanted`` keeps) as a networkx multigraph keyed by edge kind, in
    memory: for a small register or a narrow filter (the exports stream instead)."""
    import networkx as nx

    view = View.open(db, wanted or ExportFilter())
    graph = nx.MultiDiGraph()
    for node, attrs in iter_nodes(view):
        graph.add_node(node, **attrs)
    for e in iter_edges(view, set(graph.nodes)):
        graph.add_edge(e.source, e.target, key=e.kind, **e.attrs)
    return graph


# -- writing ------------------------------------------------------------------------------------------


def _text(value: str | int) -> str:
    return escape(_NOT_XML.sub("", str(value)), {"\r": "&#13;"})


def _attr(value: str | int) -> str:
    return quoteattr(_NOT_XML.sub("", str(value)))


def _walk(db: Database, wanted: ExportFilter | None
          ) -> tuple[View, Iterator[tuple[str, Attrs]], set[str] | None]:
    """The view, its nodes and, for a selecting filter, the set the nodes' ids go into."""
    view = View.open(db, wanted or ExportFilter())
    return view, iter_nodes(view), (set() if view.wanted.selects else None)


_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def write_graphml(db: Database, out: IO[str], wanted: ExportFilter | None = None) -> int:
    """Write the graph as GraphML, element by element; how many nodes and edges were
    written."""
    view, nodes, kept = _walk(db, wanted)
    keys = {("node", name): f"d{i}" for i, (name, _) in enumerate(NODE_ATTRS)}
    keys.update({("edge", name): f"d{len(NODE_ATTRS) + i}"
                 for i, (name, _) in enumerate(EDGE_ATTRS)})
    out.write(_GRAPHML_HEAD)
    for domain, declared in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        for name, kind in declared:
            out.write(f'<key id="{keys[(domain, name)]}" for="{domain}" attr.name="{name}" '
                      f'attr.type="{kind}"/>\n')
    out.write('<graph edgedefault="directed">\n')
    written = 0
    for node, attrs in nodes:
        if kept is not None:
            kept.add(node)
        out.write(f"<node id={_attr(node)}>\n{_graphml_data(keys, 'node', attrs)}</node>\n")
        written += 1
    for e in iter_edges(view, kept):
        out.write(f"<edge source={_attr(e.source)} target={_attr(e.target)} "
                  f"id={_attr(e.kind)}>\n{_graphml_data(keys, 'edge', e.attrs)}</edge>\n")
        written += 1
    out.write("</graph></graphml>\n")
    return written


def _graphml_data(keys: dict[tuple[str, str], str], domain: str, attrs: Attrs) -> str:
    return "".join(f'  <data key="{keys[(domain, k)]}">{_text(v)}</data>\n'
                   for k, v in attrs.items())


def _gexf_head() -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<gexf xmlns="http://www.gexf.net/1.2draft" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft '
        'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
        f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
        "    <creator>Sijill</creator>\n  </meta>\n"
        '  <graph defaultedgetype="directed" mode="static" name="">\n')


def write_gexf(db: Database, out: IO[str], wanted: ExportFilter | None = None) -> int:
    """Write the graph as GEXF 1.2, element by element; how many nodes and edges were
    written. Labels are the elements' ``label``; each edge's kind is also its
    ``networkx_key``, so networkx reads the multigraph back with the same keys."""
    view, nodes, kept = _walk(db, wanted)
    node_ids = {name: str(i) for i, (name, _) in enumerate(NODE_ATTRS) if name != "label"}
    edge_attrs = [*[a for a in EDGE_ATTRS if a[0] != "label"], ("networkx_key", "string")]
    edge_ids = {name: str(len(node_ids) + i) for i, (name, _) in enumerate(edge_attrs)}
    types = dict(NODE_ATTRS) | dict(edge_attrs)
    out.write(_gexf_head())
    for domain, ids in (("node", node_ids), ("edge", edge_ids)):
        out.write(f'    <attributes mode="static" class="{domain}">\n')
        for name, i in ids.items():
            out.write(f'      <attribute id="{i}" title="{name}" type="{types[name]}" />\n')
        out.write("    </attributes>\n")
    out.write("    <nodes>\n")
    written = 0
    for node, attrs in nodes:
        if kept is not None:
            kept.add(node)
        values = {k: v for k, v in attrs.items() if k != "label"}
        out.write(f"      <node id={_attr(node)} label={_attr(attrs['label'])}>\n"
                  f"{_gexf_values(node_ids, values)}      </node>\n")
        written += 1
    out.write("    </nodes>\n    <edges>\n")
    for n, e in enumerate(iter_edges(view, kept)):
        label = e.attrs.get("label")
        values = {k: v for k, v in e.attrs.items() if k != "label"} | {"networkx_key": e.kind}
        out.write(f"      <edge source={_attr(e.source)} target={_attr(e.target)} "
                  f'id="{n}"' + (f" label={_attr(label)}" if label else "") + ">\n"
                  f"{_gexf_values(edge_ids, values)}      </edge>\n")
        written += 1
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return written


def _gexf_values(ids: dict[str, str], attrs: Attrs) -> str:
    rows = "".join(f'          <attvalue for="{ids[k]}" value={_attr(v)} />\n'
                   for k, v in attrs.items())
    return f"        <attvalues>\n{rows}        </attvalues>\n"
