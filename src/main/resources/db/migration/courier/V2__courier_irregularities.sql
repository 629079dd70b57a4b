-- Irregularity detection (BRIEF §8.4). The consignee's name and address as normalised by the application, so
-- that split shipments are matched across manifests with the same rule as within one; the window query goes
-- from the courier's manifests of the period (by date) to their consignments.
ALTER TABLE consignment ADD COLUMN consignee_key text;
-- the consignee's phone as digits only, for the same reason
ALTER TABLE consignment ADD COLUMN phone_key text;
-- whether the consignee's value in its manifest lay just below a threshold (set at filing with the limits of
-- the day): only those can be part of a split shipment, so only those are indexed — a small share of the rows,
-- which keeps the COPY of a 100,000-consignment manifest cheap while the window query stays index-driven.
ALTER TABLE consignment ADD COLUMN near_threshold boolean NOT NULL DEFAULT false;
CREATE INDEX consignment_near_rfc ON consignment (consignee_rfc) WHERE near_threshold;
CREATE INDEX consignment_near_key ON consignment (consignee_key) WHERE near_threshold;
CREATE INDEX consignment_near_phone ON consignment (phone_key) WHERE near_threshold;

-- Customs value per kilogram seen for an HS subheading, learned from inspected consignments (physical
-- examination found the declared value right). Empty until inspections record values: without a row for a
-- subheading the weight/value check does not run for it.
CREATE TABLE value_reference (
    hs6             char(6)        PRIMARY KEY,
    min_usd_per_kg  numeric(14, 2) NOT NULL CHECK (min_usd_per_kg >= 0),
    max_usd_per_kg  numeric(14, 2) NOT NULL,
    observations    integer        NOT NULL CHECK (observations > 0),
    source          text           NOT NULL,
    updated_at      timestamptz    NOT NULL,
    CHECK (max_usd_per_kg >= min_usd_per_kg)
);

-- Consignments of the manifest flagged at filing: lists and rates without reading the consignments again.
ALTER TABLE manifest ADD COLUMN flagged integer NOT NULL DEFAULT 0;
