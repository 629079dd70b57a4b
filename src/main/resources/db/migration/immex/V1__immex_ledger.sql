-- IMMEX programs, their Annex 24 catalogues (materials, products, bills of materials; effective-dated
-- versions) and the inventory ledger: entries (temporary imports), exits (returns, transfers, changes
-- of regime, destruction) and the discharges linking each exit to the entry lines it consumed (PEPS).

CREATE TABLE program (
    id                 uuid PRIMARY KEY,
    number             text        NOT NULL UNIQUE,
    rfc                text        NOT NULL,
    name               text        NOT NULL,
    modality           text        NOT NULL CHECK (modality IN ('CONTROLADORA', 'INDUSTRIAL', 'SERVICIOS', 'ALBERGUE', 'TERCERIZACION')),
    plants             jsonb       NOT NULL DEFAULT '[]',
    valid_from         date        NOT NULL,
    valid_to           date,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED')),
    certified_iva_ieps boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX program_rfc ON program (rfc);

-- a version holds from valid_from until the next version's valid_from
CREATE TABLE material (
    program_id        uuid          NOT NULL REFERENCES program (id),
    part_number       text          NOT NULL,
    valid_from        date          NOT NULL,
    description       text          NOT NULL,
    fraccion          text          NOT NULL CHECK (fraccion ~ '^[0-9]{8}$'),
    nico              text          CHECK (nico ~ '^[0-9]{2}$'),
    umc               text          NOT NULL,
    umt               text          NOT NULL,
    conversion_factor numeric(18, 6) NOT NULL CHECK (conversion_factor > 0),
    category          text          NOT NULL CHECK (category IN ('RAW_MATERIAL', 'PACKAGING', 'FUEL', 'CONTAINER', 'FIXED_ASSET')),
    PRIMARY KEY (program_id, part_number, valid_from)
);

CREATE TABLE product (
    program_id  uuid NOT NULL REFERENCES program (id),
    part_number text NOT NULL,
    valid_from  date NOT NULL,
    description text NOT NULL,
    fraccion    text NOT NULL CHECK (fraccion ~ '^[0-9]{8}$'),
    umc         text NOT NULL,
    PRIMARY KEY (program_id, part_number, valid_from)
);

-- one BOM version of a product: every line shares the product's version date
CREATE TABLE bom_line (
    program_id        uuid          NOT NULL,
    product           text          NOT NULL,
    valid_from        date          NOT NULL,
    material          text          NOT NULL,
    quantity_per_unit numeric(18, 6) NOT NULL CHECK (quantity_per_unit > 0),
    scrap_pct         numeric(7, 4) NOT NULL CHECK (scrap_pct >= 0 AND scrap_pct < 100),
    PRIMARY KEY (program_id, product, valid_from, material),
    FOREIGN KEY (program_id, product, valid_from) REFERENCES product (program_id, part_number, valid_from)
);

CREATE TABLE entry (
    id               bigserial PRIMARY KEY,
    program_id       uuid           NOT NULL REFERENCES program (id),
    pedimento        text           NOT NULL,
    line_no          int            NOT NULL CHECK (line_no > 0),
    clave            text           NOT NULL,
    entry_date       date           NOT NULL,
    part_number      text           NOT NULL,
    fraccion         text,
    origin           text,
    category         text           NOT NULL,
    quantity         numeric(20, 6) NOT NULL CHECK (quantity > 0),
    remaining        numeric(20, 6) NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
    umc              text           NOT NULL,
    quantity_umt     numeric(20, 6) NOT NULL CHECK (quantity_umt >= 0),
    umt              text           NOT NULL,
    value_usd        numeric(18, 2) NOT NULL CHECK (value_usd >= 0),
    igi_deferred_mxn numeric(18, 2) NOT NULL DEFAULT 0,
    cc_deferred_mxn  numeric(18, 2) NOT NULL DEFAULT 0,
    iva_credit_mxn   numeric(18, 2) NOT NULL DEFAULT 0,
    payment_form     text,
    deadline         date,
    source           text           NOT NULL CHECK (source IN ('CROSSING', 'CSV', 'TRANSFER')),
    crossing_id      uuid,
    transferred_from bigint REFERENCES entry (id),
    recorded_at      timestamptz    NOT NULL,
    UNIQUE (program_id, pedimento, line_no, part_number)
);
-- discharges rewrite only "remaining", which no index holds: room on each page keeps those updates HOT
ALTER TABLE entry SET (fillfactor = 80);
-- PEPS order within a part number; the balance of one part number reads this index only
CREATE INDEX entry_fifo ON entry (program_id, part_number, entry_date, pedimento, line_no, id);
CREATE INDEX entry_crossing ON entry (crossing_id) WHERE crossing_id IS NOT NULL;

CREATE TABLE exit (
    id          uuid PRIMARY KEY,
    program_id  uuid        NOT NULL REFERENCES program (id),
    pedimento   text        NOT NULL,
    clave       text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('RETURN', 'VIRTUAL_TRANSFER', 'CHANGE_OF_REGIME', 'DESTRUCTION')),
    exit_date   date        NOT NULL,
    destination text,
    crossing_id uuid UNIQUE,
    -- a return released after another one used its balance: what could not be discharged (officers' discrepancy)
    shortfall   jsonb,
    recorded_at timestamptz NOT NULL,
    UNIQUE (program_id, pedimento)
);

CREATE TABLE exit_line (
    exit_id     uuid           NOT NULL REFERENCES exit (id),
    line_no     int            NOT NULL,
    part_number text           NOT NULL,
    goods       text           NOT NULL CHECK (goods IN ('PRODUCT', 'MATERIAL')),
    quantity    numeric(20, 6) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (exit_id, line_no)
);

CREATE TABLE discharge (
    id              bigserial PRIMARY KEY,
    program_id      uuid           NOT NULL,
    exit_id         uuid           NOT NULL REFERENCES exit (id),
    exit_line       int            NOT NULL,
    entry_id        bigint         NOT NULL REFERENCES entry (id),
    part_number     text           NOT NULL,
    entry_pedimento text           NOT NULL,
    entry_line      int            NOT NULL,
    quantity        numeric(20, 6) NOT NULL CHECK (quantity > 0),
    discharged_on   date           NOT NULL
);
CREATE INDEX discharge_program ON discharge (program_id, discharged_on, id);
CREATE INDEX discharge_exit ON discharge (exit_id);
CREATE INDEX discharge_entry ON discharge (entry_id);
