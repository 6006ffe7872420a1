-- Full-text search over documents: one row per document whose body holds one search key per
-- word (sijill.register.textsearch); the 'simple' configuration keeps the keys as they are.
CREATE TABLE document_search (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    body TEXT NOT NULL
);
CREATE INDEX document_search_body ON document_search USING GIN (to_tsvector('simple', body));
