-- Readers' corrections (sijill.register.review). A correction names its claim by document,
-- kind and a key of the claim's content and evidence span (entities by type and name, not by
-- row id), so it outlives the claims a re-ingest deletes and writes again: ingest never
-- deletes one, and re-attaches each to the document's new claims as it stores them.
-- action: 'wrong' (the claim is not so: every view leaves it out) or 'added' (a claim the
-- machine missed: stored as a claim of the document, shown as corrected).
CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    action TEXT NOT NULL,
    claim_key TEXT NOT NULL,
    data TEXT NOT NULL,
    names TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    note TEXT NOT NULL,
    made_at TEXT NOT NULL
);
CREATE INDEX corrections_doc ON corrections (doc_id, kind);

-- The claim each correction is attached to now. It goes with the claim (a re-ingest deletes
-- the claims and attaches the corrections again), so it never marks a claim it was not made on.
CREATE TABLE claim_corrections (
    claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    correction_id TEXT NOT NULL,
    action TEXT NOT NULL
);
CREATE INDEX claim_corrections_correction ON claim_corrections (correction_id);

-- Documents a reader has gone through: their claims, as corrected, are gold
-- (`sijill export --format gold`). Kept, like corrections, whatever an ingest does.
CREATE TABLE reviewed_documents (
    doc_id TEXT PRIMARY KEY,
    reviewed_at TEXT NOT NULL
);
