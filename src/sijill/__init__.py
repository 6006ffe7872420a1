"""Sijill: a register of Arabic political and civil-society actors, built from the news."""

from sijill.doc import Doc, Span, Token
from sijill.errors import SijillError

__version__ = "0.1.0"
__all__ = ["Doc", "SijillError", "Span", "Token", "__version__"]
