package io.jointclear.reference;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import io.jointclear.shared.Authority;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The business days on which legal terms run, one calendar per country; every term of a proceeding, a
 * case or an obligation is computed here (never with plain date arithmetic).
 *
 * <p><b>Mexico</b> — días hábiles for terms set in days, Código Fiscal de la Federación art. 12 (the Ley
 * Aduanera refers to it, art. 1): not Saturdays, Sundays, 1 January, the first Monday of February, the third
 * Monday of March, 1 and 5 May, 16 September, the third Monday of November, 25 December and the day the
 * Federal Executive changes hands (1 December every six years up to 2018; 1 October from 2024 after the
 * constitutional reform, DOF 10-02-2014), nor the days the tax authorities declare non-working or take
 * general holidays — those are published each year (RMF rule 2.1.6) and come in as data
 * ({@code jointclear.calendar.mx-non-working-days}), never guessed here.
 *
 * <p><b>United States</b> — federal business days: not Saturdays, Sundays or the legal public holidays of
 * 5 U.S.C. 6103 (New Year's Day, Martin Luther King Jr. Day, Washington's Birthday, Memorial Day,
 * Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving, Christmas), a holiday
 * falling on a Saturday observed the Friday before and one falling on a Sunday the Monday after (EO 11582).
 * One-off closures ordered by the President come in as data ({@code jointclear.calendar.us-non-working-days}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LegalCalendar {

    private static final int OCTOBER_INAUGURATIONS_FROM = 2024;
    private static final int PRESIDENTIAL_TERM_YEARS = 6;
    /** Upper bound of a term, so a wrong figure cannot loop for ever. */
    private static final int MAX_TERM_DAYS = 3_660;

    private final Map<Authority, Set<LocalDate>> declared;

    /**
     * @param mxDeclared days the Mexican tax authorities declared non-working (RMF rule 2.1.6, holidays)
     * @param usDeclared one-off US federal closures
     */
    public LegalCalendar(Collection<LocalDate> mxDeclared, Collection<LocalDate> usDeclared) {
        this.declared = Map.of(Authority.MX, Set.copyOf(mxDeclared), Authority.US, Set.copyOf(usDeclared));
    }

    /** Whether legal terms run on {@code date} in {@code country}. */
    public boolean isBusinessDay(Authority country, LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || declared.get(country).contains(date)) {
            return false;
        }
        return country == Authority.MX ? !isMexicanHoliday(date) : !isUsObservedHoliday(date);
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(Authority country, LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        while (!isBusinessDay(country, candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * The last day of a term of {@code days} business days that starts running the day after {@code start}
     * (the day of notification or of the act is not counted).
     */
    public LocalDate plusBusinessDays(Authority country, LocalDate start, int days) {
        checkTerm(days);
        LocalDate day = start;
        for (int counted = 0; counted < days; counted++) {
            day = nextBusinessDay(country, day);
        }
        return day;
    }

    /**
     * The last day of a term of {@code days} calendar days after {@code start}; when it falls on a day that
     * is not a business day the term runs to the next business day (CFF art. 12, 4th paragraph; 19 CFR 101.1
     * for US terms).
     */
    public LocalDate plusCalendarDays(Authority country, LocalDate start, int days) {
        checkTerm(days);
        LocalDate end = start.plusDays(days);
        return isBusinessDay(country, end) ? end : nextBusinessDay(country, end);
    }

    /** Business days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int businessDaysBetween(Authority country, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(country, to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(country, d)) {
                count++;
            }
        }
        return count;
    }

    private static void checkTerm(int days) {
        if (days < 0 || days > MAX_TERM_DAYS) {
            throw new IllegalArgumentException("a legal term is 0 to " + MAX_TERM_DAYS + " days, not " + days);
        }
    }

    private static boolean isMexicanHoliday(LocalDate date) {
        int year = date.getYear();
        int day = date.getDayOfMonth();
        return switch (date.getMonth()) {
            case JANUARY -> day == 1;
            case FEBRUARY -> date.equals(nthMonday(year, Month.FEBRUARY, 1));
            case MARCH -> date.equals(nthMonday(year, Month.MARCH, 3));
            case MAY -> day == 1 || day == 5;
            case SEPTEMBER -> day == 16;
            case OCTOBER -> day == 1 && isInaugurationYear(year) && year >= OCTOBER_INAUGURATIONS_FROM;
            case NOVEMBER -> date.equals(nthMonday(year, Month.NOVEMBER, 3));
            case DECEMBER -> day == 25 || day == 1 && isInaugurationYear(year) && year < OCTOBER_INAUGURATIONS_FROM;
            default -> false;
        };
    }

    private static boolean isInaugurationYear(int year) {
        return Math.floorMod(year - OCTOBER_INAUGURATIONS_FROM, PRESIDENTIAL_TERM_YEARS) == 0;
    }

    /** A holiday of 5 U.S.C. 6103 on its observed day: on a Saturday the Friday before, on a Sunday the Monday after. */
    private static boolean isUsObservedHoliday(LocalDate date) {
        return isUsHoliday(date)
                || date.getDayOfWeek() == DayOfWeek.FRIDAY && isUsHoliday(date.plusDays(1))
                || date.getDayOfWeek() == DayOfWeek.MONDAY && isUsHoliday(date.minusDays(1));
    }

    private static boolean isUsHoliday(LocalDate date) {
        int year = date.getYear();
        int day = date.getDayOfMonth();
        return switch (date.getMonth()) {
            case JANUARY -> day == 1 || date.equals(nthMonday(year, Month.JANUARY, 3));
            case FEBRUARY -> date.equals(nthMonday(year, Month.FEBRUARY, 3));
            case MAY -> date.equals(LocalDate.of(year, Month.MAY, 1).with(lastInMonth(DayOfWeek.MONDAY)));
            case JUNE -> day == 19 && year >= 2021;
            case JULY -> day == 4;
            case SEPTEMBER -> date.equals(nthMonday(year, Month.SEPTEMBER, 1));
            case OCTOBER -> date.equals(nthMonday(year, Month.OCTOBER, 2));
            case NOVEMBER -> day == 11 || date.equals(LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
            case DECEMBER -> day == 25;
            default -> false;
        };
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
