"""Small word tests the event modules share."""

from __future__ import annotations

from sijill.names.titles import strip_honorifics


def honorific(word: str) -> bool:
    """Whether a word is an honorific that stands before a name (الدكتور، الشيخ، السيد): it
    comes between a trigger and its person (تعيين الدكتور فلان وزيراً) without parting them."""
    return strip_honorifics(f"{word} _") == "_"
