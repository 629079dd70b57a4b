package io.jointclear.reference;

import java.time.LocalDate;

/** Exchange rates that govern customs obligations, effective-dated. */
public interface ExchangeRates {

    /**
     * The USD/MXN rate governing Mexican contributions arising on {@code date}.
     *
     * @throws ReferenceDataProblem {@code DATE_OUTSIDE_REFERENCE_DATA} (422) when the loaded series
     *                              does not cover the date
     */
    GoverningExchangeRate usdMxn(LocalDate date);
}
