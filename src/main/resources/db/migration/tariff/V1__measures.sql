-- Tariff measures as effective-dated data: one row per version of a measure (rate, quota, fee,
-- exemption, surcharge, AD/CVD deposit), with its legal source and confidence. A change closes the
-- old row (valid_to) and inserts the next version; measure_audit keeps who/when/before/after.
create table tariff.measure (
    id              bigint generated always as identity primary key,
    seed_key        text unique,                 -- key of the seed row it came from; null when created by an admin
    rule_id         text        not null,        -- stable id shared by every version, e.g. MX.DTA.III
    version         int         not null,
    authority       text        not null check (authority in ('MX', 'US')),
    tax_code        text        not null,        -- DTA, IVA, IEPS, S122, MPF, ADD ...
    kind            text        not null,        -- PERCENT, PER_MILLE, FIXED, SPECIFIC, CLAMPED_PERCENT, EXEMPTION ...
    rate            numeric(12, 6),
    amount          numeric(18, 6),
    currency        text,
    unit            text,
    minimum         numeric(18, 2),
    maximum         numeric(18, 2),
    tariff_prefixes text        not null default '',   -- '|'-separated; '*' = every code
    origins         text        not null default '',   -- '|'-separated ISO alpha-2; empty = any
    claves          text        not null default '',   -- '|'-separated OPERATION:CLAVE or US entry types
    programs        text        not null default '',   -- '|'-separated preference programs required
    condition       text        not null default '',
    applies_to      text        not null default '',
    case_number     text        not null default '',
    company         text        not null default '',
    priority        int         not null default 100,
    stacking        text,
    heading         text        not null default '',
    valid_from      date        not null,
    valid_to        date,
    legal_basis     text        not null,
    source          text        not null default '',
    confidence      text        not null check (confidence in ('HIGH', 'MEDIUM', 'LOW')),
    note            text        not null default '',
    created_at      timestamptz not null,
    created_by      text        not null,
    unique (rule_id, version),
    check (valid_to is null or valid_to >= valid_from)
);

create index measure_by_tax on tariff.measure (authority, tax_code);

create table tariff.measure_audit (
    id         bigint generated always as identity primary key,
    measure_id bigint      not null,
    action     text        not null check (action in ('SEED', 'CREATE', 'CLOSE', 'SUPERSEDE')),
    actor      text        not null,
    at         timestamptz not null,
    reason     text,
    before     jsonb,
    after      jsonb
);

create index measure_audit_by_measure on tariff.measure_audit (measure_id);
