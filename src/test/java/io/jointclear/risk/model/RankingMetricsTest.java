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
}
