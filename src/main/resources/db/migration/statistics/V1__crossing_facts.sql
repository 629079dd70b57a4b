-- One row per crossing, filled in by events as they come (in any order): a read model, never a
-- source of truth. Replaying the events rebuilds it.
CREATE TABLE statistics.crossing_fact (
    crossing_id          uuid PRIMARY KEY,
    direction            text,
    mx_customs_office    char(3),
    us_port              char(4),
    filed_at             timestamptz,
    arrived_at           timestamptz,
    selected_at          timestamptz,
    lane_mx              text,
    lane_us              text,
    inspection_scheduled boolean NOT NULL DEFAULT false,
    held                 boolean NOT NULL DEFAULT false,
    seized               boolean NOT NULL DEFAULT false,
    released_at          timestamptz,
    value_usd            numeric(18, 2),
    hs_chapters          text,
    assessed             jsonb
);
CREATE INDEX crossing_fact_filed ON statistics.crossing_fact (filed_at);
