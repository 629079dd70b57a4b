package io.jointclear.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.shared.Authority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The selection-bias simulation of issue 18. For 30 days the policy targets knitwear (heading 6109 from VN,
 * "B") and laptops (8471 from CN, "A"); B is found clean (3 % hits) and A dirty (40 %), so for the next 90
 * days the policy stops targeting B — it is inspected only by the 5 % random draw — and keeps targeting A.
 * Then the fraud moves: B is dirty (50 %), A clean (5 %). Everything else: 5 % hits, inspected at random.
 * The naive model (every inspection counts once) still believes B is clean: its old targeted labels outnumber
 * the few random ones. The propensity-weighted model counts each random pick 20 times (1 / 0.05) and ranks B
 * first. Measured on fresh traffic of the second period with its true labels.
 */
class SelectionBiasSimulationTest {

    private static final double RANDOM_RATE = 0.05;
    private static final int PER_DAY = 150;
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final String[] OTHER_HS = {"0702000000", "8708299900", "3926909900", "9403600000", "8517620000", "7308900000"};
    private static final String[] OTHER_ORIGINS = {"MX", "US", "DE", "JP"};

    private record Goods(String hs, String origin, String kind) {
    }

    @Test
    void theWeightedModelFindsTheShiftedFraudTheNaiveOneDoesNot() {
        Random random = new Random(18);
        List<PlatformCase> journal = new ArrayList<>();
        for (int day = 0; day < 120; day++) {
            boolean shifted = day >= 30;
            for (int i = 0; i < PER_DAY; i++) {
                Goods g = goods(random);
                boolean targeted = "A".equals(g.kind()) || "B".equals(g.kind()) && !shifted;
                boolean drawn = random.nextDouble() < RANDOM_RATE;
                if (!targeted && !drawn) {
                    continue; // not inspected: no label
                }
                boolean hit = random.nextDouble() < hitRate(g, shifted);
                double propensity = targeted ? 1 : RANDOM_RATE;
                journal.add(inspected(day * PER_DAY + i, g, day, random, hit, propensity));
            }
        }
        PlatformModel naive = PlatformModel.train(journal, 42, PlatformModel.Weighting.NAIVE);
        PlatformModel weighted = PlatformModel.train(journal, 42, PlatformModel.Weighting.PROPENSITY);

        // fresh traffic after the shift, with the labels an inspection of every declaration would give
        List<PlatformCase> traffic = new ArrayList<>();
        boolean[] truth = new boolean[3000];
        for (int i = 0; i < truth.length; i++) {
            Goods g = goods(random);
            truth[i] = random.nextDouble() < hitRate(g, true);
            traffic.add(inspected(1_000_000 + i, g, 120, random, truth[i], 1.0).withHit(null));
        }
        double[] pNaive = naive.probabilities(traffic);
        double[] pWeighted = weighted.probabilities(traffic);
        Map<String, double[]> byKind = Map.of("naive", pNaive, "weighted", pWeighted);
        for (var e : byKind.entrySet()) {
            System.out.printf("%s: Precision@10%% %.3f, mean p(B) %.3f, mean p(A) %.3f, mean p(other) %.3f%n", e.getKey(),
                    RankingMetrics.precisionAt(e.getValue(), truth, 10), mean(e.getValue(), traffic, "6109"),
                    mean(e.getValue(), traffic, "8471"), mean(e.getValue(), traffic, "other"));
        }
        System.out.printf("journal: %d inspections, %d random picks after the shift of B%n", journal.size(),
                journal.stream().filter(c -> c.declaration().lines().getFirst().tariffCode().startsWith("6109")
                        && c.propensity() < 1 && c.at().isAfter(START.plus(Duration.ofDays(30)))).count());

        assertThat(mean(pWeighted, traffic, "6109")).as("weighted: B above A").isGreaterThan(mean(pWeighted, traffic, "8471"));
        assertThat(mean(pNaive, traffic, "6109")).as("naive: B below A").isLessThan(mean(pNaive, traffic, "8471"));
        // B is 10 % of the traffic with 50 % hits: a perfect ranking would reach about 0.5; ranking A first, 0.05
        assertThat(RankingMetrics.precisionAt(pWeighted, truth, 10)).isGreaterThanOrEqualTo(0.25);
        assertThat(RankingMetrics.precisionAt(pNaive, truth, 10)).isLessThan(0.20);
    }

    private static Goods goods(Random random) {
        double u = random.nextDouble();
        if (u < 0.10) {
            return new Goods("8471300100", "CN", "A");
        }
        if (u < 0.20) {
            return new Goods("6109100000", "VN", "B");
        }
        return new Goods(OTHER_HS[random.nextInt(OTHER_HS.length)], OTHER_ORIGINS[random.nextInt(OTHER_ORIGINS.length)], "other");
    }

    private static double hitRate(Goods g, boolean shifted) {
        return switch (g.kind()) {
            case "A" -> shifted ? 0.05 : 0.40;
            case "B" -> shifted ? 0.50 : 0.03;
            default -> 0.05;
        };
    }

    private static PlatformCase inspected(int id, Goods g, int day, Random random, boolean hit, double propensity) {
        Authority authority = random.nextBoolean() ? Authority.MX : Authority.US;
        return new PlatformCase(new UUID(18, id), authority, SyntheticJournal.declaration(authority, "P" + random.nextInt(80),
                g.hs(), g.origin(), 1000 + random.nextInt(20_000)), List.of(), false,
                START.plus(Duration.ofDays(day)).plusSeconds(id % PER_DAY * 60L), hit, propensity, null);
    }

    private static double mean(double[] p, List<PlatformCase> cases, String heading) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            String hs = cases.get(i).declaration().lines().getFirst().tariffCode();
            boolean other = !hs.startsWith("6109") && !hs.startsWith("8471");
            if ("other".equals(heading) ? other : hs.startsWith(heading)) {
                sum += p[i];
                n++;
            }
        }
        return sum / n;
    }
}
