"""Stages that misbehave on purpose, for the tests of a batch no document can stall.

Each acts only on a document whose text holds its marker word, so the rest of a batch (and
a worker's warm-up article) runs normally. Worker processes import this module by name to
find the stages, as they would a plugin's.
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

from sijill.doc import Doc
from sijill.pipeline import stage

#: A marker followed by a path: the worker dies the first time (creating the file), not after.
_DIE_ONCE = re.compile(r"DIE-ONCE (\S+)")


@stage("hostile_sleep", adds=("hostile_sleep",))
def sleep_forever(doc: Doc) -> Doc:
    """Sleeps for ten minutes on a document that says SLEEP."""
    if "SLEEP" in doc.text:
        time.sleep(600)
    return doc


@stage("hostile_spin", adds=("hostile_spin",))
def spin_in_c(doc: Doc) -> Doc:
    """Backtracks for ever inside the regular-expression engine (C code, no signal gets in)
    on a document that says SPIN."""
    if "SPIN" in doc.text:
        re.match(r"(a+)+$", "a" * 60 + "b")
    return doc


@stage("hostile_raise", adds=("hostile_raise",))
def raise_error(doc: Doc) -> Doc:
    """Raises on a document that says RAISE."""
    if "RAISE" in doc.text:
        raise ValueError("a stage failed on purpose")
    return doc


@stage("hostile_die", adds=("hostile_die",))
def die(doc: Doc) -> Doc:
    """Kills its own process (SIGKILL) on a document that says DIE, and on one that says
    DIE-ONCE PATH only while PATH does not exist (creating it first)."""
    once = _DIE_ONCE.search(doc.text)
    if once is not None:
        marker = Path(once.group(1))
        if marker.exists():
            return doc
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    if "DIE" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


HOSTILE = ("tokens", "sentences", "hostile_sleep", "hostile_spin", "hostile_raise",
           "hostile_die")
