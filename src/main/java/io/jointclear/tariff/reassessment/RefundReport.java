package io.jointclear.tariff.reassessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The answer of the IEEPA refund endpoints. Amounts are strings with two decimals (USD), as the
 * contract of issue 11 shows them; an entry that could not be assessed carries its {@code problem}
 * and no amounts, and counts in no total.
 */
public record RefundReport(List<Entry> entries, Total total, Interest interest) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int index, String ieepaPaid, String refundable, List<String> headings, String currency,
                        LocalDate date, String interest, UUID crossingId, String number, String importer,
                        EntryProblem problem) {
    }

    /** The RFC 9457 fields of the problem that kept one entry from being assessed. */
    public record EntryProblem(int status, String code, String title, String detail, List<FieldViolation> errors) {
        static EntryProblem of(ProblemException e) {
            return new EntryProblem(e.status(), e.code(), e.title(), e.getMessage(), e.violations());
        }
    }

    /**
     * @param interest null when it was not computed (see {@link Interest#computed})
     */
    public record Total(String ieepaPaid, String refundable, String interest, String currency, int entries,
                        int entriesWithProblems) {
    }

    /**
     * Whether interest was computed and why not: it needs a loaded rate for every quarter from the
     * earliest refundable entry to {@code asOf}.
     */
    public record Interest(boolean computed, LocalDate asOf, List<LocalDate> missingQuarters, String basis, String note) {
    }

    static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
