"""`sijill export --format ftm`: entities that followthemoney's own model loads and validates."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from followthemoney import model

from sijill.register.db import Database

from .conftest import export


def _entities(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def _props(entity: dict[str, Any], name: str) -> list[str]:
    return list(entity["properties"].get(name, []))


def test_every_entity_loads_and_validates_with_the_ftm_model(register: str) -> None:
    entities = _entities(export(register, "--format", "ftm"))
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None, data
        schema.validate(data)  # raises InvalidData on a missing or malformed property
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.id == data["id"]
    counts = Counter(e["schema"] for e in entities)
    for schema_name in ("Article", "Person", "Organization", "Position", "Occupancy", "Event",
                        "Documentation"):
        assert counts[schema_name] > 0, (schema_name, counts)
    assert len({e["id"] for e in entities}) == len(entities)


def test_actors_keep_their_register_ids_and_arabic_names(register: str) -> None:
    entities = {e["id"]: e for e in _entities(export(register, "--format", "ftm"))}
    with Database(register) as db:
        rows = db.query("SELECT id, type, name, latin FROM canonical_entities "
                        "WHERE type IN ('PERSON', 'ORG')")
    assert rows
    for cid, etype, name, latin in rows:
        entity = entities[cid]
        assert entity["schema"] in (("Person",) if etype == "PERSON" else
                                    ("Organization", "PublicBody"))
        assert _props(entity, "name") == [name]
        if latin:  # a transliteration is a weak alias, not the name
            assert latin in _props(entity, "weakAlias")
    lawyers = next(e for e in entities.values() if _props(e, "name") == ["نقابة المحامين"])
    assert lawyers["schema"] == "Organization"


def test_claims_link_actors_and_are_documented_by_their_articles(register: str) -> None:
    entities = _entities(export(register, "--format", "ftm"))
    by_id = {e["id"]: e for e in entities}
    for e in entities:
        if e["schema"] == "Occupancy":
            (holder,), (post,) = _props(e, "holder"), _props(e, "post")
            assert by_id[holder]["schema"] == "Person"
            assert by_id[post]["schema"] == "Position"
            (org,) = _props(by_id[post], "organization")
            assert by_id[org]["schema"] in ("Organization", "PublicBody")
        if e["schema"] in ("Occupancy", "Membership", "Event", "UnknownLink"):
            assert _props(e, "proof"), e
            assert all(by_id[p]["schema"] == "Article" for p in _props(e, "proof"))
        if e["schema"] == "Documentation":
            (doc,), (claim,) = _props(e, "document"), _props(e, "entity")
            assert by_id[doc]["schema"] == "Article"
            assert claim in by_id and _props(e, "summary")
    documented = {_props(e, "entity")[0] for e in entities if e["schema"] == "Documentation"}
    events = [e for e in entities if e["schema"] == "Event"]
    assert {e["id"] for e in events} <= documented
    assert any(_props(e, "organizer") for e in events)  # an election's electing body
    assert all(_props(e, "date") for e in events)


def test_filters_keep_one_organisation_a_type_and_a_date_range(register: str) -> None:
    everything = _entities(export(register, "--format", "ftm"))
    lawyers = next(e["id"] for e in everything if _props(e, "name") == ["نقابة المحامين"])
    only = _entities(export(register, "--format", "ftm", "--org", "نقابة المحامين"))
    by_id = {e["id"]: e for e in only}
    assert lawyers in by_id and len(only) < len(everything)
    for e in only:
        if e["schema"] == "Event":
            assert lawyers in _props(e, "organizer") + _props(e, "involved")
        if e["schema"] == "Position":
            assert _props(e, "organization") == [lawyers]
        for ref in _props(e, "holder") + _props(e, "involved") + _props(e, "organizer"):
            assert ref in by_id  # every end of a kept claim is written
    people = _entities(export(register, "--format", "ftm", "--type", "person"))
    assert {e["schema"] for e in people} >= {"Person", "Article"}
    assert not {"Organization", "PublicBody", "Occupancy"} & {e["schema"] for e in people}
    dated = _entities(export(register, "--format", "ftm", "--from", "2019", "--to", "2020-06"))
    dates = [d for e in dated if e["schema"] == "Event" for d in _props(e, "date")]
    assert dates and all("2019-01-01" <= d <= "2020-06-31" for d in dates)
    assert len(dates) < sum(e["schema"] == "Event" for e in everything)


def test_the_export_works_on_each_engine(db_url: str, corpus: Any) -> None:
    from .conftest import ingest

    ingest(corpus, db_url)
    entities = _entities(export(db_url, "--format", "ftm"))
    assert {"Person", "Organization", "Event"} <= {e["schema"] for e in entities}
