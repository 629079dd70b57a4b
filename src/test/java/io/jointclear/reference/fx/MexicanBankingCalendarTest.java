package io.jointclear.reference.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MexicanBankingCalendarTest {

    private final MexicanBankingCalendar calendar = new MexicanBankingCalendar();

    @Test
    void holidaysOf2024AreTheCnbvList() {
        assertThat(holidaysOf(2024)).containsExactly(
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-05"), LocalDate.parse("2024-03-18"),
                LocalDate.parse("2024-03-28"), LocalDate.parse("2024-03-29"), LocalDate.parse("2024-05-01"),
                LocalDate.parse("2024-09-16"), LocalDate.parse("2024-10-01"), LocalDate.parse("2024-11-02"),
                LocalDate.parse("2024-11-18"), LocalDate.parse("2024-12-12"), LocalDate.parse("2024-12-25"));
    }

    @Test
    void holidaysOf2025AreTheCnbvList() {
        assertThat(holidaysOf(2025)).containsExactly(
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-03"), LocalDate.parse("2025-03-17"),
                LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-18"), LocalDate.parse("2025-05-01"),
                LocalDate.parse("2025-09-16"), LocalDate.parse("2025-11-02"), LocalDate.parse("2025-11-17"),
                LocalDate.parse("2025-12-12"), LocalDate.parse("2025-12-25"));
    }

    @ParameterizedTest(name = "{0} is a bank holiday")
    @ValueSource(strings = {
            "2004-02-05", "2005-03-21", "2003-11-20",                                    // fixed dates before 2006
            "2006-02-06", "2006-11-20", "2007-03-19",                                    // Mondays from 2006
            "1994-12-01", "2000-12-01", "2006-12-01", "2012-12-01", "2018-12-01",        // inaugurations, 1 Dec
            "2030-10-01", "2036-10-01"})                                                 // inaugurations, 1 Oct
    void movedAndSexennialHolidays(LocalDate date) {
        assertThat(calendar.isBankHoliday(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a bank holiday")
    @ValueSource(strings = {
            "2005-02-07", "2004-03-15", "2005-11-21", // no Monday rule before 2006
            "2008-02-05", "2007-03-21", "2007-11-20", // no fixed date from 2006 (weekdays, not the Monday)
            "2018-10-01", "2024-12-01", "2030-12-01",  // 1 Dec up to 2018, 1 Oct from 2024
            "2019-12-01", "2025-10-01"})              // only in inauguration years
    void notHolidays(LocalDate date) {
        assertThat(calendar.isBankHoliday(date)).isFalse();
    }

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({
            "2025-11-21, 2025-11-24", // Friday → Monday
            "2025-11-22, 2025-11-24", // Saturday → Monday
            "2025-11-14, 2025-11-18", // Friday before Revolution Monday
            "2025-04-16, 2025-04-21", // Wednesday before Holy Thursday and Good Friday
            "2024-12-24, 2024-12-26", // over Christmas
            "2024-12-31, 2025-01-02", // over New Year
            "2024-09-30, 2024-10-02", // over the 2024 inauguration
            "2025-11-25, 2025-11-26"})
    void nextBankingDay(LocalDate date, LocalDate next) {
        assertThat(calendar.nextBankingDay(date)).isEqualTo(next);
    }

    @ParameterizedTest(name = "before {0} comes {1}")
    @CsvSource({
            "2025-11-24, 2025-11-21", // Monday → Friday
            "2025-11-23, 2025-11-21", // Sunday → Friday
            "2025-11-18, 2025-11-14", // Tuesday after Revolution Monday
            "2025-04-21, 2025-04-16", // Easter Monday → Holy Wednesday
            "2025-01-02, 2024-12-31",
            "2024-10-02, 2024-09-30"})
    void previousBankingDay(LocalDate date, LocalDate previous) {
        assertThat(calendar.previousBankingDay(date)).isEqualTo(previous);
    }

    @Test
    void weekendsAreNeverBankingDays() {
        assertThat(calendar.isBankingDay(LocalDate.parse("2025-11-22"))).isFalse();
        assertThat(calendar.isBankingDay(LocalDate.parse("2025-11-23"))).isFalse();
        assertThat(calendar.isBankingDay(LocalDate.parse("2025-11-24"))).isTrue();
    }

    private Stream<LocalDate> holidaysOf(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.datesUntil(first.plusYears(1)).filter(calendar::isBankHoliday);
    }
}
