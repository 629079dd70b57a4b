-- Obligations computed from the ledger: art. 2.5 T-MEC / 63-A LA settled from the US entry of the same
-- crossing (TMEC_2_5), one per crossing; regularisation of overdue balances (REGULARISATION).
CREATE TABLE obligation (
    id            uuid PRIMARY KEY,
    program_id    uuid           NOT NULL REFERENCES program (id),
    kind          text           NOT NULL CHECK (kind IN ('TMEC_2_5', 'REGULARISATION')),
    crossing_id   uuid,
    exit_id       uuid REFERENCES exit (id),
    amount_mxn    numeric(18, 2) NOT NULL CHECK (amount_mxn >= 0),
    due_date      date,
    reason        text           NOT NULL,
    basis         jsonb          NOT NULL,
    computed_at   timestamptz    NOT NULL
);
-- idempotent per crossing: a redelivered release settles nothing twice
CREATE UNIQUE INDEX obligation_crossing ON obligation (kind, crossing_id) WHERE crossing_id IS NOT NULL;
CREATE INDEX obligation_program ON obligation (program_id, due_date);
