-- HTSUS history: every revision since the 2025 basic edition, stored as line versions. A line's row
-- holds the texts one or more consecutive revisions printed unchanged (valid_from .. valid_to, both
-- inclusive); a revision that changes or drops the line closes it the day before it applies.

ALTER TABLE reference.us_tariff_line
    ADD COLUMN footnotes jsonb NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN revision  text;

-- open versions: what an imported revision is compared with
CREATE INDEX us_tariff_line_open ON reference.us_tariff_line (tariff_code) WHERE valid_to IS NULL;
-- chapter-99 lines by date, for the scopes derived from them
CREATE INDEX us_tariff_line_chapter99 ON reference.us_tariff_line (valid_from) WHERE chapter99;

-- The revisions loaded, in the order they apply. Shipped ones are rewritten when the shipped files
-- change; imported ones keep their JSON (gzip) so that a reload of the shipped history replays them.
CREATE TABLE reference.us_hts_revision (
    revision    text PRIMARY KEY,
    valid_from  date    NOT NULL UNIQUE,
    published   date,
    origin      text    NOT NULL CHECK (origin IN ('shipped', 'import')),
    lines       integer NOT NULL,
    added       integer NOT NULL,
    changed     integer NOT NULL,
    removed     integer NOT NULL,
    body        bytea,
    imported_by text,
    imported_at timestamptz,
    CHECK ((origin = 'import') = (body IS NOT NULL))
);
