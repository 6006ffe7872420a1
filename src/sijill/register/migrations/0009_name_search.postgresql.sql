-- Name search by index (sijill.register.queries._matches): trigram GIN indexes (pg_trgm) on
-- the canonical names' keys and lower-cased Latin spellings, which PostgreSQL uses for the
-- contains match (LIKE '%...%'). Where the extension cannot be created (no right to, or not
-- installed) the migration notes it and the search reads every canonical name, as before.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX canonical_key_trigram ON canonical_entities USING gin (name_key gin_trgm_ops);
    CREATE INDEX canonical_latin_trigram ON canonical_entities USING gin (LOWER(latin) gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: name search reads every canonical name';
END
$$;
