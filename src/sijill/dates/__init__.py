"""DATE spans and their normalised values, found with a grammar built from ``lang/ar`` data.

Spans are found by ``grammar`` and each is read by ``read`` (Gregorian and Umm al-Qura Hijri
calendars; relative expressions counted from the day of writing, which is the publication
date unless the writer's أمس الأربعاء says otherwise; a year-less date placed by the tense
of its clause). Then a day named by reference (في اليوم التالي) takes the day dated before
it, and two dates of one shape joined by إلى/حتى become one range.
"""

from __future__ import annotations

import datetime as dt
import re

from sijill.dates.calendars import gregorian_day, point_value
from sijill.dates.grammar import Grammar, grammar, key
from sijill.dates.grammar import matches as _matches
from sijill.dates.read import TENSED, read
from sijill.dates.values import Context, day_number, near_weekday, start_before
from sijill.doc import Doc, Span
from sijill.pipeline import stage
from sijill.text.normalize import search_view

__all__ = ["_matches", "add_dates", "dateline", "find_dates", "grammar", "point_value"]

_CLAUSE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_REACH = 80  # characters back to look for the clause's tense
_CLAUSE_WORDS = 8
_NISBA = re.compile(r"ال\w{2,}(?:ي|يه|يين|يون)")
_QUOTES = frozenset("\"'«»“”")
_BYLINE_DASH = re.compile(r"\s*[\-\u2013\u2014]\s")
_AND = re.compile(r"\s*و\s*")
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)(?:ما\s+)?بين\s*$")


def _future_clause(g: Grammar, view: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future (سوف، من المقرر، سيعقد)."""
    lo = max(0, start - _CLAUSE_REACH)
    before = view[lo:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    for word in before[cut:].split()[-_CLAUSE_WORDS:]:
        k = key(word)
        bare = k[1:] if len(k) > 3 and k[0] in "وف" else k
        if k in g.future_cues or bare in g.future_cues:
            return True
        if len(bare) >= 5 and bare.startswith(g.future_prefix) and not bare.startswith(g.future_not):
            return True
    return False


def _not_today(g: Grammar, view: str, m: re.Match[str]) -> bool:
    """``اليوم العالمي``, ``اليوم الأول``: the word اليوم names a day, it is not today."""
    if m["rdw"] or key(m["rd"]) != key("اليوم"):
        return False
    rest = view[m.end() : m.end() + 40]
    if _BYLINE_DASH.match(rest):
        return True  # a paper's name in a byline: عين اليوم – الرياض
    if m.start() > 0 and view[m.start() - 1] in _QUOTES and rest[:1] in _QUOTES:
        return True  # a paper's name: قال لـ«اليوم»
    if _word_before_in(view, m.start(), g.not_today_before):
        return True  # على مدار اليوم: all day long
    after = rest.split()
    nxt = key(after[0]) if after else ""
    return nxt in g.not_today or bool(_NISBA.fullmatch(nxt))


def _word_before_in(view: str, start: int, words: set[str]) -> bool:
    before = view[max(0, start - 24) : start].split()
    if not before:
        return False
    k = key(before[-1])
    return k in words or (len(k) > 3 and k[0] in "وبل" and k[1:] in words)


def _named_after_a_day(g: Grammar, view: str, m: re.Match[str]) -> bool:
    """``قوى 14 آذار``, ``مدينة السادس من أكتوبر``, ``مسجد الجمعة``: a name, not a date."""
    if m.lastgroup == "mp" and m["d3"] and not m["y3"]:
        return _word_before_in(view, m.start(), g.name_words)
    if m.lastgroup in ("wd", "wd2"):
        return _word_before_in(view, m.start(), g.not_weekday_after)
    return False


def _writer_day(g: Grammar, found: list[re.Match[str]], pub: dt.date | None) -> dt.date | None:
    """The day the story was written: publication, unless أمس/اليوم + weekday say otherwise.

    A paper that prints a story the day after it was written keeps the writer's أمس الأربعاء;
    the weekday is what the writer checked, so every relative word counts from that day.
    """
    if pub is None:
        return None
    for m in found:
        if m.lastgroup == "reld" and m["rdw"]:
            nominal = pub + dt.timedelta(days=g.rel_days[key(m["rd"])])
            checked = near_weekday(nominal, g.weekdays[key(m["rdw"])])
            return pub + (checked - nominal)
    return pub


def find_dates(text: str, published: str | None) -> list[Span]:
    """DATE spans of ``text`` with values; relative ones need ``published`` (ISO) for a value."""
    g = grammar()
    view = search_view(text)
    found = [m for m in _matches(g, view)
             if not (m.lastgroup == "reld" and _not_today(g, view, m)) and not _named_after_a_day(g, view, m)]
    today = _writer_day(g, found, _parse_iso(published))
    spans: list[Span] = []
    last_day: dt.date | None = None
    last_value = ""  # the last single value dated, for الشهر نفسه / العام نفسه
    for m in found:
        kind = m.lastgroup or ""
        future = kind in TENSED and _future_clause(g, view, m.start())
        reading = read(g, m, view, Context(today, future))
        if not reading.keep:
            continue
        value = reading.value
        if kind == "ana":
            written = key(m.group())
            since = last_day or (today if written in g.anaphoric_today else None)
            value = _after(since, g.anaphoric[written])
        elif kind == "anm":
            value = _same_period(g, m, last_value)
        last_day = _as_day(value) or last_day
        if value and "/" not in value:
            last_value = value
        spans.append(Span(m.start(), m.end(), "DATE", value,
                          {"kind": "relative" if reading.relative else "absolute",
                           "yearless": reading.yearless}))
    return _join_ranges(view, spans)


def _same_period(g: Grammar, m: re.Match[str], last: str) -> str | None:
    """``العام نفسه``, ``في العاشر من الشهر نفسه``: the year or month last dated in the text."""
    if m["ay"]:
        return last[:4] or None
    if len(last) < 7:
        return None
    if not m["d18"]:
        return last[:7]
    day = day_number(g, m["d18"])
    date = gregorian_day(int(last[:4]), int(last[5:7]), day) if day else None
    return date.isoformat() if date else None


def _after(day: dt.date | None, offset: int) -> str | None:
    return (day + dt.timedelta(days=offset)).isoformat() if day else None


def _as_day(value: str | None) -> dt.date | None:
    return _parse_iso(value) if value and len(value) == 10 else None


def _join_ranges(view: str, spans: list[Span]) -> list[Span]:
    """Two dates joined by إلى/حتى (or و after بين) become one span with a range value."""
    out: list[Span] = []
    g = grammar()
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.data.get("yearless") and span.value is None
                and g.every_year.match(view, span.end) and g.range_join.fullmatch(view[prev.end : span.start])):
            prev.value = None  # من 15 يوليو وحتى 15 سبتمبر من كل عام: both ends recur
        if prev is not None and _joined(view, prev, span):
            value = _range_value(prev, span)
            if value is not None:
                kind = "relative" if "relative" in (prev.data["kind"], span.data["kind"]) else "absolute"
                out[-1] = Span(prev.start, span.end, "DATE", value, {"kind": kind, "yearless": None})
                continue
        out.append(span)
    for span in out:
        span.data.pop("yearless", None)
    return out


def _shape(value: str) -> tuple[int, int]:
    return len(value.split("/")[0]), value.count("/")


def _joined(view: str, a: Span, b: Span) -> bool:
    """Whether two dates of one shape (two days, two months, two Hijri months) make a range."""
    if a.value is None or b.value is None or b.start - a.end > 12:
        return False
    if _shape(a.value) != _shape(b.value):
        return False
    gap = view[a.end : b.start]
    if grammar().range_join.fullmatch(gap):
        return True
    return bool(_AND.fullmatch(gap)) and bool(_BETWEEN_BEFORE.search(view, max(0, a.start - 12), a.start))


def _range_value(a: Span, b: Span) -> str | None:
    """From the start of ``a`` to the end of ``b``; a year-less start takes the end's year."""
    lo, hi = str(a.value).split("/")[0], str(b.value).split("/")[-1]
    yearless = a.data.get("yearless")
    end = _parse_iso(_last_day(hi))
    if yearless is not None and end is not None:
        lo = start_before(yearless[0], yearless[1], end) or lo
    first: str | None = lo
    last: str | None = hi
    if len(lo) != len(hi):
        first, last = _first_day(lo), _last_day(hi)
    if first is None or last is None or first >= last:
        return None
    return f"{first}/{last}"


def _first_day(value: str) -> str | None:
    return value + "-01-01"[: 10 - len(value)] if len(value) in (4, 7, 10) else None


def _last_day(value: str) -> str | None:
    if len(value) == 10:
        return value
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        nxt = dt.date(int(value[:4]) + int(value[5:7]) // 12, int(value[5:7]) % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return None


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

