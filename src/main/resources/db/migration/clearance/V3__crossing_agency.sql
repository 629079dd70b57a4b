-- The agency a crossing was filed for: its brokers (all of them) see and change it, no other agency's.
-- Rows filed before this column existed get it at start-up from their filer's configured agency
-- (AgencyBackfill); until then only officials see them.
ALTER TABLE clearance.crossing ADD COLUMN agency text;

-- A broker lists their agency's crossings, a carrier its own: newest first.
CREATE INDEX crossing_agency ON clearance.crossing (agency, filed_at DESC);
CREATE INDEX crossing_carrier_scac ON clearance.crossing ((carrier ->> 'scac'), filed_at DESC);
CREATE INDEX crossing_without_agency ON clearance.crossing (filed_by) WHERE agency IS NULL;
-- Listing by the filing user is gone (an agency's brokers share their crossings).
DROP INDEX clearance.crossing_filed_by;
