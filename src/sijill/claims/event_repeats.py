"""A headline told again: some outlets end a story with a link line that repeats its headline
after a label (رابط الخبر بصحيفة كذا: فلان يستقبل السفير). Its events are the headline's,
already told; read again, the label's outlet and a day apart make them look like others."""

from __future__ import annotations

from sijill.claims.model import SentenceView


def repeats_headline(view: SentenceView) -> bool:
    """Whether a sentence past the first line is a label, a colon and the headline again."""
    text = view.doc.text
    first = text.split("\n", 1)[0].strip()
    if not first or view.span.start <= len(first):
        return False
    line = text[view.span.start : view.span.end]
    if ":" not in line:
        return False
    return " ".join(line.rsplit(":", 1)[1].split()) == " ".join(first.split())
