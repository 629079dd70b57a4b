package io.jointclear.tariff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What every Mexican policy needs about the pedimento: the governing date, the treatment of its clave,
 * the exchange rate, the measures and the warnings being collected.
 *
 * @param clave           "OPERATION:CLAVE" token matched against measure claves, e.g. IMP:A1
 * @param ivaPaymentForm  forma de pago for IVA/IEPS on temporary imports: 21 certified, 22 guarantee, 0
 */
public record MxContext(LocalDate date, MxTreatment treatment, String clave, BigDecimal exchangeRate,
                        MeasureBook book, Warnings warnings, String ivaPaymentForm) {
}
