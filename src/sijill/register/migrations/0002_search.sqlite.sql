-- Full-text search over documents: one row per document whose body holds one search key per
-- word (sijill.register.textsearch), so the query side folds spelling the same way.
CREATE VIRTUAL TABLE document_search USING fts5(
    doc_id UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);
