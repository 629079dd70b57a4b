package io.jointclear.reference.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GregorianEasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1583, 1583-04-10",
            "1818, 1818-03-22", // earliest possible date
            "1943, 1943-04-25", // latest possible date
            "1991, 1991-03-31",
            "1994, 1994-04-03",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void knownEasterSundays(int year, LocalDate easter) {
        assertThat(GregorianEaster.sunday(year)).isEqualTo(easter);
    }

    @Test
    void isAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 3000; year++) {
            LocalDate easter = GregorianEaster.sunday(year);
            assertThat(easter.getDayOfWeek()).as("Easter %s", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void isUndefinedBeforeTheGregorianCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> GregorianEaster.sunday(1582));
    }
}
