package io.jointclear.operators.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.operators.score.ScoreCalculator.Counts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator(ScoreSettings.defaults());

    /**
     * 20 filings: 3 red (rate 0.15 against tolerance 0.30 → 50.0 points), 1 held (0.05 / 0.10 → 50.0), 4 inspected of
     * which 1 with discrepancies (0.25 / 0.50 → 50.0), 10 arrived of which 1 amended after arrival (0.10 / 0.20 → 50.0):
     * every part at 50 → score 50.0. Changing one part shows the weights: no red lanes → (20×100 + 30×50 + 25×50 +
     * 10×50) / 85 = 5250 / 85 = 61.76… → 61.8.
     */
    @Test
    void theScoreIsTheWeightedMeanOfItsPartsComputedByHand() {
        ScoreCalculator.Result half = calculator.score(new Counts(20, 3, 1, 10, 1, 4, 1, 0, 0), false);
        assertThat(half.score()).isEqualByComparingTo("50.0");
        assertThat(half.evidence()).isEqualTo(20);
        assertThat(half.parts()).filteredOn(ScorePart::available).extracting(ScorePart::value)
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo("50.0"));
        assertThat(half.parts()).filteredOn(p -> p.part().equals("RED_LANE")).singleElement().satisfies(p -> {
            assertThat(p.rate()).isEqualByComparingTo("0.1500");
            assertThat(p.events()).isEqualTo(3);
            assertThat(p.outOf()).isEqualTo(20);
            assertThat(p.weight()).isEqualTo(20);
        });

        ScoreCalculator.Result noRed = calculator.score(new Counts(20, 0, 1, 10, 1, 4, 1, 0, 0), false);
        assertThat(noRed.score()).isEqualByComparingTo("61.8");
    }

    @Test
    void aPartWithoutEvidenceIsLeftOut() {
        // 10 filings, none inspected, none arrived: only red lanes (0 → 100) and holds (2/10 = 0.2 ≥ 0.10 → 0) count
        ScoreCalculator.Result r = calculator.score(new Counts(10, 0, 2, 0, 0, 0, 0, 0, 0), false);
        // (20×100 + 25×0) / 45 = 44.44… → 44.4
        assertThat(r.score()).isEqualByComparingTo("44.4");
        assertThat(r.parts()).filteredOn(p -> p.part().equals("INSPECTION_DISCREPANCIES")).singleElement()
                .satisfies(p -> assertThat(p.available()).isFalse());
        assertThat(r.parts()).filteredOn(p -> p.part().equals("IMMEX_RETURNS")).singleElement().satisfies(p -> {
            assertThat(p.available()).isFalse();
            assertThat(p.note()).isEqualTo("no evidence in the period");
        });
    }

    @Test
    void anImmexCompanyIsScoredOnItsLateReturns() {
        // 20 entry lines fell due, 1 returned late: 0.05 / 0.10 → 50.0, the only part with evidence
        ScoreCalculator.Result r = calculator.score(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 1), false);
        assertThat(r.score()).isEqualByComparingTo("50.0");
        assertThat(r.evidence()).isEqualTo(20);
        assertThat(r.parts()).filteredOn(p -> p.part().equals("IMMEX_RETURNS")).singleElement().satisfies(p -> {
            assertThat(p.available()).isTrue();
            assertThat(p.events()).isEqualTo(1);
            assertThat(p.outOf()).isEqualTo(20);
        });
        // 2 of 20 late reaches the tolerance: nothing earned
        assertThat(calculator.score(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 2), false).score()).isEqualByComparingTo("0.0");
    }

    @Test
    void aCourierIsScoredOnItsIrregularityRate() {
        // 1,000 consignments, 80 flagged: 0.08 / 0.20 → 60.0
        ScoreCalculator.Result r = calculator.score(new Counts(0, 0, 0, 0, 0, 0, 0, 1000, 80), true);
        assertThat(r.score()).isEqualByComparingTo(new BigDecimal("60.0"));
        assertThat(r.evidence()).isEqualTo(1000);
    }

    @Test
    void noHistoryNoScore() {
        assertThat(calculator.score(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0), false).score()).isNull();
    }
}
