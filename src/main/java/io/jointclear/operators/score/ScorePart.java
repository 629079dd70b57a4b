package io.jointclear.operators.score;

import java.math.BigDecimal;

/**
 * One part of a compliance score.
 *
 * @param part      RED_LANE, INSPECTION_DISCREPANCIES, HOLDS_SEIZURES, AMENDMENTS_AFTER_ARRIVAL, COURIER_IRREGULARITY, IMMEX_RETURNS
 * @param available false when the platform holds no evidence for it (or cannot yet: IMMEX returns)
 * @param value     the part's own score 0–100 (null when not available)
 * @param weight    its weight in the total
 * @param rate      events / outOf, 4 decimals
 * @param events    the counted events (red lanes, crossings with discrepancies, …)
 * @param outOf     what they are counted among (filings, inspections, consignments)
 * @param note      why a part is not available
 */
public record ScorePart(String part, boolean available, BigDecimal value, double weight, BigDecimal rate, double tolerance,
                        long events, long outOf, String note) {
}
