-- Irregularity detection (BRIEF §8.4). The consignee's name and address as normalised by the application, so
-- that split shipments are matched across manifests with the same rule as within one; the window query goes
-- from the courier's manifests of the period (by date) to their consignments.
ALTER TABLE consignment ADD COLUMN consignee_key text;
CREATE INDEX manifest_courier_date ON manifest (courier_id, manifest_date);

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
