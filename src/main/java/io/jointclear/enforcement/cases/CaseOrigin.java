package io.jointclear.enforcement.cases;

/** What opened the case (BRIEF §10). */
public enum CaseOrigin {
    /** A joint inspection's finding followed by a hold or seizure. */
    INSPECTION,
    /** An analyst's confirmed misclassification detection (compliance module). */
    DETECTION,
    /** An analyst, from their own review. */
    ANALYST,
    /** The counterpart agency's report (CBP to ANAM or ANAM to CBP). */
    COUNTERPART
}
