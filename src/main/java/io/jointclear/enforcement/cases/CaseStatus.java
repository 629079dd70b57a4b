package io.jointclear.enforcement.cases;

/** Where a case stands: opened, the subject notified (acta de inicio / seizure notice), resolved, closed. */
public enum CaseStatus {
    OPEN, NOTIFIED, RESOLVED, CLOSED
}
