"""Language data: each language's specifics live as data files in a folder of its own."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from sijill.errors import ConfigError


@cache
def load_json(name: str, lang: str = "ar") -> Any:
    """A JSON data file of ``lang/<lang>/``, parsed once."""
    try:
        raw = resources.files("sijill.lang").joinpath(lang, name).read_text(encoding="utf-8")
        return json.loads(raw)
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read data file lang/{lang}/{name}: {exc}",
                          todo="reinstall sijill or fix the file") from exc


@cache
def load_lines(name: str, lang: str = "ar") -> tuple[str, ...]:
    """The non-blank, non-comment lines of a text data file of ``lang/<lang>/``."""
    try:
        raw = resources.files("sijill.lang").joinpath(lang, name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read data file lang/{lang}/{name}: {exc}",
                          todo="reinstall sijill") from exc
    lines = (line.strip() for line in raw.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
