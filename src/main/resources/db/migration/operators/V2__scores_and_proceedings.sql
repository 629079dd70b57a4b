-- Compliance scores (history of every run) and due-process proceedings against operators' authorisations.
-- Operators are named by their natural key (type, code; see OperatorType) so a score exists for every party the
-- platform's history knows, registered or not; proceedings name the registry's operator id.

CREATE TABLE operators.score_run (
    id           uuid PRIMARY KEY,
    computed_at  timestamptz NOT NULL,
    trigger      text        NOT NULL CHECK (trigger IN ('SCHEDULED', 'ON_DEMAND', 'DEMO')),
    requested_by text        NOT NULL,
    window_from  date        NOT NULL,
    window_to    date        NOT NULL,
    operators    integer     NOT NULL
);
CREATE INDEX score_run_latest ON operators.score_run (computed_at DESC);

-- one row per operator and period of a run: month NULL is the whole window (the score), else one month of the trend
CREATE TABLE operators.operator_score (
    run_id        uuid    NOT NULL REFERENCES operators.score_run (id),
    operator_type text    NOT NULL,
    operator_code text    NOT NULL,
    month         date,
    score         numeric(5, 1) CHECK (score BETWEEN 0 AND 100),
    evidence      integer NOT NULL,
    parts         jsonb   NOT NULL
);
CREATE UNIQUE INDEX operator_score_key ON operators.operator_score (run_id, operator_type, operator_code, coalesce(month, DATE '0001-01-01'));
CREATE INDEX operator_score_operator ON operators.operator_score (operator_type, operator_code, run_id);

CREATE TABLE operators.proceeding (
    id                    uuid PRIMARY KEY,
    operator_id           uuid        NOT NULL,
    operator_type         text        NOT NULL,
    operator_code         text        NOT NULL,
    authorisation_number  text        NOT NULL,
    legal_basis           text        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('PROPOSED', 'DECLINED', 'OPEN', 'RESOLVED', 'APPEALED')),
    causes                jsonb       NOT NULL,
    opened_on             date,
    notified_on           date,
    arguments_due         date,
    resolution_due        date,
    suspended_from        date,
    suspended_until       date,
    resolution            text CHECK (resolution IN ('DISMISSED', 'SUSPENDED', 'CANCELLED')),
    resolved_on           date,
    suspension_days       integer,
    registration_bar_until date,
    appeal_due            date,
    appealed_on           date,
    appeal_kind           text,
    proposed_reason       text,
    version               bigint      NOT NULL,
    created_at            timestamptz NOT NULL
);
CREATE INDEX proceeding_status ON operators.proceeding (status, operator_id);
-- at most one pending case per authorisation (a proposal or an open case)
CREATE UNIQUE INDEX proceeding_one_pending ON operators.proceeding (operator_id, authorisation_number)
    WHERE status IN ('PROPOSED', 'OPEN');

CREATE TABLE operators.proceeding_evidence (
    proceeding_id uuid        NOT NULL REFERENCES operators.proceeding (id),
    idx           integer     NOT NULL,
    kind          text        NOT NULL,
    reference     text        NOT NULL,
    summary       text        NOT NULL,
    added_by      text        NOT NULL,
    added_at      timestamptz NOT NULL,
    PRIMARY KEY (proceeding_id, idx)
);

-- every dated step of a case, in order (the audit log holds the same steps, hash-chained)
CREATE TABLE operators.proceeding_step (
    proceeding_id uuid        NOT NULL REFERENCES operators.proceeding (id),
    idx           integer     NOT NULL,
    step          text        NOT NULL,
    step_date     date        NOT NULL,
    actor         text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    details       jsonb       NOT NULL,
    PRIMARY KEY (proceeding_id, idx)
);

-- One proceeding may change an authorisation more than once with the same status on different days (a provisional
-- suspension, then a suspension by the resolution; a lifted suspension, then a dismissal): a sanction is the same
-- delivery only when its day is the same too.
DROP INDEX operators.status_change_per_proceeding;
CREATE UNIQUE INDEX status_change_per_proceeding ON operators.authorisation_status_change
    (authorisation_id, proceeding_id, status, effective_from) WHERE proceeding_id IS NOT NULL;
