package io.jointclear.tariff.reassessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Interest on a refund (19 U.S.C. 1505(c)) from the entry date to {@code asOf}, at the quarterly rates an
 * administrator loaded: simple interest, day by day at the rate of the day's quarter over the days of
 * its year. An estimate for the claim — CBP computes the interest it pays. Any quarter of the period
 * without a loaded rate means no interest at all: a partial figure would look complete.
 */
final class RefundInterest {

    private RefundInterest() {
    }

    /** The interest, or the quarters whose rate is missing (then {@code amount} is null). */
    record Result(BigDecimal amount, List<LocalDate> missingQuarters) {
        boolean computed() {
            return amount != null;
        }
    }

    static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    /** The quarters touched by the days [{@code from}, {@code asOf}) that have no rate. */
    static List<LocalDate> missing(LocalDate from, LocalDate asOf, NavigableMap<LocalDate, BigDecimal> rates) {
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate q = quarterOf(from); q.isBefore(asOf); q = q.plusMonths(3)) {
            if (!rates.containsKey(q)) {
                missing.add(q);
            }
        }
        return missing;
    }

    static Result of(BigDecimal principal, LocalDate from, LocalDate asOf, NavigableMap<LocalDate, BigDecimal> rates) {
        if (principal.signum() == 0 || !from.isBefore(asOf)) {
            return new Result(BigDecimal.ZERO.setScale(2), List.of());
        }
        List<LocalDate> missing = missing(from, asOf, rates);
        if (!missing.isEmpty()) {
            return new Result(null, missing);
        }
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate day = from;
        while (day.isBefore(asOf)) {
            LocalDate quarterEnd = quarterOf(day).plusMonths(3);
            LocalDate yearEnd = LocalDate.of(day.getYear() + 1, 1, 1);
            LocalDate end = min(min(quarterEnd, yearEnd), asOf);
            long days = ChronoUnit.DAYS.between(day, end);
            BigDecimal rate = rates.get(quarterOf(day));
            sum = sum.add(principal.multiply(rate).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(100L * day.lengthOfYear()), MathContext.DECIMAL64));
            day = end;
        }
        return new Result(sum.setScale(2, RoundingMode.HALF_UP), List.of());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
