-- The country an outlet writes from, learned from its own documents (sijill.register.
-- resolution.outlets): a story that names no country but the outlet's is about the outlet's
-- country, so its bare state bodies (مجلس الشورى، وزارة الصحة) are that country's.
-- ``documents`` is how many documents the outlet had when its country was last worked out;
-- ``country`` is empty when its documents lead to no country.
CREATE TABLE outlet_countries (
    source TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,
    country TEXT NOT NULL
);

-- An outlet's documents, in id order: its sample, and its count.
CREATE INDEX documents_source ON documents (source, id);
