"""Turn bytes into text: UTF-8 (a BOM is stripped) or UTF-16 with a BOM, nothing else."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from sijill.read.article import Problem

CHUNK = 1 << 20
CONVERT_HINT = "convert it to UTF-8, e.g. iconv -f CP1256 -t UTF-8 IN > OUT"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def sniff(head: bytes) -> tuple[str, int]:
    """The codec for bytes starting with `head`, and how many BOM bytes to skip."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0  # the utf-16 codec reads and drops the BOM itself
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    return "utf-8", 0


def _invalid(error: UnicodeDecodeError, base: int, codec: str) -> str:
    byte = error.object[error.start : error.start + 1]
    name = "UTF-16" if codec == "utf-16" else "UTF-8"
    at = base + error.start
    return f"not {name} (invalid byte 0x{byte.hex().upper()} at offset {at}); {CONVERT_HINT}"


def _binary(offset: int | None) -> str:
    at = f" at offset {offset}" if offset is not None else ""
    return f"binary file (NUL byte{at}); give a UTF-8 text file"


def decode(data: bytes, where: str, codec: str | None = None) -> str | Problem:
    """Decode a whole file's bytes, or say why they cannot be read as text."""
    skip = 0
    if codec is None:
        codec, skip = sniff(data[:4])
    if codec != "utf-16" and (nul := data.find(b"\x00")) >= 0:
        return Problem(where, _binary(nul))
    try:
        text = data[skip:].decode(codec) if skip else data.decode(codec)
    except UnicodeDecodeError as error:
        return Problem(where, _invalid(error, skip, codec))
    if "\x00" in text:
        return Problem(where, _binary(None))
    return text


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if Python knows it."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def scan(path: Path) -> str | Problem:
    """Check that a whole file decodes, a chunk at a time, and return the codec to open it with."""
    with path.open("rb") as stream:
        chunk = stream.read(CHUNK)
        codec, skip = sniff(chunk)
        decoder = codecs.getincrementaldecoder(codec)()
        chunk, offset = chunk[skip:], skip
        while True:
            if codec != "utf-16" and (nul := chunk.find(b"\x00")) >= 0:
                return Problem(str(path), _binary(offset + nul))
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                return Problem(str(path), _invalid(error, offset - pending, codec))
            if "\x00" in text:
                return Problem(str(path), _binary(None))
            if not chunk:
                return "utf-16" if codec == "utf-16" else "utf-8-sig"
            offset += len(chunk)
            chunk = stream.read(CHUNK)
