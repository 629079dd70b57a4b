package io.jointclear.risk.model;

import java.util.ArrayList;
import java.util.List;

/** Trains the fraud model on earlier declarations and measures it on a later period with the DATE metrics. */
public final class FraudModelEvaluation {

    public static final double[] RATES = {1, 2, 5, 10};

    /** Precision@n% and Revenue@n% per inspection rate, plus AUC. */
    public record Result(int trainRows, int testRows, double testFraudShare, double[] rates, double[] precision,
                         double[] revenue, double auc, long trainMillis) {

        public double precisionAt(double rate) {
            for (int i = 0; i < rates.length; i++) {
                if (rates[i] == rate) {
                    return precision[i];
                }
            }
            throw new IllegalArgumentException("rate " + rate);
        }

        public double revenueAt(double rate) {
            for (int i = 0; i < rates.length; i++) {
                if (rates[i] == rate) {
                    return revenue[i];
                }
            }
            throw new IllegalArgumentException("rate " + rate);
        }

        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("train rows %d, test rows %d, test fraud share %.4f, AUC %.4f, training %d ms%n",
                    trainRows, testRows, testFraudShare, auc, trainMillis));
            b.append("n%     Precision@n%   Revenue@n%\n");
            for (int i = 0; i < rates.length; i++) {
                b.append(String.format("%-6s %-14.4f %.4f%n", (int) rates[i] + "%", precision[i], revenue[i]));
            }
            return b.toString();
        }
    }

    private FraudModelEvaluation() {
    }

    public static Result run(List<CustomsDeclarationRow> train, List<CustomsDeclarationRow> test, long seed) {
        long start = System.nanoTime();
        FraudModel model = FraudModel.train(train, seed);
        return evaluate(model, train.size(), test, (System.nanoTime() - start) / 1_000_000);
    }

    /** Measures a trained model on a later period. */
    public static Result evaluate(FraudModel model, int trainRows, List<CustomsDeclarationRow> test, long trainMillis) {
        return measure(model.score(test), trainRows, test, trainMillis);
    }

    /** Both rankings of one later period: by fraud probability and by expected recovery (tax at stake). */
    public record Comparison(Result byProbability, Result byExpectedRecovery) {

        public String table() {
            return "ranking by fraud probability:\n" + byProbability.table()
                    + "ranking by expected recovery (revenue-weighted objective, gamma " + (int) RevenueRanking.GAMMA + "):\n"
                    + byExpectedRecovery.table();
        }
    }

    /** Trains both objectives on the earlier period and measures both rankings on the later one. */
    public static Comparison compare(List<CustomsDeclarationRow> train, List<CustomsDeclarationRow> test, long seed) {
        long start = System.nanoTime();
        RevenueRanking ranking = RevenueRanking.train(train, BoostedTrees.Settings.defaults(seed));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Comparison(measure(ranking.probabilities(test), train.size(), test, millis),
                measure(ranking.expectedRecovery(test), train.size(), test, millis));
    }

    /** Precision@n%, Revenue@n% and AUC of a ranking of the later period. */
    static Result measure(double[] scores, int trainRows, List<CustomsDeclarationRow> test, long trainMillis) {
        boolean[] fraud = new boolean[test.size()];
        double[] revenue = new double[test.size()];
        int frauds = 0;
        for (int i = 0; i < test.size(); i++) {
            fraud[i] = test.get(i).fraud();
            revenue[i] = test.get(i).revenue().doubleValue();
            frauds += fraud[i] ? 1 : 0;
        }
        double[] precision = new double[RATES.length];
        double[] rev = new double[RATES.length];
        for (int i = 0; i < RATES.length; i++) {
            precision[i] = RankingMetrics.precisionAt(scores, fraud, RATES[i]);
            rev[i] = RankingMetrics.revenueAt(scores, fraud, revenue, RATES[i]);
        }
        return new Result(trainRows, test.size(), frauds / (double) test.size(), RATES.clone(), precision, rev,
                RankingMetrics.auc(scores, fraud), trainMillis);
    }

    static List<CustomsDeclarationRow> concat(List<List<CustomsDeclarationRow>> parts) {
        List<CustomsDeclarationRow> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }
}
