-- Name search by index (sijill.register.queries._matches): a trigram full-text index over
-- every canonical entity's name key and Latin spelling, so a name contained in another is
-- found without reading every canonical name. name_search_rows gives each canonical entity a
-- stable integer row (an INTEGER PRIMARY KEY, which VACUUM keeps) that is its row in the
-- index. Triggers keep both in step with canonical_entities, whoever writes it.
CREATE VIRTUAL TABLE name_search USING fts5(name_key, latin, tokenize = 'trigram');

CREATE TABLE name_search_rows (
    row INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE
);

INSERT INTO name_search_rows (id) SELECT id FROM canonical_entities ORDER BY id;
INSERT INTO name_search (rowid, name_key, latin)
SELECT r.row, c.name_key, c.latin FROM name_search_rows r JOIN canonical_entities c ON c.id = r.id;

CREATE TRIGGER name_search_insert AFTER INSERT ON canonical_entities BEGIN INSERT INTO name_search_rows (id) VALUES (NEW.id); INSERT INTO name_search (rowid, name_key, latin) SELECT row, NEW.name_key, NEW.latin FROM name_search_rows WHERE id = NEW.id; END;

CREATE TRIGGER name_search_delete AFTER DELETE ON canonical_entities BEGIN DELETE FROM name_search WHERE rowid = (SELECT row FROM name_search_rows WHERE id = OLD.id); DELETE FROM name_search_rows WHERE id = OLD.id; END;

CREATE TRIGGER name_search_update AFTER UPDATE OF id, name_key, latin ON canonical_entities BEGIN DELETE FROM name_search WHERE rowid = (SELECT row FROM name_search_rows WHERE id = OLD.id); DELETE FROM name_search_rows WHERE id = OLD.id; INSERT INTO name_search_rows (id) VALUES (NEW.id); INSERT INTO name_search (rowid, name_key, latin) SELECT row, NEW.name_key, NEW.latin FROM name_search_rows WHERE id = NEW.id; END;
