package io.jointclear.compliance;

import java.math.BigDecimal;

/**
 * All detections at a glance: how many are open and confirmed, and the tax at stake of every detection
 * (dismissed ones included, as in the monthly figures) and of the confirmed ones, in MXN.
 */
public record DetectionSummary(long open, long confirmed, BigDecimal taxAtStakeDetected,
                               BigDecimal taxAtStakeConfirmed, String currency) {
}
