-- Stored tenures, structures, names, events, meetings and decisions logs (see
-- 0014_stored_tenures.sqlite.sql). One trigger function per table notes what a change
-- touches, as the SQLite triggers do.
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
    IF TG_OP = 'INSERT' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.person AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.org AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.person AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.org AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.person AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.org AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.person AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.org AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER positions_tenures AFTER INSERT OR DELETE OR UPDATE ON positions FOR EACH ROW EXECUTE FUNCTION positions_tenures();

CREATE FUNCTION event_participants_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_participants_tenures AFTER INSERT OR DELETE OR UPDATE ON event_participants FOR EACH ROW EXECUTE FUNCTION event_participants_tenures();

CREATE FUNCTION mentions_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER mentions_tenures AFTER INSERT OR DELETE OR UPDATE ON mentions FOR EACH ROW EXECUTE FUNCTION mentions_tenures();

CREATE FUNCTION relations_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.child AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.parent AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.child AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.parent AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.child AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.parent AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.child AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.parent AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER relations_tenures AFTER INSERT OR DELETE OR UPDATE ON relations FOR EACH ROW EXECUTE FUNCTION relations_tenures();

CREATE FUNCTION claims_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' AND (NEW.kind IN ('attribute', 'decision')) THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT NEW.doc_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' AND (OLD.kind IN ('attribute', 'decision')) THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT OLD.doc_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT OLD.doc_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT NEW.doc_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER claims_tenures AFTER INSERT OR DELETE OR UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION claims_tenures();

CREATE FUNCTION claim_corrections_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = NEW.claim_id) AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = OLD.claim_id) AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = OLD.claim_id) AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = NEW.claim_id) AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER claim_corrections_tenures AFTER INSERT OR DELETE OR UPDATE ON claim_corrections FOR EACH ROW EXECUTE FUNCTION claim_corrections_tenures();

CREATE FUNCTION events_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT OLD.doc_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT NEW.doc_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER events_tenures AFTER UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_tenures();

CREATE FUNCTION documents_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT NEW.id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_tenures AFTER UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION documents_tenures();

CREATE FUNCTION entities_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER entities_tenures AFTER UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION entities_tenures();

CREATE FUNCTION entity_canonical_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'UPDATE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT NEW.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'read', v FROM (SELECT OLD.canonical_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'entity', v FROM (SELECT OLD.entity_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'read', v FROM (SELECT OLD.canonical_id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER entity_canonical_tenures AFTER INSERT OR UPDATE OR DELETE ON entity_canonical FOR EACH ROW EXECUTE FUNCTION entity_canonical_tenures();

CREATE FUNCTION canonical_entities_tenures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stored_tenures) THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' AND (OLD.name IS DISTINCT FROM NEW.name OR OLD.type IS DISTINCT FROM NEW.type OR OLD.id IS DISTINCT FROM NEW.id) THEN INSERT INTO tenures_dirty (what, id) SELECT 'name', v FROM (SELECT OLD.id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; INSERT INTO tenures_dirty (what, id) SELECT 'name', v FROM (SELECT NEW.id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    IF TG_OP = 'DELETE' THEN INSERT INTO tenures_dirty (what, id) SELECT 'name', v FROM (SELECT OLD.id AS v) AS x WHERE v IS NOT NULL ON CONFLICT DO NOTHING; END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER canonical_entities_tenures AFTER UPDATE OR DELETE ON canonical_entities FOR EACH ROW EXECUTE FUNCTION canonical_entities_tenures();
