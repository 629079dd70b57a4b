package io.jointclear.operators.score;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The compliance score's parameters ({@code jointclear.operators.score.*}, docs/operators.md "Compliance score").
 * Each part's rate is turned into points by its tolerance: a rate of 0 earns the part's whole weight, a rate at or
 * above the tolerance earns nothing, linearly in between.
 *
 * @param cron                          when the nightly run starts (Spring cron; "-" switches it off)
 * @param windowMonths                  the months of history a score covers (and the trend shows)
 * @param courierProposalRate           irregularity rate from which a proceeding is proposed for a courier
 * @param courierProposalMinimum        consignments a courier must have filed in the window before it can be proposed
 */
@ConfigurationProperties("jointclear.operators.score")
public record ScoreSettings(
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("America/Mexico_City") String zone,
        @DefaultValue("12") int windowMonths,
        @DefaultValue("20") double redLaneWeight,
        @DefaultValue("0.30") double redLaneTolerance,
        @DefaultValue("30") double discrepancyWeight,
        @DefaultValue("0.50") double discrepancyTolerance,
        @DefaultValue("25") double holdWeight,
        @DefaultValue("0.10") double holdTolerance,
        @DefaultValue("10") double amendmentWeight,
        @DefaultValue("0.20") double amendmentTolerance,
        @DefaultValue("40") double courierWeight,
        @DefaultValue("0.20") double courierTolerance,
        @DefaultValue("30") double immexWeight,
        @DefaultValue("0.10") double immexTolerance,
        @DefaultValue("0.10") java.math.BigDecimal courierProposalRate,
        @DefaultValue("500") long courierProposalMinimum) {

    public ScoreSettings {
        if (windowMonths < 1 || windowMonths > 36) {
            throw new IllegalArgumentException("jointclear.operators.score.window-months is 1 to 36");
        }
    }

    public static ScoreSettings defaults() {
        return new ScoreSettings("0 30 2 * * *", "America/Mexico_City", 12, 20, 0.30, 30, 0.50, 25, 0.10, 10, 0.20, 40, 0.20, 30, 0.10, new java.math.BigDecimal("0.10"), 500);
    }
}
