package io.jointclear.risk.model;

import java.util.List;

/**
 * Revenue-aware ranking (DATE_REV-like): a second classifier whose loss weighs each fraud by the tax at
 * stake, combined with that tax into an expected-recovery score. The weight of a fraud is
 * {@code 1 + sqrt(R) / WEIGHT_SCALE} (clean rows weigh 1): large frauds pull the trees towards them without
 * the few largest dominating the loss. The ranking key is {@code GAMMA · ln p + ln(1 + R)}, i.e. the order
 * of {@code p^GAMMA · (1 + R)}: GAMMA = 1 is the plain expected recovery p · R, which inspects many large
 * clean declarations (Precision@5 % ≈ 0.30 on the shipped data); a large GAMMA keeps the inspections among
 * near-certain frauds and lets revenue decide among them. Both constants were chosen on the split
 * 2020-01…09 → 2020-10…12 of the training file and confirmed on the later valid file (docs/risk.md §5).
 */
public final class RevenueRanking {

    /** Precision guard: the exponent of the fraud probability in the expected-recovery key. */
    public static final double GAMMA = 128;
    /** sqrt(tax at stake) that doubles a fraud's weight in the loss (in the data's currency, KRW here). */
    public static final double WEIGHT_SCALE = 2000;
    private static final double MIN_PROBABILITY = 1e-12;

    private final FraudModel probability;
    private final FraudModel weighted;

    private RevenueRanking(FraudModel probability, FraudModel weighted) {
        this.probability = probability;
        this.weighted = weighted;
    }

    /** Trains both objectives on one fitted feature set (out-of-fold encodings, the same seed). */
    public static RevenueRanking train(List<CustomsDeclarationRow> train, BoostedTrees.Settings settings) {
        DeclarationFeatures.Fitted fitted = DeclarationFeatures.fit(train, FraudModel.FOLDS, settings.seed());
        boolean[] y = new boolean[train.size()];
        float[] w = new float[train.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = train.get(i).fraud();
            w[i] = (float) fraudWeight(y[i], train.get(i).revenue().doubleValue(), WEIGHT_SCALE);
        }
        FraudModel plain = new FraudModel(fitted.features(), BoostedTrees.train(fitted.trainMatrix(), y, settings), settings);
        FraudModel byRevenue = new FraudModel(fitted.features(), BoostedTrees.train(fitted.trainMatrix(), y, w, settings),
                settings);
        return new RevenueRanking(plain, byRevenue);
    }

    /** The loss weight of a labelled row: a fraud counts more the more tax it puts at stake. */
    public static double fraudWeight(boolean fraud, double revenue, double scale) {
        return fraud ? 1 + Math.sqrt(Math.max(0, revenue)) / scale : 1;
    }

    /** The expected-recovery key of a probability and the revenue at stake (higher: inspect first). */
    public static double expectedRecoveryKey(double probability, double revenue, double gamma) {
        return gamma * Math.log(Math.max(probability, MIN_PROBABILITY)) + Math.log1p(Math.max(0, revenue));
    }

    /** Fraud probability of each row (the classifier without revenue weights). */
    public double[] probabilities(List<CustomsDeclarationRow> rows) {
        return probability.score(rows);
    }

    /** Expected-recovery key of each row: the revenue-weighted classifier's probability and the tax at stake. */
    public double[] expectedRecovery(List<CustomsDeclarationRow> rows) {
        double[] p = weighted.score(rows);
        double[] key = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            key[i] = expectedRecoveryKey(p[i], rows.get(i).revenue().doubleValue(), GAMMA);
        }
        return key;
    }
}
