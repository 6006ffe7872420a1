"""The web register: an HTTP API under /api/ and server-rendered pages in Arabic, right to
left, over the register's library calls (``create_app``)."""

from sijill.web.app import create_app

__all__ = ["create_app"]
