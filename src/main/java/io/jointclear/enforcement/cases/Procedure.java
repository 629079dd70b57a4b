package io.jointclear.enforcement.cases;

/** The legal procedure a case follows (BRIEF §9.5, §10). */
public enum Procedure {
    /** Procedimiento administrativo en materia aduanera, arts. 150–153 LA, with embargo precautorio. */
    PAMA,
    /** US seizure and forfeiture, 19 U.S.C. 1595a. */
    US_SEIZURE_1595A,
    /** US penalty for fraud, gross negligence or negligence, 19 U.S.C. 1592. */
    US_PENALTY_1592,
    /** A rate advance: the entry is liquidated at the correct rate, no penalty. */
    RATE_ADVANCE;

    /** Whether the procedure's money is Mexican (pesos, CFF accessories) or US (dollars). */
    public boolean mexican() {
        return this == PAMA;
    }
}
