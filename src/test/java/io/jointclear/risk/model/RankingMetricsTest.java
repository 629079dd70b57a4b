package io.jointclear.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void precisionAndRevenueAtTheTopOfTheRanking() {
        // 20 declarations; n = 10 % inspects the top 2
        double[] scores = new double[20];
        boolean[] fraud = new boolean[20];
        double[] revenue = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = i / 20.0;
        }
        fraud[19] = true;  // top 1: fraud, revenue 30
        revenue[19] = 30;
        fraud[18] = false; // top 2: clean
        fraud[3] = true;   // a missed fraud, revenue 70
        revenue[3] = 70;
        assertThat(RankingMetrics.inspected(20, 10)).isEqualTo(2);
        assertThat(RankingMetrics.inspected(20, 1)).isEqualTo(1);
        assertThat(RankingMetrics.precisionAt(scores, fraud, 10)).isEqualTo(0.5);
        assertThat(RankingMetrics.revenueAt(scores, fraud, revenue, 10)).isEqualTo(0.3);
        assertThat(RankingMetrics.precisionAt(scores, fraud, 5)).isEqualTo(1.0);
        assertThat(RankingMetrics.auc(scores, fraud)).isCloseTo((18 + 3) / 36.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void propensityWeightedPrecisionAndRevenueCountEachRowForTheRowsItStandsFor() {
        // by score: A (fraud, revenue 10, weight 1), B (clean, weight 3), C (fraud, revenue 40, weight 2), D (clean, weight 4)
        double[] scores = {0.9, 0.8, 0.7, 0.1};
        boolean[] fraud = {true, false, true, false};
        double[] revenue = {10, 0, 40, 0};
        double[] weight = {1, 3, 2, 4};
        // 20 % of the weighted population (10) is 2: all of A and 1 of B's 3 → 1 fraud in 2
        assertThat(RankingMetrics.weightedPrecisionAt(scores, fraud, weight, 20)).isEqualTo(0.5);
        // frauds' weighted revenue 1·10 + 2·40 = 90, caught 10
        assertThat(RankingMetrics.weightedRevenueAt(scores, fraud, revenue, weight, 20)).isCloseTo(10 / 90.0, within);
        // 50 % is 5: A, B and 1 of C's 2 → 2 frauds in 5; revenue 10 + 1·40 = 50 of 90
        assertThat(RankingMetrics.weightedPrecisionAt(scores, fraud, weight, 50)).isCloseTo(0.4, within);
        assertThat(RankingMetrics.weightedRevenueAt(scores, fraud, revenue, weight, 50)).isCloseTo(50 / 90.0, within);
        // the naive (unweighted) metrics at 50 % inspect A and B only
        assertThat(RankingMetrics.precisionAt(scores, fraud, 50)).isEqualTo(0.5);
        assertThat(RankingMetrics.revenueAt(scores, fraud, revenue, 50)).isCloseTo(10 / 50.0, within);
    }

    @Test
    void unitWeightsGiveTheNaiveMetricsWhenTheCutIsWhole() {
        double[] scores = new double[20];
        boolean[] fraud = new boolean[20];
        double[] revenue = new double[20];
        double[] ones = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = (i * 7 % 20) / 20.0;
            fraud[i] = i % 3 == 0;
            revenue[i] = i * 11 % 17;
            ones[i] = 1;
        }
        for (double n : new double[] {5, 10, 25, 50}) {
            assertThat(RankingMetrics.weightedPrecisionAt(scores, fraud, ones, n)).isCloseTo(RankingMetrics.precisionAt(scores, fraud, n), within);
            assertThat(RankingMetrics.weightedRevenueAt(scores, fraud, revenue, ones, n))
                    .isCloseTo(RankingMetrics.revenueAt(scores, fraud, revenue, n), within);
        }
    }

    private static final org.assertj.core.data.Offset<Double> within = org.assertj.core.data.Offset.offset(1e-12);
}
