-- Issue 15, last part: flagged consignments selected through the risk engine, officers' decisions per
-- consignment with their findings, value references learned from those findings.

-- The risk engine's selection of a flagged consignment: the case id risk journalled it under (risk.selection),
-- the lane and the reasons' rule ids (officials only). Null for consignments without flags.
ALTER TABLE consignment ADD COLUMN risk_case uuid;
ALTER TABLE consignment ADD COLUMN lane text CHECK (lane IN ('GREEN', 'YELLOW', 'RED'));
ALTER TABLE consignment ADD COLUMN selection_reasons text;
-- the officer's current decision (the latest row of courier.decision), for lists and the courier's view
ALTER TABLE consignment ADD COLUMN decision text;

-- Every decision an officer took on a consignment, oldest first; findings at inspection where recorded.
CREATE TABLE decision (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    manifest_id        uuid           NOT NULL,
    guide              text           NOT NULL,
    decision           text           NOT NULL CHECK (decision IN ('RELEASE', 'INSPECT', 'HOLD', 'REQUIRE_REGULAR_PEDIMENTO')),
    authority          text           NOT NULL CHECK (authority IN ('MX', 'US')),
    officer            text           NOT NULL,
    found_value_usd    numeric(14, 2) CHECK (found_value_usd >= 0),
    found_weight_kg    numeric(12, 3) CHECK (found_weight_kg > 0),
    found_description  text,
    found_hs6          char(6),
    -- the value reference the finding teaches (HS6, else the description's class), when value and weight were found
    reference_key      text,
    -- whether the inspection found something (the label risk learns): null for INSPECT
    hit                boolean,
    note               text,
    decided_at         timestamptz    NOT NULL,
    FOREIGN KEY (manifest_id, guide) REFERENCES consignment (manifest_id, guide)
);
CREATE INDEX decision_consignment ON decision (manifest_id, guide);
CREATE INDEX decision_reference ON decision (reference_key, id) WHERE reference_key IS NOT NULL;

-- References are learned per HS6 or, where the consignment has none, per description class ('D:SHOES').
ALTER TABLE value_reference ALTER COLUMN hs6 TYPE text;
ALTER TABLE value_reference RENAME COLUMN hs6 TO reference_key;
