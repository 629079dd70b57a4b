package io.jointclear.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A trained fraud model: the fitted features and the boosted trees over them. */
public final class FraudModel {

    public static final int FOLDS = 5;

    private final DeclarationFeatures features;
    private final BoostedTrees trees;
    private final BoostedTrees.Settings settings;

    FraudModel(DeclarationFeatures features, BoostedTrees trees, BoostedTrees.Settings settings) {
        this.features = features;
        this.trees = trees;
        this.settings = settings;
    }

    public static FraudModel train(List<CustomsDeclarationRow> train, long seed) {
        return train(train, BoostedTrees.Settings.defaults(seed));
    }

    public static FraudModel train(List<CustomsDeclarationRow> train, BoostedTrees.Settings settings) {
        DeclarationFeatures.Fitted fitted = DeclarationFeatures.fit(train, FOLDS, settings.seed());
        boolean[] y = new boolean[train.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = train.get(i).fraud();
        }
        return new FraudModel(fitted.features(), BoostedTrees.train(fitted.trainMatrix(), y, settings), settings);
    }

    public double[] score(List<CustomsDeclarationRow> rows) {
        return trees.predict(features.encode(rows));
    }

    /** One feature's SHAP contribution (log-odds) to a score. */
    public record Contribution(String feature, double observed, double contribution) {
    }

    /** The {@code top} features that moved a declaration's score most, by absolute contribution. */
    public List<Contribution> explain(CustomsDeclarationRow row, int top) {
        float[] x = features.encode(row);
        float[] c = trees.contributions(new float[][] {x})[0];
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            all.add(new Contribution(features.names().get(i), x[i], c[i]));
        }
        all.sort(Comparator.comparingDouble((Contribution k) -> -Math.abs(k.contribution())));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }

    public DeclarationFeatures features() {
        return features;
    }

    public BoostedTrees.Settings settings() {
        return settings;
    }

    /** Scores one declaration (the path a live selection would take). */
    public double score(CustomsDeclarationRow row) {
        return trees.predict(new float[][] {features.encode(row)})[0];
    }

    public BoostedTrees trees() {
        return trees;
    }
}
