-- Platform models trained on the journal: what is needed to restore them (the target encodings
-- beside the booster bytes), how many labels they saw, and which version live selectivity uses.
alter table risk.model_version
    add column encoding     text,          -- JSON: fitted target encodings, unit-value references, base rate
    add column labelled     int,           -- labelled journal rows trained on
    add column activated_at timestamptz,   -- when live selectivity started using it
    add column active       boolean not null default false;

-- at most one active version per model name
create unique index model_version_one_active on risk.model_version (name) where active;
