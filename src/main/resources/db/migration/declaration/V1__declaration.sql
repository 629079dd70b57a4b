-- Declarations registered on crossings: one row per (authority, number). The whole document is kept
-- as filed (JSONB); the columns are what registration and look-ups need.
CREATE TABLE declaration.declaration (
    id            uuid        PRIMARY KEY,
    seq           bigint      GENERATED ALWAYS AS IDENTITY,
    authority     varchar(2)  NOT NULL CHECK (authority IN ('MX', 'US')),
    number        varchar(20) NOT NULL,
    crossing_id   uuid        NOT NULL,
    type          varchar(8),
    declared_on   date,
    document      jsonb       NOT NULL,
    version       integer     NOT NULL DEFAULT 1,
    registered_at timestamptz NOT NULL,
    amended_at    timestamptz,
    CONSTRAINT declaration_number_unique UNIQUE (authority, number)
);

CREATE INDEX declaration_by_crossing ON declaration.declaration (crossing_id);
