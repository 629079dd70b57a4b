-- Enforcement (BRIEF §9.4, §9.5, §10): illicit-goods cases, their deadlines from legal terms, evidence
-- stored by content, the append-only chain of custody, and the liabilities of the resolution; the
-- effective-dated data they need (legal terms, INPC, recargos rates, fine ranges).

-- The case aggregate: indexed columns for lists and reports, the rest (subjects, goods, measures,
-- steps, notes, liability) in its JSON document written by the application through the mapper.
CREATE TABLE enforcement_case (
    id            uuid        PRIMARY KEY,
    origin        text        NOT NULL CHECK (origin IN ('INSPECTION', 'DETECTION', 'ANALYST', 'COUNTERPART')),
    jurisdiction  text        NOT NULL CHECK (jurisdiction IN ('MX', 'US', 'JOINT')),
    procedure     text        NOT NULL CHECK (procedure IN ('PAMA', 'US_SEIZURE_1595A', 'US_PENALTY_1592', 'RATE_ADVANCE')),
    status        text        NOT NULL,
    port          text,
    crossing_id   uuid,
    detection_id  uuid        UNIQUE,
    opened_at     timestamptz NOT NULL,
    notified_on   date,
    version       bigint      NOT NULL,
    body          jsonb       NOT NULL
);
CREATE INDEX case_status ON enforcement_case (status, opened_at DESC);
CREATE INDEX case_crossing ON enforcement_case (crossing_id) WHERE crossing_id IS NOT NULL;
-- one case per crossing and origin: a repeated inspection event does not open a second case
CREATE UNIQUE INDEX case_inspection_once ON enforcement_case (crossing_id) WHERE origin = 'INSPECTION';
CREATE INDEX case_subjects ON enforcement_case USING gin ((body -> 'subjects') jsonb_path_ops);
CREATE INDEX case_goods ON enforcement_case USING gin ((body -> 'goods') jsonb_path_ops);

-- Deadlines of open terms, one row per case and term, for the due-soon / overdue query.
CREATE TABLE case_deadline (
    case_id      uuid NOT NULL REFERENCES enforcement_case (id),
    term         text NOT NULL,
    starts_on    date NOT NULL,
    due_on       date NOT NULL,
    closed_on    date,
    PRIMARY KEY (case_id, term)
);
CREATE INDEX deadline_open ON case_deadline (due_on) WHERE closed_on IS NULL;

-- Legal terms as data: which step starts a term, how long it runs on which calendar, which step it
-- bounds, and the law that sets it.
CREATE TABLE legal_term (
    code         text    PRIMARY KEY,
    procedures   text[]  NOT NULL,
    starts_with  text    NOT NULL,
    length       integer NOT NULL CHECK (length > 0),
    unit         text    NOT NULL CHECK (unit IN ('BUSINESS_DAYS', 'CALENDAR_DAYS', 'MONTHS')),
    calendar     text    NOT NULL CHECK (calendar IN ('MX', 'US')),
    bounds       text[]  NOT NULL,
    legal_source text    NOT NULL
);
INSERT INTO legal_term VALUES
    ('PAMA_EVIDENCE', '{PAMA}', 'NOTIFY', 10, 'BUSINESS_DAYS', 'MX', '{FILE_EVIDENCE,REQUEST_JUNTA}',
     'Ley Aduanera art. 153: 10 business days from the notification of the acta de inicio to offer evidence and arguments'),
    ('PAMA_JUNTA_TECNICA', '{PAMA}', 'REQUEST_JUNTA', 3, 'BUSINESS_DAYS', 'MX', '{HOLD_JUNTA}',
     'Ley Aduanera art. 153: junta técnica consultiva held within 3 business days of the request (BRIEF §9.5)'),
    ('PAMA_RESOLUTION', '{PAMA}', 'NOTIFY', 4, 'MONTHS', 'MX', '{RESOLVE}',
     'Ley Aduanera art. 153: resolution within 4 months of the notification of the acta de inicio (classic text; verify 2026 text)'),
    ('US_SEIZURE_NOTICE', '{US_SEIZURE_1595A}', 'OPEN', 60, 'CALENDAR_DAYS', 'US', '{NOTIFY}',
     '18 U.S.C. 983(a)(1)(A)(i): written notice of a non-judicial forfeiture within 60 days of the seizure'),
    ('US_PROTEST', '{US_SEIZURE_1595A,US_PENALTY_1592,RATE_ADVANCE}', 'RESOLVE', 180, 'CALENDAR_DAYS', 'US', '{PROTEST}',
     '19 U.S.C. 1514(c)(3): a protest is filed within 180 days of the liquidation or decision');

-- Evidence objects, content-addressed: the SHA-256 of the bytes is the key, so the same bytes are one
-- object and an object is never overwritten. Bytes live here (bytea) or in the configured directory.
CREATE TABLE evidence_object (
    sha256      bytea       PRIMARY KEY CHECK (octet_length(sha256) = 32),
    size_bytes  bigint      NOT NULL,
    media_type  text        NOT NULL,
    content     bytea,
    stored_at   timestamptz NOT NULL
);
CREATE TABLE evidence (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES enforcement_case (id),
    sha256       bytea       NOT NULL REFERENCES evidence_object (sha256),
    kind         text        NOT NULL CHECK (kind IN ('PHOTO', 'LAB_REPORT', 'DOCUMENT')),
    file_name    text        NOT NULL,
    item         text,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id, uploaded_at);

-- Chain of custody: one chain per item (seized goods or an evidence piece), entries numbered from 1,
-- each hash = SHA-256(previous hash || canonical entry). Append-only like the audit log.
CREATE TABLE custody_entry (
    case_id     uuid        NOT NULL REFERENCES enforcement_case (id),
    item        text        NOT NULL,
    seq         integer     NOT NULL CHECK (seq > 0),
    action      text        NOT NULL CHECK (action IN ('TAKEN', 'HANDED_OVER', 'RECEIVED')),
    from_party  text,
    to_party    text        NOT NULL,
    place       text        NOT NULL,
    at          timestamptz NOT NULL,
    seals       text        NOT NULL,
    recorded_by text        NOT NULL,
    prev_hash   bytea,
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (case_id, item, seq)
);
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END
$$;
CREATE TRIGGER custody_append_only BEFORE UPDATE OR DELETE ON custody_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER evidence_object_append_only BEFORE UPDATE OR DELETE ON evidence_object
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Actualización (CFF art. 17-A): the INPC of each month, as INEGI publishes it in the DOF.
CREATE TABLE inpc (
    month       date          PRIMARY KEY CHECK (extract(day FROM month) = 1),
    value       numeric(10, 3) NOT NULL CHECK (value > 0),
    source      text          NOT NULL,
    imported_at timestamptz   NOT NULL
);
-- Recargos (CFF art. 21): the monthly rate for late payment each Ley de Ingresos sets for its year.
CREATE TABLE recargo_rate (
    valid_from   date          NOT NULL PRIMARY KEY,
    valid_to     date          NOT NULL CHECK (valid_to >= valid_from),
    monthly_rate numeric(6, 4) NOT NULL CHECK (monthly_rate > 0 AND monthly_rate < 10),
    source       text          NOT NULL,
    imported_at  timestamptz   NOT NULL
);
INSERT INTO recargo_rate VALUES
    ('2025-01-01', '2025-12-31', 1.47, 'LIF 2025 art. 8 (DOF 19-12-2024): recargos por mora 1.47% monthly (BRIEF §3.12)', now()),
    ('2026-01-01', '2026-12-31', 2.07, 'LIF 2026 art. 8 (DOF 07-11-2025): prórroga 1.38% monthly, mora 50% more = 2.07% (CFF art. 21)', now());

-- Fines by article with their legal range and what the percentage applies to (BRIEF §9.4).
CREATE TABLE fine_article (
    article      text          PRIMARY KEY,
    jurisdiction text          NOT NULL CHECK (jurisdiction IN ('MX', 'US')),
    min_percent  numeric(6, 2) NOT NULL,
    max_percent  numeric(6, 2) NOT NULL CHECK (max_percent >= min_percent),
    base         text          NOT NULL CHECK (base IN ('OMITTED_FOREIGN_TRADE_TAXES', 'OMITTED_INTERNAL_TAXES', 'COMMERCIAL_VALUE')),
    legal_source text          NOT NULL
);
INSERT INTO fine_article VALUES
    ('LA_178_I', 'MX', 130, 150, 'OMITTED_FOREIGN_TRADE_TAXES',
     'Ley Aduanera arts. 176 and 178-I: 130% to 150% of the foreign-trade taxes omitted (IGI, IGE, CC), updated (LA art. 5)'),
    ('LA_178_IV', 'MX', 70, 100, 'COMMERCIAL_VALUE',
     'Ley Aduanera art. 178-IV: 70% to 100% of the commercial value when RRNA or cuotas compensatorias are not proven'),
    ('CFF_76', 'MX', 55, 75, 'OMITTED_INTERNAL_TAXES',
     'Código Fiscal de la Federación art. 76: 55% to 75% of the internal taxes omitted (IVA, IEPS), updated');
