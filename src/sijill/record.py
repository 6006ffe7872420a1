"""Doc -> record (the JSON contract of spec/record.md), and record -> Doc."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sijill.doc import Doc, OffsetMap, Span
from sijill.errors import InputError

Record = dict[str, Any]

#: Layers whose spans become one record entity per mention (types other than PERSON/ORG/LOC).
MENTION_LAYERS = {"dates": "DATE", "titles": "TITLE"}


def _mention(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def to_record(doc: Doc) -> Record:
    """The record of a processed Doc; keys and entity order are stable, so output is deterministic."""
    entities: list[dict[str, Any]] = []
    for layer, label in MENTION_LAYERS.items():
        for span in doc.layers.get(layer, []):
            ent: dict[str, Any] = {"type": label, "name": span.text(doc),
                                   "mentions": [_mention(span)]}
            if layer == "dates":
                ent["value"] = span.value
                ent["kind"] = span.data.get("kind", "absolute")
            entities.append(ent)
    n_mentions = len(entities)
    for entity in doc.entities:
        ent = {"type": entity.type, "name": entity.name, "aliases": list(entity.aliases),
               "mentions": [_mention(m) for m in entity.mentions]}
        ent.update(entity.data)
        entities.append(ent)
    order = sorted(range(len(entities)), key=lambda i: (
        entities[i]["mentions"][0]["start"], entities[i]["mentions"][0]["end"], entities[i]["type"]))
    ids: dict[int, str] = {}
    ranked: list[dict[str, Any]] = []
    for n, i in enumerate(order, 1):
        ent_id = {"id": f"e{n}"}
        ent_id.update(entities[i])
        ranked.append(ent_id)
        if i >= n_mentions:
            ids[id(doc.entities[i - n_mentions])] = f"e{n}"
    entities = ranked
    record: Record = {
        "id": doc.id,
        "published": doc.published,
        "text": doc.text,
        "entities": entities,
        "positions": [_position(p, ids) for p in doc.claims.get("positions", [])],
        "events": [_event(e, ids) for e in doc.claims.get("events", [])],
        "relations": [_relation(r, ids) for r in doc.claims.get("relations", [])],
        "decisions": [_decision(d, ids, doc, doc.claims.get("events", []))
                      for d in doc.claims.get("decisions", [])],
        "quotes": [_quote(q, ids, doc) for q in doc.claims.get("quotes", [])],
        "attributes": [_attribute(a, ids) for a in doc.claims.get("attributes", [])],
    }
    meta = {k: v for k, v in sorted(doc.meta.items()) if v}
    if meta:
        record["meta"] = meta
    return record


def _ref(entity: Any, ids: dict[int, str]) -> str | None:
    return None if entity is None else ids.get(id(entity))


def _evidence(span: tuple[int, int]) -> dict[str, int]:
    return {"start": span[0], "end": span[1]}


def _position(p: Any, ids: dict[int, str]) -> dict[str, Any]:
    out = {"person": _ref(p.person, ids), "role": p.role, "org": _ref(p.org, ids),
           "status": p.status, "start": p.start, "end": p.end, "evidence": _evidence(p.evidence)}
    if getattr(p, "body", None) is not None:
        out["body"] = _ref(p.body, ids)
    return out


def _decision(d: Any, ids: dict[int, str], doc: Doc, events: list[Any]) -> dict[str, Any]:
    index = next((n for n, e in enumerate(events) if e is d.event), None)
    return {"kind": d.kind, "body": _ref(d.body, ids), "event": index,
            "text": doc.text[d.text[0] : d.text[1]], "evidence": _evidence(d.evidence)}


def _relation(r: Any, ids: dict[int, str]) -> dict[str, Any]:
    return {"type": r.type, "child": _ref(r.child, ids), "parent": _ref(r.parent, ids),
            "evidence": _evidence(r.evidence)}


def _attribute(a: Any, ids: dict[int, str]) -> dict[str, Any]:
    return {"entity": _ref(a.entity, ids), "kind": a.kind, "value": a.value, "unit": a.unit,
            "date": a.date, "evidence": _evidence(a.evidence)}


def _event(e: Any, ids: dict[int, str]) -> dict[str, Any]:
    out = {"type": e.type, "date": e.date,
           "participants": [r for r in (_ref(x, ids) for x in e.participants) if r is not None],
           "location": _ref(e.location, ids), "evidence": _evidence(e.evidence)}
    out.update(e.extra)
    return out


def _quote(q: Any, ids: dict[int, str], doc: Doc) -> dict[str, Any]:
    return {"speaker": _ref(q.speaker, ids), "to": _ref(q.to, ids),
            "text": doc.text[q.text[0] : q.text[1]], "span": _evidence(q.text),
            "evidence": _evidence(q.evidence)}


def dumps(record: Record) -> str:
    """One JSON line of a record, UTF-8 text kept readable."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def from_record(record: Record) -> Doc:
    """A Doc rebuilt from a record: its text (as both raw and cleaned) and its DATE and TITLE spans."""
    text = str(record.get("text", ""))
    doc = Doc(id=str(record.get("id", "")), raw=text, text=text,
              offsets=OffsetMap.identity(len(text)), published=record.get("published"),
              meta={str(k): str(v) for k, v in (record.get("meta") or {}).items()})
    labels = {v: k for k, v in MENTION_LAYERS.items()}
    for ent in record.get("entities", []):
        layer = labels.get(str(ent.get("type")))
        if layer is None:
            continue
        for m in ent.get("mentions", []):
            data = {"kind": ent["kind"]} if "kind" in ent else {}
            doc.layer(layer).append(Span(int(m["start"]), int(m["end"]), ent["type"],
                                         ent.get("value"), data))
    return doc


def summarize(lines: Iterable[str], where: str = "records") -> Iterator[str]:
    """Human-readable lines for JSONL records: id, published, then one line per entity."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not a JSON record ({exc.msg})", where=f"{where}:{n}",
                             todo="give a file written by `sijill extract`") from exc
        yield f"{rec.get('id')}  published={rec.get('published')}  " \
              f"entities={len(rec.get('entities', []))}"
        for ent in rec.get("entities", []):
            value = f" = {ent['value']}" if "value" in ent else ""
            yield f"  {ent.get('type', '?'):<7} {ent.get('name', '')}{value}"
