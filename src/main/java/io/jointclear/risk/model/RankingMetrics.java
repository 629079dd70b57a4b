package io.jointclear.risk.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The DATE paper's (Kim et al., KDD 2020) inspection metrics: rank declarations by score, inspect the
 * top n % and measure Precision@n% (share of frauds among the inspected) and Revenue@n% (share of
 * all frauds' revenue that the inspected frauds carry). Ties are broken by row order, so the result
 * is deterministic.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Number of declarations inspected at n %: ceil(n/100 · count), at least one. */
    public static int inspected(int count, double percent) {
        return Math.max(1, (int) Math.ceil(count * percent / 100.0 - 1e-9));
    }

    static int[] ranking(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    public static double precisionAt(double[] scores, boolean[] fraud, double percent) {
        int[] order = ranking(scores);
        int k = inspected(scores.length, percent);
        int hits = 0;
        for (int i = 0; i < k; i++) {
            if (fraud[order[i]]) {
                hits++;
            }
        }
        return hits / (double) k;
    }

    public static double revenueAt(double[] scores, boolean[] fraud, double[] revenue, double percent) {
        int[] order = ranking(scores);
        int k = inspected(scores.length, percent);
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (fraud[i]) {
                total += revenue[i];
            }
        }
        double caught = 0;
        for (int i = 0; i < k; i++) {
            if (fraud[order[i]]) {
                caught += revenue[order[i]];
            }
        }
        return total == 0 ? 0 : caught / total;
    }

    /**
     * Propensity-weighted Precision@n%: on a labelled sample drawn with unequal probabilities (the journal's
     * inspections), each row stands for {@code weight} rows of the population (weight = 1 / selection
     * probability); the top n % of the weighted population is inspected (the row that crosses the cut counts
     * with the part of its weight inside) and precision is the weighted share of frauds among them.
     */
    public static double weightedPrecisionAt(double[] scores, boolean[] fraud, double[] weight, double percent) {
        double[] top = weightedTop(scores, weight, percent);
        double inspected = 0;
        double hits = 0;
        for (int i = 0; i < scores.length; i++) {
            inspected += top[i];
            hits += fraud[i] ? top[i] : 0;
        }
        return inspected == 0 ? 0 : hits / inspected;
    }

    /** Propensity-weighted Revenue@n%: the weighted revenue of the frauds inspected over that of all frauds. */
    public static double weightedRevenueAt(double[] scores, boolean[] fraud, double[] revenue, double[] weight, double percent) {
        double[] top = weightedTop(scores, weight, percent);
        double total = 0;
        double caught = 0;
        for (int i = 0; i < scores.length; i++) {
            if (fraud[i]) {
                total += weight[i] * revenue[i];
                caught += top[i] * revenue[i];
            }
        }
        return total == 0 ? 0 : caught / total;
    }

    /** How much of each row's weight lies within the top n % of the weighted population. */
    private static double[] weightedTop(double[] scores, double[] weight, double percent) {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        double budget = sum * percent / 100.0;
        double[] top = new double[scores.length];
        for (int i : ranking(scores)) {
            if (budget <= 1e-12) {
                break;
            }
            top[i] = Math.min(weight[i], budget);
            budget -= top[i];
        }
        return top;
    }

    /** Area under the ROC curve by the rank-sum formula (ties averaged). */
    public static double auc(double[] scores, boolean[] fraud) {
        Integer[] idx = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long pos = 0;
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && scores[idx[j + 1]] == scores[idx[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (fraud[idx[t]]) {
                    rankSum += rank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = scores.length - pos;
        return pos == 0 || neg == 0 ? Double.NaN : (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }
}
