-- What an imported HTSUS revision changed in chapter 99 (headings, rate texts, footnote scopes) and
-- which loaded measure rows to review, kept with the revision (JSON array of Chapter99Change).
ALTER TABLE reference.us_hts_revision
    ADD COLUMN chapter99_changes jsonb NOT NULL DEFAULT '[]'::jsonb;
