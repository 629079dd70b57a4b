package io.jointclear.reference;

import io.jointclear.shared.Authority;
import java.time.LocalDate;

/** Read access to both countries' tariffs, effective-dated. */
public interface TariffCatalogue {

    /**
     * The line in force on {@code date}.
     *
     * @throws ReferenceDataProblem {@code UNKNOWN_TARIFF_CODE} (404) when the code never existed,
     *                              {@code TARIFF_CODE_NOT_IN_FORCE} (422) when it exists but not on
     *                              that date, {@code DATE_OUTSIDE_REFERENCE_DATA} (422) when no
     *                              edition of the tariff covers the date, {@code MALFORMED_TARIFF_CODE}
     *                              (400) when it is not 10 digits
     */
    TariffLine line(Authority authority, String tariffCode, LocalDate date);
}
