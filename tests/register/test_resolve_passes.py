"""How resolution passes share their work: a pass takes every queued entity it re-resolved
off the queue, contexts are read once per document for all the blocks of a pass, and a
document's country is worked out once per text across passes."""

from __future__ import annotations

import pytest

from sijill.register.db import Database
from sijill.register.resolution import profiles
from sijill.register.resolution.profiles import Context, Contexts, Profiles
from sijill.register.resolve import RESOLVED_TYPES, resolve_pending

from .test_resolve import COALITION, KHOJA, state, store


def _queued(db: Database) -> int:
    return int(db.scalar("SELECT COUNT(*) FROM resolution_queue") or 0)


def test_small_batches_examine_each_entity_once_and_resolve_the_same(db: Database) -> None:
    store(db, *COALITION, *KHOJA)
    queued = _queued(db)
    stats = resolve_pending(db, batch=1)
    # A batch of one grows a region over everything joined to it; the other queued entities
    # of that region are resolved with it and are not taken up again by later passes.
    assert stats.examined == queued
    assert _queued(db) == 0
    small = state(db)
    db.execute("DELETE FROM entity_canonical")
    db.execute("DELETE FROM resolution_decisions")
    db.execute("DELETE FROM canonical_entities")
    db.execute("DELETE FROM resolution_queue")
    db.execute("INSERT INTO resolution_queue (entity_id, canonical_id) "
               "SELECT id, '' FROM entities WHERE type IN ('PERSON', 'ORG', 'LOC', 'MISC')")
    resolve_pending(db)
    assert state(db) == small


def test_a_context_is_its_documents_actors_but_its_own(db: Database) -> None:
    store(db, *KHOJA)
    found = Profiles(db, RESOLVED_TYPES).load(["k1/e1", "k1/e2", "k2/e2"])
    contexts = Contexts(db)
    person, org = contexts.get(found["k1/e1"]), contexts.get(found["k1/e2"])
    assert person.published == "2024-05-01"
    assert "n:ايتلاف وطني سوري" in person.posts  # the organisation of the post
    assert org.posts == {"n:خالد خوجه"}
    assert person.around == person.posts  # the other actor, never its own keys
    assert org.around == {"n:خالد خوجه"}
    assert contexts.get(found["k2/e2"]) == Context()  # a place has no context of its own


def test_a_documents_country_is_read_once_across_passes(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    store(db, *KHOJA)
    calls: list[str] = []
    real = profiles.document_country

    def counted(text: str, url: str | None, outlet: str | None = None) -> str | None:
        calls.append(text)
        return real(text, url, outlet)

    monkeypatch.setattr(profiles, "document_country", counted)
    countries: profiles.DocumentCountries = {}
    found = Profiles(db, RESOLVED_TYPES).load(["k1/e1", "k2/e1"])
    first = {i: Contexts(db, countries).get(p) for i, p in found.items()}
    assert len(calls) == 2 and set(countries) == {("k1", "k1"), ("k2", "k2")}
    again = {i: Contexts(db, countries).get(p) for i, p in found.items()}
    assert len(calls) == 2  # the second pass's contexts took the countries already known
    assert again == first
