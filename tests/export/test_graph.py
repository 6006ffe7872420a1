"""`sijill export --format graphml|gexf`: graphs that networkx (as Gephi and Cytoscape) reads
back with their nodes, edges and attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.register.db import Database

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
