-- The register's core: documents with their text and offset map, document-level entities
-- with their mentions, and claims (positions, events, quotes, relations, decisions,
-- attributes) each with its evidence span. Offsets point into documents.text.

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    published TEXT,
    title TEXT,
    url TEXT,
    source TEXT,
    origin TEXT,
    raw TEXT NOT NULL, -- empty when cleaning left the text unchanged
    text TEXT NOT NULL,
    offsets TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    latin TEXT,
    aliases TEXT NOT NULL,
    value TEXT
);
CREATE INDEX entities_doc ON entities (doc_id);
CREATE INDEX entities_key ON entities (type, name_key);

CREATE TABLE mentions (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    PRIMARY KEY (entity_id, start_at, end_at)
);
CREATE INDEX mentions_doc ON mentions (doc_id);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    said_on TEXT,
    confidence DOUBLE PRECISION,
    version TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_id);
CREATE INDEX claims_kind ON claims (kind);

CREATE TABLE positions (
    claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    person TEXT REFERENCES entities (id) ON DELETE CASCADE,
    org TEXT REFERENCES entities (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT
);
CREATE INDEX positions_person ON positions (person);
CREATE INDEX positions_org ON positions (org);

CREATE TABLE events (
    claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    event_date TEXT,
    location TEXT REFERENCES entities (id) ON DELETE CASCADE
);
CREATE INDEX events_type_date ON events (type, event_date);

CREATE TABLE event_participants (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id);

CREATE TABLE quotes (
    claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    speaker TEXT REFERENCES entities (id) ON DELETE CASCADE,
    addressee TEXT REFERENCES entities (id) ON DELETE CASCADE,
    quote TEXT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE relations (
    claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    child TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    parent TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE
);
CREATE INDEX relations_child ON relations (child);
CREATE INDEX relations_parent ON relations (parent);

-- Cross-document resolution: canonical entities, which document entity belongs to which,
-- and the pairwise decisions (by rule or by a person) the grouping follows from.
CREATE TABLE canonical_entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    latin TEXT
);
CREATE INDEX canonical_key ON canonical_entities (type, name_key);

CREATE TABLE entity_canonical (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
    canonical_id TEXT NOT NULL
);
CREATE INDEX entity_canonical_canonical ON entity_canonical (canonical_id);

CREATE TABLE resolution_decisions (
    left_id TEXT NOT NULL,
    right_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    score DOUBLE PRECISION,
    left_name TEXT,
    right_name TEXT,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (left_id, right_id, decided_by)
);
CREATE INDEX resolution_decisions_right ON resolution_decisions (right_id);
