"""The value of one grammar match: absolute readings, and relative ones counted from publication.

Values are ISO strings at the precision the text supports (``YYYY-MM-DD``, ``YYYY-MM``,
``YYYY``) or ranges ``A/B`` of two such values; Hijri months and years become Gregorian day
ranges. A reading the calendar cannot hold has no value; a shape that is no date at all
(a Gregorian month with a Hijri year, a number outside the year range) is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from sijill.dates.calendars import (
    as_range,
    gregorian_day,
    gregorian_month,
    hijri_day,
    hijri_month,
    hijri_of,
    hijri_year,
    pick_year,
)
from sijill.dates.grammar import Grammar, Month, key

_HIJRI_MIN, _HIJRI_MAX = 1000, 1500  # the last year of the Umm al-Qura table of hijridate
_HIJRI_MARK = re.compile(r"ه")
_YEAR_FLOOR = 1000  # a value is four digits: a count back past the year 1000 has none


@dataclass(frozen=True, slots=True)
class Reading:
    """A match read: its value, whether it hangs on the publication date, whether it is a date.

    ``yearless`` holds the month and day of a date whose year was inferred, which a range may
    still correct from its other end (``30 ديسمبر إلى 5 يناير 2016``).
    """

    value: str | None
    relative: bool = False
    keep: bool = True
    yearless: tuple[Month, int | None] | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What a reading may need besides its match: the publication date and the clause's tense."""

    pub: dt.date | None
    future: bool


_NONE = Reading(None)
_DROP = Reading(None, keep=False)


def _is_hijri_year(y: int) -> bool:
    return _HIJRI_MIN <= y <= _HIJRI_MAX


def day_number(g: Grammar, written: str) -> int | None:
    """A day of the month written in digits (``الـ 12``) or as an ordinal (``السادس والعشرين``)."""
    digits = "".join(ch for ch in written if ch.isdigit())
    if digits:
        return int(digits)
    return g.ordinals.get(key(written))


def _mode(g: Grammar, qualifier: str | None, ctx: Context) -> str:
    if qualifier:
        return g.qualifiers.get(key(qualifier), "neutral")
    return "future" if ctx.future else "neutral"


def _day_value(month: Month, year: int, day: int) -> str | None:
    date = hijri_day(year, month.number, day) if month.hijri else gregorian_day(year, month.number, day)
    return date.isoformat() if date else None


def _month_value(month: Month, year: int) -> str | None:
    if month.hijri:
        bounds = hijri_month(year, month.number)
        return as_range(bounds) if bounds else None
    return f"{year:04d}-{month.number:02d}" if gregorian_month(year, month.number) else None


def _year_fits(g: Grammar, month: Month, year: int) -> bool:
    return _is_hijri_year(year) if month.hijri else g.year_min <= year <= g.year_max


def _infer_year(month: Month, day: int | None, mode: str, pub: dt.date) -> int | None:
    """The year of a day or month written without one, in the month's own calendar."""
    if month.hijri:
        today = hijri_of(pub)
        if today is None:
            return None
        if day is None:
            return pick_year(lambda y: hijri_month(y, month.number), today[0], pub, mode)
        return pick_year(lambda y: _one_day(hijri_day(y, month.number, day)), today[0], pub, mode)
    if day is None:
        return pick_year(lambda y: gregorian_month(y, month.number), pub.year, pub, mode)
    return pick_year(lambda y: _one_day(gregorian_day(y, month.number, day)), pub.year, pub, mode)


def _one_day(date: dt.date | None) -> tuple[dt.date, dt.date] | None:
    return (date, date) if date else None


def month_date(g: Grammar, written: str, year_s: str | None, days: tuple[int | None, int | None],
               qualifier: str | None, ctx: Context) -> Reading:
    """A month named with an optional year, day and second day (a range ``12 و13 يوليو``)."""
    month = g.month(written)
    if month is None:
        return _NONE
    first, last = days
    if year_s is not None:
        year = int(year_s)
        if not _year_fits(g, month, year):
            return _DROP
        relative = False
    else:
        if ctx.pub is None:
            return Reading(None, relative=True)
        inferred = _infer_year(month, first or last, _mode(g, qualifier, ctx), ctx.pub)
        if inferred is None:
            return Reading(None, relative=True)
        year, relative = inferred, True
    yearless = (month, first or last) if relative else None
    if last is None:
        return Reading(_month_value(month, year), relative, yearless=yearless)
    end = _day_value(month, year, last)
    if first is None or end is None:
        return Reading(end, relative, yearless=yearless)
    start = _day_value(month, year, first)
    if start is None or start >= end:
        return Reading(None, relative)
    return Reading(f"{start}/{end}", relative, yearless=yearless)


def numeric(g: Grammar, day: int, month: int, year: int, marked: bool) -> Reading:
    """A day/month/year in digits: Hijri when marked هـ or when the year is a Hijri one."""
    if marked or (_is_hijri_year(year) and not g.year_min <= year <= g.year_max):
        date = hijri_day(year, month, day)
    elif g.year_min <= year <= g.year_max:
        date = gregorian_day(year, month, day)
    else:
        return _NONE
    return Reading(date.isoformat() if date else None)


def hijri_marked(view: str, m: re.Match[str], group: str) -> bool:
    """Whether the year of ``group`` is followed by the Hijri mark هـ inside the match."""
    return _HIJRI_MARK.search(view, m.end(group), m.end()) is not None


def hijri_months(month: int, year: int) -> Reading:
    """A Hijri month written in digits (``3/1436هـ``): its Gregorian days."""
    bounds = hijri_month(year, month)
    return Reading(as_range(bounds) if bounds else None)


def hijri_years(first: int, last: int) -> Reading:
    """A Hijri year or run of years: from the first day of one to the last day of the other."""
    if first > last:
        return _NONE
    a, b = hijri_year(first), hijri_year(last)
    return Reading(f"{a[0].isoformat()}/{b[1].isoformat()}" if a and b else None)


def holiday(g: Grammar, name: str, nth: int, qualifier: str | None, ctx: Context) -> Reading:
    """A Hijri feast (عيد الفطر) or its n-th day, in the year nearest the publication date."""
    month, day = g.holidays[key(name)]
    if ctx.pub is None:
        return Reading(None, relative=True)
    today = hijri_of(ctx.pub)
    if today is None:
        return Reading(None, relative=True)
    year = pick_year(lambda y: _one_day(hijri_day(y, month, day)), today[0], ctx.pub,
                     _mode(g, qualifier, ctx))
    first = hijri_day(year, month, day) if year else None
    if first is None:
        return Reading(None, relative=True)
    return Reading((first + dt.timedelta(days=nth - 1)).isoformat(), relative=True)


def ago(g: Grammar, m: re.Match[str], pub: dt.date | None) -> Reading:
    """``منذ 26 يوماً``, ``قبل حوالى أسبوعين``: counted back from publication at the unit's precision."""
    unit, count = g.units[key(m["un"])]
    if m["n16"]:
        written = key(m["n16"])
        count = int(written) if written.isdigit() else g.numbers.get(written, 0)
    bound = m["apx"] is not None and key(m["apx"]) in g.bounds
    if pub is None or count <= 0 or bound:
        return Reading(None, relative=True)
    approximate = m["apx"] is not None
    if unit == "year":
        year = pub.year - count
        return Reading(str(year) if year >= _YEAR_FLOOR else None, relative=True)
    try:
        if unit == "month":
            date = pub - relativedelta(months=count)
        else:
            date = pub - dt.timedelta(days=count * (7 if unit == "week" else 1))
    except (OverflowError, ValueError):
        return Reading(None, relative=True)
    if date.year < _YEAR_FLOOR:
        return Reading(None, relative=True)
    month_only = approximate or unit in ("week", "month")
    return Reading(date.isoformat()[:7] if month_only else date.isoformat(), relative=True)


def weekday(pub: dt.date, wanted: int, direction: str) -> dt.date:
    """The date of a weekday: the last one up to publication, or the next one after it; a
    weekday in a future clause with no word of its own (سيجتمع المجلس الخميس) is that day on or
    after publication: a week ahead would say المقبل."""
    if direction == "soon":
        return pub + dt.timedelta(days=(wanted - pub.weekday()) % 7)
    if direction in ("next", "next2"):
        ahead = (wanted - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=ahead + (7 if direction == "next2" else 0))
    delta = (pub.weekday() - wanted) % 7
    if direction in ("past", "past2") and delta == 0:
        delta = 7
    if direction == "past2":
        delta += 7
    return pub - dt.timedelta(days=delta)


def near_weekday(date: dt.date, wanted: int) -> dt.date:
    """The day with weekday ``wanted`` within three days of ``date``.

    ``أمس الأربعاء`` printed on a Friday means the Wednesday: a paper dated the day after
    the story was written still says أمس, the weekday is what the writer checked.
    """
    delta = (wanted - date.weekday()) % 7
    return date + dt.timedelta(days=delta - 7 if delta > 3 else delta)


def period(unit: str, offset: int, pub: dt.date) -> str | None:
    """This/last/next year or month; a week has no value of its own precision."""
    if unit == "year":
        return str(pub.year + offset)
    if unit == "month":
        month: dt.date = pub + relativedelta(months=offset)
        return month.isoformat()[:7]
    return None


def period_span(unit: str, first: int, last: int, pub: dt.date) -> str | None:
    """``اليومين الماضيين``, ``العامين المقبلين``: a range of days, months or years."""
    if unit == "day":
        return f"{(pub + dt.timedelta(days=first)).isoformat()}/{(pub + dt.timedelta(days=last)).isoformat()}"
    a, b = period(unit, first, pub), period(unit, last, pub)
    return f"{a}/{b}" if a and b and a != b else a


def start_before(month: Month, day: int | None, end: dt.date) -> str | None:
    """The start value of a year-less day or month in the last year it starts by ``end``.

    ``من 30 ديسمبر إلى 5 يناير 2016``: the start takes its year from the end.
    """
    if month.hijri:
        at_end = hijri_of(end)
        base = at_end[0] if at_end else None
    else:
        base = end.year
    if base is None:
        return None
    for year in (base, base - 1):
        if day is None:
            value = _month_value(month, year)
            start = value.split("/")[0] if value else None
            start_day = start if start and len(start) == 10 else (start + "-01" if start else None)
        else:
            value = _day_value(month, year, day)
            start_day = value
        if value is not None and start_day is not None and start_day <= end.isoformat():
            return value.split("/")[0]
    return None
