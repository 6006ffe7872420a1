"""DATE spans and their normalised values, found with a grammar built from ``lang/ar`` data.

Spans are found here; calendar readings of absolute dates come from dateparser (with the
locale that knows the month name), relative ones are counted from the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser
from dateutil.relativedelta import relativedelta

from sijill.doc import Doc, Span
from sijill.lang import load_json
from sijill.pipeline import stage
from sijill.text.normalize import search_view, strip_diacritics
from sijill.text.patterns import alternation as _alt
from sijill.text.patterns import fuzzy as _fuzzy

_DASHES = "\\-\u2013\u2014"


def _key(s: str) -> str:
    return " ".join(search_view(strip_diacritics(s)).replace("\u0640", "").replace("ة", "ه").split())


@dataclass(frozen=True, slots=True)
class _Month:
    number: int
    locale: str
    canonical: str


class _Grammar:
    """The compiled date grammar and the lookup tables behind it."""

    def __init__(self) -> None:
        months = load_json("months.json")
        words = load_json("dates.json")
        self.months: dict[str, _Month] = {}
        for locale, table in months["locales"].items():
            for number, names in table.items():
                for name in names:
                    self.months[_key(name)] = _Month(int(number), locale, name)
        self.weekdays = {_key(n): int(d) for d, ns in months["weekdays"].items() for n in ns}
        self.rel_days = {_key(k): int(v) for k, v in words["relative_days"].items()}
        self.rel_periods = {_key(k): (str(v[0]), int(v[1]))
                            for k, v in words["relative_periods"].items()}
        self.parts = {_key(k): str(v) for k, v in words["part_of_period"].items()}
        self.past = {_key(w) for w in words["weekday_past"]}
        self.next = {_key(w) for w in words["weekday_next"]}
        self.year_min, self.year_max = int(words["year_min"]), int(words["year_max"])

        month = _alt(list(self.months_as_written(months)))
        monthx = rf"{month}(?:\s*[/(\\{_DASHES}]\s*{month}\s*\)?)?"
        alone = _alt(months["alone"])
        month_word = _alt(months["month_word"])
        year_word = _alt(words["year_words"])
        year = r"(?<!\d)(?:1[89]\d\d|20\d\d)(?![\d%])"
        day = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d)"
        wd_all = _alt([n for ns in months["weekdays"].values() for n in ns])
        wd_free = _alt([n for ns in months["weekdays"].values() for n in ns if n.startswith("ال")])
        weekday = rf"(?:{_fuzzy('يوم')}\s+{wd_all}|{wd_free})"
        agreeing = _alt(words["agreeing"])
        prefix = rf"(?:{weekday}\s*[,،]?\s*\(?\s*(?:{agreeing}\s*)?)?"
        of = _alt(words["of"])
        ad = rf"(?:\s*{_fuzzy('م')}(?!\w))?"
        mod = _alt(list(words["part_of_period"]))
        rel_day = _alt(list(words["relative_days"]))
        rel_period = _alt(list(words["relative_periods"]))
        past_next = _alt(words["weekday_past"] + words["weekday_next"])
        between = _alt(["بين"])
        from_ = _alt(["من"])
        to = _alt(["إلى", "حتى", "لغاية"])
        sep = rf"[/.{_DASHES}]"
        alternatives = [
            rf"(?P<num>{prefix}(?P<d1>{day})\s*(?P<s1>{sep})\s*(?P<m1>0?[1-9]|1[0-2])\s*(?P=s1)\s*(?P<y1>{year}){ad})",
            rf"(?P<iso>(?P<y2>{year})-(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01])(?!\d))",
            rf"(?P<dmy>{prefix}(?P<d3>{day})\s+(?:{of}\s+)?(?:{month_word}\s+)?(?P<mo3>{monthx})"
            rf"(?:\s*[,،]?\s*(?:{of}\s+)?(?:{year_word}\s+)?(?P<y3>{year}){ad})?)",
            rf"(?P<mod>(?P<part>{mod})\s+(?:(?:{month_word}\s+)?(?P<mo4>{monthx})(?:\s*[,،]?\s*(?:{of}\s+)?"
            rf"(?:{year_word}\s+)?(?P<y4>{year}){ad})?|(?:{year_word}\s+)?(?P<y5>{year}){ad}"
            rf"|(?P<rp5>{rel_period})))",
            rf"(?P<my>(?:{month_word}\s+)?(?P<mo6>{monthx})\s*[,،]?\s*(?:{of}\s+)?(?:{year_word}\s+)?"
            rf"(?P<y6>{year}){ad})",
            rf"(?P<range>(?:(?:{from_}|{between})\s+)?(?:{year_word}\s+)?(?P<ya>{year})\s*(?:[{_DASHES}/]|\s{to})\s*"
            rf"(?:{year_word}\s+)?(?P<yb>{year}){ad})",
            rf"(?P<range2>{between}\s+(?:{year_word}\s+)?(?P<yc>{year})\s+{_fuzzy('و')}\s*(?:{year_word}\s+)?"
            rf"(?P<yd>{year}))",
            rf"(?P<reld>(?P<rd>{rel_day})(?:\s*\(?\s*(?P<rdw>{wd_all})\s*\)?)?)",
            rf"(?P<relp>{rel_period})",
            rf"(?P<yw>{year_word}\s+(?P<y7>{year}){ad})",
            rf"(?P<wd>(?P<wdn>{weekday})(?:\s+(?P<wdd>{past_next}))?)",
            rf"(?P<mo>{month_word}\s+(?P<mo8>{monthx})|(?P<mo9>{alone}))",
            rf"(?P<year>(?P<y9>{year}){ad})",
        ]
        edge = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))"
        self.pattern = re.compile(rf"{edge}(?:{'|'.join(alternatives)})(?!\w)")
        self.month_pattern = re.compile(month)
        # Every date expression holds a year, a numeric day/month, a month name, a weekday or a
        # relative word; the full grammar is only tried around these, which keeps long articles
        # cheap to scan.
        anchors = (list(self.months_as_written(months)) + list(words["relative_days"])
                   + list(words["relative_periods"])
                   + [n for ns in months["weekdays"].values() for n in ns])
        numeric = rf"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{{1,2}}\s*{sep}\s*\d{{1,2}}\s*{sep}"
        self.anchor = re.compile(rf"{numeric}|(?<!\w)[وفبلك]?{_alt(anchors)}")

    @staticmethod
    def months_as_written(months: dict[str, dict[str, dict[str, list[str]]]]) -> list[str]:
        """Every month name of the data file."""
        return [n for table in months["locales"].values() for ns in table.values() for n in ns]

    def month(self, written: str) -> _Month | None:
        """The first month named in ``written`` (of ``كانون الثاني/يناير``, the first)."""
        m = self.month_pattern.search(search_view(written))
        return self.months.get(_key(m.group())) if m else None


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    """The date grammar, compiled once."""
    return _Grammar()


_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}


@lru_cache(maxsize=8)
def _parser(locale: str) -> DateDataParser:
    return DateDataParser(languages=["ar"], locales=[locale], settings=_SETTINGS)


@lru_cache(maxsize=65536)
def _calendar(day: int | None, month: str | int, year: int, locale: str) -> str | None:
    """The ISO reading of a day/month/year by dateparser, at the precision given."""
    text = f"{day} {month} {year}" if day else f"{month} {year}"
    data = _parser(locale).get_date_data(text)
    if data.date_obj is None:
        return None
    date: dt.date = data.date_obj.date()
    iso = date.isoformat()
    return iso if day else iso[:7]


def _in_range(g: _Grammar, *years: int) -> bool:
    return all(g.year_min <= y <= g.year_max for y in years)


def _absolute(g: _Grammar, m: re.Match[str], published: dt.date | None) -> str | None:
    """The value of an absolute expression, or None when the text gives no calendar date."""
    kind = m.lastgroup
    if kind in ("num", "iso"):
        d, mo, y = (m["d1"], m["m1"], m["y1"]) if kind == "num" else (m["d2"], m["m2"], m["y2"])
        return _calendar(int(d), int(mo), int(y), "ar") if _in_range(g, int(y)) else None
    if kind in ("dmy", "my", "mod", "mo"):
        written = m["mo3"] or m["mo4"] or m["mo6"] or m["mo8"] or m["mo9"]
        year_s = m["y3"] or m["y4"] or m["y5"] or m["y6"]
        if written is None:  # a part of a year: أواخر عام 2015
            return str(year_s)
        month = g.month(written)
        if month is None:
            return None
        if year_s is None:
            if published is None:
                return None
            year = published.year
        else:
            year = int(year_s)
        day = int(m["d3"]) if m["d3"] else None
        return _calendar(day, month.canonical, year, month.locale)
    if kind == "range":
        a, b = int(m["ya"]), int(m["yb"])
        return f"{a}/{b}" if a < b and _in_range(g, a, b) else None
    if kind == "range2":
        a, b = int(m["yc"]), int(m["yd"])
        return f"{a}/{b}" if a < b and _in_range(g, a, b) else None
    year_s = m["y7"] or m["y9"]
    return str(year_s) if year_s and _in_range(g, int(year_s)) else None


def _relative(g: _Grammar, m: re.Match[str], published: dt.date | None) -> str | None:
    """The value of a relative expression counted from ``published``, or None without it."""
    if published is None:
        return None
    kind = m.lastgroup
    if kind == "reld":
        return (published + dt.timedelta(days=g.rel_days[_key(m["rd"])])).isoformat()
    if kind in ("relp", "mod"):
        unit, offset = g.rel_periods[_key(m["relp"] or m["rp5"])]
        if unit == "year":
            return str(published.year + offset)
        month: dt.date = published + relativedelta(months=offset)
        return month.isoformat()[:7]
    if kind == "wd":
        wanted = g.weekdays[_key(_strip_day_word(m["wdn"]))]
        direction = _key(m["wdd"]) if m["wdd"] else ""
        delta = (published.weekday() - wanted) % 7
        if direction in g.next:
            ahead = (wanted - published.weekday()) % 7 or 7
            return (published + dt.timedelta(days=ahead)).isoformat()
        if direction in g.past and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat()
    return None


def _strip_day_word(s: str) -> str:
    words = s.split()
    return words[-1] if len(words) > 1 else s


_RELATIVE = frozenset({"reld", "relp", "wd"})


def find_dates(text: str, published: str | None) -> list[Span]:
    """DATE spans of ``text`` with values; relative ones need ``published`` (ISO) for a value."""
    g = grammar()
    view = search_view(text)
    pub = _parse_iso(published)
    spans: list[Span] = []
    for m in _matches(g, view):
        kind = m.lastgroup or ""
        if kind == "reld" and not m["rdw"] and _key(m["rd"]) == _key("اليوم"):
            # "اليوم العالمي", "اليوم الأول": a day that is not today.
            if view[m.end() : m.end() + 3].lstrip().startswith("ال"):
                continue
        relative = kind in _RELATIVE or (kind == "mod" and m["rp5"] is not None)
        value = _relative(g, m, pub) if relative else _absolute(g, m, pub)
        if kind in ("year", "yw") and value is None:
            continue  # a four-digit number outside the year range is not a date
        spans.append(Span(m.start(), m.end(), "DATE", value,
                          {"kind": "relative" if relative else "absolute"}))
    return spans


_BEFORE, _AFTER = 48, 96  # the longest reach of a date expression around its anchor word
_WORD = 40  # how far a window edge moves to reach a word edge (a bound keeps scans linear)
_SPACE = re.compile(r"\s")


def _matches(g: _Grammar, view: str) -> Iterator[re.Match[str]]:
    """Non-overlapping grammar matches, left to right, tried only in windows around anchors.

    Same result as ``g.pattern.finditer(view)``: a window only says whether a match starts
    near an anchor; the match itself is then read without the window's cut.
    """
    pos = 0
    n = len(view)
    search = g.pattern.search
    for anchor in g.anchor.finditer(view):
        a_start, a_end = anchor.span()
        while a_start >= pos:
            lo = a_start - _BEFORE
            if lo <= pos:
                lo = pos
            else:
                floor = max(pos, lo - _WORD)
                lo = max(view.rfind(" ", floor, lo), view.rfind("\n", floor, lo), floor - 1) + 1
            hi = a_end + _AFTER
            if hi >= n:
                hi = n
            else:
                gap = _SPACE.search(view, hi, hi + _WORD)
                hi = gap.start() if gap else min(n, hi + _WORD)
            if search(view, lo, hi) is None:
                break
            m = search(view, lo)  # stops at or before the window's match
            if m is None:  # pragma: no cover - the windowed match guarantees one
                break
            pos = m.end()
            yield m


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def dateline(text: str, spans: list[Span]) -> str | None:
    """The publication date stated by a dateline at the top of the text (``دمشق - 10 حزيران 2024``)."""
    for span in spans:
        if span.start > 120:
            break
        if span.data.get("kind") != "absolute" or span.value is None or len(span.value) != 10:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : span.start].split()
        after = text[span.end : line_end].split()
        if line_start == 0 and len(before) <= 4 and len(after) <= 4:
            return span.value
    return None


@stage("dates", needs=("text",), adds=("dates", "published"))
def add_dates(doc: Doc) -> Doc:
    """Find date expressions, take a missing publication date from a dateline, resolve values."""
    spans = find_dates(doc.text, doc.published)
    if doc.published is None:
        found = dateline(doc.text, spans)
        if found is not None:
            doc.published = found
            doc.meta["published_from"] = "dateline"
            spans = find_dates(doc.text, found)
    doc.layers["dates"] = spans
    return doc
