"""Small checks on the fields of a JSON record, shared by the JSON-based readers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: object) -> str | None:
    """`value` if it is a real calendar day written YYYY-MM-DD, else None."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def string_fields(record: Mapping[str, Any], names: Iterable[str]) -> dict[str, str]:
    """The named fields of `record` that are non-blank strings, as they are."""
    return {
        name: value
        for name in names
        if isinstance(value := record.get(name), str) and value.strip()
    }


def type_name(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def text_problem(record: Mapping[str, Any], field: str) -> str | None:
    """Why `record[field]` is not usable article text, or None when it is."""
    if field not in record:
        return f'no "{field}" field; every record needs the article text in "{field}"'
    value = record[field]
    if not isinstance(value, str):
        return f'"{field}" is {type_name(value)}, not a string; give the article text as a string'
    if not value.strip():
        return f'"{field}" is blank; give the article text or drop the record'
    return None
