"""Directories: the readable files under them, found lazily in a fixed, sorted order."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from pathlib import Path

from sijill.read.article import Problem


def walk(directory: Path, suffixes: Collection[str]) -> Iterator[Path | Problem]:
    """Files under `directory` whose suffix is in `suffixes`, depth first, names sorted."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Problem(
            str(directory), f"cannot list this folder ({error.strerror}); check its permissions"
        )
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            # symlinked folders are not followed, so a link cycle cannot loop forever
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from walk(path, suffixes)
        elif path.suffix.lower() in suffixes:
            yield path
