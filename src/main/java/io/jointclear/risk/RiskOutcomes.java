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
}
