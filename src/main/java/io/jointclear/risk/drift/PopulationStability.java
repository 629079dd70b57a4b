package io.jointclear.risk.drift;

/**
 * Population-stability index between a baseline distribution and a later one over the same bins:
 * {@code PSI = Σ (a_i − b_i) · ln(a_i / b_i)}, with a_i, b_i the shares of bin i. Shares are smoothed by
 * half a count per bin so that an empty bin does not make the index infinite. Usual reading: below 0.1
 * stable, 0.1–0.25 moderate shift, above 0.25 significant shift.
 */
public final class PopulationStability {

    /** Risk-score bins the segments' populations are compared over: ≤0, (0,1], (1,2], (2,4], >4. */
    static final double[] SCORE_EDGES = {0, 1, 2, 4};

    private PopulationStability() {
    }

    public static double index(long[] baseline, long[] later) {
        if (baseline.length != later.length) {
            throw new IllegalArgumentException("the two distributions need the same bins");
        }
        double nb = 0;
        double nl = 0;
        for (int i = 0; i < baseline.length; i++) {
            nb += baseline[i];
            nl += later[i];
        }
        double psi = 0;
        for (int i = 0; i < baseline.length; i++) {
            double b = (baseline[i] + 0.5) / (nb + 0.5 * baseline.length);
            double a = (later[i] + 0.5) / (nl + 0.5 * later.length);
            psi += (a - b) * Math.log(a / b);
        }
        return psi;
    }

    /** Number of score bins (the SQL of {@code JdbcDrift} puts scores in them by the same edges). */
    static int bins() {
        return SCORE_EDGES.length + 1;
    }
}
