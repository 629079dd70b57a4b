-- Reference data shipped with the platform. Every table is replaced as a whole by its loader when the
-- shipped file changes (checksum in reference.dataset), except reference.mx_tariff_rate, which also
-- holds rows imported by administrators.

CREATE TABLE reference.dataset (
    name         text PRIMARY KEY,
    checksum     text        NOT NULL,
    row_count    integer     NOT NULL,
    source       text        NOT NULL,
    loaded_at    timestamptz NOT NULL,
    notes        jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE reference.hs_section (
    section text PRIMARY KEY,
    name    text NOT NULL
);

CREATE TABLE reference.hs_nomenclature (
    code        text PRIMARY KEY,
    level       smallint NOT NULL CHECK (level IN (2, 4, 6)),
    parent      text,
    section     text NOT NULL,
    description text NOT NULL
);

CREATE TABLE reference.us_tariff_line (
    tariff_code       char(10) NOT NULL,
    edition           text     NOT NULL,
    valid_from        date     NOT NULL,
    valid_to          date,
    description       text     NOT NULL,
    tariff_units      text[]   NOT NULL,
    general_text      text     NOT NULL,
    special_text      text     NOT NULL,
    column2_text      text     NOT NULL,
    additional_duties text     NOT NULL,
    quota_quantity    text     NOT NULL,
    chapter99         boolean  NOT NULL,
    PRIMARY KEY (tariff_code, valid_from)
);

CREATE TABLE reference.mx_umt (
    code text PRIMARY KEY,
    name text NOT NULL
);

-- TIGIE fracción (8) + NICO (2), the 10-digit code of a pedimento line: the current catalogue and
-- the 10-digit lines of the TIGIE 2020 edition (so older declarations can be read and replayed).
CREATE TABLE reference.mx_tariff_line (
    tariff_code char(10) NOT NULL,
    catalogue   text     NOT NULL,
    description text     NOT NULL,
    umt_code    text     NOT NULL,
    valid_from  date     NOT NULL,
    valid_to    date,
    PRIMARY KEY (tariff_code, valid_from)
);

-- 8-digit fracciones of the TIGIE 2007/2012/2020 editions, to read old declarations.
CREATE TABLE reference.mx_fraccion_historic (
    fraccion    char(8) NOT NULL,
    description text    NOT NULL,
    umt_code    text    NOT NULL,
    valid_from  date    NOT NULL,
    valid_to    date,
    PRIMARY KEY (fraccion, valid_from)
);

-- IGI / IGE rates by 8-digit fracción. No openly licensed rate file exists: rows come from a curated
-- seed (origin 'seed', each with its legal source) and from administrators' CSV imports.
CREATE TABLE reference.mx_tariff_rate (
    fraccion    char(8) NOT NULL,
    valid_from  date    NOT NULL,
    valid_to    date,
    igi_text    text    NOT NULL,
    ige_text    text    NOT NULL,
    source      text    NOT NULL,
    origin      text    NOT NULL CHECK (origin IN ('seed', 'import')),
    imported_at timestamptz NOT NULL,
    PRIMARY KEY (fraccion, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE reference.country (
    alpha2  char(2) PRIMARY KEY,
    alpha3  char(3) NOT NULL,
    numeric char(3) NOT NULL,
    name_en text    NOT NULL,
    name_es text    NOT NULL
);

CREATE TABLE reference.currency (
    code       char(3) PRIMARY KEY,
    numeric    text,
    name       text    NOT NULL,
    minor_unit smallint,
    withdrawn  boolean NOT NULL
);

-- Mexican aduanas (2-digit) from the SAT catalogue.
CREATE TABLE reference.mx_aduana (
    code       char(2) PRIMARY KEY,
    name       text NOT NULL,
    valid_from date NOT NULL,
    valid_to   date
);

-- US ports of entry (Census/CBP Schedule D).
CREATE TABLE reference.us_port (
    code     char(4) PRIMARY KEY,
    name     text NOT NULL,
    district text NOT NULL,
    state    text NOT NULL
);

-- US ports on the Mexican land border, with coordinates (BTS).
CREATE TABLE reference.us_land_port (
    code  char(4) PRIMARY KEY,
    name  text NOT NULL,
    state text NOT NULL,
    lat   numeric(9, 6) NOT NULL,
    lon   numeric(9, 6) NOT NULL
);

-- A Mexican aduana-sección facing a US land port: where a joint crossing happens.
CREATE TABLE reference.port_pair (
    mx_customs_office char(3) NOT NULL,
    mx_name           text    NOT NULL,
    us_port           char(4) NOT NULL,
    us_name           text    NOT NULL,
    PRIMARY KEY (mx_customs_office, us_port)
);

CREATE TABLE reference.unlocode (
    change      text    NOT NULL,
    country     char(2) NOT NULL,
    location    char(3) NOT NULL,
    name        text    NOT NULL,
    subdivision text    NOT NULL,
    function    text    NOT NULL,
    status      text    NOT NULL,
    iata        text    NOT NULL,
    coordinates text    NOT NULL
);
-- Not unique: UN/LOCODE keeps a few historical duplicates (change indicator '!').
CREATE INDEX unlocode_code ON reference.unlocode (country, location);

-- Banxico FIX by determination date, with the day it was published in the DOF.
CREATE TABLE reference.fx_usd_mxn (
    determination_date date          PRIMARY KEY,
    rate               numeric(12, 4) NOT NULL CHECK (rate > 0),
    publication_date   date          NOT NULL CHECK (publication_date > determination_date),
    origin             text          NOT NULL CHECK (origin IN ('shipped', 'import'))
);
