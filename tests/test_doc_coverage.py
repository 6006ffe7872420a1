"""Coverage and SpanIndex answer "which ranges hold this offset" like a scan of every range would."""

from __future__ import annotations

import random

import pytest

from sijill.doc import Coverage, Span, SpanIndex


@pytest.mark.parametrize("seed", range(5))
def test_coverage_agrees_with_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    ranges = [(s, s + rng.randint(0, 12)) for s in (rng.randint(0, 100) for _ in range(30))]
    covered = Coverage(ranges)
    for x in range(-2, 120):
        assert covered.covers(x) == any(s <= x < e for s, e in ranges), x
        assert covered.covers_inside(x) == any(s < x < e for s, e in ranges), x


def test_nested_and_empty_ranges() -> None:
    covered = Coverage([(0, 10), (2, 3), (20, 20)])
    assert covered.covers(9) and not covered.covers(10)
    assert not covered.covers(20)  # an empty range holds nothing
    assert not covered.covers_inside(0) and covered.covers_inside(1)
    assert not Coverage([]).covers(0)


@pytest.mark.parametrize("seed", range(5))
def test_span_index_finds_what_a_scan_finds(seed: int) -> None:
    rng = random.Random(seed)
    spans = [Span(s, s + rng.randint(0, 9), "ORG") for s in (rng.randint(0, 80) for _ in range(25))]
    index = SpanIndex(spans[:10])
    for span in spans[10:]:
        index.add(span)
    for start in range(-3, 95):
        for end in (start, start + 1, start + 7):
            found = index.overlapping(start, end)
            expected = [s for s in spans if s.start < end and start < s.end]
            assert sorted(found, key=id) == sorted(expected, key=id), (start, end)
            assert [s.start for s in found] == sorted(s.start for s in found)
