#!/usr/bin/env python3
"""Write src/sijill/lang/ar/subdivisions.json: the Arabic names of the first-level subdivisions
(governorates, provinces, states, regions) of ISO 3166-2, from the iso3166-2 package (MIT).

usage: python3 training/gazetteers/subdivisions.py   (needs `pip install iso3166-2`)

The package's data carries each subdivision's local names in `localOtherName` ("أَبْيَنْ (ara),
Abyan (eng)"); the Arabic ones are kept without their vowel marks, hyphenated compounds of
several regions (طنجة - تطوان - الحسيمة) left out, and a leading place word (محافظة، ولاية)
dropped, since the text writes its own before the name.
"""
from __future__ import annotations

import json
import re
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src" / "sijill" / "lang" / "ar" / "subdivisions.json"
_ARABIC = re.compile(r"^[\u0621-\u064a\u0671\u06a9\u06af\u06cc ]+$")
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")
_WORDS = ("محافظة ", "ولاية ", "منطقة ", "إقليم ", "جهة ", "إمارة ")


def arabic_names(local: str) -> list[str]:
    """The Arabic names of one subdivision's `localOtherName`."""
    out = []
    for part in local.split(","):
        name, _, lang = part.strip().rpartition(" (")
        if lang != "ara)":
            continue
        name = _MARKS.sub("", name).replace("ٱ", "ا").replace("ک", "ك").replace("گ", "ك")
        name = name.replace("ی", "ي").strip()
        for word in _WORDS:
            name = name.removeprefix(word)
        if _ARABIC.match(name) and len(name) > 1:
            out.append(name)
    return out


def main() -> None:
    data = json.loads((resources.files("iso3166_2") / "iso3166-2.json").read_text(encoding="utf-8"))
    names: dict[str, list[str]] = {}
    for country, subs in sorted(data.items()):
        found = sorted({n for sub in subs.values() for n in arabic_names(sub.get("localOtherName") or "")})
        if found:
            names[country] = found
    doc = {"_comment": "First-level subdivisions of ISO 3166-2 with their Arabic names, by country, "
                       f"from the iso3166-2 package {metadata.version('iso3166-2')} (MIT licence, "
                       "copyright (c) 2024 AJ); written by training/gazetteers/subdivisions.py, do not edit by hand.",
           "subdivisions": names}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{sum(map(len, names.values()))} names of {len(names)} countries -> {OUT}")


if __name__ == "__main__":
    main()
