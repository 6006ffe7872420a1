"""Records follow spec/record.md and survive a round trip."""

from __future__ import annotations

import json

from sijill.record import dumps, from_record, to_record


def test_record_fields_and_date_entities(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("10 حزيران 2024\nعقدت&الهيئة اليوم (الاثنين) اجتماعاً.")
    rec = to_record(doc)
    assert list(rec)[:8] == ["id", "published", "text", "entities", "positions", "events",
                             "relations", "decisions"]
    assert rec["published"] == "2024-06-10"
    assert rec["text"] == "10 حزيران 2024\nعقدت الهيئة اليوم (الاثنين) اجتماعاً."
    assert [e["id"] for e in rec["entities"]] == [f"e{i}" for i in range(1, len(rec["entities"]) + 1)]
    dates = [(e["type"], e["name"], e["value"]) for e in rec["entities"] if e["type"] == "DATE"]
    assert dates == [("DATE", "10 حزيران 2024", "2024-06-10"),
                     ("DATE", "اليوم (الاثنين)", "2024-06-10")]
    m = [e for e in rec["entities"] if e["type"] == "DATE"][1]["mentions"][0]
    assert rec["text"][m["start"] : m["end"]] == "اليوم (الاثنين)"


def test_record_round_trip(run) -> None:  # type: ignore[no-untyped-def]
    rec = to_record(run("في 3 آذار 2013 عقد المؤتمر"))
    again = to_record(from_record(json.loads(dumps(rec))))
    assert again["entities"] == rec["entities"]
    assert again["text"] == rec["text"]
