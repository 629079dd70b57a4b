package io.jointclear.tariff.domain;

import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What every Mexican policy needs about the pedimento: the governing date, the treatment of its clave,
 * the exchange rate, the measures and the warnings being collected.
 *
 * @param clave               "OPERATION:CLAVE" token matched against measure claves, e.g. IMP:A1
 * @param exchangeRate        MXN per USD, or null when neither declared nor loaded for the date
 * @param exchangeRateMissing why there is no exchange rate (a missing-reference-data problem), when null
 * @param ivaPaymentForm      forma de pago for IVA/IEPS on temporary imports: 21 certified, 22 guarantee, 0
 */
public record MxContext(LocalDate date, MxTreatment treatment, String clave, BigDecimal exchangeRate,
                        ProblemException exchangeRateMissing, MeasureBook book, Warnings warnings,
                        String ivaPaymentForm) {

    /**
     * The MXN per USD factor for an amount stated in dollars. An MXN pedimento without a declared rate
     * on a date the FIX series does not cover has none: that is missing reference data (the assessment
     * stays pending with this reason, ADR 0004), never a null in a multiplication.
     *
     * @param purpose what needs the conversion, named in the problem
     */
    /**
     * A quota amount of a measure in pesos: MXN (or no currency) as is, USD at the exchange rate; any other
     * currency cannot be converted (no equivalence factor is loaded).
     */
    public BigDecimal inPesos(Measure m, BigDecimal amount, String field) {
        if (m.currency() == null || m.currency().isBlank() || m.currency().equals("MXN")) {
            return amount;
        }
        if (m.currency().equals("USD")) {
            return amount.multiply(usdToMxn("The " + m.taxCode() + " quota " + m.ruleId()));
        }
        throw Problems.unsupported(field, "Measure " + m.ruleId() + " is stated in " + m.currency()
                + "; only MXN and USD quotas can be converted");
    }

    public BigDecimal usdToMxn(String purpose) {
        if (exchangeRate != null) {
            return exchangeRate;
        }
        String why = exchangeRateMissing == null ? "no FIX is loaded for " + date : exchangeRateMissing.getMessage();
        throw Problems.at(422, "DATE_OUTSIDE_REFERENCE_DATA", "Exchange rate not loaded", "exchangeRate",
                purpose + " needs the USD/MXN exchange rate (FIX) governing " + date + ": the pedimento declares none and "
                        + why + "; declare exchangeRate or load the FIX (PUT /api/v1/reference/exchange-rates/USD/MXN)");
    }
}
