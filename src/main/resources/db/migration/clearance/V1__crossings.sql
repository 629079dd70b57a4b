-- The joint case. A crossing row changes only under optimistic locking (version); declarations,
-- decisions and idempotency keys are rows of their own.

CREATE TABLE clearance.crossing (
    id                    uuid PRIMARY KEY,
    status                text        NOT NULL,
    direction             text        NOT NULL CHECK (direction IN ('NORTHBOUND', 'SOUTHBOUND')),
    mx_customs_office     char(3)     NOT NULL,
    us_port               char(4)     NOT NULL,
    expected_arrival      timestamptz,
    carrier               jsonb       NOT NULL,
    conveyance            jsonb       NOT NULL,
    driver                jsonb       NOT NULL,
    filed_by              text        NOT NULL,
    version               bigint      NOT NULL,
    cross_check           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    selection             jsonb,
    lane_mx               text,
    lane_us               text,
    inspection_required   boolean     NOT NULL DEFAULT false,
    filed_at              timestamptz NOT NULL,
    amended_at            timestamptz,
    arrived_at            timestamptz,
    selected_at           timestamptz,
    inspection_started_at timestamptz,
    inspection_ended_at   timestamptz,
    mx_decided_at         timestamptz,
    us_decided_at         timestamptz,
    released_at           timestamptz
);
CREATE INDEX crossing_port_status ON clearance.crossing (mx_customs_office, us_port, status);
CREATE INDEX crossing_filed_by ON clearance.crossing (filed_by, filed_at DESC);
CREATE INDEX crossing_filed_at ON clearance.crossing (filed_at DESC);

CREATE TABLE clearance.crossing_declaration (
    crossing_id       uuid  NOT NULL REFERENCES clearance.crossing (id),
    authority         char(2) NOT NULL,
    number            text  NOT NULL,
    document          jsonb NOT NULL,
    assessment_status text  NOT NULL CHECK (assessment_status IN ('ASSESSED', 'PENDING_REFERENCE_DATA', 'NOT_APPLICABLE')),
    assessment        jsonb,
    assessment_pending jsonb,
    assessed_at       timestamptz NOT NULL,
    PRIMARY KEY (crossing_id, authority)
);

CREATE TABLE clearance.decision (
    id          bigserial PRIMARY KEY,
    crossing_id uuid        NOT NULL REFERENCES clearance.crossing (id),
    authority   char(2)     NOT NULL,
    decision    text        NOT NULL,
    officer     text        NOT NULL,
    notes       text        NOT NULL,
    decided_at  timestamptz NOT NULL
);
CREATE INDEX decision_crossing ON clearance.decision (crossing_id, id);

-- A repeat of a filing with the same key and body gets the first answer; another body is refused.
CREATE TABLE clearance.idempotency_key (
    key          text PRIMARY KEY,
    principal    text        NOT NULL,
    request_hash text        NOT NULL,
    crossing_id  uuid        NOT NULL,
    response     text        NOT NULL, -- the first answer, byte for byte
    created_at   timestamptz NOT NULL
);
