"""One exception hierarchy: every message says what was wrong, where, and what to do."""

from __future__ import annotations


class SijillError(Exception):
    """Base class of every error Sijill raises on purpose."""

    def __init__(self, what: str, where: str = "", todo: str = "") -> None:
        self.what = what
        self.where = where
        self.todo = todo
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """One line: where: what (todo)."""
        head = f"{self.where}: {self.what}" if self.where else self.what
        return f"{head} ({self.todo})" if self.todo else head


class InputError(SijillError):
    """A file, line or document that cannot be read as an article."""


class PipelineError(SijillError):
    """A pipeline whose stages are unknown or whose needs are not met."""


class ConfigError(SijillError):
    """A data file or option that is missing or malformed."""
