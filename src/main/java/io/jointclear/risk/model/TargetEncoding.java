package io.jointclear.risk.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Smoothed target encoding of one categorical key: the fraud rate of the key's past declarations,
 * shrunk towards the overall rate by {@code smoothing} pseudo-declarations. Training rows are encoded
 * out of fold, so a row's own label never enters its own feature (no label leakage).
 */
final class TargetEncoding {

    private final Map<String, double[]> stats; // key -> {frauds, count}
    private final double prior;
    private final double smoothing;

    private TargetEncoding(Map<String, double[]> stats, double prior, double smoothing) {
        this.stats = stats;
        this.prior = prior;
        this.smoothing = smoothing;
    }

    /** Fitted on every row given: used to encode rows that were not trained on (a later period). */
    static TargetEncoding fit(String[] keys, boolean[] labels, double smoothing) {
        Map<String, double[]> stats = new HashMap<>();
        double frauds = 0;
        for (int i = 0; i < keys.length; i++) {
            double[] s = stats.computeIfAbsent(keys[i], k -> new double[2]);
            if (labels[i]) {
                s[0]++;
                frauds++;
            }
            s[1]++;
        }
        return new TargetEncoding(stats, keys.length == 0 ? 0 : frauds / keys.length, smoothing);
    }

    /**
     * Out-of-fold encoding of training rows: row i is encoded from the rows of the other folds only.
     * Returns {rate, count} per row.
     */
    static double[][] outOfFold(String[] keys, boolean[] labels, int[] fold, int folds, double smoothing) {
        Map<String, double[][]> perFold = new HashMap<>(); // key -> [fold]{frauds, count}
        double[] foldFrauds = new double[folds];
        double[] foldCount = new double[folds];
        for (int i = 0; i < keys.length; i++) {
            double[][] s = perFold.computeIfAbsent(keys[i], k -> new double[folds][2]);
            s[fold[i]][1]++;
            foldCount[fold[i]]++;
            if (labels[i]) {
                s[fold[i]][0]++;
                foldFrauds[fold[i]]++;
            }
        }
        double allFrauds = 0;
        double allCount = 0;
        for (int f = 0; f < folds; f++) {
            allFrauds += foldFrauds[f];
            allCount += foldCount[f];
        }
        double[][] out = new double[keys.length][2];
        for (int i = 0; i < keys.length; i++) {
            double[][] s = perFold.get(keys[i]);
            double frauds = 0;
            double count = 0;
            for (int f = 0; f < folds; f++) {
                frauds += s[f][0];
                count += s[f][1];
            }
            frauds -= s[fold[i]][0];
            count -= s[fold[i]][1];
            double prior = (allFrauds - foldFrauds[fold[i]]) / Math.max(1, allCount - foldCount[fold[i]]);
            out[i][0] = (frauds + prior * smoothing) / (count + smoothing);
            out[i][1] = count;
        }
        return out;
    }

    /** {rate, count} of a key; an unseen key gets the prior and count 0. */
    double[] encode(String key) {
        double[] s = stats.get(key);
        if (s == null) {
            return new double[] {prior, 0};
        }
        return new double[] {(s[0] + prior * smoothing) / (s[1] + smoothing), s[1]};
    }

    int keys() {
        return stats.size();
    }

    /** What a fitted encoding holds, so a stored model can be restored without its training data. */
    record Snapshot(Map<String, double[]> stats, double prior, double smoothing) {
    }

    Snapshot snapshot() {
        return new Snapshot(new java.util.TreeMap<>(stats), prior, smoothing);
    }

    static TargetEncoding of(Snapshot s) {
        return new TargetEncoding(new HashMap<>(s.stats()), s.prior(), s.smoothing());
    }
}
