package io.jointclear.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Incrementables shared over partidas: exact to the cent, never negative (art. 65 LA pro rata). */
class MoneyProrateProperties {

    @Property
    void sharesSumToTheTotalAndAreNeverNegative(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal total,
            @ForAll @Size(min = 1, max = 12) List<@BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal> weights) {
        BigDecimal[] shares = Money.prorate(total, weights.toArray(BigDecimal[]::new));
        assertThat(Arrays.stream(shares).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        assertThat(shares).allSatisfy(s -> assertThat(s.signum()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void oneCentOverThreeEqualLinesGoesToOneOfThem() {
        BigDecimal[] shares = Money.prorate(new BigDecimal("0.01"),
                new BigDecimal[] {new BigDecimal("10"), new BigDecimal("10"), new BigDecimal("10")});
        assertThat(shares).containsExactly(new BigDecimal("0.01"), new BigDecimal("0.00"), new BigDecimal("0.00"));
    }
}
