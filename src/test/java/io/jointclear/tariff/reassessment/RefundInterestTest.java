package io.jointclear.tariff.reassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Interest on a refund: only with every quarter's rate, simple interest day by day, by hand. */
class RefundInterestTest {

    private static NavigableMap<LocalDate, BigDecimal> rates(String... quarterAndRate) {
        NavigableMap<LocalDate, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < quarterAndRate.length; i += 2) {
            m.put(LocalDate.parse(quarterAndRate[i]), new BigDecimal(quarterAndRate[i + 1]));
        }
        return m;
    }

    @Test
    void a_missing_quarter_means_no_interest_at_all_and_names_the_quarter() {
        RefundInterest.Result r = RefundInterest.of(new BigDecimal("1000.00"), LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 7, 15), rates("2025-01-01", "7", "2025-07-01", "7"));
        assertThat(r.computed()).isFalse();
        assertThat(r.missingQuarters()).containsExactly(LocalDate.of(2025, 4, 1));
    }

    @Test
    void each_day_earns_the_rate_of_its_quarter_over_the_days_of_its_year() {
        // 2025-03-10 .. 2025-04-10: 22 days of Q1 at 7 %, 9 days of Q2 at 8 %, on 36,500.00 over 365 days
        // = 36,500 × (0.07 × 22 + 0.08 × 9) / 365 = 100 × (1.54 + 0.72) = 226.00
        RefundInterest.Result r = RefundInterest.of(new BigDecimal("36500.00"), LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 4, 10), rates("2025-01-01", "7", "2025-04-01", "8"));
        assertThat(r.amount()).isEqualByComparingTo("226.00");
        // across a leap year end: 2 days of 2027 (365 days) and 3 days of 2028 (366 days) at 10 % on 100,000
        // = 100,000 × 0.1 × (2/365 + 3/366) = 54.79 + 81.97 = 136.76
        RefundInterest.Result y = RefundInterest.of(new BigDecimal("100000.00"), LocalDate.of(2027, 12, 30),
                LocalDate.of(2028, 1, 4), rates("2027-10-01", "10", "2028-01-01", "10"));
        assertThat(y.amount()).isEqualByComparingTo("136.76");
    }

    @Test
    void nothing_to_refund_or_no_time_elapsed_is_zero_without_needing_rates() {
        assertThat(RefundInterest.of(BigDecimal.ZERO, LocalDate.of(2025, 3, 10), LocalDate.of(2026, 1, 1), rates()).amount())
                .isEqualByComparingTo("0");
        assertThat(RefundInterest.of(BigDecimal.TEN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), rates()).amount())
                .isEqualByComparingTo("0");
    }
}
