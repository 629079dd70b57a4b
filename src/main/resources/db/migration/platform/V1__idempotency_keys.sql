-- Idempotency keys of the API's state-changing requests (all but filing, which keeps its keys with
-- the crossing in clearance.idempotency_key). A row is claimed in the request's own transaction and
-- completed with the answer before it commits: a change never commits without its key, nor a key
-- without its change. Keys are unique per key space (the organisation acting), never globally.
CREATE TABLE platform.idempotency_key (
    scope        text        NOT NULL,
    key          text        NOT NULL,
    principal    text        NOT NULL,   -- the user who sent the first request
    request_hash text        NOT NULL,   -- SHA-256 of method, path, query and body
    status       integer,                -- the answer, set before the claiming transaction commits
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_created_at ON platform.idempotency_key (created_at);
