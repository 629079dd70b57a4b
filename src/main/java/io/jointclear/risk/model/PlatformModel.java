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

    PlatformModel(PlatformFeatures features, BoostedTrees trees, double baseRate) {
        this.features = features;
        this.trees = trees;
        this.prior = baseRate;
    }

    /** Settings for the journal's small samples: one thread and a fixed seed, so the bytes are reproducible. */
    public static BoostedTrees.Settings settings(long seed) {
        return new BoostedTrees.Settings(150, 0.1, 4, 0.8, 0.8, 1, 1, seed, 1);
    }

    /** Trains on labelled cases (oldest first); encodings out of fold. */
    public static PlatformModel train(List<PlatformCase> labelled, long seed) {
        PlatformFeatures.Fitted fitted = PlatformFeatures.fit(labelled, FraudModel.FOLDS, seed);
        boolean[] y = new boolean[labelled.size()];
        int hits = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = labelled.get(i).hit();
            hits += y[i] ? 1 : 0;
        }
        BoostedTrees trees = BoostedTrees.train(fitted.trainMatrix(), y, settings(seed));
        return new PlatformModel(fitted.features(), trees, hits / (double) y.length);
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

    public byte[] bytes() {
        return trees.bytes();
    }

    /** The encodings and base rate as JSON, stored beside the booster bytes. */
    public String encodingJson() {
        return JSON.writeValueAsString(new Stored(features.state(), prior));
    }

    public static PlatformModel load(byte[] booster, String encodingJson) {
        Stored s = JSON.readValue(encodingJson, Stored.class);
        PlatformFeatures f = PlatformFeatures.of(s.features());
        return new PlatformModel(f, BoostedTrees.of(booster, f.names().size()), s.prior());
    }

    public List<String> featureNames() {
        return features.names();
    }

    record Stored(PlatformFeatures.State features, double prior) {
    }
}
