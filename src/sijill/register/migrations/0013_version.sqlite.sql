-- The register's version, which every change a page can show moves (sijill.register.memo):
-- a server's processes share the answers they work out, keyed on it, and a process of any
-- server sees a change another made (an ingest, a resolution, a merge, a correction) in the
-- next request it reads the version for. ``token`` tells one register from another that
-- happens to have the same count (a register made anew at the same path).
-- Triggers on the tables a change always writes: a stored document writes ``documents`` (its
-- entities, mentions and claims come with it), resolution ``canonical_entities`` and
-- ``entity_canonical``, a merge ``resolution_decisions``, a correction its own tables and
-- ``claims``. They fire per row (SQLite has no statement triggers), a one-row update
-- each. Each is written on one line: a migration's statements end where a line ends in ``;``.
CREATE TABLE register_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    n INTEGER NOT NULL
);

INSERT INTO register_version (id, token, n) VALUES (1, lower(hex(randomblob(16))), 0);

CREATE TRIGGER documents_insert_version AFTER INSERT ON documents BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER documents_update_version AFTER UPDATE ON documents BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER documents_delete_version AFTER DELETE ON documents BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER claims_insert_version AFTER INSERT ON claims BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER claims_update_version AFTER UPDATE ON claims BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER claims_delete_version AFTER DELETE ON claims BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER canonical_entities_insert_version AFTER INSERT ON canonical_entities BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER canonical_entities_update_version AFTER UPDATE ON canonical_entities BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER canonical_entities_delete_version AFTER DELETE ON canonical_entities BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER entity_canonical_insert_version AFTER INSERT ON entity_canonical BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER entity_canonical_update_version AFTER UPDATE ON entity_canonical BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER entity_canonical_delete_version AFTER DELETE ON entity_canonical BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER resolution_decisions_insert_version AFTER INSERT ON resolution_decisions BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER resolution_decisions_update_version AFTER UPDATE ON resolution_decisions BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER resolution_decisions_delete_version AFTER DELETE ON resolution_decisions BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER corrections_insert_version AFTER INSERT ON corrections BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER corrections_update_version AFTER UPDATE ON corrections BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER corrections_delete_version AFTER DELETE ON corrections BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER claim_corrections_insert_version AFTER INSERT ON claim_corrections BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER claim_corrections_update_version AFTER UPDATE ON claim_corrections BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER claim_corrections_delete_version AFTER DELETE ON claim_corrections BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER reviewed_documents_insert_version AFTER INSERT ON reviewed_documents BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER reviewed_documents_update_version AFTER UPDATE ON reviewed_documents BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER reviewed_documents_delete_version AFTER DELETE ON reviewed_documents BEGIN UPDATE register_version SET n = n + 1 WHERE id = 1; END;
