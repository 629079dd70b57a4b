-- Paged, filtered and sorted crossing lists (issue 17 item 6). Each search condition has its index;
-- the expressions are exactly those of CrossingSearch, so the planner can use them.

-- Declaration numbers are searched by their start (stored without separators).
CREATE INDEX crossing_declaration_number ON clearance.crossing_declaration (number text_pattern_ops);
-- The importer of either declaration: the start of its name (case ignored) or its tax id.
CREATE INDEX crossing_declaration_importer_name
    ON clearance.crossing_declaration (lower(document -> 'importer' ->> 'name') text_pattern_ops);
CREATE INDEX crossing_declaration_importer_tax_id
    ON clearance.crossing_declaration (upper(document -> 'importer' ->> 'taxId'));

-- The truck's plate, upper case without spaces or dashes.
CREATE INDEX crossing_plate ON clearance.crossing (upper(translate(conveyance ->> 'plate', ' -', '')));

-- Date ranges and sorting by expected arrival: a broker's agency's, and everyone's (officials).
CREATE INDEX crossing_agency_expected ON clearance.crossing (agency, expected_arrival);
CREATE INDEX crossing_expected ON clearance.crossing (expected_arrival);
-- The officers' queue: a few open statuses out of thousands of closed crossings, by expected arrival.
CREATE INDEX crossing_status_expected ON clearance.crossing (status, expected_arrival);
