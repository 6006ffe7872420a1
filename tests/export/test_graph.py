"""`sijill export --format graphml|gexf`: graphs that networkx (as Gephi and Cytoscape) reads
back with their nodes, edges and attributes."""

from __future__ import annotations

import io
import shutil
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.export.filters import ExportFilter, View
from sijill.export.graph import MAX_PARTICIPANTS, build_graph
from sijill.register import exports
from sijill.register.db import Database
from sijill.register.exports import Ref

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


def _graph(register: str, tmp_path: Path, fmt: str, *args: str) -> nx.Graph:
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--db", register, "-o",
                                       str(out), *args])
    assert result.exit_code == 0, result.output
    graph: nx.Graph = READERS[fmt](out)
    return graph


def _label(graph: nx.Graph, node: str) -> str:
    return str(graph.nodes[node].get("label", node))


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_actors_are_nodes_with_type_and_arabic_names(register: str, tmp_path: Path,
                                                    fmt: str) -> None:
    graph = _graph(register, tmp_path, fmt)
    with Database(register) as db:
        actors = {str(r[0]): (str(r[1]), str(r[2])) for r in db.query(
            "SELECT id, type, name FROM canonical_entities")}
    assert set(graph.nodes) == set(actors)
    for node, data in graph.nodes(data=True):
        assert (data["type"], _label(graph, node)) == actors[node]
        assert int(data["documents"]) >= 1


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_edges_carry_kind_dates_and_evidence_counts(register: str, tmp_path: Path,
                                                   fmt: str) -> None:
    graph = _graph(register, tmp_path, fmt)
    kinds: set[str] = set()
    for a, b, data in graph.edges(data=True):
        kinds.add(data["kind"])
        assert int(data["evidence"]) >= int(data["documents"]) >= 1
        if data.get("first"):
            assert data["first"] <= data["last"]
        if data["kind"] == "position":
            assert graph.nodes[a]["type"] == "PERSON" and graph.nodes[b]["type"] == "ORG"
    assert {"position", "meeting", "election"} <= kinds, kinds
    lawyers = next(n for n in graph.nodes if _label(graph, n) == "نقابة المحامين")
    assert graph.degree(lawyers) > 0


def test_a_type_filter_keeps_only_links_between_kept_actors(register: str,
                                                            tmp_path: Path) -> None:
    graph = _graph(register, tmp_path, "graphml", "--type", "PERSON")
    assert graph.number_of_nodes() > 0
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"PERSON"}
    assert all(d["kind"] != "position" for _, _, d in graph.edges(data=True))


# -- the streamed files hold the graph networkx writes from the claims, one by one ------------------


def _reference(register: str, wanted: ExportFilter, cap: int = MAX_PARTICIPANTS) -> nx.Graph:
    """The graph as the export first built it: every claim the view keeps added to a networkx
    multigraph in memory, then written by networkx and read back."""
    with Database(register) as db:
        view = View.open(db, wanted)
        graph = nx.MultiDiGraph()
        for actor in view.actors():
            attrs: dict[str, str | int] = {"type": actor.type, "label": actor.name,
                                           "documents": actor.documents}
            others = [u.name for u in actor.names if u.name not in (actor.name, actor.latin)]
            attrs.update({k: v for k, v in (("latin", actor.latin or ""),
                                            ("aliases", " | ".join(others))) if v})
            graph.add_node(actor.id, **attrs)
        claims: dict[tuple[str, str, str], list[tuple[str, str | None, str]]] = defaultdict(list)

        def link(a: Ref | None, b: Ref | None, kind: str, doc: str, date: str | None,
                 label: str = "") -> None:
            if a and b and a.id != b.id and a.id in graph and b.id in graph:
                claims[(a.id, b.id, kind)].append((doc, date, label))

        for p in view.positions():
            link(p.person, p.org, "position", p.evidence.doc_id,
                 p.start or p.evidence.said_on, p.role)
        for r in view.relations():
            link(r.child, r.parent, r.type.lower(), r.evidence.doc_id, r.evidence.said_on)
        for e in view.events():
            for a, b in combinations(sorted(e.participants, key=lambda r: r.id)[:cap], 2):
                link(a, b, e.type.lower(), e.evidence.doc_id, e.date or e.evidence.said_on)
    for (source, target, kind), found in sorted(claims.items()):
        dates = sorted(d for _, d, _ in found if d)
        labels = " | ".join(sorted({label for _, _, label in found if label}))
        extra = {k: v for k, v in (("label", labels), ("first", dates[0] if dates else ""),
                                   ("last", dates[-1] if dates else "")) if v}
        graph.add_edge(source, target, key=kind, kind=kind, evidence=len(found),
                       documents=len({doc for doc, _, _ in found}), **extra)
    out = io.BytesIO()
    nx.write_graphml(graph, out)
    out.seek(0)
    read: nx.Graph = nx.read_graphml(out)
    return read


def _same(a: nx.Graph, b: nx.Graph) -> None:
    """The same nodes and edges with the same attributes, but for edge ids (GEXF numbers
    edges; GraphML, as networkx, ids them by kind, which ``kind`` also holds)."""
    assert type(a) is type(b)
    for graph in (a, b):
        for *_, data in graph.edges(data=True):
            data.pop("id", None)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    keys = {"keys": True} if a.is_multigraph() else {}
    assert sorted(a.edges(data=True, **keys)) == sorted(b.edges(data=True, **keys))


FILTERS = {"all": ([], ExportFilter()),
           "people": (["--type", "PERSON"], ExportFilter(types=("PERSON",))),
           "people and orgs": (["--type", "PERSON", "--type", "ORG"],
                               ExportFilter(types=("PERSON", "ORG"))),
           "one org": (["--org", "نقابة المحامين"], ExportFilter(org="نقابة المحامين")),
           "dates": (["--from", "2016", "--to", "2017-06"],
                     ExportFilter(date_from="2016", date_to="2017-06"))}


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("name", sorted(FILTERS))
def test_the_streamed_graph_is_the_graph_of_every_claim(register: str, tmp_path: Path,
                                                       fmt: str, name: str) -> None:
    args, wanted = FILTERS[name]
    graph = _graph(register, tmp_path, fmt, *args)
    reference = _reference(register, wanted)
    assert reference.number_of_edges() > 0
    _same(graph, reference)


def test_an_event_pairs_only_its_first_participants(register: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "MAX_PARTICIPANTS", 2)
    capped = _graph(register, tmp_path, "graphml")
    _same(capped, _reference(register, ExportFilter(), cap=2))
    assert capped.number_of_edges() < _reference(register, ExportFilter()).number_of_edges()


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_markup_and_control_characters_in_names_load(register: str, tmp_path: Path,
                                                     fmt: str) -> None:
    copy = tmp_path / "copy.db"
    shutil.copyfile(register, copy)
    with Database(str(copy)) as db:
        node = str(db.scalar("SELECT id FROM canonical_entities ORDER BY id LIMIT 1"))
        db.execute("UPDATE canonical_entities SET name = ? WHERE id = ?",
                   ['نقابة "أ" & <ب>\x01 \'ج\'', node])
    graph = _graph(str(copy), tmp_path, fmt)
    assert _label(graph, node) == 'نقابة "أ" & <ب> \'ج\''


def test_the_graph_in_memory_is_the_graph_exported(register: str, tmp_path: Path) -> None:
    with Database(register) as db:
        graph = build_graph(db, ExportFilter(types=("PERSON", "ORG")))
    _same(graph, _graph(register, tmp_path, "graphml", "--type", "PERSON", "--type", "ORG"))
