-- Which GUDID import owns the staging tables. The app and the CLI may both import into the same file (two
-- processes): beginning an import discards the staging rows of an interrupted one, so each batch and the commit
-- first check that the staging still belongs to them, and an import whose rows were discarded by a newer one fails
-- instead of committing a partial release. At most one row (id = 1).
CREATE TABLE gudid_stage_owner (
    id         INTEGER NOT NULL PRIMARY KEY,
    token      VARCHAR(64) NOT NULL,
    kind       VARCHAR(8) NOT NULL,
    started_at BIGINT NOT NULL
);
