package io.jointclear.reference.fx;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar. Mexican banks close on Holy Thursday and Good Friday, which
 * move with Easter, so the banking calendar needs the computus rather than a table that runs out.
 */
final class GregorianEaster {

    /** First full year of the Gregorian calendar; the computus below is not valid before it. */
    static final int FIRST_GREGORIAN_YEAR = 1583;

    private GregorianEaster() {
    }

    /**
     * Easter Sunday of {@code year}, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher): the
     * first Sunday after the ecclesiastical full moon on or after 21 March.
     *
     * @throws IllegalArgumentException for years before {@value #FIRST_GREGORIAN_YEAR}
     */
    static LocalDate sunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Gregorian Easter is defined from " + FIRST_GREGORIAN_YEAR
                    + ", not for " + year);
        }
        int goldenNumber = year % 19;                       // a: position in the 19-year Metonic cycle
        int century = year / 100;                           // b
        int yearOfCentury = year % 100;                     // c
        int leapCenturies = century / 4;                    // d
        int centuryRemainder = century % 4;                 // e
        int moonCorrection = (century + 8) / 25;            // f
        int moonOrbit = (century - moonCorrection + 1) / 3; // g
        int epact = (19 * goldenNumber + century - leapCenturies - moonOrbit + 15) % 30;          // h
        int leapYears = yearOfCentury / 4;                  // i
        int yearRemainder = yearOfCentury % 4;              // k
        int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;    // l
        int lateCorrection = (goldenNumber + 11 * epact + 22 * weekday) / 451;                    // m
        int dayCount = epact + weekday - 7 * lateCorrection + 114;
        return LocalDate.of(year, dayCount / 31, dayCount % 31 + 1);
    }
}
