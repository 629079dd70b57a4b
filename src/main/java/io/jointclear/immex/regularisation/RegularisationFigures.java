package io.jointclear.immex.regularisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The figures of a late change of regime (F4/F5) or a regularisation (A3) of IMMEX goods not returned in
 * time (BRIEF §6.6, worked example MX-5): the IGI at the rate of the entry date, its actualización by INPC
 * from the entry (CFF art. 17-A), recargos for each month or fraction from the deadline (CFF art. 21) and
 * the IVA of the definitive import, credited (F.P. 21) for a certified company, in cash otherwise.
 * Every amount to whole pesos (CFF art. 20).
 *
 * @param monthlyRates the recargos rate (percent) of each month or fraction late, in order — data, never
 *                     constants (the start of recargos for F4 vs A3 is a policy parameter, see docs/immex.md)
 */
public record RegularisationFigures(BigDecimal customsValueMxn, BigDecimal igiMxn, LocalDate entryDate, LocalDate deadline,
                                    LocalDate paidOn, BigDecimal inpcFrom, BigDecimal inpcTo, List<BigDecimal> monthlyRates,
                                    boolean certifiedIvaIeps) {

    static final BigDecimal DTA_PER_MILLE = new BigDecimal("0.008");
    static final BigDecimal IVA_RATE = new BigDecimal("0.16");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RegularisationFigures {
        monthlyRates = List.copyOf(monthlyRates);
    }

    /** INPC of the month before the entry month and of the month before the payment month (CFF art. 17-A). */
    public static YearMonth inpcFromMonth(LocalDate entryDate) {
        return YearMonth.from(entryDate).minusMonths(1);
    }

    public static YearMonth inpcToMonth(LocalDate paidOn) {
        return YearMonth.from(paidOn).minusMonths(1);
    }

    /** Months or fractions of a month from the deadline to the payment: 1 Sep → 15 Jan is 5. */
    public static int monthsLate(LocalDate deadline, LocalDate paidOn) {
        if (!paidOn.isAfter(deadline)) {
            return 0;
        }
        int whole = (int) ChronoUnit.MONTHS.between(deadline, paidOn);
        return deadline.plusMonths(whole).isBefore(paidOn) ? whole + 1 : whole;
    }

    /** To the ten-thousandth, truncated; never below 1. */
    public BigDecimal factor() {
        BigDecimal f = inpcTo.divide(inpcFrom, 4, RoundingMode.DOWN);
        return f.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE : f;
    }

    public BigDecimal igiUpdated() {
        return pesos(igiMxn.multiply(factor()));
    }

    public BigDecimal actualizacion() {
        return igiUpdated().subtract(pesos(igiMxn));
    }

    public BigDecimal recargosPercent() {
        return monthlyRates.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal recargos() {
        return pesos(igiUpdated().multiply(recargosPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    public BigDecimal dta() {
        return pesos(customsValueMxn.multiply(DTA_PER_MILLE));
    }

    /** IVA of the definitive import on value + IGI + DTA (LIVA art. 27). */
    public BigDecimal iva() {
        return pesos(customsValueMxn.add(pesos(igiMxn)).add(dta()).multiply(IVA_RATE));
    }

    /** F.P. 21 (credit) for a company certified in IVA/IEPS, 0 (cash) otherwise. */
    public String ivaPaymentForm() {
        return certifiedIvaIeps ? "21" : "0";
    }

    /** What the company pays in cash: the IGI updated, recargos, and the IVA unless it is credited. */
    public BigDecimal cash() {
        return igiUpdated().add(recargos()).add(certifiedIvaIeps ? BigDecimal.ZERO : iva());
    }

    private static BigDecimal pesos(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
