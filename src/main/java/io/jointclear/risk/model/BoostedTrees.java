package io.jointclear.risk.model;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost via xgboost4j): a binary fraud classifier with deterministic
 * training (fixed seed, one thread per booster unless told otherwise) and SHAP contributions.
 */
public final class BoostedTrees {

    /** Training settings; the defaults are those the evaluation in docs/risk.md was run with. */
    public record Settings(int rounds, double eta, int maxDepth, double subsample, double colsample,
                           double minChildWeight, double lambda, long seed, int threads) {
        public static Settings defaults(long seed) {
            return new Settings(200, 0.1, 5, 0.8, 0.8, 5, 1, seed, 2);
        }
    }

    private final Booster booster;
    private final int width;

    private BoostedTrees(Booster booster, int width) {
        this.booster = booster;
        this.width = width;
    }

    public static BoostedTrees train(float[][] x, boolean[] y, Settings s) {
        return train(x, y, null, s);
    }

    /**
     * Trains with a weight per row (null: all 1): the loss of row i counts {@code weights[i]} times, which is
     * how revenue at stake and inverse selection propensities enter the objective.
     */
    public static BoostedTrees train(float[][] x, boolean[] y, float[] weights, Settings s) {
        try {
            DMatrix data = matrix(x);
            if (weights != null) {
                data.setWeight(weights);
            }
            float[] labels = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i] ? 1 : 0;
            }
            data.setLabel(labels);
            Map<String, Object> p = new HashMap<>();
            p.put("objective", "binary:logistic");
            p.put("eval_metric", "logloss");
            p.put("eta", s.eta());
            p.put("max_depth", s.maxDepth());
            p.put("subsample", s.subsample());
            p.put("colsample_bytree", s.colsample());
            p.put("min_child_weight", s.minChildWeight());
            p.put("lambda", s.lambda());
            p.put("tree_method", "hist");
            p.put("seed", s.seed());
            p.put("nthread", s.threads());
            p.put("verbosity", 0);
            Booster booster = XGBoost.train(data, p, s.rounds(), new HashMap<>(), null, null);
            data.dispose();
            return new BoostedTrees(booster, x[0].length);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed", e);
        }
    }

    /** Restores a model saved by {@link #bytes()}. */
    public static BoostedTrees of(byte[] model, int width) {
        try {
            return new BoostedTrees(XGBoost.loadModel(model), width);
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalStateException("XGBoost model could not be loaded", e);
        }
    }

    public byte[] bytes() {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fraud probability of each row. */
    public double[] predict(float[][] x) {
        try {
            DMatrix data = matrix(x);
            float[][] p = booster.predict(data);
            data.dispose();
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHAP contributions (log-odds) per feature; the last column is the bias. */
    public float[][] contributions(float[][] x) {
        try {
            DMatrix data = matrix(x);
            float[][] c = booster.predictContrib(data, 0);
            data.dispose();
            return c;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    public int width() {
        return width;
    }

    private static DMatrix matrix(float[][] x) throws XGBoostError {
        int cols = x[0].length;
        float[] flat = new float[x.length * cols];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * cols, cols);
        }
        return new DMatrix(flat, x.length, cols, Float.NaN);
    }
}
