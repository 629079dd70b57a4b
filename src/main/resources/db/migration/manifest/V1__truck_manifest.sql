-- Pre-arrival truck manifests (ACE eManifest) and the timeliness of each crossing's manifest at arrival.

CREATE TABLE manifest.manifest (
    id               uuid PRIMARY KEY,
    trip_number      text        NOT NULL UNIQUE,
    carrier          text        NOT NULL,      -- SCAC of the filing carrier
    filed_by         text        NOT NULL,
    filed_at         timestamptz NOT NULL,      -- first receipt: the deadline is measured from it
    amended_at       timestamptz,
    version          bigint      NOT NULL,
    body             jsonb       NOT NULL
);

CREATE INDEX manifest_carrier ON manifest.manifest (carrier);

-- One row per shipment; a crossing is carried by one shipment of one manifest, an SCN is used once.
CREATE TABLE manifest.shipment (
    manifest_id      uuid    NOT NULL REFERENCES manifest.manifest (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    scn              text    NOT NULL UNIQUE,
    crossing_id      uuid    NOT NULL UNIQUE,
    fast             boolean NOT NULL,
    received_at      timestamptz NOT NULL,  -- when this shipment was first received (filing or amendment)
    PRIMARY KEY (manifest_id, position)
);

-- Written when the clearance module reports the crossing's arrival.
CREATE TABLE manifest.arrival_check (
    crossing_id      uuid PRIMARY KEY,
    arrived_at       timestamptz NOT NULL,
    manifest_id      uuid,
    filed_at         timestamptz,
    fast             boolean     NOT NULL,
    required_minutes integer     NOT NULL,
    status           text        NOT NULL CHECK (status IN ('ON_TIME', 'LATE_MANIFEST', 'MISSING_MANIFEST')),
    checked_at       timestamptz NOT NULL
);

CREATE INDEX arrival_check_flagged ON manifest.arrival_check (status) WHERE status <> 'ON_TIME';
