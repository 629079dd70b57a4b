package io.jointclear.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Joint operations in a period, overall and by port pair.
 *
 * @param from first day (by filing date, UTC)
 * @param to   last day, inclusive
 */
public record StatisticsSummary(LocalDate from, LocalDate to, Figures total, List<PortPairFigures> byPortPair) {

    /**
     * @param arrivalToReleaseP50Minutes median minutes from arrival to joint release, null when none released
     * @param arrivalToReleaseP90Minutes 90th percentile of the same
     */
    public record Figures(long crossings, long arrived, long jointInspections, long releases, long holds, long seizures,
                          BigDecimal arrivalToReleaseP50Minutes, BigDecimal arrivalToReleaseP90Minutes) {
    }

    public record PortPairFigures(String mxCustomsOffice, String usPort, Figures figures) {
    }
}
