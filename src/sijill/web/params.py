"""Request parameters the API and pages share, with their bounds: a bad value is a 422 that
names the parameter (sijill.web.errors), never a query run on it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from sijill.register.queries import QueryError, check_date
from sijill.web.errors import BadParameter

#: The most rows one page of an answer holds.
MAX_LIMIT = 500
#: The furthest an offset may go (deeper pages are a scraper's, not a reader's).
MAX_OFFSET = 100_000
#: The longest search text or name taken.
MAX_QUERY = 200
#: Canonical ids are ``c`` and 12 hex digits; a document entity id is ``DOC/eN``.
ENTITY_ID = r"^c[0-9a-f]{12}$"
EVENT_TYPE = r"^[A-Za-z_]{1,40}$"

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="How many rows at most.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="How many rows to skip.")]
Text = Annotated[str, Query(min_length=1, max_length=MAX_QUERY,
                            description="A name, a Latin spelling or words of the texts.")]
DateText = Annotated[str | None, Query(max_length=10,
                                       description="YYYY, YYYY-MM or YYYY-MM-DD.")]
EventType = Annotated[str | None, Query(pattern=EVENT_TYPE,
                                        description="MEETING, ELECTION, APPOINTMENT, ...")]


def date_param(name: str, value: str | None) -> str | None:
    """A checked ISO date, or None; BadParameter naming ``name`` when it is not a date."""
    if value is None or value == "":
        return None
    try:
        return check_date(value)
    except QueryError as exc:
        raise BadParameter(name, exc.what, exc.todo) from None


def entity_id(value: str) -> str:
    """A canonical id as the URL gives it; BadParameter when it cannot be one."""
    import re

    if not re.fullmatch(ENTITY_ID, value):
        raise BadParameter("entity_id", f"{value[:40]!r} is not an entity id",
                           "entity ids look like c0123456789ab; search for the name instead")
    return value
