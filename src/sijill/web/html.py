"""The two links every page repeats (an entity's name, a claim's evidence), written in Python:
a large page draws thousands of them, and a Jinja macro call costs several times more than
the string it writes. Their output is what the macros of the same names wrote: every value
escaped (markupsafe's escape, as the templates' autoescape), the pieces joined as text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2.filters import do_urlencode
from markupsafe import Markup, escape

_WHERE = {"PERSON": "/people/", "ORG": "/orgs/"}


def name(ref: Any, latin: Mapping[str, str]) -> Markup:
    """A register entity's name linked to its page, with its Latin spelling where known."""
    out = (f'<a class="entity {escape(ref.type.lower())}" '
           f'href="{_WHERE.get(ref.type, "/entities/")}{escape(ref.id)}">{escape(ref.name)}</a>')
    spelled = latin.get(ref.id)
    if spelled:
        out += f' <span class="latin" lang="en" dir="ltr">{escape(spelled)}</span>'
    return Markup(out)  # every value in it is escaped above


def evidence(claim: Any) -> Markup:
    """A link to the claim's evidence in its document, the sentence as its title."""
    said = f" · {escape(claim.said_on)}" if claim.said_on else ""
    return Markup(  # every value in it is escaped here
        f'<a class="evidence" href="/documents/{escape(do_urlencode(claim.doc))}'
        f'#at-{escape(claim.start)}" title="{escape(claim.evidence)}">{escape(claim.doc)}'
        f'{said}</a>')
