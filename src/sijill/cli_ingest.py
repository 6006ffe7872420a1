"""Register commands (ingest): thin wrappers over sijill.register."""

from __future__ import annotations

from sijill.cli import main  # noqa: F401 - commands below attach to the sijill group
