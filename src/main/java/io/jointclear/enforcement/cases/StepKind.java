package io.jointclear.enforcement.cases;

/**
 * The steps of a case, in the order of the procedure. A step bounded by a legal term is refused after
 * the term's last day (problem {@code CASE_STEP_LATE}); a term starts with the step its data names.
 */
public enum StepKind {
    /** The case was opened (starts the US 60-day seizure notice term). */
    OPEN,
    /** Acta de inicio del PAMA / seizure notice notified to the interested party. */
    NOTIFY,
    /** The interested party's evidence and arguments received. */
    FILE_EVIDENCE,
    /** The interested party asked for a junta técnica consultiva (classification dispute). */
    REQUEST_JUNTA,
    /** The junta técnica consultiva was held. */
    HOLD_JUNTA,
    /** The resolution was issued with its liabilities. */
    RESOLVE,
    /** The importer protested the decision (US). */
    PROTEST,
    /** The case is closed (paid, goods transferred or destroyed, appeal decided). */
    CLOSE
}
