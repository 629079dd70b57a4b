-- Risk targeting as data: versioned rules, the journal of selections with their inspection outcomes
-- (the labelled history rules are replayed over and models are trained on), and model versions with
-- their measured quality.
create table risk.rule (
    id          bigint generated always as identity primary key,
    rule_id     text        not null,                 -- stable id shared by every version, shown to officers
    version     int         not null,
    authority   text        check (authority in ('MX', 'US')),   -- null = both authorities
    description text        not null,
    condition   text        not null,                 -- JSON array of clauses {attribute, operator, values}
    weight      numeric(8, 3),                        -- added to the risk score when the rule hits
    lane        text        check (lane in ('GREEN', 'YELLOW', 'RED')),  -- forced lane when the rule hits
    valid_from  timestamptz,
    valid_to    timestamptz,
    author      text        not null,
    status      text        not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    created_at  timestamptz not null default now(),
    unique (rule_id, version),
    check (weight is not null or lane is not null)
);

create table risk.selection (
    crossing_id  uuid        not null,
    authority    text        not null check (authority in ('MX', 'US')),
    declaration  text        not null,                -- JSON of the declaration facts the engine saw
    cross_checks text        not null,                -- '|'-separated cross-check kinds
    fast_driver  boolean     not null,
    lane         text        not null,
    score        double precision not null,
    policy       text        not null,
    reasons      text        not null,                -- JSON of the reasons and contributions shown to the officer
    selected_at  timestamptz not null,
    hit          boolean,                             -- inspection outcome; null until known
    outcome_at   timestamptz,
    primary key (crossing_id, authority)
);
create index selection_selected_at on risk.selection (selected_at);

create table risk.model_version (
    id          bigint generated always as identity primary key,
    name        text        not null,
    version     int         not null,
    algorithm   text        not null,
    seed        bigint      not null,
    parameters  text        not null,
    training    text        not null,                 -- what it was trained on
    metrics     text        not null,                 -- JSON: Precision@n%, Revenue@n%, AUC on the later period
    trained_by  text        not null,
    trained_at  timestamptz not null,
    model       bytea,
    unique (name, version)
);

-- The first policy's rules, now as data (author: migration).
insert into risk.rule (rule_id, version, authority, description, condition, weight, lane, valid_from, author, status) values
('CROSS_CHECK_PHYSICAL', 1, null, 'Export and import declarations disagree on goods (HS6, quantity, origin or an unmatched line)',
 '[{"attribute":"crossCheck","operator":"IN","values":["HS6_MISMATCH","QUANTITY_MISMATCH","ORIGIN_MISMATCH","UNMATCHED_LINE"]}]', null, 'RED', null, 'migration', 'ACTIVE'),
('CROSS_CHECK_VALUE', 1, null, 'Export and import declarations disagree on value',
 '[{"attribute":"crossCheck","operator":"PRESENT","values":[]},{"attribute":"crossCheck","operator":"NOT_IN","values":["HS6_MISMATCH","QUANTITY_MISMATCH","ORIGIN_MISMATCH","UNMATCHED_LINE"]}]', null, 'YELLOW', null, 'migration', 'ACTIVE'),
('AD_CVD_LINE', 1, 'US', 'A line is subject to antidumping/countervailing duties',
 '[{"attribute":"adCvdCase","operator":"PRESENT","values":[]}]', null, 'YELLOW', null, 'migration', 'ACTIVE'),
('HIGH_VALUE_LINE', 1, null, 'A line declares more than USD 250,000',
 '[{"attribute":"valueUsd","operator":"GT","values":["250000"]}]', 1.0, 'YELLOW', null, 'migration', 'ACTIVE'),
('HYDROCARBONS', 1, 'MX', 'Chapter 27 fuels: classification and IEPS are reviewed (brief §11.6)',
 '[{"attribute":"hs","operator":"PREFIX","values":["27"]}]', 1.5, 'YELLOW', null, 'migration', 'ACTIVE'),
('NEW_PARTY', 1, null, 'Party first seen less than 90 days ago (brief §12.3 R5)',
 '[{"attribute":"partyAgeDays","operator":"LT","values":["90"]},{"attribute":"partyInspections","operator":"EQ","values":["0"]}]', 0.5, null, null, 'migration', 'ACTIVE');
