package io.jointclear.clearance;

/** What an authority's officer decides on a crossing. */
public enum Decision {
    /** The authority lets the goods go. */
    RELEASE,
    /** Goods held pending documents, analysis or payment. */
    HOLD,
    /** Referred to joint physical inspection. */
    REFER,
    /** Goods seized (embargo precautorio / CBP seizure). */
    SEIZE
}
