-- Documents an ingest could not extract (the pipeline raised, its worker died, or it outlived
-- its time budget), one row per document id with the latest reason. An ingest tries such a
-- document again, and storing it removes its row; `sijill failures` lists them.
CREATE TABLE failures (
    doc_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
