package io.jointclear.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Misclassifications by month (of the declaration) and declared chapter: detected, confirmed, dismissed, the
 * tax at stake detected and confirmed, and the reclassifications proposed — with the period's totals.
 */
public record MisclassificationFigures(LocalDate from, LocalDate to, List<Row> rows, long detected, long confirmed,
                                       long reclassifiedLines, BigDecimal taxAtStakeConfirmed, String currency) {

    public record Row(String month, String chapter, long detected, long confirmed, long dismissed,
                      BigDecimal taxAtStakeDetected, BigDecimal taxAtStakeConfirmed, long reclassifiedLines,
                      BigDecimal taxReclassified) {
    }

    /** The largest tax at stake detected in one row (scales the console's bars); 1 when there is none. */
    public BigDecimal largestTaxAtStake() {
        return rows.stream().map(Row::taxAtStakeDetected).reduce(BigDecimal.ONE, BigDecimal::max);
    }
}
