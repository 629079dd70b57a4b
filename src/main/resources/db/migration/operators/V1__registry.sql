-- The registry of operators (BRIEF §3.14, §7, §8.1, §9.1-9.3b): one row per operator of any type, its
-- authorisations (patente, filer code, padrón, CAAT, courier registration…) with an append-only history of
-- dated status changes, and its certifications as dated facts. The status of an authorisation on a date is
-- derived from its validity and its history (docs/operators.md); nothing here is updated in place but the
-- operator's name and an authorisation's validity, and those changes are audited.
CREATE TABLE operator (
    id          uuid        PRIMARY KEY,
    type        text        NOT NULL CHECK (type IN ('IMPORTER', 'CUSTOMS_AGENT', 'AGENCY', 'US_BROKER', 'CARRIER',
                                                     'COURIER', 'WAREHOUSE', 'IMMEX')),
    code        text        NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    country     char(2)     NOT NULL CHECK (country IN ('MX', 'US')),
    tax_id      text        CHECK (length(tax_id) <= 20),
    -- the agency a customs agent (patente) or US broker (filer code) files for
    agency_id   uuid        REFERENCES operator (id),
    -- where the record came from: "configuration", "DEMO", "api:<user>", "csv:<user>"
    source      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT operator_natural_key UNIQUE (type, code)
);
CREATE INDEX operator_agency ON operator (agency_id) WHERE agency_id IS NOT NULL;
CREATE INDEX operator_tax_id ON operator (tax_id) WHERE tax_id IS NOT NULL;

CREATE TABLE authorisation (
    id           uuid        PRIMARY KEY,
    operator_id  uuid        NOT NULL REFERENCES operator (id),
    kind         text        NOT NULL CHECK (kind IN ('PATENTE', 'FILER_CODE', 'PADRON_IMPORTADORES',
                                     'PADRON_SECTORIAL', 'CAAT', 'SCAC', 'US_DOT', 'COURIER_REGISTRATION',
                                     'RECINTO_FISCALIZADO', 'RFE', 'AGD', 'IMMEX_PROGRAM')),
    number       text        NOT NULL CHECK (length(number) BETWEEN 1 AND 64),
    -- Padrón de Sectores Específicos: the sector of Anexo 10 (e.g. 13 hidrocarburos y combustibles)
    sector       text        NOT NULL DEFAULT '' CHECK (length(sector) <= 4),
    authority    char(2)     NOT NULL CHECK (authority IN ('MX', 'US')),
    -- null: granted before the platform knew it (seeded from configuration, grant date not recorded)
    valid_from   date,
    valid_until  date,
    created_at   timestamptz NOT NULL,
    CONSTRAINT authorisation_validity CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
    CONSTRAINT authorisation_number UNIQUE (kind, number, sector)
);
CREATE INDEX authorisation_operator ON authorisation (operator_id);

-- Append-only: a status change is a dated fact (from, until for a suspension), with its reason, who
-- recorded it and, for a sanction, the proceeding; a later fact never rewrites an earlier one.
CREATE TABLE authorisation_status_change (
    seq              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authorisation_id uuid        NOT NULL REFERENCES authorisation (id),
    status           text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'EXPIRED', 'EXTINCT')),
    effective_from   date        NOT NULL,
    effective_until  date,
    reason           text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL,
    proceeding_id    uuid,
    CONSTRAINT status_change_period CHECK (effective_until IS NULL OR effective_until >= effective_from),
    CONSTRAINT status_change_until_only_suspension CHECK (effective_until IS NULL OR status = 'SUSPENDED')
);
CREATE INDEX status_change_authorisation ON authorisation_status_change (authorisation_id, seq);
-- one proceeding applies one sanction to an authorisation once, however often its event is delivered
CREATE UNIQUE INDEX status_change_per_proceeding ON authorisation_status_change (authorisation_id, proceeding_id, status)
    WHERE proceeding_id IS NOT NULL;

CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'authorisation_status_change is append-only';
END;
$$;
CREATE TRIGGER status_change_append_only BEFORE UPDATE OR DELETE ON authorisation_status_change
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

-- Certifications as dated facts: a renewal is a new row; a withdrawal ends the row's validity early
-- (withdrawn_on) and keeps the row.
CREATE TABLE certification (
    id           uuid        PRIMARY KEY,
    operator_id  uuid        NOT NULL REFERENCES operator (id),
    program      text        NOT NULL CHECK (program IN ('IVA_IEPS', 'OEA', 'SOCIO_COMERCIAL_CERTIFICADO', 'CTPAT', 'FAST')),
    -- IVA_IEPS: A, AA, AAA; CTPAT: 1, 2, 3 (tier); FAST: CARRIER or DRIVER; otherwise empty
    level        text        NOT NULL DEFAULT '',
    number       text        CHECK (length(number) <= 64),
    valid_from   date        NOT NULL,
    valid_until  date        NOT NULL,
    withdrawn_on date,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    CONSTRAINT certification_validity CHECK (valid_until >= valid_from)
);
CREATE INDEX certification_operator ON certification (operator_id, valid_from);
