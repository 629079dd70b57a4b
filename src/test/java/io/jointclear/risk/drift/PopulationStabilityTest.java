package io.jointclear.risk.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    private static final Offset<Double> WITHIN = Offset.offset(1e-9);

    @Test
    void handComputedIndices() {
        // 50/50 → 80/20: 0.3·ln(1.6) + (−0.3)·ln(0.4) = 0.141003 + 0.274887
        assertThat(PopulationStability.index(new long[] {50, 50}, new long[] {80, 20}))
                .isCloseTo(0.3 * Math.log(1.6) - 0.3 * Math.log(0.4), WITHIN).isCloseTo(0.41589, Offset.offset(1e-5));
        // the same shares at other sizes: no shift
        assertThat(PopulationStability.index(new long[] {320, 0, 0}, new long[] {40, 0, 0})).isZero();
        assertThat(PopulationStability.index(new long[] {10, 30, 60}, new long[] {1, 3, 6})).isCloseTo(0, WITHIN);
        // everything moved to a bin the baseline never saw: the empty share 1e-4 keeps it finite and large
        double moved = PopulationStability.index(new long[] {100, 0}, new long[] {0, 100});
        assertThat(moved).isCloseTo(2 * (1 - 1e-4) * Math.log(1 / 1e-4), WITHIN).isGreaterThan(0.25);
        // symmetric in the two distributions
        assertThat(PopulationStability.index(new long[] {80, 20}, new long[] {50, 50}))
                .isCloseTo(PopulationStability.index(new long[] {50, 50}, new long[] {80, 20}), WITHIN);
    }

    @Test
    void refusesMismatchedOrEmptyDistributions() {
        assertThatThrownBy(() -> PopulationStability.index(new long[] {1, 2}, new long[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PopulationStability.index(new long[] {0, 0}, new long[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
    }
}
