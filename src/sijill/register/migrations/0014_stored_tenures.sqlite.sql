-- Answers worked out when the register changes, read by the pages and the entity API instead
-- of being worked out again on each first request (sijill.register.stored): a much-named
-- person's tenures read thousands of claims (their own and their seats' other holders'), a
-- much-named body's structure tree the relations of every body in it. ``stored_tenures``
-- keeps each person's and organisation's tenures (kind ``person``, ``org``), each
-- organisation's structure (``structure``) and a much-named entity's names and first page of
-- events (``names``, ``events``); a row's ``stored_tenure_deps`` name the
-- canonical entities it read (``reads`` 1: their claims, seats, events or relations) or only
-- shows (``reads`` 0: a name in it). Triggers note in ``tenures_dirty`` what each change
-- touches: a document (``doc``: its attribute or decision claims, or corrections), a
-- document entity (``entity``: its posts, events, relations, mentions or link changed), a
-- canonical entity that lost a member (``read``) or whose name or type changed (``name``).
-- While anything is noted no stored row is read; sijill.register.stored.refresh drops the
-- rows the notes reach and clears them, and sijill.register.seats.fill_tenures works them out
-- again. The rows of an existing register are filled once after this migration (the
-- runner's backfill). A register with nothing stored (one being ingested) notes nothing. Each
-- trigger is written on one line: a statement ends where a line ends in ``;``.
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

CREATE TRIGGER positions_insert_tenures AFTER INSERT ON positions FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.person WHERE NEW.person IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.org WHERE NEW.org IS NOT NULL; END;
CREATE TRIGGER event_participants_insert_tenures AFTER INSERT ON event_participants FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.entity_id WHERE NEW.entity_id IS NOT NULL; END;
CREATE TRIGGER mentions_insert_tenures AFTER INSERT ON mentions FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.entity_id WHERE NEW.entity_id IS NOT NULL; END;
CREATE TRIGGER relations_insert_tenures AFTER INSERT ON relations FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.child WHERE NEW.child IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.parent WHERE NEW.parent IS NOT NULL; END;
CREATE TRIGGER claims_insert_tenures AFTER INSERT ON claims FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) AND (NEW.kind IN ('attribute', 'decision')) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', NEW.doc_id WHERE NEW.doc_id IS NOT NULL; END;
CREATE TRIGGER claim_corrections_insert_tenures AFTER INSERT ON claim_corrections FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = NEW.claim_id) AS v) WHERE v IS NOT NULL; END;
CREATE TRIGGER positions_delete_tenures AFTER DELETE ON positions FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.person WHERE OLD.person IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.org WHERE OLD.org IS NOT NULL; END;
CREATE TRIGGER event_participants_delete_tenures AFTER DELETE ON event_participants FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.entity_id WHERE OLD.entity_id IS NOT NULL; END;
CREATE TRIGGER mentions_delete_tenures AFTER DELETE ON mentions FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.entity_id WHERE OLD.entity_id IS NOT NULL; END;
CREATE TRIGGER relations_delete_tenures AFTER DELETE ON relations FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.child WHERE OLD.child IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.parent WHERE OLD.parent IS NOT NULL; END;
CREATE TRIGGER claims_delete_tenures AFTER DELETE ON claims FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) AND (OLD.kind IN ('attribute', 'decision')) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', OLD.doc_id WHERE OLD.doc_id IS NOT NULL; END;
CREATE TRIGGER claim_corrections_delete_tenures AFTER DELETE ON claim_corrections FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = OLD.claim_id) AS v) WHERE v IS NOT NULL; END;
CREATE TRIGGER positions_update_tenures AFTER UPDATE ON positions FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.person WHERE OLD.person IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.org WHERE OLD.org IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.person WHERE NEW.person IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.org WHERE NEW.org IS NOT NULL; END;
CREATE TRIGGER event_participants_update_tenures AFTER UPDATE ON event_participants FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.entity_id WHERE OLD.entity_id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.entity_id WHERE NEW.entity_id IS NOT NULL; END;
CREATE TRIGGER mentions_update_tenures AFTER UPDATE ON mentions FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.entity_id WHERE OLD.entity_id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.entity_id WHERE NEW.entity_id IS NOT NULL; END;
CREATE TRIGGER relations_update_tenures AFTER UPDATE ON relations FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.child WHERE OLD.child IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.parent WHERE OLD.parent IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.child WHERE NEW.child IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.parent WHERE NEW.parent IS NOT NULL; END;
CREATE TRIGGER claim_corrections_update_tenures AFTER UPDATE ON claim_corrections FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = OLD.claim_id) AS v) WHERE v IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', v FROM (SELECT (SELECT doc_id FROM claims WHERE id = NEW.claim_id) AS v) WHERE v IS NOT NULL; END;
CREATE TRIGGER events_update_tenures AFTER UPDATE ON events FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', OLD.doc_id WHERE OLD.doc_id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', NEW.doc_id WHERE NEW.doc_id IS NOT NULL; END;
CREATE TRIGGER claims_update_tenures AFTER UPDATE ON claims FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', OLD.doc_id WHERE OLD.doc_id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', NEW.doc_id WHERE NEW.doc_id IS NOT NULL; END;
CREATE TRIGGER documents_update_tenures AFTER UPDATE ON documents FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'doc', NEW.id WHERE NEW.id IS NOT NULL; END;
CREATE TRIGGER entities_update_tenures AFTER UPDATE ON entities FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.id WHERE OLD.id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.id WHERE NEW.id IS NOT NULL; END;
CREATE TRIGGER entity_canonical_insert_tenures AFTER INSERT ON entity_canonical FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.entity_id WHERE NEW.entity_id IS NOT NULL; END;
CREATE TRIGGER entity_canonical_update_tenures AFTER UPDATE ON entity_canonical FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', NEW.entity_id WHERE NEW.entity_id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'read', OLD.canonical_id WHERE OLD.canonical_id IS NOT NULL; END;
CREATE TRIGGER entity_canonical_delete_tenures AFTER DELETE ON entity_canonical FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'entity', OLD.entity_id WHERE OLD.entity_id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'read', OLD.canonical_id WHERE OLD.canonical_id IS NOT NULL; END;
CREATE TRIGGER canonical_entities_update_tenures AFTER UPDATE ON canonical_entities FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) AND (OLD.name IS NOT NEW.name OR OLD.type IS NOT NEW.type OR OLD.id IS NOT NEW.id) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'name', OLD.id WHERE OLD.id IS NOT NULL; INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'name', NEW.id WHERE NEW.id IS NOT NULL; END;
CREATE TRIGGER canonical_entities_delete_tenures AFTER DELETE ON canonical_entities FOR EACH ROW WHEN EXISTS (SELECT 1 FROM stored_tenures) BEGIN INSERT OR IGNORE INTO tenures_dirty (what, id) SELECT 'name', OLD.id WHERE OLD.id IS NOT NULL; END;
