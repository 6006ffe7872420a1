-- Indexes that keep storing and resolving linear in the size of the register.
-- Deleting a document (a replaced or removed one) cascades to these tables by doc_id, and
-- deleting its entities cascades by location and addressee: without an index each cascade
-- scans the whole table. Resolution reads positions and relations by document.
CREATE INDEX positions_doc ON positions (doc_id);
CREATE INDEX events_location ON events (location);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX quotes_addressee ON quotes (addressee);
CREATE INDEX relations_doc ON relations (doc_id);
-- The rule decisions about a region are read by their left end; the index on
-- (decided_by, verdict) alone made that a scan of every rule decision.
CREATE INDEX resolution_decisions_left ON resolution_decisions (decided_by, left_id);
