package io.jointclear.reference.mxrates;

import java.time.LocalDate;

/** One IGI/IGE rate of an 8-digit fracción for a period, as imported. */
record RateRow(int line, String fraccion, String igi, String ige, LocalDate validFrom, LocalDate validTo, String source) {

    boolean sameRatesAs(RateRow other) {
        return igi.equals(other.igi) && ige.equals(other.ige) && source.equals(other.source)
                && java.util.Objects.equals(validTo, other.validTo);
    }
}
