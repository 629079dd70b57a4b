package io.jointclear.risk.model;

import io.jointclear.shared.ProblemException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the platform model on the journal: only inspected (labelled) declarations, oldest first.
 * Quality is measured on a later time slice (the newest 20 % of labels) by a model trained on the
 * earlier 80 %, so the metrics say how the model ranks declarations it has not seen; the model that
 * is kept is then trained on every label.
 */
public final class PlatformTraining {

    public static final double TEST_SHARE = 0.2;

    private PlatformTraining() {
    }

    /** The trained model, its metrics on the later slice and what it was trained on. */
    public record Result(PlatformModel model, Map<String, Object> metrics, int labelled, int hits) {
    }

    /** Throws a 422 problem when fewer than {@code minLabels} declarations have an inspection outcome. */
    public static Result train(List<PlatformCase> journal, int minLabels, long seed) {
        return train(journal, minLabels, seed, PlatformModel.Weighting.PROPENSITY);
    }

    /** The labelled cases of a journal, oldest first (ties by crossing and authority). */
    public static List<PlatformCase> labelled(List<PlatformCase> journal) {
        return journal.stream().filter(c -> c.hit() != null)
                .sorted(Comparator.comparing(PlatformCase::at).thenComparing(PlatformCase::crossingId)
                        .thenComparing(PlatformCase::authority))
                .toList();
    }

    public static Result train(List<PlatformCase> journal, int minLabels, long seed, PlatformModel.Weighting weighting) {
        List<PlatformCase> labelled = labelled(journal);
        int hits = (int) labelled.stream().filter(PlatformCase::hit).count();
        if (labelled.size() < minLabels || hits == 0 || hits == labelled.size()) {
            throw new ProblemException(422, "NOT_ENOUGH_LABELS", "Not enough inspection outcomes",
                    "the journal holds " + labelled.size() + " labelled declarations (" + hits + " hits); training needs at least "
                            + minLabels + " with both hits and clean inspections");
        }
        int cut = (int) Math.floor(labelled.size() * (1 - TEST_SHARE));
        List<PlatformCase> earlier = labelled.subList(0, cut);
        List<PlatformCase> later = labelled.subList(cut, labelled.size());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("labelled", labelled.size());
        metrics.put("hits", hits);
        metrics.put("trainRows", earlier.size());
        metrics.put("testRows", later.size());
        metrics.put("testFrom", later.getFirst().at().toString());
        metrics.put("weighting", weighting.name());
        metrics.putAll(measure(PlatformModel.train(earlier, seed, weighting), later));
        return new Result(PlatformModel.train(labelled, seed, weighting), metrics, labelled.size(), hits);
    }

    /**
     * A model's figures on labelled cases: AUC, naive Precision/Revenue@5 and 10 %, and their propensity-weighted
     * variants (each inspected case stands for 1 / propensity declarations, clipped) — the naive ones describe the
     * inspected sample, the weighted ones estimate the whole traffic. Revenue is the recovered amount where known,
     * else the declared USD value (the stake).
     */
    public static Map<String, Object> measure(PlatformModel model, List<PlatformCase> cases) {
        boolean[] y = new boolean[cases.size()];
        double[] revenue = new double[cases.size()];
        double[] weight = new double[cases.size()];
        for (int i = 0; i < y.length; i++) {
            PlatformCase c = cases.get(i);
            y[i] = c.hit();
            revenue[i] = c.recovered() != null ? c.recovered().doubleValue() : c.valueUsd();
            weight[i] = InspectionPropensity.weight(c.propensity());
        }
        double[] scores = model.probabilities(cases);
        Map<String, Object> metrics = new LinkedHashMap<>();
        double auc = RankingMetrics.auc(scores, y);
        metrics.put("auc", Double.isNaN(auc) ? null : round(auc));
        for (double n : new double[] {5, 10}) {
            String at = "@" + (int) n + "%";
            metrics.put("precision" + at, round(RankingMetrics.precisionAt(scores, y, n)));
            metrics.put("revenue" + at, round(RankingMetrics.revenueAt(scores, y, revenue, n)));
            metrics.put("weightedPrecision" + at, round(RankingMetrics.weightedPrecisionAt(scores, y, weight, n)));
            metrics.put("weightedRevenue" + at, round(RankingMetrics.weightedRevenueAt(scores, y, revenue, weight, n)));
        }
        metrics.put("testHitRate", round(count(y) / (double) y.length));
        return metrics;
    }

    private static int count(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
