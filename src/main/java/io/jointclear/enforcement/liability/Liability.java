package io.jointclear.enforcement.liability;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The liabilities a resolution states, with the basis of every figure: the omitted taxes (the tariff
 * engine's re-assessment with the correct classification minus the assessment as declared, both on the
 * declaration's date), their actualización and recargos to {@code asOf}, and the fines chosen by article.
 *
 * @param currency     MXN (Mexico, every concept rounded to whole pesos, CFF art. 20) or USD (to the cent)
 * @param taxesDueOn   the day the omitted taxes were due (the declaration's date, art. 56 LA)
 * @param asOf         the day the liabilities are computed to (payment or resolution day)
 * @param update       actualización (MX), null for the US
 * @param recargos     recargos (MX), null for the US
 * @param total        omitted + actualización + recargos + fines
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Liability(String currency, LocalDate taxesDueOn, LocalDate asOf, String computedBy, Instant computedAt,
                        List<Omitted> omitted, BigDecimal omittedTotal, Update update, Recargos recargos,
                        List<Fine> fines, BigDecimal finesTotal, BigDecimal total, List<String> basis) {

    public Liability {
        omitted = List.copyOf(omitted);
        fines = List.copyOf(fines);
        basis = List.copyOf(basis);
    }

    /** One tax: what the declaration paid, what the correct classification owes, the difference. */
    public record Omitted(String code, BigDecimal declared, BigDecimal correct, BigDecimal omitted, String legalBasis) {
    }

    /**
     * Actualización, CFF art. 17-A: factor = INPC(month before {@code asOf}) / INPC(month before the due
     * month), to the ten-thousandth, never below 1.
     */
    public record Update(YearMonth fromMonth, BigDecimal fromInpc, YearMonth toMonth, BigDecimal toInpc,
                         BigDecimal factor, BigDecimal updatedBase, BigDecimal amount, String legalBasis) {
    }

    /** Recargos, CFF art. 21: the updated taxes × the sum of the monthly rates of each month or fraction. */
    public record Recargos(int months, List<MonthRate> rates, BigDecimal ratePercentSum, BigDecimal base,
                           BigDecimal amount, String legalBasis) {
        public Recargos {
            rates = List.copyOf(rates);
        }
    }

    public record MonthRate(LocalDate monthStarting, BigDecimal percent, String source) {
    }

    /**
     * A fine chosen by the officer within the article's range.
     *
     * @param percent    the percentage chosen (Mexico), null for a US penalty given as an amount
     * @param base       what the percentage applies to, e.g. OMITTED_INTERNAL_TAXES
     * @param range      the legal range, e.g. "55–75 %" or "up to 72,000.00 USD"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fine(String article, BigDecimal percent, String base, BigDecimal baseAmount, BigDecimal amount,
                       String range, String legalSource) {
    }
}
