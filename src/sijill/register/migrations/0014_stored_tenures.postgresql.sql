-- Stored tenures (see 0014_stored_tenures.sqlite.sql). One trigger function per table
-- notes what a change touches, as the SQLite triggers do.
CREATE TABLE stored_tenures (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE stored_tenure_deps (
    dep TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    reads INTEGER NOT NULL,
    PRIMARY KEY (dep, kind, id)
);

CREATE INDEX stored_tenure_deps_row ON stored_tenure_deps (kind, id);

CREATE TABLE tenures_dirty (
    what TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (what, id)
);

CREATE FUNCTION positions_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN IF NEW.person IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.person) ON CONFLICT DO NOTHING; END IF; IF NEW.org IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.org) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'DELETE' THEN IF OLD.person IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.person) ON CONFLICT DO NOTHING; END IF; IF OLD.org IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.org) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'UPDATE' THEN IF OLD.person IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.person) ON CONFLICT DO NOTHING; END IF; IF OLD.org IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.org) ON CONFLICT DO NOTHING; END IF; IF NEW.person IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.person) ON CONFLICT DO NOTHING; END IF; IF NEW.org IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.org) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER positions_tenures AFTER INSERT OR DELETE OR UPDATE ON positions FOR EACH ROW EXECUTE FUNCTION positions_tenures();

CREATE FUNCTION event_participants_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN IF NEW.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'DELETE' THEN IF OLD.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'UPDATE' THEN IF OLD.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.entity_id) ON CONFLICT DO NOTHING; END IF; IF NEW.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_participants_tenures AFTER INSERT OR DELETE OR UPDATE ON event_participants FOR EACH ROW EXECUTE FUNCTION event_participants_tenures();

CREATE FUNCTION mentions_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN IF NEW.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'DELETE' THEN IF OLD.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'UPDATE' THEN IF OLD.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.entity_id) ON CONFLICT DO NOTHING; END IF; IF NEW.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER mentions_tenures AFTER INSERT OR DELETE OR UPDATE ON mentions FOR EACH ROW EXECUTE FUNCTION mentions_tenures();

CREATE FUNCTION events_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' THEN IF OLD.doc_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('doc', OLD.doc_id) ON CONFLICT DO NOTHING; END IF; IF NEW.doc_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('doc', NEW.doc_id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER events_tenures AFTER UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_tenures();

CREATE FUNCTION claims_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' THEN IF OLD.doc_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('doc', OLD.doc_id) ON CONFLICT DO NOTHING; END IF; IF NEW.doc_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('doc', NEW.doc_id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER claims_tenures AFTER UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION claims_tenures();

CREATE FUNCTION documents_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' THEN IF NEW.id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('doc', NEW.id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_tenures AFTER UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION documents_tenures();

CREATE FUNCTION entity_canonical_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN IF NEW.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.entity_id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'UPDATE' THEN IF NEW.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', NEW.entity_id) ON CONFLICT DO NOTHING; END IF; IF OLD.canonical_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('read', OLD.canonical_id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'DELETE' THEN IF OLD.entity_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('entity', OLD.entity_id) ON CONFLICT DO NOTHING; END IF; IF OLD.canonical_id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('read', OLD.canonical_id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER entity_canonical_tenures AFTER INSERT OR UPDATE OR DELETE ON entity_canonical FOR EACH ROW EXECUTE FUNCTION entity_canonical_tenures();

CREATE FUNCTION canonical_entities_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' AND (OLD.name IS DISTINCT FROM NEW.name OR OLD.type IS DISTINCT FROM NEW.type OR OLD.id IS DISTINCT FROM NEW.id) THEN IF OLD.id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('name', OLD.id) ON CONFLICT DO NOTHING; END IF; IF NEW.id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('name', NEW.id) ON CONFLICT DO NOTHING; END IF; END IF;
    IF TG_OP = 'DELETE' THEN IF OLD.id IS NOT NULL THEN INSERT INTO tenures_dirty (what, id) VALUES ('name', OLD.id) ON CONFLICT DO NOTHING; END IF; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER canonical_entities_tenures AFTER UPDATE OR DELETE ON canonical_entities FOR EACH ROW EXECUTE FUNCTION canonical_entities_tenures();
