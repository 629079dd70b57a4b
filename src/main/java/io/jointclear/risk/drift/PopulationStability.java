package io.jointclear.risk.drift;

/**
 * Population-stability index between a baseline distribution and a later one over the same bins:
 * {@code PSI = Σ (a_i − b_i) · ln(a_i / b_i)}, with a_i, b_i the shares of bin i. An empty bin counts as the
 * share {@link #EMPTY_SHARE}, so it does not make the index infinite (equal shares give 0). Usual reading: below 0.1
 * stable, 0.1–0.25 moderate shift, above 0.25 significant shift.
 */
public final class PopulationStability {

    /** Risk-score bins the segments' populations are compared over: ≤0, (0,1], (1,2], (2,4], >4. */
    static final double[] SCORE_EDGES = {0, 1, 2, 4};
    /** The share an empty bin counts as. */
    static final double EMPTY_SHARE = 1e-4;

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
        if (nb == 0 || nl == 0) {
            throw new IllegalArgumentException("both distributions need at least one observation");
        }
        double psi = 0;
        for (int i = 0; i < baseline.length; i++) {
            double b = Math.max(baseline[i] / nb, EMPTY_SHARE);
            double a = Math.max(later[i] / nl, EMPTY_SHARE);
            psi += (a - b) * Math.log(a / b);
        }
        return psi;
    }

    /** Number of score bins (the SQL of {@code JdbcDrift} puts scores in them by the same edges). */
    static int bins() {
        return SCORE_EDGES.length + 1;
    }
}
