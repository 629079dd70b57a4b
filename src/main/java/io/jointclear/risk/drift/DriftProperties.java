package io.jointclear.risk.drift;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Drift settings ({@code jointclear.risk.drift.*}).
 *
 * @param psiThreshold   a segment whose score-bin PSI reaches this has drifted (0.25: the usual "significant shift")
 * @param collapseRatio  a segment's hit rate at or below this share of its baseline hit rate has collapsed
 * @param baselineWeeks  weeks before the measured one that form the baseline
 * @param minDeclarations declarations a segment needs in the week and in the baseline before its PSI counts
 * @param minInspections  inspections with an outcome a segment needs in the week and in the baseline before its hit rate counts
 * @param cron           when the last complete week is checked and its alerts stored ("-": off)
 */
@ConfigurationProperties("jointclear.risk.drift")
public record DriftProperties(
        @DefaultValue("0.25") double psiThreshold,
        @DefaultValue("0.5") double collapseRatio,
        @DefaultValue("8") int baselineWeeks,
        @DefaultValue("30") int minDeclarations,
        @DefaultValue("10") int minInspections,
        @DefaultValue("-") String cron) {

    public DriftProperties {
        if (psiThreshold <= 0) {
            throw new IllegalArgumentException("jointclear.risk.drift.psi-threshold must be positive: " + psiThreshold);
        }
        if (collapseRatio <= 0 || collapseRatio >= 1) {
            throw new IllegalArgumentException("jointclear.risk.drift.collapse-ratio must be in (0, 1): " + collapseRatio);
        }
        if (baselineWeeks < 1 || baselineWeeks > 104) {
            throw new IllegalArgumentException("jointclear.risk.drift.baseline-weeks must be in [1, 104]: " + baselineWeeks);
        }
    }

    public static DriftProperties defaults() {
        return new DriftProperties(0.25, 0.5, 8, 30, 10, "-");
    }
}
