package io.jointclear.immex.regularisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked example MX-5 (BRIEF §6.6) to the peso, and the edges of the arithmetic. */
class RegularisationFiguresTest {

    private static final LocalDate ENTRY = LocalDate.of(2024, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 1);
    private static final LocalDate PAID = LocalDate.of(2026, 1, 15);

    /** MX-5: its illustrative INPC ratio of 1.06 and its flat 1.47 % a month (the example's own parameters). */
    static RegularisationFigures mx5(boolean certified) {
        return new RegularisationFigures(new BigDecimal("396000"), new BigDecimal("25740"), ENTRY, DEADLINE, PAID,
                new BigDecimal("100.000"), new BigDecimal("106.000"), Collections.nCopies(5, new BigDecimal("1.47")), certified);
    }

    @Test
    void mx5ToThePeso() {
        RegularisationFigures f = mx5(false);
        assertThat(RegularisationFigures.inpcFromMonth(ENTRY)).isEqualTo(YearMonth.of(2024, 2));
        assertThat(RegularisationFigures.inpcToMonth(PAID)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(RegularisationFigures.monthsLate(DEADLINE, PAID)).isEqualTo(5);
        assertThat(f.factor()).isEqualByComparingTo("1.06");
        assertThat(f.igiUpdated()).isEqualByComparingTo("27284");
        assertThat(f.actualizacion()).isEqualByComparingTo("1544");
        assertThat(f.recargosPercent()).isEqualByComparingTo("7.35");
        assertThat(f.recargos()).isEqualByComparingTo("2005");
        assertThat(f.dta()).isEqualByComparingTo("3168");
        // 0.16 × (396,000 + 25,740 + 3,168) = 67,985.28
        assertThat(f.iva()).isEqualByComparingTo("67985");
        assertThat(f.ivaPaymentForm()).isEqualTo("0");
        assertThat(f.cash()).isEqualByComparingTo("97274");
    }

    @Test
    void aCertifiedCompanyCreditsTheIvaInsteadOfPayingIt() {
        RegularisationFigures f = mx5(true);
        assertThat(f.ivaPaymentForm()).isEqualTo("21");
        assertThat(f.cash()).isEqualByComparingTo("29289");
    }

    @Test
    void monthsLateCountEveryFractionAndNothingBeforeTheDeadline() {
        assertThat(RegularisationFigures.monthsLate(DEADLINE, DEADLINE)).isZero();
        assertThat(RegularisationFigures.monthsLate(DEADLINE, DEADLINE.minusDays(3))).isZero();
        assertThat(RegularisationFigures.monthsLate(DEADLINE, DEADLINE.plusDays(1))).isEqualTo(1);
        assertThat(RegularisationFigures.monthsLate(DEADLINE, DEADLINE.plusMonths(1))).isEqualTo(1);
        assertThat(RegularisationFigures.monthsLate(DEADLINE, DEADLINE.plusMonths(1).plusDays(1))).isEqualTo(2);
    }

    @Test
    void aFallingIndexNeverLowersTheTax() {
        RegularisationFigures f = new RegularisationFigures(new BigDecimal("396000"), new BigDecimal("25740"), ENTRY, DEADLINE,
                DEADLINE, new BigDecimal("106.000"), new BigDecimal("100.000"), List.of(), false);
        assertThat(f.factor()).isEqualByComparingTo("1");
        assertThat(f.actualizacion()).isZero();
        assertThat(f.recargos()).isZero();
    }
}
