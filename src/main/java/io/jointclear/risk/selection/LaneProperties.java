package io.jointclear.risk.selection;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lane capacity and score settings of the risk engine ({@code jointclear.risk.lanes.*}).
 *
 * @param redRate           per authority: share of crossings the authority can inspect physically (expected rate of RED)
 * @param yellowRate        per authority: share it can review on documents (expected rate of YELLOW)
 * @param explorationShare  minimum share of inspections chosen without regard to risk (random + exploration), ≥ 0.10
 * @param trustedDiscount   score subtracted for each trusted-trader certification recognised by the authority (OEA/NEEC for MX, CTPAT for US)
 * @param fastDiscount      score subtracted on the US side when the driver holds a FAST card
 * @param undervaluationWeight  score added for a line flagged as undervalued by value control
 * @param overvaluationWeight   score added for a line flagged as overvalued
 * @param warmupRed         score threshold for RED until enough selections have been seen to calibrate
 * @param warmupYellow      score threshold for YELLOW until calibrated
 * @param window            number of recent scores each authority's thresholds are calibrated on
 */
@ConfigurationProperties("jointclear.risk.lanes")
public record LaneProperties(
        Map<String, BigDecimal> redRate,
        Map<String, BigDecimal> yellowRate,
        @DefaultValue("0.10") double explorationShare,
        @DefaultValue("2.0") double trustedDiscount,
        @DefaultValue("1.0") double fastDiscount,
        @DefaultValue("2.5") double undervaluationWeight,
        @DefaultValue("1.0") double overvaluationWeight,
        @DefaultValue("4.0") double warmupRed,
        @DefaultValue("2.0") double warmupYellow,
        @DefaultValue("2000") int window) {

    static final BigDecimal DEFAULT_RED = new BigDecimal("0.10");
    static final BigDecimal DEFAULT_YELLOW = new BigDecimal("0.15");

    public LaneProperties {
        redRate = redRate == null ? Map.of() : Map.copyOf(redRate);
        yellowRate = yellowRate == null ? Map.of() : Map.copyOf(yellowRate);
        if (explorationShare < 0.10 || explorationShare > 1) {
            throw new IllegalArgumentException("jointclear.risk.lanes.exploration-share must be in [0.10, 1]: " + explorationShare);
        }
        if (window < 100) {
            throw new IllegalArgumentException("jointclear.risk.lanes.window must be at least 100: " + window);
        }
    }

    public static LaneProperties defaults() {
        return new LaneProperties(Map.of(), Map.of(), 0.10, 2.0, 1.0, 2.5, 1.0, 4.0, 2.0, 2000);
    }

    double red(String authority) {
        return redRate.getOrDefault(authority, DEFAULT_RED).doubleValue();
    }

    double yellow(String authority) {
        return yellowRate.getOrDefault(authority, DEFAULT_YELLOW).doubleValue();
    }
}
