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
