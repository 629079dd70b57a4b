package io.jointclear.reference.fx;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Checks {@link MexicanBankingCalendar} against the shipped Banxico FIX series (one FIX per banking day,
 * 1991-11-12 … 2025-11-25). The calendar models today's CNBV rules; the days where the series shows
 * that an older CNBV list differed are listed below with the reason, so that a new mismatch fails the
 * test instead of being absorbed. Reasons marked "inferred" are read from the series itself (the same
 * date has a FIX in the neighbouring years), not from the historical CNBV list.
 */
class MexicanBankingCalendarAgainstFixDataTest {

    /** Weekdays that have a FIX although the calendar lists them as bank holidays. */
    private static final Map<LocalDate, String> FIX_ON_CALENDAR_HOLIDAY = Map.ofEntries(
            entry(LocalDate.parse("2001-11-02"), "2 November was not a bank holiday 2001–2005 (inferred; 2000 and 2006 on have none)"),
            entry(LocalDate.parse("2004-11-02"), "2 November was not a bank holiday 2001–2005 (inferred)"),
            entry(LocalDate.parse("2005-11-02"), "2 November was not a bank holiday 2001–2005 (inferred)"),
            entry(LocalDate.parse("2006-03-20"), "2006 kept Juárez's birthday on 21 March; the Monday rule applied to it from 2007"));

    /** Weekdays the calendar counts as banking days but on which Banxico determined no FIX. */
    private static final Map<LocalDate, String> NO_FIX_ON_CALENDAR_BANKING_DAY = Map.ofEntries(
            entry(LocalDate.parse("1991-12-31"), "31 December was a bank holiday in the early 1990s (inferred; weekday 31 Decembers have a FIX 1996–1998 and from 2001)"),
            entry(LocalDate.parse("1992-12-31"), "31 December was a bank holiday in the early 1990s (inferred)"),
            entry(LocalDate.parse("1993-12-31"), "31 December was a bank holiday in the early 1990s (inferred)"),
            entry(LocalDate.parse("1999-12-31"), "year-2000 changeover: banks closed on 31 December 1999"),
            entry(LocalDate.parse("1992-05-05"), "5 May (Battle of Puebla) was a bank holiday until 2000 (inferred; 2003-05-05 has a FIX)"),
            entry(LocalDate.parse("1993-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("1994-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("1995-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("1997-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("1998-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("1999-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("2000-05-05"), "5 May was a bank holiday until 2000 (inferred)"),
            entry(LocalDate.parse("1992-10-12"), "12 October (Día de la Raza) was a bank holiday in 1992–1993 (inferred; 1994-10-12 has a FIX)"),
            entry(LocalDate.parse("1993-10-12"), "12 October was a bank holiday in 1992–1993 (inferred)"),
            entry(LocalDate.parse("1993-11-01"), "1 November was a bank holiday in 1993–1994 (inferred; 1995-11-01 has a FIX)"),
            entry(LocalDate.parse("1994-11-01"), "1 November was a bank holiday in 1993–1994 (inferred)"),
            entry(LocalDate.parse("1995-09-01"), "1 September (presidential State of the Union) was a bank holiday 1995–1999 (inferred; 1994-09-01 and 2000-09-01 have a FIX)"),
            entry(LocalDate.parse("1997-09-01"), "1 September was a bank holiday 1995–1999 (inferred)"),
            entry(LocalDate.parse("1998-09-01"), "1 September was a bank holiday 1995–1999 (inferred)"),
            entry(LocalDate.parse("1999-09-01"), "1 September was a bank holiday 1995–1999 (inferred)"),
            entry(LocalDate.parse("1994-03-24"), "markets closed the day after the assassination of Luis Donaldo Colosio (23 March 1994)"),
            entry(LocalDate.parse("2006-03-21"), "2006 kept Juárez's birthday on 21 March (see 2006-03-20 above)"),
            entry(LocalDate.parse("2010-09-17"), "one-off bank holiday for the bicentennial of Independence (inferred)"));

    private final MexicanBankingCalendar calendar = new MexicanBankingCalendar();
    private final List<Fix> rows = ShippedFixData.rows();

    @Test
    void everyFixDateIsABankingDayExceptTheDocumentedOnes() {
        Set<LocalDate> fixOnNonBankingDay = rows.stream()
                .map(Fix::determinationDate)
                .filter(date -> !calendar.isBankingDay(date))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(fixOnNonBankingDay).containsExactlyInAnyOrderElementsOf(FIX_ON_CALENDAR_HOLIDAY.keySet());
        assertThat(fixOnNonBankingDay).allSatisfy(date -> {
            assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(calendar.isBankHoliday(date)).isTrue();
        });
    }

    @Test
    void everyCalendarBankingDayHasAFixExceptTheDocumentedOnes(TestReporter reporter) {
        Set<LocalDate> fixDates = rows.stream().map(Fix::determinationDate).collect(Collectors.toSet());
        LocalDate first = rows.getFirst().determinationDate();
        LocalDate last = rows.getLast().determinationDate();

        List<LocalDate> bankingDaysWithoutFix = first.datesUntil(last.plusDays(1))
                .filter(calendar::isBankingDay)
                .filter(date -> !fixDates.contains(date))
                .toList();

        reporter.publishEntry("calendar banking days without FIX, " + first + " … " + last,
                String.valueOf(bankingDaysWithoutFix.size()));
        assertThat(bankingDaysWithoutFix).containsExactlyInAnyOrderElementsOf(NO_FIX_ON_CALENDAR_BANKING_DAY.keySet());
    }

    @Test
    void calendarAndSeriesAgreeCompletelyFrom2011() {
        LocalDate from = LocalDate.parse("2011-01-01");
        assertThat(FIX_ON_CALENDAR_HOLIDAY.keySet()).allMatch(date -> date.isBefore(from));
        assertThat(NO_FIX_ON_CALENDAR_BANKING_DAY.keySet()).allMatch(date -> date.isBefore(from));
    }

    /**
     * The series dates each FIX's publication by the next row; the calendar would give the next banking
     * day. They may differ only where a documented exception lies between determination and publication.
     */
    @Test
    void publicationDatesAgreeWithTheCalendarExceptAcrossDocumentedDays(TestReporter reporter) {
        FixSeries series = ShippedFixData.series();
        NavigableSet<LocalDate> exceptions = new TreeSet<>(FIX_ON_CALENDAR_HOLIDAY.keySet());
        exceptions.addAll(NO_FIX_ON_CALENDAR_BANKING_DAY.keySet());

        List<String> disagreements = new ArrayList<>();
        for (Fix fix : rows) {
            LocalDate determined = fix.determinationDate();
            LocalDate published = series.publicationDate(determined).orElseThrow();
            LocalDate calendarSays = calendar.nextBankingDay(determined);
            if (!published.equals(calendarSays)) {
                disagreements.add(determined + " published " + published + ", calendar says " + calendarSays);
                assertThat(exceptions.subSet(determined, false, published, true))
                        .as("documented exception between FIX %s and its publication %s", determined, published)
                        .isNotEmpty();
            }
        }
        reporter.publishEntry("publication dates differing from the calendar", String.valueOf(disagreements.size()));
        // each documented day moves exactly one publication date (none of them share a gap)
        assertThat(disagreements).hasSize(exceptions.size());
    }

    @Test
    void theLastPublicationDateComesFromTheCalendar() {
        Fix last = rows.getLast();
        assertThat(last.determinationDate()).isEqualTo(LocalDate.parse("2025-11-25"));
        assertThat(ShippedFixData.series().publicationDate(last.determinationDate()))
                .contains(LocalDate.parse("2025-11-26"));
    }
}
