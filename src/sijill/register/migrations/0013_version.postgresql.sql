-- The register's version (see 0013_version.sqlite.sql). A server keeps no answers about a
-- PostgreSQL register (sijill.register.memo), so nothing moves it here: the table keeps the
-- two engines' schemas alike.
CREATE TABLE register_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    n BIGINT NOT NULL
);

INSERT INTO register_version (id, token, n) VALUES (1, md5(random()::text), 0);
