package io.jointclear.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learned model of live selectivity: boosted trees over {@link PlatformFeatures}, trained on the
 * platform's own labelled selections. Restorable from its booster bytes and its encoding state.
 */
public final class PlatformModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlatformFeatures features;
    private final BoostedTrees trees;
    private final double prior; // training hit share ("rate" names are reserved for exact decimals)
    private final double stakeMedian; // median declared USD value of the training cases: the revenue term's reference

    PlatformModel(PlatformFeatures features, BoostedTrees trees, double baseRate, double stakeMedian) {
        this.features = features;
        this.trees = trees;
        this.prior = baseRate;
        this.stakeMedian = stakeMedian;
    }

    /** How inspected declarations weigh in training. */
    public enum Weighting {
        /** Every inspected declaration counts once: the model learns what the policy chose to look at. */
        NAIVE,
        /**
         * Each counts 1 / its inspection propensity (clipped at {@link InspectionPropensity#MAX_WEIGHT}), so random
         * and exploration picks stand for the declarations the policy did not look at; a hit counts more the more
         * its inspection recovered ({@link #RECOVERY_SCALE}).
         */
        PROPENSITY
    }

    /** sqrt(recovered amount) that doubles a hit's weight (amounts in the authority's currency). */
    public static final double RECOVERY_SCALE = 100;

    /** The training weight of a labelled case under a weighting. */
    public static double weight(PlatformCase c, Weighting weighting) {
        if (weighting == Weighting.NAIVE) {
            return 1;
        }
        double recovered = c.recovered() == null ? 0 : c.recovered().doubleValue();
        return InspectionPropensity.weight(c.propensity())
                * RevenueRanking.fraudWeight(Boolean.TRUE.equals(c.hit()), recovered, RECOVERY_SCALE);
    }

    /** Settings for the journal's small samples: one thread and a fixed seed, so the bytes are reproducible. */
    public static BoostedTrees.Settings settings(long seed) {
        return new BoostedTrees.Settings(150, 0.1, 4, 0.8, 0.8, 1, 1, seed, 1);
    }

    /** Trains on labelled cases (oldest first) with inverse-propensity weights; encodings out of fold. */
    public static PlatformModel train(List<PlatformCase> labelled, long seed) {
        return train(labelled, seed, Weighting.PROPENSITY);
    }

    public static PlatformModel train(List<PlatformCase> labelled, long seed, Weighting weighting) {
        PlatformFeatures.Fitted fitted = PlatformFeatures.fit(labelled, FraudModel.FOLDS, seed);
        boolean[] y = new boolean[labelled.size()];
        float[] w = new float[labelled.size()];
        double hits = 0;
        double total = 0;
        double[] stakes = new double[labelled.size()];
        for (int i = 0; i < y.length; i++) {
            PlatformCase c = labelled.get(i);
            y[i] = c.hit();
            w[i] = (float) weight(c, weighting);
            hits += y[i] ? w[i] : 0; // the weighted hit share: what the weighted model predicts on average
            total += w[i];
            stakes[i] = c.valueUsd();
        }
        BoostedTrees trees = BoostedTrees.train(fitted.trainMatrix(), y, w, settings(seed));
        java.util.Arrays.sort(stakes);
        return new PlatformModel(fitted.features(), trees, hits / total, stakes[stakes.length / 2]);
    }

    // predictions are serialised: concurrent prediction on one xgboost4j Booster is not documented as safe

    /** Hit probability of a declaration. */
    public synchronized double probability(PlatformCase c) {
        return trees.predict(new float[][] {features.encode(c)})[0];
    }

    public synchronized double[] probabilities(List<PlatformCase> cases) {
        float[][] x = new float[cases.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.encode(cases.get(i));
        }
        return trees.predict(x);
    }

    /**
     * One feature's SHAP contribution (log-odds) to a probability, with its value as shown to the officer:
     * in English, and as a message key with arguments (null key: a plain number).
     */
    public record Contribution(String feature, String value, double contribution, String messageCode, List<String> args) {
    }

    /** The {@code top} features that moved the probability most, by absolute SHAP contribution. */
    public synchronized List<Contribution> explain(PlatformCase c, int top) {
        float[] x = features.encode(c);
        float[] shap = trees.contributions(new float[][] {x})[0];
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (shap[i] != 0) {
                PlatformFeatures.Described d = features.described(c, i, x[i]);
                all.add(new Contribution(features.names().get(i), d.text(), shap[i], d.messageCode(), d.args()));
            }
        }
        all.sort(Comparator.comparingDouble((Contribution k) -> -Math.abs(k.contribution())));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }

    /** Hit rate of the training labels: the probability that adds nothing to a score. */
    public double baseRate() {
        return prior;
    }

    /** Median declared USD value of the training cases (0 for models stored before it was kept). */
    public double stakeMedian() {
        return stakeMedian;
    }

    public byte[] bytes() {
        return trees.bytes();
    }

    /** The encodings and base rate as JSON, stored beside the booster bytes. */
    public String encodingJson() {
        return JSON.writeValueAsString(new Stored(features.state(), prior, stakeMedian));
    }

    public static PlatformModel load(byte[] booster, String encodingJson) {
        Stored s = JSON.readValue(encodingJson, Stored.class);
        PlatformFeatures f = PlatformFeatures.of(s.features());
        return new PlatformModel(f, BoostedTrees.of(booster, f.names().size()), s.prior(),
                s.stakeMedian() == null ? 0 : s.stakeMedian());
    }

    public List<String> featureNames() {
        return features.names();
    }

    record Stored(PlatformFeatures.State features, double prior, Double stakeMedian) {
    }
}
