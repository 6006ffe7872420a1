-- Incremental cross-document resolution (sijill.register.resolve).
-- resolution_keys: the blocking keys of each resolved document entity (name keys, gazetteer
-- entry, Latin spelling, surname and short-form blocks), so candidates are found by index.
-- resolution_queue: what the resolver has to look at again: every new entity (canonical_id
-- '') and every entity that left a canonical entity (its document was replaced or removed),
-- filled by triggers so that no writer of documents has to know about resolution.
CREATE TABLE resolution_keys (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (entity_id, key)
);
CREATE INDEX resolution_keys_key ON resolution_keys (type, key);

CREATE TABLE resolution_queue (
    entity_id TEXT NOT NULL,
    canonical_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity_id, canonical_id)
);

CREATE INDEX resolution_decisions_by ON resolution_decisions (decided_by, verdict);

-- The types listed here are sijill.register.resolve.RESOLVED_TYPES.
CREATE FUNCTION resolution_queue_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO resolution_queue (entity_id, canonical_id) VALUES (NEW.id, '')
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER resolution_queue_new AFTER INSERT ON entities FOR EACH ROW
WHEN (NEW.type IN ('PERSON', 'ORG', 'LOC', 'MISC')) EXECUTE FUNCTION resolution_queue_new();

CREATE FUNCTION resolution_queue_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO resolution_queue (entity_id, canonical_id) VALUES (OLD.entity_id, OLD.canonical_id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER resolution_queue_gone AFTER DELETE ON entity_canonical FOR EACH ROW
EXECUTE FUNCTION resolution_queue_gone();

-- A register resolved by an earlier version is resolved again, from scratch, on first use.
INSERT INTO resolution_queue (entity_id, canonical_id)
SELECT id, '' FROM entities WHERE type IN ('PERSON', 'ORG', 'LOC', 'MISC');
