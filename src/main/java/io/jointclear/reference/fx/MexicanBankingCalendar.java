package io.jointclear.reference.fx;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * Mexican banking days ("días hábiles bancarios"): Monday to Friday except the days on which the
 * Comisión Nacional Bancaria y de Valores (CNBV) orders banks to close, per the list it publishes in the
 * DOF every year ("Disposiciones de carácter general que señalan los días del año … en que las
 * entidades financieras sujetas a la supervisión de la CNBV deberán cerrar sus puertas y suspender
 * operaciones"). It matters here because Banco de México publishes each FIX in the DOF on the banking
 * day after it determined it, so the calendar defines the publication lag of the last FIX loaded and
 * how far past it the series can still answer.
 *
 * <p>Bank holidays modelled:
 * <ul>
 *   <li>1 January, 1 May, 16 September, 2 November, 12 December and 25 December;</li>
 *   <li>Constitution Day, Benito Juárez's birthday and Revolution Day: the first Monday of February,
 *       third Monday of March and third Monday of November from 2006 (Ley Federal del Trabajo art. 74 as
 *       amended, DOF 17-01-2006); before 2006 on their dates, 5 February, 21 March and 20 November;</li>
 *   <li>Holy Thursday and Good Friday, from Gregorian Easter;</li>
 *   <li>the presidential inauguration, every six years: 1 December up to 2018 (… 1994, 2000, 2006, 2012,
 *       2018) and 1 October from 2024 (Constitution art. 83 as amended, DOF 10-02-2014).</li>
 * </ul>
 *
 * <p>Scope: these are the rules of the current CNBV lists. Checked against every Banxico FIX date from
 * 1991-11-12 to 2025-11-25, they agree on every day from 2011 on. Older lists had other days (for
 * example 5 May until 2000, 1 September in the late 1990s, 2 November not a holiday 2001–2005) and
 * 2010 had a one-off bicentennial holiday; those deviations are deliberately not modelled and are
 * enumerated, with reasons, in {@code MexicanBankingCalendarAgainstFixDataTest}. Historical FIX
 * publication dates therefore come from the FIX series itself, not from this calendar.
 *
 * <p>Immutable and thread-safe; every method is allocation-light arithmetic on the date.
 */
public final class MexicanBankingCalendar {

    /** First year of the "Monday" holidays (LFT art. 74 as amended, DOF 17-01-2006). */
    private static final int MONDAY_HOLIDAYS_FROM = 2006;
    /** First inauguration on 1 October; earlier ones were on 1 December. */
    private static final int OCTOBER_INAUGURATIONS_FROM = 2024;
    private static final int PRESIDENTIAL_TERM_YEARS = 6;

    /** Whether banks operate on {@code date}: Monday to Friday and not a bank holiday. */
    public boolean isBankingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /**
     * Whether {@code date} is on the CNBV bank-holiday list, whatever day of the week it falls on.
     *
     * @throws IllegalArgumentException for a Thursday or Friday in March or April before 1583, where
     *                                  Gregorian Easter is undefined
     */
    public boolean isBankHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        int day = date.getDayOfMonth();
        return switch (date.getMonth()) {
            case JANUARY -> day == 1;
            case FEBRUARY -> date.equals(mondayHoliday(year, Month.FEBRUARY, 1, 5));
            case MARCH, APRIL -> date.equals(mondayHoliday(year, Month.MARCH, 3, 21)) || isHolyThursdayOrGoodFriday(date);
            case MAY -> day == 1;
            case SEPTEMBER -> day == 16;
            case OCTOBER -> day == 1 && isInaugurationYear(year) && year >= OCTOBER_INAUGURATIONS_FROM;
            case NOVEMBER -> day == 2 || date.equals(mondayHoliday(year, Month.NOVEMBER, 3, 20));
            case DECEMBER -> day == 12 || day == 25
                    || day == 1 && isInaugurationYear(year) && year < OCTOBER_INAUGURATIONS_FROM;
            default -> false;
        };
    }

    /** The first banking day strictly after {@code date}. */
    public LocalDate nextBankingDay(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        while (!isBankingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The last banking day strictly before {@code date}. */
    public LocalDate previousBankingDay(LocalDate date) {
        LocalDate candidate = date.minusDays(1);
        while (!isBankingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The nth Monday of {@code month} from 2006, the fixed {@code dayBefore2006} of that month before. */
    private static LocalDate mondayHoliday(int year, Month month, int nthMonday, int dayBefore2006) {
        LocalDate first = LocalDate.of(year, month, 1);
        return year < MONDAY_HOLIDAYS_FROM
                ? first.withDayOfMonth(dayBefore2006)
                : first.with(dayOfWeekInMonth(nthMonday, DayOfWeek.MONDAY));
    }

    private static boolean isHolyThursdayOrGoodFriday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day != DayOfWeek.THURSDAY && day != DayOfWeek.FRIDAY) {
            return false;
        }
        LocalDate easter = GregorianEaster.sunday(date.getYear());
        return date.equals(easter.minusDays(3)) || date.equals(easter.minusDays(2));
    }

    /** Inaugurations fall every six years on the cycle of 1994, 2000, …, 2018, 2024, 2030, … */
    private static boolean isInaugurationYear(int year) {
        return Math.floorMod(year - OCTOBER_INAUGURATIONS_FROM, PRESIDENTIAL_TERM_YEARS) == 0;
    }
}
