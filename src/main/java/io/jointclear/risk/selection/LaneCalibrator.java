package io.jointclear.risk.selection;

import io.jointclear.risk.Lane;
import java.util.Arrays;

/**
 * Keeps one authority's lane rates at their targets (ASYCUDA's "expected rate"): the RED and YELLOW
 * score thresholds are the quantiles of the recent scores that let through the capacity left after
 * random and exploration picks. It also keeps the exploration account: explored inspections must be
 * at least {@code explorationShare} of all inspections. Only crossings with a positive score are
 * selected on score, so a quiet day stays green rather than filling capacity with riskless traffic.
 * Instance-local state (see docs/risk.md, open issues).
 */
final class LaneCalibrator {

    private static final int RECOMPUTE_EVERY = 50;
    private static final int WARMUP = 200;

    private final double redScoreShare;
    private final double yellowScoreShare;
    private final double explorationShare;
    private final double warmupRed;
    private final double warmupYellow;
    private final double[] window;
    private int size;
    private int next;
    private int sinceRecompute;
    private double redThreshold;
    private double yellowThreshold;
    private long scoredInspections;
    private long exploredInspections;

    LaneCalibrator(double redRate, double yellowRate, double randomRate, double explorationShare, double warmupRed,
                   double warmupYellow, int window) {
        double exploration = Math.max(randomRate, explorationShare * redRate);
        // scores are calibrated over the crossings left after the random draw
        this.redScoreShare = Math.max(0, (redRate - exploration) / Math.max(1e-9, 1 - randomRate));
        this.yellowScoreShare = Math.max(0, yellowRate / Math.max(1e-9, 1 - randomRate));
        this.explorationShare = explorationShare;
        this.warmupRed = warmupRed;
        this.warmupYellow = warmupYellow;
        this.window = new double[window];
        this.redThreshold = warmupRed;
        this.yellowThreshold = warmupYellow;
    }

    /**
     * The lane a score earns now (compared through its ranking key: the score plus a tie-breaking
     * jitter), then remembers the key for the next calibration.
     */
    synchronized Lane laneFor(double score, double rankingKey) {
        Lane lane = score <= 0 ? Lane.GREEN
                : rankingKey >= redThreshold ? Lane.RED : rankingKey >= yellowThreshold ? Lane.YELLOW : Lane.GREEN;
        window[next] = rankingKey;
        next = (next + 1) % window.length;
        size = Math.min(size + 1, window.length);
        if (++sinceRecompute >= RECOMPUTE_EVERY && size >= WARMUP) {
            recompute();
        }
        return lane;
    }

    private void recompute() {
        sinceRecompute = 0;
        double[] sorted = Arrays.copyOf(window, size);
        Arrays.sort(sorted);
        redThreshold = upperQuantile(sorted, redScoreShare);
        yellowThreshold = Math.min(redThreshold, upperQuantile(sorted, redScoreShare + yellowScoreShare));
    }

    /** The score at or above which a share {@code rate} of the window lies. */
    private static double upperQuantile(double[] sorted, double rate) {
        int k = (int) Math.round(rate * sorted.length);
        if (k <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return sorted[Math.max(0, sorted.length - k)];
    }

    /** Whether exploration is owed: explored inspections below their share of all inspections. */
    synchronized boolean explorationDue() {
        return exploredInspections < explorationShare / (1 - explorationShare) * scoredInspections;
    }

    synchronized void inspected(boolean explored) {
        if (explored) {
            exploredInspections++;
        } else {
            scoredInspections++;
        }
    }

    synchronized double[] thresholds() {
        return new double[] {yellowThreshold, redThreshold};
    }
}
