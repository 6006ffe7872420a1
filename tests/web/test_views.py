"""The read functions of sijill.register.views and the chart geometry the pages draw: text
cut into segments that put back together give the text, slider stops, successions, the ego
graph's bound, and timeline bars in date order."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import pairwise

import pytest

from sijill.register.db import Database
from sijill.register.queries import org_page
from sijill.register.seats import org_tenures
from sijill.register.tenures import ClaimRef, EntityRef, Tenure
from sijill.register.views import (
    GRAPH_NODES,
    ClaimView,
    EgoGraph,
    MentionView,
    board_dates,
    org_successions,
    org_view,
    segments,
)
from sijill.web.charts import timeline, year
from sijill.web.connections import MMAP_BYTES, Connections

TEXT = "انتخب المجلس فلان الفلاني رئيساً له."
PERSON = EntityRef("c000000000001", "فلان الفلاني", "PERSON")
OTHER = EntityRef("c000000000002", "علان", "PERSON")
ORG = EntityRef("c000000000003", "المجلس", "ORG")


def _mention(start: int, end: int, entity: str = "d/e1") -> MentionView:
    return MentionView(start, end, entity, "PERSON", TEXT[start:end], None, None)


def test_segments_put_back_together_give_the_text() -> None:
    name = TEXT.index("فلان")
    mentions = [_mention(name, name + len("فلان الفلاني"))]
    claims = [ClaimView("d/position/0", "position", name, len(TEXT) - 1, {}),
              ClaimView("d/event/0", "event", 0, len(TEXT), {})]
    pieces = segments(TEXT, mentions, claims)
    assert "".join(p.text for p in pieces) == TEXT
    [named] = [p for p in pieces if p.mention is not None]
    assert named.text == "فلان الفلاني"
    assert set(named.claims) == {"d/position/0", "d/event/0"}
    assert pieces[0].claims == ("d/event/0",) and pieces[-1].claims == ("d/event/0",)


def test_a_claim_span_outside_the_text_is_cut_to_it() -> None:
    pieces = segments(TEXT, [], [ClaimView("d/event/0", "event", 5, 10_000, {})])
    assert "".join(p.text for p in pieces) == TEXT


def _tenure(person: EntityRef, start: str | None, end: str | None, status: str,
            predecessor: EntityRef | None = None) -> Tenure:
    ref = ClaimRef(f"d/{person.id}", "position", "d", start, "…", 0, 1)
    return Tenure(person, ORG, "رئيس", status, start, end, predecessor=predecessor,
                  claims=[ref])


def test_slider_stops_and_successions() -> None:
    first = _tenure(PERSON, "2014-07", "2015-01-05", "former")
    second = _tenure(OTHER, "2015-01-05", None, "current", predecessor=PERSON)
    assert board_dates([second, first]) == ["2014-07", "2015-01-05"]
    [move] = org_successions([first, second])
    assert (move.predecessor, move.successor, move.on) == (PERSON, OTHER, "2015-01-05")


def test_the_ego_graph_stops_at_its_bound() -> None:
    graph = EgoGraph(PERSON.id)
    graph.add(PERSON)
    for i in range(GRAPH_NODES + 10):
        graph.tie(PERSON, EntityRef(f"c{i:012x}", str(i), "ORG"), "post", "عضو")
    assert len(graph.nodes) == GRAPH_NODES
    assert len(graph.edges) == GRAPH_NODES - 1
    graph.tie(PERSON, EntityRef(graph.nodes[1].id, "", "ORG"), "post", "x")
    assert len(graph.edges) == GRAPH_NODES - 1  # once per pair and kind


@pytest.mark.parametrize(("value", "expected"), [
    ("2014", 2014.0), ("2014-07", 2014 + 181 / 366), ("2014-07-01", 2014 + 181 / 366),
    ("2014-13", None), ("", None), (None, None),
])
def test_year_reads_every_precision(value: str | None, expected: float | None) -> None:
    assert year(value) == expected


def test_timeline_bars_run_in_date_order_and_an_open_one_to_the_end() -> None:
    first = _tenure(PERSON, "2014-07", "2015-01-05", "former")
    second = _tenure(PERSON, "2015-01-05", None, "current")
    chart = timeline([second, first])
    assert [b.tenure for b in chart.bars] == [first, second]
    assert chart.bars[0].x < chart.bars[1].x
    assert chart.bars[1].x + chart.bars[1].width == pytest.approx(600, abs=0.2)
    assert [y for _, y in chart.ticks] == [2014, 2015, 2016]


def test_a_long_timeline_labels_about_ten_years() -> None:
    chart = timeline([_tenure(PERSON, "1980", "2024-05", "former")])
    years = [y for _, y in chart.ticks]
    assert years[0] == 1980 and len(years) <= 11 and years == sorted(set(years))


def test_org_view_is_the_org_page_with_its_tenures_computed_once(
        built_register: str, ids: dict[str, str]) -> None:
    db = Database(built_register)
    boards = ties = 0
    try:
        for org in ("union", "press"):
            tenures = org_tenures(db, ids[org])
            for on in [None, "1990", *board_dates(tenures)]:
                found = org_view(db, ids[org], on)
                assert found.page == org_page(db, ids[org], on)
                assert found.tenures == tenures
                bare = org_view(db, ids[org], on, with_relations=False)
                assert bare.page.bodies == bare.page.part_of == []
                assert replace(bare.page, bodies=found.page.bodies,
                               part_of=found.page.part_of) == found.page
                boards += bool(found.page.board)
                ties += bool(found.page.bodies or found.page.part_of)
        assert boards >= 3  # the boards compared are not all empty
        assert ties  # nor the relations left out
    finally:
        db.close()


def test_server_connections_map_a_sqlite_register(built_register: str) -> None:
    if not built_register.endswith(".db"):
        pytest.skip("mapping is SQLite's")
    pool = Connections(built_register)
    try:
        db = pool.get()
        assert 0 < int(db.scalar("PRAGMA mmap_size") or 0) <= MMAP_BYTES
        assert db.query("SELECT COUNT(*) FROM documents")[0][0] > 0
    finally:
        pool.close()


def _covering_by_test(text: str, claims: list[ClaimView]) -> list[tuple[str, ...]]:
    """Each piece's claims as segments() found them before its sweep: every claim tested."""
    cuts = {0, len(text)} | {x for c in claims for x in (c.start, c.end)}
    bounds = sorted(x for x in cuts if 0 <= x <= len(text))
    return [tuple(c.id for c in claims if c.start <= a and b <= c.end and c.end > c.start)
            for a, b in pairwise(bounds)]


@pytest.mark.parametrize("seed", range(20))
def test_segments_find_the_claims_covering_each_piece(seed: int) -> None:
    rng = random.Random(seed)
    text = "قال رئيس الهيئة إن الاجتماع عقد في دمشق. " * 3
    claims = []
    for n in range(rng.randrange(0, 12)):
        a = rng.randrange(-3, len(text) + 3)
        claims.append(ClaimView(f"d/position/{n}", "position", a, a + rng.randrange(-2, 40), {}))
    found = [s.claims for s in segments(text, [], claims)]
    assert found == _covering_by_test(text, claims)
