"""The date grammar: one pattern built from ``lang/ar`` data, and the lookup tables behind it.

Every alternative is a named group; ``Match.lastgroup`` says which shape was read, and
``sijill.dates.values`` turns the groups into a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sijill.lang import load_json
from sijill.text.normalize import search_view, strip_diacritics
from sijill.text.patterns import alternation as _alt
from sijill.text.patterns import fuzzy as _fuzzy

_DASHES = "\\-\u2013\u2014"
HIJRI = "hijri"


def key(s: str) -> str:
    """The lookup key of a written word: no diacritics or tatweel, folded letters and spaces."""
    return " ".join(search_view(strip_diacritics(s)).replace("\u0640", "").replace("ة", "ه").split())


@dataclass(frozen=True, slots=True)
class Month:
    """A month name: its number, the calendar or dateparser locale that reads it, its spelling."""

    number: int
    locale: str
    canonical: str

    @property
    def hijri(self) -> bool:
        return self.locale == HIJRI


def _ordinals(words: dict[str, Any]) -> dict[str, int]:
    """Day ordinals 1-31 as written (الرابع، الحادي عشر، السادس والعشرين) and their numbers."""
    units = {str(k): int(v) for k, v in words["ordinal_units"].items()}
    tens = {str(k): int(v) for k, v in words["ordinal_tens"].items()}
    teen = str(words["teen_word"])
    out: dict[str, int] = {w: n for w, n in units.items() if w != "الحادي"}
    out.update(tens)
    for unit, n in units.items():
        if unit != "الأول":  # 11 is الحادي عشر, 21 الحادي والعشرين
            out[f"{unit} {teen}"] = 10 + n
        for ten, t in tens.items():
            if t >= 20 and unit != "الأول" and t + n <= 31:
                out[f"{unit} و{ten}"] = t + n
    for w in words["first_day_words"]:
        out[str(w)] = 1
    return out


class Grammar:
    """The compiled date grammar and the lookup tables behind it."""

    def __init__(self) -> None:
        months = load_json("months.json")
        words = load_json("dates.json")
        self.months: dict[str, Month] = {}
        for locale, table in months["locales"].items():
            for number, names in table.items():
                for name in names:
                    self.months[key(name)] = Month(int(number), locale, name)
        self.weekdays = {key(n): int(d) for d, ns in months["weekdays"].items() for n in ns}
        rel_days = {**words["relative_days"], **words["relative_days_extra"]}
        self.rel_days = {key(k): int(v) for k, v in rel_days.items()}
        self.rel_periods = {key(k): (str(v[0]), int(v[1]))
                            for k, v in words["relative_periods"].items()}
        self.rel_spans = {key(k): (str(v[0]), int(v[1]), int(v[2]))
                          for k, v in words["relative_spans"].items()}
        self.parts = {key(k): str(v) for k, v in words["part_of_period"].items()}
        self.past = {key(w) for w in words["weekday_past"]}
        self.next = {key(w) for w in words["weekday_next"]}
        self.after_next = {key(w) for w in words["weekday_after_next"]}
        self.before_last = {key(w) for w in words.get("weekday_before_last", [])}
        self.not_weekday_after = {key(w) for w in words["not_a_weekday_after"]}
        self.qualifiers = {key(k): str(v) for k, v in words["month_qualifiers"].items()}
        self.ordinals = {key(k): v for k, v in _ordinals(words).items()}
        self.holidays = {key(k): (int(v[0]), int(v[1])) for k, v in words["holidays"].items()}
        self.anaphoric = {key(k): int(v) for k, v in words["anaphoric_days"].items()}
        self.anaphoric_today = {key(k) for k in words["anaphoric_default_today"]}
        self.units = {key(k): (str(v[0]), int(v[1])) for k, v in words["units"].items()}
        self.numbers = {key(k): int(v) for k, v in words["number_words"].items()}
        self.bounds = {key(w) for w in words["bound_words"]}
        self.future_cues = {key(w) for w in words["future_cues"]}
        self.future_prefix = tuple(key(w) for w in words["future_verb_prefix"])
        self.future_not = tuple(key(w) for w in words["future_verb_not"])
        self.not_today = {key(w) for w in words["not_today_after"]} | set(self.ordinals)
        self.not_today_before = {key(w) for w in words["not_today_before"]}
        self.counted = {key(w) for w in words["counted_after_a_number"]}
        self.every_year = re.compile(rf"\s*{_alt(words['every_year'])}(?!\w)")
        self.name_words = {key(w) for w in words["named_after_a_day"]}
        # A month named alone is a date only when it cannot be a word or a name: مارس 'he
        # practised', آب, رمضان the first name; a Hijri month alone right after a preposition.
        self.alone = {key(w) for w in months["alone"]}
        self.hijri_alone_after = {key(w) for w in months["hijri_alone_after"]}
        self.year_min, self.year_max = int(words["year_min"]), int(words["year_max"])
        self.pattern = re.compile(self._build(months, words))
        self.month_pattern = re.compile(_alt(self.months_as_written(months)))
        self.anchor = re.compile(self._anchors(months, words))
        to_words = _alt(["إلى", "حتى", "لغاية"] + words["range_words"])
        self.range_join = re.compile(rf"\s*(?:{_fuzzy('و')}\s*)?{to_words}\s*|\s*[{_DASHES}]\s*")

    def _build(self, months: dict[str, Any], words: dict[str, Any]) -> str:
        """The whole grammar as one pattern of named alternatives, tried in order."""
        all_months = self.months_as_written(months)
        month = _alt(all_months)
        month_heads = _alt(sorted({n.split()[0] for n in all_months}))  # كانون of كانون الثاني
        # A month may come with its other name: كانون الثاني/يناير, شباط (فبراير), يونيو حزيران.
        pair = rf"(?:\s*[/(\\{_DASHES}]\s*{month}\s*\)?|\s+{month}(?!\w))"
        month_word = _alt(months["month_word"])
        year_word = _alt(words["year_words"])
        year = r"(?<!\d)(?:1[89]\d\d|20\d\d)(?![\d%])"
        hyear = r"(?<!\d)1[2-5]\d\d(?![\d%])"
        anyyear = r"(?<!\d)(?:1[89]\d\d|20\d\d|1[2-5]\d\d)(?![\d%])"
        hijri_marks = _alt(words["hijri_marks"])
        hmark = rf"\s*{hijri_marks}(?!\w)"
        era = rf"(?:\s*(?:{hijri_marks}|{_alt(words['gregorian_marks'])})(?!\w))?"
        day = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d)"
        ordinal = _alt(list(words["ordinal_units"]) + list(_ordinals(words)))
        # النصف الثاني من رمضان is a half, not the 2nd: one fixed-width look-behind per word.
        not_day = "".join(rf"(?<!{re.escape(search_view(w))}\s)" for w in words["not_a_day_after"])
        dayx = rf"(?:(?:ال\u0640?\s*)?{day}|{not_day}{ordinal})"
        wd_all = _alt([n for ns in months["weekdays"].values() for n in ns])
        wd_free = _alt([n for ns in months["weekdays"].values() for n in ns if n.startswith("ال")])
        weekday = rf"(?:{_fuzzy('يوم')}\s+{wd_all}|{wd_free})"
        agreeing = _alt(words["agreeing"])
        prefix = rf"(?:{weekday}\s*[,،]?\s*\(?\s*(?:{agreeing}\s*)?)?"
        of = _alt(words["of"])
        ad = rf"(?:\s*{_alt(words['gregorian_marks'])}(?!\w))?"
        mod = _alt(list(words["part_of_period"]))
        rel_day = _alt(list(words["relative_days"]) + list(words["relative_days_extra"]))
        rel_period = _alt(list(words["relative_periods"]))
        rel_span = _alt(list(words["relative_spans"]))
        month_period = _alt([k for k, v in words["relative_periods"].items() if v[0] == "month"])
        year_period = _alt([k for k, v in words["relative_periods"].items() if v[0] == "year"])
        past_next = _alt(words["weekday_past"] + words["weekday_next"])
        after_next = _alt(words["weekday_after_next"] + words.get("weekday_before_last", []))
        qual = _alt(list(words["month_qualifiers"]))
        between = _alt(["بين"])
        from_ = _alt(["من"])
        to = _alt(["إلى", "حتى", "لغاية"])
        tens = _alt(list(words["ordinal_tens"]))
        # و between two days is a range (12 و13), but not inside an ordinal (السادس والعشرين).
        conn = (rf"(?:{_fuzzy('و')}?\s*{_alt(words['range_words'])}|[{_DASHES}]"
                rf"|{_fuzzy('و')}(?!{tens}))")
        sep = rf"[/.{_DASHES}]"
        holiday = _alt(list(words["holidays"]))
        ord_units = _alt([w for w in words["ordinal_units"] if w != "الحادي"])
        bare_units = _alt([w[2:] for w in words["ordinal_units"] if w != "الحادي"])
        anaphoric = _alt(list(words["anaphoric_days"]))
        ago = _alt(list(words["ago_words"]))
        approx = _alt(words["approx_words"] + words["bound_words"])
        number = rf"(?:\d{{1,4}}|{_alt(list(words['number_words']))})"
        unit = _alt(list(words["units"]))
        alternatives = [
            (rf"(?P<num>{prefix}(?P<d1>{day})\s*{sep}\s*(?P<m1>0?[1-9]|1[0-2])\s*{sep}\s*"
             rf"(?P<y1>{anyyear}){era})"),
            rf"(?P<iso>(?P<y2>{year})-(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01])(?!\d))",
            (rf"(?P<ymd>{prefix}(?P<y15>{anyyear})\s*{sep}\s*(?P<m15>0?[1-9]|1[0-2])\s*{sep}\s*"
             rf"(?P<d15>{day}){era})"),
            rf"(?P<hmy>(?P<m14>0?[1-9]|1[0-2])\s*/\s*(?P<y14>{hyear}){hmark})",
            (rf"(?P<hol>(?:{_fuzzy('اليوم')}\s+(?P<ho1>{ord_units})\s+(?:{of}\s+)?"
             rf"|(?P<ho2>{bare_units})\s+{_alt(words['holiday_day_words'])}\s+)?(?P<hn>{holiday})"
             rf"(?:\s+(?P<q15>{qual}))?)"),
            rf"(?P<ana>{anaphoric})",
            # Every shape around a month name, in one alternative so the long month pattern is
            # compiled once: days (12 و13 / السادس والعشرين من), a part (أواخر), the word شهر,
            # the English order (يناير 10, 2025), a year, a year named relative to publication
            # (من العام الماضي) or a qualifier (الماضي). Which of them a
            # bare month needs to be a date is checked when it is read.
            (rf"(?P<mp>{prefix}(?:(?:(?P<d3a>{dayx})\s*{conn}\s*)?(?P<d3>{dayx})\s*(?:{of}\s+)?"
             rf"|(?P<part>{mod})\s+)?(?:(?P<mw>{month_word})\s+)?(?P<mo3>{month})(?P<pair>{pair})?"
             rf"(?:\s+(?P<d12>{day})\s*[,،]\s*(?P<y12>{year}){ad}"
             rf"|\s*[,،]?\s*(?:{of}\s+)?(?:{year_word}\s*)?(?P<y3>{anyyear}){era}"
             rf"|\s+{of}\s+(?P<ry3>{year_period})(?!\w)"
             rf"|\s+(?P<q3>{qual})(?!\w))?)"),
            rf"(?P<dmr>(?P<d11>{dayx})\s+(?:{of}\s+)?(?P<rp11>{month_period}))",
            (rf"(?P<anm>(?:(?P<d18>{dayx})\s+(?:{of}\s+)?)?(?P<am>{_alt(words['anaphoric_months'])})"
             rf"|(?P<ay>{_alt(words['anaphoric_years'])}))"),
            (rf"(?P<mod>(?P<part5>{mod})\s+(?:(?:{year_word}\s*)?(?P<y5>{year}){ad}"
             rf"|(?P<rp5>{rel_period})))"),
            (rf"(?P<hr>(?:(?:{from_}|{between})\s+)?(?:{year_word}\s*)?(?P<ha>(?<!\d)1[2-5]\d\d)"
             rf"(?:\s*[{_DASHES}/\u0640]\s*|\s+{to}\s*|\s+{_fuzzy('و')}\s*|\s*)"
             rf"(?P<hb>1[2-5]\d\d)(?![\d%]){hmark})"),
            (rf"(?P<range>(?:(?:{from_}|{between})\s+)?(?:{year_word}\s*)?(?P<ya>{year})\s*(?:[{_DASHES}/]|\s{to}\.?)"
             rf"\s*(?:{year_word}\s*)?(?P<yb>{year}){ad})"),
            (rf"(?P<range2>{between}\s+(?:{year_word}\s*)?(?P<yc>{year})\s+{_fuzzy('و')}\s*(?:{year_word}\s*)?"
             rf"(?P<yd>{year}))"),
            rf"(?P<hy>(?:{year_word}\s*)?\(?\s*(?P<y13>{hyear})\s*\)?{hmark})",
            (rf"(?P<ago>(?P<ag>{ago})\s+(?:(?P<apx>{approx})\s+)?(?:(?P<n16>{number})\s*)?(?P<un>{unit})"
             rf"(?!\w)(?!\s*\d)(?!\s+(?:{month_heads}|{wd_all}|{of})(?!\w)))"),
            (rf"(?P<wd2>(?:{_fuzzy(words['dual_days_word'])}\s+(?P<wa>{wd_all})|(?P<wa2>{wd_free}))\s+{_fuzzy('و')}\s*"
             rf"(?P<wb>{wd_all})"
             rf"(?:\s+(?P<wdd2>{past_next}))?)"),
            rf"(?P<rels>{rel_span})",
            rf"(?P<reld>(?P<rd>{rel_day})(?:\s*\(?\s*(?P<rdw>{wd_all})\s*\)?)?)",
            rf"(?P<relp>{rel_period})",
            rf"(?P<yw>{year_word}\s*(?P<y7>{year}){ad})",
            rf"(?P<wd>(?P<wdn>{weekday})(?:\s+(?P<wdd>{after_next}|{past_next}))?)",
            rf"(?P<year>(?P<y9>{year}){ad})",
        ]
        # A word edge, a proclitic (و، ف، ب، ل، ك) or two (وبالأمس، فلليوم), or digits glued
        # to the word before (من3).
        edge = (r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك])"
                r"|(?<=[^\W\d])(?=\d))")
        return rf"{edge}(?:{'|'.join(alternatives)})(?!\w)"

    def _anchors(self, months: dict[str, Any], words: dict[str, Any]) -> str:
        """Words one of which every date expression holds; the grammar is tried only near them.

        This keeps long articles cheap to scan.
        """
        # Ordinal days come with a month, a relative month or a feast; a day named by
        # reference holds يوم; منذ/قبل come with a unit: these words are anchor enough.
        anchors = (self.months_as_written(months) + list(words["relative_days"])
                   + list(words["relative_days_extra"]) + list(words["relative_periods"])
                   + list(words["relative_spans"]) + list(words["holidays"]) + list(words["units"])
                   + [words["dual_days_word"]] + words["anaphoric_months"] + words["anaphoric_years"]
                   # أحد 'one of' is everywhere; a weekday without ال comes after يوم, an anchor.
                   + [n for ns in months["weekdays"].values() for n in ns if n.startswith("ال")])
        sep = rf"[/.{_DASHES}]"
        numeric = (rf"(?<!\d)(?:1[2-589]|20)\d\d(?!\d)|\d{{1,2}}\s*{sep}\s*\d{{1,2}}\s*{sep}"
                   rf"|\d{{1,2}}\s*/\s*1[2-5]\d\d|\d\s*ه(?!\w)")
        return rf"{numeric}|(?<!\w)(?:[وف][بلك]|[وفبلك])?{_alt(anchors)}(?!\w)"

    @staticmethod
    def months_as_written(months: dict[str, Any]) -> list[str]:
        """Every month name of the data file."""
        return [n for table in months["locales"].values() for ns in table.values() for n in ns]

    def month(self, written: str) -> Month | None:
        """The first month named in ``written`` (of ``كانون الثاني/يناير``, the first)."""
        m = self.month_pattern.search(search_view(written))
        return self.months.get(key(m.group())) if m else None


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The date grammar, compiled once."""
    return Grammar()


_BEFORE, _AFTER = 64, 112  # the longest reach of a date expression around its anchor word
_WORD = 40  # how far a window edge moves to reach a word edge (a bound keeps scans linear)
_SPACE = re.compile(r"\s")


def matches(g: Grammar, view: str) -> Iterator[re.Match[str]]:
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
