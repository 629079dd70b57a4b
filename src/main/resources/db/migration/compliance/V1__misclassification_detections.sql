-- Misclassification detection (docs/compliance.md): every screened line of chapters 27, 29, 34 and 38, the
-- detections with their evidence and the analyst's decision (decided detections are the model's labels),
-- the reclassifications proposed under CFF art. 67, and the sector-13 padrón status known per importer.

create table screened_line (
    declaration_number  text        not null,
    line_number         int         not null,
    crossing_id         uuid,
    declaration_date    date        not null,
    importer_rfc        text,
    description         text        not null,
    description_key     text        not null,
    declared_code       varchar(10) not null,
    quantity            numeric(20, 3) not null,
    unit                varchar(3)  not null,
    value_usd           numeric(20, 2),
    origin              varchar(2),
    transport           text,
    customs_office      text,
    flagged             boolean     not null,
    screened_at         timestamptz not null,
    primary key (declaration_number, line_number)
);
create index screened_line_importer_key on screened_line (importer_rfc, description_key, declaration_date);

create table detection (
    id                  uuid primary key,
    declaration_number  text        not null,
    line_number         int         not null,
    crossing_id         uuid,
    declaration_date    date        not null,
    importer_rfc        text,
    filer               text,
    description         text        not null,
    description_key     text        not null,
    declared_code       varchar(10) not null,
    proposed_code       varchar(10) not null,
    fuel_family         text        not null,
    quantity            numeric(20, 3) not null,
    unit                varchar(3)  not null,
    value_usd           numeric(20, 2),
    origin              varchar(2),
    density_kg_l        numeric(6, 3),
    distill_90_c        numeric(6, 1),
    sulfur_ppm          numeric(10, 1),
    importer_sector13   boolean,
    transport           text,
    customs_office      text,
    litres              numeric(20, 3),
    score               numeric(5, 4) not null,
    tax_at_stake_mxn    numeric(20, 2),
    tax_basis           jsonb,
    evidence            jsonb       not null,
    status              text        not null default 'OPEN' check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    decided_by          text,
    decided_at          timestamptz,
    decision_reason     text,
    detected_at         timestamptz not null,
    unique (declaration_number, line_number)
);
create index detection_status on detection (status, detected_at desc);

create table reclassification (
    id                  uuid primary key,
    detection_id        uuid        not null unique references detection (id),
    importer_rfc        text,
    description_key     text        not null,
    from_date           date        not null,
    to_date             date        not null,
    lines               jsonb       not null,
    total_mxn           numeric(20, 2) not null,
    proposed_by         text        not null,
    proposed_at         timestamptz not null
);

create table sector13_padron (
    importer_rfc        text primary key,
    registered          boolean     not null,
    source              text        not null,
    updated_at          timestamptz not null
);
