-- Indexes for the queries (sijill.register.queries, .seats, .search). Pages start from one
-- canonical entity and fan out to the thousands of document entities of a much-named actor,
-- so a canonical entity's document entities are read from an index alone; events are found by
-- document (the elections beside a person's mentions), and an organisation's positions by
-- role (the holders of one seat, without reading every post of a large body).
CREATE INDEX entity_canonical_members ON entity_canonical (canonical_id, entity_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX positions_org_role ON positions (org, role);
