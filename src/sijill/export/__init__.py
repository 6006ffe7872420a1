"""Exports of the register, one module per format; FORMATS names the writer of each."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from sijill.export.jsonl import write_jsonl
from sijill.register.db import Database

#: Each export format's writer: it writes the register to an open text file and says how many
#: items it wrote.
FORMATS: dict[str, Callable[[Database, IO[str]], int]] = {"jsonl": write_jsonl}
