package io.jointclear.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Weekly drift of the selected population and of inspection hit rates, by segment (HS chapter × origin ×
 * port pair): the population-stability index of each segment's risk scores against the baseline weeks, its
 * hit rate against the baseline's, and the alerts raised when a segment drifts or its hit rate collapses.
 * Confidential targeting information: officers, analysts and auditors only.
 */
public interface Drift {

    /** Alert kinds. */
    String POPULATION_SHIFT = "POPULATION_SHIFT";
    String HIT_RATE_COLLAPSE = "HIT_RATE_COLLAPSE";

    /** A segment: the HS chapter and origin of the declaration's main line and the crossing's port pair. */
    record Segment(String hsChapter, String origin, String portPair) {
    }

    /**
     * One segment in one week against its baseline.
     *
     * @param psi      population-stability index of the segment's risk-score bins, week against baseline
     *                 (null when either side has too few declarations to say)
     * @param hitShare  hits / inspections with an outcome in the week (null without outcomes)
     * @param alerts   the alert kinds the segment raises this week
     */
    record SegmentDrift(Segment segment, long declarations, long baselineDeclarations, double share, double baselineShare,
                        Double psi, long inspected, long hits, Double hitShare, long baselineInspected, Double baselineHitShare,
                        List<String> alerts) {
    }

    /**
     * A week measured: Monday {@code week} (UTC) to the next Monday, against the {@code baselineWeeks} weeks before.
     *
     * @param overallPsi population-stability index of the segment mix (how the traffic's composition moved)
     */
    record Report(LocalDate week, LocalDate baselineFrom, int baselineWeeks, double psiThreshold, double collapseRatio,
                  long declarations, long baselineDeclarations, double overallPsi, List<SegmentDrift> segments) {
    }

    /** A stored alert, listed for analysts. */
    record Alert(long id, LocalDate week, Segment segment, String kind, Double psi, double share, double baselineShare,
                 Double hitShare, Double baselineHitShare, int inspected, double threshold, Instant raisedAt) {
    }

    /** Measures the week holding {@code day} (its Monday, UTC) without storing anything. */
    Report report(LocalDate day);

    /** Measures the week holding {@code day} and stores its new alerts; returns the week's alerts. */
    List<Alert> check(LocalDate day);

    /** Stored alerts of weeks from {@code from} on, newest first, at most {@code limit}. */
    List<Alert> alerts(LocalDate from, int limit);
}
