-- Indexes for the web register's pages at full size. A document's claims of one kind (an
-- organisation's decisions and relations are read document by document) were found through
-- claims_kind, which walks every claim of that kind in the register; this index finds them
-- by document and kind, already in sequence order.
CREATE INDEX claims_doc_kind ON claims (doc_id, kind, seq);
