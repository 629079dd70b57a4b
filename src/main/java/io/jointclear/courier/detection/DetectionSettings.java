package io.jointclear.courier.detection;

import java.math.BigDecimal;

/**
 * Tunable limits of detection (confidential: officials and analysts only).
 *
 * @param windowDays         how many days back a consignee's earlier consignments count for splitting
 * @param nearFraction       "just below" a threshold: above this fraction of it (0.8 → USD 40–50, 93.60–117…)
 * @param manyConsignees     distinct consignees at one address in a manifest that make it suspicious
 * @param commercialQuantity units in one consignment beyond personal use
 */
public record DetectionSettings(int windowDays, BigDecimal nearFraction, int manyConsignees, BigDecimal commercialQuantity) {

    public static final DetectionSettings DEFAULTS = new DetectionSettings(30, new BigDecimal("0.8"), 5, new BigDecimal("12"));

    public DetectionSettings {
        if (windowDays < 0 || windowDays > 366) {
            throw new IllegalArgumentException("window of 0-366 days");
        }
    }
}
