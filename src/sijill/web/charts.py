"""Geometry for the pages' small inline SVG charts (a tenure timeline, a size-over-time line):
numbers only, computed here so the templates draw without arithmetic or inline styles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sijill.register.structure import Size
from sijill.register.tenures import ClaimRef, Tenure

WIDTH = 600  # the SVG's user units; it scales to the page
BAR = 22  # height of one timeline row


@lru_cache(maxsize=8192)  # the same dates come back across a page's claims and pages
def year(value: str | None) -> float | None:
    """A date at any precision as a fractional year (2014-07 is 2014.5); None if unreadable."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return y + (date(y, m, d).timetuple().tm_yday - 1) / 366
    except (ValueError, IndexError):
        return None


@dataclass(frozen=True, slots=True)
class Bar:
    """One tenure on the timeline: where its bar lies and the claim it links to."""

    tenure: Tenure
    x: float
    width: float
    y: int
    evidence: ClaimRef | None


@dataclass(frozen=True, slots=True)
class Timeline:
    """A person's tenures as bars on one time axis, with the years to label."""

    bars: list[Bar]
    ticks: list[tuple[float, int]]
    height: int


def _span(t: Tenure) -> tuple[float | None, float | None]:
    seen = [year(c.said_on) for c in t.claims if c.said_on]
    known = [s for s in seen if s is not None]
    start = year(t.start) or (min(known) if known else None)
    end = year(t.end) or year(t.last_seen) or (max(known) if known else None)
    return start, end


def timeline(tenures: Sequence[Tenure]) -> Timeline:
    """Bars for the tenures, oldest first; an open tenure runs to the axis' end."""
    spans = [_span(t) for t in tenures]
    points = [p for s in spans for p in s if p is not None]
    lo = int(min(points)) if points else date.today().year
    hi = int(max(points)) + 1 if points else lo + 1
    scale = WIDTH / max(hi - lo, 1)
    bars = []
    order = sorted(range(len(tenures)), key=lambda i: (spans[i][0] or hi, tenures[i].role))
    for row, i in enumerate(order):
        t, (start, end) = tenures[i], spans[i]
        a = start if start is not None else (end if end is not None else lo)
        b = end if end is not None and t.end else (hi if t.status == "current" else (end or a))
        x = (a - lo) * scale
        bars.append(Bar(t, round(x, 1), round(max((b - a) * scale, 4.0), 1), row * BAR,
                        t.claims[0] if t.claims else None))
    step = max(1, -(-(hi - lo) // 10))  # at most about ten year labels, however long the span
    ticks = [(round((y - lo) * scale, 1), y) for y in range(lo, hi + 1, step)]
    return Timeline(bars, ticks, max(len(bars), 1) * BAR + 20)


@dataclass(frozen=True, slots=True)
class SizePoint:
    """One dated size on the chart."""

    size: Size
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class SizeChart:
    """The organisation's numeric sizes in date order, as points of a line."""

    points: list[SizePoint]
    path: str
    low: float
    high: float


def sizes(found: Sequence[Size], height: int = 120) -> SizeChart | None:
    """The chart of the dated numeric sizes; None when fewer than one has a date and number."""
    dated = [(year(s.date), s) for s in found if isinstance(s.value, (int, float))]
    usable = [(x, s) for x, s in dated if x is not None]
    if not usable:
        return None
    xs = [x for x, _ in usable]
    values = [float(s.value) for _, s in usable]
    x0, x1 = min(xs), max(xs)
    low, high = min(values), max(values)
    points = []
    for (x, s), v in zip(usable, values, strict=True):
        px = 10 + (WIDTH - 20) * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)
        py = height - 10 - (height - 20) * ((v - low) / (high - low) if high > low else 0.5)
        points.append(SizePoint(s, round(px, 1), round(py, 1)))
    path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points))
    return SizeChart(points, path, low, high)
