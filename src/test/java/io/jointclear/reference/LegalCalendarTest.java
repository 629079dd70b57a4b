package io.jointclear.reference;

import static io.jointclear.shared.Authority.MX;
import static io.jointclear.shared.Authority.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalCalendarTest {

    private final LegalCalendar calendar = new LegalCalendar(List.of(LocalDate.of(2026, 7, 20)),
            List.of(LocalDate.of(2025, 1, 9)));

    @Test
    void mexicanStatutoryDaysOfCffArticle12() {
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 2, 2))).as("first Monday of February").isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 3, 16))).as("third Monday of March").isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 5, 5))).as("5 May (CFF, not a bank holiday)").isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 9, 16))).isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 11, 16))).as("third Monday of November").isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2024, 10, 1))).as("inauguration 2024").isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2018, 12, 3))).isTrue();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 12, 12))).as("a Saturday").isFalse();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2025, 12, 12))).as("12 December is a bank holiday, not a CFF one").isTrue();
        assertThat(calendar.isBusinessDay(MX, LocalDate.of(2026, 7, 20))).as("declared by the RMF (data)").isFalse();
    }

    @Test
    void tenBusinessDaysAcrossAWeekendAndAHoliday() {
        // Notified Thursday 2026-09-10: the term runs from Friday 11; 16 September and two weekends are skipped.
        assertThat(calendar.plusBusinessDays(MX, LocalDate.of(2026, 9, 10), 10)).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(calendar.businessDaysBetween(MX, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 25))).isEqualTo(10);
        assertThat(calendar.businessDaysBetween(MX, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 10))).isEqualTo(-10);
    }

    @Test
    void usHolidaysOnTheirObservedDays() {
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2026, 7, 3))).as("4 July 2026 is a Saturday: Friday off").isFalse();
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2027, 7, 5))).as("4 July 2027 is a Sunday: Monday off").isFalse();
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2026, 11, 26))).as("Thanksgiving").isFalse();
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2026, 5, 25))).as("Memorial Day").isFalse();
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2026, 6, 19))).as("Juneteenth").isFalse();
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2025, 1, 9))).as("closure by order (data)").isFalse();
        assertThat(calendar.isBusinessDay(US, LocalDate.of(2026, 9, 16))).as("a Mexican holiday only").isTrue();
    }

    @Test
    void calendarDayTermEndingOnAHolidayRunsToTheNextBusinessDay() {
        // 180 days after 2026-05-29 is Wednesday 2026-11-25; after 2026-05-30 it is Thanksgiving, then Friday.
        assertThat(calendar.plusCalendarDays(US, LocalDate.of(2026, 5, 29), 180)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(calendar.plusCalendarDays(US, LocalDate.of(2026, 5, 30), 180)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void absurdTermsAreRefused() {
        assertThatThrownBy(() -> calendar.plusBusinessDays(MX, LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusCalendarDays(MX, LocalDate.of(2026, 1, 1), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
