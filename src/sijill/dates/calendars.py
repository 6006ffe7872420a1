"""Calendar arithmetic behind date values: Gregorian with ``datetime``, Hijri with ``hijridate``.

Hijri dates are read with the Umm al-Qura calendar (the one Saudi and Gulf outlets print);
a Hijri month or year is not a Gregorian month or year, so its value is the range of its
first and last Gregorian days (``2014-01-02/2014-01-31``). Anything the calendars cannot
hold (30 شباط, 1500هـ past the table) gives None, never an exception.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Callable

from hijridate import Gregorian, Hijri

Bounds = tuple[dt.date, dt.date]

# How far ahead of the publication date a year-less date may lie before it is read as last
# year's: news names coming months (in November) far less often than months just past.
NEUTRAL_AHEAD = dt.timedelta(days=92)


def gregorian_day(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date, or None when the calendar has no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def gregorian_month(year: int, month: int) -> Bounds | None:
    """First and last day of a Gregorian month."""
    if not (1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR):
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


# Umm al-Qura tables start in 1343 AH (1924); older years (a founding in 1319هـ) are read with
# the tabular Islamic calendar, which keeps to within a day or two of the observed one.
_UQ_FIRST_YEAR = 1343
_HIJRI_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH
_ORDINAL_TO_JDN = 1721424  # date.toordinal() + this = Julian day number


def _tabular_length(year: int, month: int) -> int:
    leap = (14 + 11 * year) % 30 < 11
    return 30 if month % 2 == 1 or (month == 12 and leap) else 29


def _tabular_day(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= year < _UQ_FIRST_YEAR and 1 <= month <= 12 and 1 <= day <= _tabular_length(year, month)):
        return None
    jdn = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
           + _HIJRI_EPOCH - 1)
    return dt.date.fromordinal(jdn - _ORDINAL_TO_JDN)


def hijri_day(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date (Umm al-Qura), or None outside the calendar."""
    if year < _UQ_FIRST_YEAR:
        return _tabular_day(year, month, day)
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_month(year: int, month: int) -> Bounds | None:
    """First and last Gregorian day of a Hijri month."""
    try:
        length = Hijri(year, month, 1).month_length() if year >= _UQ_FIRST_YEAR else _tabular_length(year, month)
    except (ValueError, OverflowError):
        return None
    first, last = hijri_day(year, month, 1), hijri_day(year, month, length)
    return (first, last) if first and last else None


def hijri_year(year: int) -> Bounds | None:
    """First and last Gregorian day of a Hijri year."""
    first, last = hijri_month(year, 1), hijri_month(year, 12)
    return (first[0], last[1]) if first and last else None


def hijri_of(date: dt.date) -> tuple[int, int, int] | None:
    """The Umm al-Qura date of a Gregorian date, or None outside the table."""
    try:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def as_range(bounds: Bounds) -> str:
    """A day range value ``YYYY-MM-DD/YYYY-MM-DD``."""
    return f"{bounds[0].isoformat()}/{bounds[1].isoformat()}"


def pick_year(bounds: Callable[[int], Bounds | None], base: int, pub: dt.date, mode: str) -> int | None:
    """The year of a year-less date (a day or a month) around the publication date.

    ``mode``: ``past`` (الماضي: the last one over before publication), ``next`` (المقبل: the
    first one to start after it), ``current`` (الحالي: the publication's year), ``future``
    (the clause is in the future: the first one not over yet), ``neutral`` (the latest one
    starting no later than a season after publication).
    """
    if mode == "current":
        return base if bounds(base) else None
    years = [y for y in (base - 1, base, base + 1) if bounds(y) is not None]
    spans = [(y, b) for y in years if (b := bounds(y)) is not None]
    if mode == "past":
        done = [y for y, (_, end) in spans if end < pub]
        return done[-1] if done else None
    if mode == "next":
        ahead = [y for y, (start, _) in spans if start > pub]
        return ahead[0] if ahead else None
    if mode == "future":
        open_ = [y for y, (_, end) in spans if end >= pub]
        return open_[0] if open_ else None
    near = [y for y, (start, _) in spans if start <= pub + NEUTRAL_AHEAD]
    return near[-1] if near else None


# The longest run of days an event's date is still its first day (a meeting held 24-26 July).
_EVENT_DAYS = 7


def point_value(value: str | None) -> str | None:
    """One date for a value that may be a range: what an event's date can be.

    A short run of days gives its first day; a Hijri month its Gregorian month and a Hijri
    year its Gregorian year (the one holding most of its days); a run of several years
    gives nothing, an event does not take years.
    """
    if value is None or "/" not in value:
        return value
    lo, hi = value.split("/", 1)
    if len(lo) != len(hi):
        return None
    if len(lo) < 10:
        return lo[:4] if lo[:4] == hi[:4] else None
    try:
        first, last = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    except ValueError:
        return None
    days = (last - first).days + 1
    if days <= _EVENT_DAYS:
        return lo
    if days <= 31:
        return _most_days(first, last, lambda d: d.isoformat()[:7])
    if days <= 366:
        return _most_days(first, last, lambda d: str(d.year))
    return None


def _most_days(first: dt.date, last: dt.date, unit: Callable[[dt.date], str]) -> str:
    """The month or year (``unit``) holding most days of ``first``..``last``."""
    counts: dict[str, int] = {}
    day = first
    while day <= last:
        counts[unit(day)] = counts.get(unit(day), 0) + 1
        day += dt.timedelta(days=1)
    return max(counts, key=lambda k: counts[k])
