-- Courier manifests (BRIEF §8): one row per manifest, its accepted consignments; the answer the courier
-- got is kept with the manifest so that a repeat of its Idempotency-Key gets it back byte for byte.
CREATE TABLE manifest (
    id               uuid PRIMARY KEY,
    courier_id       text        NOT NULL,
    key_scope        text        NOT NULL,
    idempotency_key  text,
    request_hash     text        NOT NULL,
    filed_by         text        NOT NULL,
    direction        text        NOT NULL CHECK (direction IN ('SOUTHBOUND', 'NORTHBOUND')),
    customs_office   text        NOT NULL,
    manifest_date    date        NOT NULL,
    crossing_id      uuid,
    usd_mxn          numeric(12, 6),
    received_at      timestamptz NOT NULL,
    accepted         integer     NOT NULL,
    rejected         integer     NOT NULL,
    totals           jsonb       NOT NULL,
    answer           bytea,
    CONSTRAINT manifest_key UNIQUE (key_scope, idempotency_key)
);
CREATE INDEX manifest_courier ON manifest (courier_id, received_at DESC);

CREATE TABLE consignment (
    manifest_id          uuid          NOT NULL REFERENCES manifest (id),
    idx                  integer       NOT NULL,
    guide                text          NOT NULL,
    consignee_name       text          NOT NULL,
    consignee_rfc        text,
    consignee_address    text          NOT NULL,
    consignee_phone      text,
    shipper_name         text          NOT NULL,
    shipper_address      text,
    origin               char(2)       NOT NULL,
    description          text          NOT NULL,
    hs_code              text,
    rrna                 boolean       NOT NULL,
    quantity             numeric(12, 0) NOT NULL,
    weight_kg            numeric(12, 3) NOT NULL,
    value                numeric(14, 2) NOT NULL,
    currency             char(3)       NOT NULL,
    value_usd            numeric(14, 2) NOT NULL,
    consignee_value_usd  numeric(16, 2) NOT NULL,
    rate_band            text          NOT NULL,
    rate                 numeric(8, 4),
    legal_basis          text          NOT NULL,
    periodic_payment     boolean       NOT NULL,
    -- json, not jsonb: written once, read whole, never queried inside (cheaper to COPY)
    taxes                json          NOT NULL,
    flags                jsonb         NOT NULL DEFAULT '[]',
    -- one index only: a guide is unique in its manifest and is how consignments are looked up
    PRIMARY KEY (manifest_id, guide)
);
