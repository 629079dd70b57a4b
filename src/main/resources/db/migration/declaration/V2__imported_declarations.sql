-- Declarations read from a broker's file (archivo M, CATAIR, CUSDEC) before any crossing carries them:
-- the agency's register of validated declarations. A number is either here or on a crossing
-- (declaration.declaration), never both: registering it on a crossing removes it from here.
CREATE TABLE declaration.imported_declaration (
    id          uuid         PRIMARY KEY,
    seq         bigint       GENERATED ALWAYS AS IDENTITY,
    authority   varchar(2)   NOT NULL CHECK (authority IN ('MX', 'US')),
    number      varchar(20)  NOT NULL,
    agency      varchar(100) NOT NULL,
    format      varchar(8)   NOT NULL,
    document    jsonb        NOT NULL,
    imported_by varchar(100) NOT NULL,
    imported_at timestamptz  NOT NULL,
    CONSTRAINT imported_declaration_number_unique UNIQUE (authority, number)
);

CREATE INDEX imported_declaration_by_agency ON declaration.imported_declaration (agency, seq);
