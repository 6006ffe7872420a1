"""Exports of the register, one module per format; FORMATS names the writer of each."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import IO, Any

from sijill.export.filters import ExportFilter
from sijill.export.jsonl import write_jsonl
from sijill.register.db import Database

#: Each export format's writer: it writes the register to an open text file and says how many
#: items it wrote.
FORMATS: dict[str, Callable[[Database, IO[str]], int]] = {"jsonl": write_jsonl}

#: Formats that take filters (sijill.export.filters), as ``module:function``: imported only
#: when used, followthemoney and networkx being slow to import.
FILTERED_FORMATS = {"ftm": "sijill.export.ftm:write_ftm",
                    "graphml": "sijill.export.graph:write_graphml",
                    "gexf": "sijill.export.graph:write_gexf"}
#: Filtered formats that write a folder of files rather than one stream.
FOLDER_FORMATS = {"csv": "sijill.export.csv:write_csv"}


def _load(spec: str) -> Any:
    module, name = spec.split(":")
    return getattr(import_module(module), name)


def write_stream(format_name: str, db: Database, out: IO[str], wanted: ExportFilter) -> int:
    """Write a filtered format to an open text file; how many items were written."""
    writer: Callable[[Database, IO[str], ExportFilter], int] = _load(
        FILTERED_FORMATS[format_name])
    return writer(db, out, wanted)


def write_folder(format_name: str, db: Database, folder: Path, wanted: ExportFilter) -> int:
    """Write a folder format into ``folder``; how many rows were written."""
    writer: Callable[[Database, Path, ExportFilter], int] = _load(FOLDER_FORMATS[format_name])
    return writer(db, folder, wanted)
