package io.jointclear.operators.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Turns an operator's counted history into its score and parts (pure; the counting is SQL, see {@link ScoreStore}). */
public final class ScoreCalculator {

    /**
     * What the platform counted for one operator over one period.
     *
     * @param immexDue  IMMEX entry lines whose return deadline fell in the period
     * @param immexLate of those, lines still open after their deadline or discharged after it (late returns)
     */
    public record Counts(long filings, long redLanes, long heldOrSeized, long arrived, long amendedAfterArrival, long inspected,
                         long withDiscrepancies, long consignments, long flagged, long immexDue, long immexLate) {

        /** Counts without IMMEX lines. */
        public Counts(long filings, long redLanes, long heldOrSeized, long arrived, long amendedAfterArrival, long inspected,
                      long withDiscrepancies, long consignments, long flagged) {
            this(filings, redLanes, heldOrSeized, arrived, amendedAfterArrival, inspected, withDiscrepancies, consignments, flagged, 0, 0);
        }
    }

    public record Result(BigDecimal score, long evidence, List<ScorePart> parts) {
    }

    private final ScoreSettings settings;

    public ScoreCalculator(ScoreSettings settings) {
        this.settings = settings;
    }

    public Result score(Counts c, boolean courier) {
        List<ScorePart> parts = new ArrayList<>();
        if (courier) {
            parts.add(part("COURIER_IRREGULARITY", c.flagged(), c.consignments(), settings.courierWeight(), settings.courierTolerance()));
        } else {
            parts.add(part("RED_LANE", c.redLanes(), c.filings(), settings.redLaneWeight(), settings.redLaneTolerance()));
            parts.add(part("INSPECTION_DISCREPANCIES", c.withDiscrepancies(), c.inspected(), settings.discrepancyWeight(),
                    settings.discrepancyTolerance()));
            parts.add(part("HOLDS_SEIZURES", c.heldOrSeized(), c.filings(), settings.holdWeight(), settings.holdTolerance()));
            parts.add(part("AMENDMENTS_AFTER_ARRIVAL", c.amendedAfterArrival(), c.arrived(), settings.amendmentWeight(),
                    settings.amendmentTolerance()));
        }
        parts.add(part("IMMEX_RETURNS", c.immexLate(), c.immexDue(), settings.immexWeight(), settings.immexTolerance()));
        double weights = 0;
        double points = 0;
        for (ScorePart p : parts) {
            if (p.available()) {
                weights += p.weight();
                points += p.weight() * p.value().doubleValue();
            }
        }
        BigDecimal score = weights == 0 ? null : BigDecimal.valueOf(points / weights).setScale(1, RoundingMode.HALF_UP);
        return new Result(score, courier ? c.consignments() : c.filings() + c.immexDue(), parts);
    }

    /** A part's score: 100 at a rate of 0, 0 at or beyond the tolerance, linear in between. */
    static ScorePart part(String name, long events, long outOf, double weight, double tolerance) {
        if (outOf <= 0) {
            return new ScorePart(name, false, null, weight, null, tolerance, 0, 0, "no evidence in the period");
        }
        double rate = (double) events / outOf;
        double value = Math.max(0, 1 - rate / tolerance) * 100;
        return new ScorePart(name, true, BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP), weight,
                BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP), tolerance, events, outOf, null);
    }
}
