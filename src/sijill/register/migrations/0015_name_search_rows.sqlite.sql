-- Name search reads each canonical entity's type, name key and Latin spelling beside its row
-- in the trigram index (sijill.register.queries._contains): a common name's letters are held
-- by thousands of names (محمد: 2,776 on the full SaudiNewsNet register), and looking each one
-- up in canonical_entities by its text id, to keep those of one type, cost three times what
-- finding them did. The triggers of 0009 now keep these columns in step too.
ALTER TABLE name_search_rows ADD COLUMN type TEXT;
ALTER TABLE name_search_rows ADD COLUMN name_key TEXT;
ALTER TABLE name_search_rows ADD COLUMN latin TEXT;

UPDATE name_search_rows SET (type, name_key, latin) = (SELECT c.type, c.name_key, c.latin FROM canonical_entities c WHERE c.id = name_search_rows.id);

DROP TRIGGER name_search_insert;
DROP TRIGGER name_search_update;

CREATE TRIGGER name_search_insert AFTER INSERT ON canonical_entities BEGIN INSERT INTO name_search_rows (id, type, name_key, latin) VALUES (NEW.id, NEW.type, NEW.name_key, NEW.latin); INSERT INTO name_search (rowid, name_key, latin) SELECT row, NEW.name_key, NEW.latin FROM name_search_rows WHERE id = NEW.id; END;

CREATE TRIGGER name_search_update AFTER UPDATE OF id, type, name_key, latin ON canonical_entities BEGIN DELETE FROM name_search WHERE rowid = (SELECT row FROM name_search_rows WHERE id = OLD.id); DELETE FROM name_search_rows WHERE id = OLD.id; INSERT INTO name_search_rows (id, type, name_key, latin) VALUES (NEW.id, NEW.type, NEW.name_key, NEW.latin); INSERT INTO name_search (rowid, name_key, latin) SELECT row, NEW.name_key, NEW.latin FROM name_search_rows WHERE id = NEW.id; END;
