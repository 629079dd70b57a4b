package io.jointclear.enforcement.cases;

/** Measures on the goods (BRIEF §10). */
public enum CaseMeasureKind {
    /** Embargo precautorio (art. 151 LA) or seizure. */
    EMBARGO,
    /** Goods released against a guarantee of the liabilities (art. 154 LA). */
    RELEASE_AGAINST_GUARANTEE,
    /** Goods transferred to the Fisco Federal / SAE or another custodian. */
    TRANSFER,
    /** Goods destroyed (perishable, dangerous or prohibited goods). */
    DESTRUCTION
}
