-- Quarterly interest rates on refunds of duties (19 U.S.C. 1505(c): the rate of 26 U.S.C. 6621 for
-- overpayments), loaded by an administrator from the published notice. No row, no interest: the
-- platform never assumes a rate.
CREATE TABLE tariff.refund_interest_rate (
    quarter_start date          PRIMARY KEY
        CHECK (extract(day FROM quarter_start) = 1 AND extract(month FROM quarter_start) IN (1, 4, 7, 10)),
    rate          numeric(6, 3) NOT NULL CHECK (rate >= 0 AND rate < 100),
    legal_basis   text          NOT NULL,
    source        text          NOT NULL,
    loaded_by     text          NOT NULL,
    loaded_at     timestamptz   NOT NULL
);
