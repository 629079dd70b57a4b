package io.jointclear.reference.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MexicanBankingCalendarProperties {

    private final MexicanBankingCalendar calendar = new MexicanBankingCalendar();

    @Property
    void nextBankingDayIsTheFirstBankingDayAfter(@ForAll("dates") LocalDate date) {
        LocalDate next = calendar.nextBankingDay(date);

        assertThat(next).isAfter(date);
        assertThat(calendar.isBankingDay(next)).isTrue();
        assertThat(date.plusDays(1).datesUntil(next)).noneMatch(calendar::isBankingDay);
        assertThat(next).isBeforeOrEqualTo(date.plusDays(5)); // longest closure: Holy Thursday to Sunday
    }

    @Property
    void previousBankingDayIsTheLastBankingDayBefore(@ForAll("dates") LocalDate date) {
        LocalDate previous = calendar.previousBankingDay(date);

        assertThat(previous).isBefore(date);
        assertThat(calendar.isBankingDay(previous)).isTrue();
        assertThat(previous.plusDays(1).datesUntil(date)).noneMatch(calendar::isBankingDay);
    }

    @Property
    void previousOfNextIsTheDayItselfOnBankingDays(@ForAll("dates") LocalDate date) {
        if (calendar.isBankingDay(date)) {
            assertThat(calendar.previousBankingDay(calendar.nextBankingDay(date))).isEqualTo(date);
        }
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
