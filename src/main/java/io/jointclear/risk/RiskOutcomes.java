package io.jointclear.risk;

import io.jointclear.shared.Authority;
import java.util.UUID;

/**
 * Inspection results flowing back to risk as labels: they calibrate party history, teach the value
 * references (accepted declarations) and become the training labels of the next model.
 */
public interface RiskOutcomes {

    /**
     * Records that an authority's inspection of a crossing found something ({@code hit}) or not. Repeat
     * calls are idempotent and a hit is never downgraded (one finding other than NONE makes it a hit).
     * Unknown crossings (selected before this engine) are ignored.
     */
    void recordOutcome(UUID crossingId, Authority authority, boolean hit);

    /**
     * Records the amount (taxes, duties and fines, in the authority's currency) an inspection or the
     * enforcement case that followed it recovered; it is the revenue the platform model learns to rank by.
     * The larger amount is kept when called again. Implies a hit when positive.
     */
    default void recordRecovery(UUID crossingId, Authority authority, java.math.BigDecimal amount) {
        if (amount != null && amount.signum() > 0) {
            recordOutcome(crossingId, authority, true);
        }
    }
}
