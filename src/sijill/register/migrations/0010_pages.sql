-- Indexes for the web register's pages at full size. A document's claims of one kind (an
-- organisation's decisions and relations are read document by document) were found through
-- claims_kind, which walks every claim of that kind in the register; this index finds them
-- by document and kind, already in sequence order.
CREATE INDEX claims_doc_kind ON claims (doc_id, kind, seq);

-- Documents newest first, in the order the search lists its hits: a word most documents hold
-- is searched by walking this index and testing each document against the full-text index
-- (sijill.register.search), so the newest hits come without sorting every one.
CREATE INDEX documents_newest ON documents ((published IS NULL), published DESC, id);
