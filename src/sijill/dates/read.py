"""Which reading a grammar match gets, by the alternative that matched (``Match.lastgroup``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from sijill.dates import values as v
from sijill.dates.calendars import gregorian_day, hijri_of
from sijill.dates.grammar import Grammar, key
from sijill.dates.values import Context, Reading

_Reader = Callable[[Grammar, re.Match[str], str, Context], Reading]


def _num(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return v.numeric(g, int(m["d1"]), int(m["m1"]), int(m["y1"]), v.hijri_marked(view, m, "y1"))


def _ymd(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    """``2019/05/12``, ``1436/10/16هـ``: year first, as Gulf outlets print it."""
    return v.numeric(g, int(m["d15"]), int(m["m15"]), int(m["y15"]), v.hijri_marked(view, m, "y15"))


def _iso(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    y = int(m["y2"])
    date = gregorian_day(y, int(m["m2"]), int(m["d2"])) if g.year_min <= y <= g.year_max else None
    return Reading(date.isoformat() if date else None)


def _alone_ok(g: Grammar, m: re.Match[str], view: str) -> bool:
    """Whether a month named with nothing around it is a date (see ``Grammar.alone``)."""
    if m["pair"]:
        return True  # يونيو حزيران: two names of one month
    month = g.month(m["mo3"])
    if month is None:
        return False
    if not month.hijri:
        return key(m["mo3"]) in g.alone
    before = view[max(0, m.start() - 16) : m.start()].split()
    return bool(before) and key(before[-1]) in g.hijri_alone_after


def _mp(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    """A month with whatever the text puts around it: days, a part, a year, a qualifier."""
    if not (m["y3"] or m["y12"]) and g.every_year.match(view, m.end()):
        return Reading(None, relative=True)  # 15 يوليو من كل عام recurs: no one date
    if m["ry3"]:
        return _in_relative_year(g, m, ctx)
    if m["part"]:
        return v.month_date(g, m["mo3"], m["y3"], (None, None), m["q3"], ctx)
    if m["d12"]:
        return v.month_date(g, m["mo3"], m["y12"], (None, int(m["d12"])), None, ctx)
    if m["d3"]:
        first = v.day_number(g, m["d3a"]) if m["d3a"] else None
        return v.month_date(g, m["mo3"], m["y3"], (first, v.day_number(g, m["d3"])), m["q3"], ctx)
    if not (m["mw"] or m["y3"] or m["q3"] or _alone_ok(g, m, view)):
        return Reading(None, keep=False)
    return v.month_date(g, m["mo3"], m["y3"], (None, None), m["q3"], ctx)


def _in_relative_year(g: Grammar, m: re.Match[str], ctx: Context) -> Reading:
    """أكتوبر من العام الماضي، 12 مارس من العام المقبل: a month (and day) in the year named
    relative to publication, not the month nearest publication."""
    if ctx.pub is None:
        return Reading(None, relative=True)
    _, offset = g.rel_periods[key(m["ry3"])]
    month = g.month(m["mo3"])
    # رجب من العام الماضي: the year of a Hijri month is a Hijri one.
    today = hijri_of(ctx.pub) if month is not None and month.hijri else (ctx.pub.year, 0, 0)
    if today is None:
        return Reading(None, relative=True)
    first = v.day_number(g, m["d3a"]) if m["d3a"] else None
    last = v.day_number(g, m["d3"]) if m["d3"] else None
    read = v.month_date(g, m["mo3"], str(today[0] + offset), (first, last), None, ctx)
    return Reading(read.value, relative=True, keep=read.keep)


def _mod(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    """A part of a year (أواخر عام 2015) or of a period named relative to publication."""
    if m["rp5"]:
        return _period(g, m["rp5"], ctx.pub)
    return Reading(m["y5"])


def _dmr(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    """``الـ 12 من الشهر الحالي``: a day of the month named relative to publication."""
    if ctx.pub is None:
        return Reading(None, relative=True)
    month = _period(g, m["rp11"], ctx.pub).value
    day = v.day_number(g, m["d11"])
    if month is None or day is None:
        return Reading(None, relative=True)
    date = gregorian_day(int(month[:4]), int(month[5:7]), day)
    return Reading(date.isoformat() if date else None, relative=True)


def _hmy(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return v.hijri_months(int(m["m14"]), int(m["y14"]))


def _hr(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return v.hijri_years(int(m["ha"]), int(m["hb"]))


def _hy(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return v.hijri_years(int(m["y13"]), int(m["y13"]))


def _years(a: int, b: int, g: Grammar) -> Reading:
    ok = a < b and all(g.year_min <= y <= g.year_max for y in (a, b))
    return Reading(f"{a}/{b}" if ok else None)


def _range(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return _years(int(m["ya"]), int(m["yb"]), g)


def _range2(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return _years(int(m["yc"]), int(m["yd"]), g)


def _year(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    y = m["y7"] or m["y9"]
    if m["y9"]:
        after = view[m.end() : m.end() + 24].split()
        word = key(after[0]) if after else ""
        bare = word[1:] if len(word) > 3 and word[0] in "وب" else word
        if word in g.counted or bare in g.counted or (bare.endswith("ا") and bare[:-1] in g.counted):
            return Reading(None, keep=False)  # 2000 ريال counts, it is no year
    return Reading(y) if y and g.year_min <= int(y) <= g.year_max else Reading(None, keep=False)


def _hol(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    nth = 1
    if m["ho1"]:
        nth = g.ordinals.get(key(m["ho1"]), 1)
    elif m["ho2"]:
        nth = g.ordinals.get(key("ال" + m["ho2"]), 1)
    return v.holiday(g, m["hn"], nth, m["q15"], ctx)


def _ana(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return Reading(None, relative=True)  # resolved from the day dated before it


def _ago(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return v.ago(g, m, ctx.pub)


def _period(g: Grammar, written: str, pub: dt.date | None) -> Reading:
    unit, offset = g.rel_periods[key(written)]
    return Reading(v.period(unit, offset, pub) if pub else None, relative=True)


def _relp(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    return _period(g, m["relp"], ctx.pub)


def _rels(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    if ctx.pub is None:
        return Reading(None, relative=True)
    unit, first, last = g.rel_spans[key(m["rels"])]
    return Reading(v.period_span(unit, first, last, ctx.pub), relative=True)


def _reld(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    if ctx.pub is None:
        return Reading(None, relative=True)
    date = ctx.pub + dt.timedelta(days=g.rel_days[key(m["rd"])])
    if m["rdw"]:
        date = v.near_weekday(date, g.weekdays[key(m["rdw"])])
    return Reading(date.isoformat(), relative=True)


def _direction(g: Grammar, written: str | None, ctx: Context) -> str:
    if written:
        k = key(written)
        if k in g.before_last:
            return "past2"
        return "next2" if k in g.after_next else "next" if k in g.next else "past" if k in g.past else ""
    return "soon" if ctx.future else ""


def _wd(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    if ctx.pub is None:
        return Reading(None, relative=True)
    wanted = g.weekdays[key(m["wdn"].split()[-1])]
    return Reading(v.weekday(ctx.pub, wanted, _direction(g, m["wdd"], ctx)).isoformat(), relative=True)


def _wd2(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    """``يومي الأحد والاثنين``: the first day as a weekday, the second the next such day after it."""
    if ctx.pub is None:
        return Reading(None, relative=True)
    first = v.weekday(ctx.pub, g.weekdays[key(m["wa"] or m["wa2"])], _direction(g, m["wdd2"], ctx))
    gap = (g.weekdays[key(m["wb"])] - first.weekday()) % 7 or 7
    return Reading(f"{first.isoformat()}/{(first + dt.timedelta(days=gap)).isoformat()}", relative=True)


READERS: dict[str, _Reader] = {
    "anm": _ana, "num": _num, "iso": _iso, "ymd": _ymd, "hmy": _hmy, "hol": _hol, "ana": _ana, "mp": _mp, "dmr": _dmr,
    "mod": _mod, "hr": _hr, "range": _range, "range2": _range2, "hy": _hy,
    "ago": _ago, "wd2": _wd2, "rels": _rels, "reld": _reld, "relp": _relp, "yw": _year,
    "wd": _wd, "year": _year,
}

# Shapes whose meaning depends on the tense of their clause.
TENSED = frozenset({"mp", "hol", "wd", "wd2"})


def read(g: Grammar, m: re.Match[str], view: str, ctx: Context) -> Reading:
    """The reading of one match."""
    return READERS[m.lastgroup or "year"](g, m, view, ctx)
