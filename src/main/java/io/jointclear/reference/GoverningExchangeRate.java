package io.jointclear.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The exchange rate that governs obligations arising on {@code date}.
 *
 * @param base              ISO 4217 currency being priced (USD)
 * @param quote             ISO 4217 currency of the price (MXN)
 * @param date              the date asked about (the day the contributions arise)
 * @param rate              units of {@code quote} per one {@code base}
 * @param determinationDate banking day on which Banco de México determined the FIX
 * @param publicationDate   day the rate was published in the Diario Oficial de la Federación
 * @param source            data series, e.g. "Banco de México FIX (SIE SF43718)"
 * @param legalBasis        the rule that picks this rate for {@code date}
 */
public record GoverningExchangeRate(
        String base,
        String quote,
        LocalDate date,
        BigDecimal rate,
        LocalDate determinationDate,
        LocalDate publicationDate,
        String source,
        String legalBasis) {
}
