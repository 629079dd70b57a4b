package io.jointclear.enforcement.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The counting and rounding rules the liabilities rest on: months or fractions, whole pesos, 1592 maxima. */
class AccessoryArithmeticTest {

    @Test
    void recargosCountEachMonthOrFractionFromTheDueDay() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(MexicanLiabilities.monthsOrFraction(due, due)).isZero();
        assertThat(MexicanLiabilities.monthsOrFraction(due, LocalDate.of(2026, 3, 11))).isEqualTo(1);
        assertThat(MexicanLiabilities.monthsOrFraction(due, LocalDate.of(2026, 4, 10))).isEqualTo(1);
        assertThat(MexicanLiabilities.monthsOrFraction(due, LocalDate.of(2026, 4, 11))).isEqualTo(2);
        assertThat(MexicanLiabilities.monthsOrFraction(due, LocalDate.of(2026, 9, 15))).isEqualTo(7);
        // a month-end due day: 31 Jan → 28 Feb is one whole month (the later month has no 31st)
        assertThat(MexicanLiabilities.monthsOrFraction(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isEqualTo(1);
        assertThat(MexicanLiabilities.monthsOrFraction(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1))).isEqualTo(2);
    }

    @Test
    void wholePesosRoundFiftyCentavosDownAndFiftyOneUp() {
        assertThat(MexicanLiabilities.pesos(new BigDecimal("7033.50"))).isEqualByComparingTo("7033");
        assertThat(MexicanLiabilities.pesos(new BigDecimal("7033.51"))).isEqualByComparingTo("7034");
        assertThat(MexicanLiabilities.pesos(new BigDecimal("7033.01"))).isEqualByComparingTo("7033");
        assertThat(MexicanLiabilities.pesos(new BigDecimal("0.50"))).isEqualByComparingTo("0");
    }

    @Test
    void penaltyMaximaFollow1592c() {
        BigDecimal loss = new BigDecimal("10000.00");
        BigDecimal dutiable = new BigDecimal("200000.00");
        BigDecimal domestic = new BigDecimal("250000.00");
        assertThat(UsLiabilities.maximum("NEGLIGENCE", loss, dutiable, domestic)).isEqualByComparingTo("20000.00");
        assertThat(UsLiabilities.maximum("GROSS_NEGLIGENCE", loss, dutiable, domestic)).isEqualByComparingTo("40000.00");
        assertThat(UsLiabilities.maximum("FRAUD", loss, dutiable, domestic)).isEqualByComparingTo("250000.00");
        // without a loss of duties: 20 % / 40 % of the dutiable value, never above the domestic value
        assertThat(UsLiabilities.maximum("NEGLIGENCE", BigDecimal.ZERO, dutiable, domestic)).isEqualByComparingTo("40000.00");
        assertThat(UsLiabilities.maximum("GROSS_NEGLIGENCE", BigDecimal.ZERO, dutiable, new BigDecimal("50000"))).isEqualByComparingTo("50000.00");
        assertThatThrownBy(() -> UsLiabilities.maximum("CARELESS", loss, dutiable, domestic))
                .isInstanceOf(ProblemException.class).hasMessageContaining("NEGLIGENCE");
    }
}
