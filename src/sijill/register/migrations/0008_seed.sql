-- Known actors loaded by `sijill seed` (sijill.register.seed) before or between ingests: each
-- is a canonical entity whose id is kept. seed_keys holds the strong resolution keys of its
-- names, so that indexing a document entity finds the seeds it shares a key with.
CREATE TABLE seeds (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    latin TEXT,
    origin TEXT NOT NULL
);

CREATE TABLE seed_keys (
    seed_id TEXT NOT NULL REFERENCES seeds (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (seed_id, key)
);
CREATE INDEX seed_keys_key ON seed_keys (type, key);
