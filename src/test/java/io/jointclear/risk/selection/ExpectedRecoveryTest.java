package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Selection.Contribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ExpectedRecoveryTest {

    @Test
    void theRevenueTermIsTheWeightedLogOfTheStakeAgainstTheMedian() {
        Contribution big = ExpectedRecovery.contribution(10_000, 1_000, 0.25).orElseThrow();
        assertThat(big.feature()).isEqualTo("expected_recovery");
        assertThat(big.contribution()).isCloseTo(0.25 * Math.log(10_001.0 / 1_001.0), Offset.offset(1e-12));
        assertThat(big.args()).containsExactly("10000", "1000");
        // below the median the term lowers the score; at the median it adds nothing
        assertThat(ExpectedRecovery.contribution(100, 1_000, 0.25).orElseThrow().contribution()).isNegative();
        assertThat(ExpectedRecovery.contribution(1_000, 1_000, 0.25).orElseThrow().contribution()).isZero();
        // weight 0, an unknown value or a model without a stored median: no term
        assertThat(ExpectedRecovery.contribution(10_000, 1_000, 0)).isEmpty();
        assertThat(ExpectedRecovery.contribution(0, 1_000, 0.25)).isEmpty();
        assertThat(ExpectedRecovery.contribution(10_000, 0, 0.25)).isEmpty();
    }
}
