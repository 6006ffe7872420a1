"""Fixtures of the names tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture
def trimmed(run) -> Callable[[str, str], list[str]]:  # type: ignore[no-untyped-def]
    """What ``trim_people`` leaves of a person the model tagged as ``tagged`` in ``text``."""
    from sijill.doc import Span
    from sijill.names.person_runs import trim_people
    from sijill.names.stages import _gazetteers, _ranks, _verbs

    def trim(text: str, tagged: str) -> list[str]:
        doc = run(text)
        start = doc.text.index(tagged)
        spans = trim_people(doc, [Span(start, start + len(tagged), "PERSON")], _verbs(),
                            _gazetteers(), _ranks())
        return [doc.text[s.start : s.end] for s in spans]

    return trim
