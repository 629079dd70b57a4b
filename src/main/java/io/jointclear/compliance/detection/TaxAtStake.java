package io.jointclear.compliance.detection;

import io.jointclear.tariff.FuelQuotas;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The taxes a misclassified fuel avoided (BRIEF §3.12 MX-4): IEPS fuel quota and carbon quota on the
 * litres, plus the IVA on them (16 % of the IEPS: the IVA base grows by the IEPS, LIVA art. 27). IGI and
 * DTA are left out: the IGI of the proposed fracción is not part of the estimate and the DTA does not
 * change with the fracción. Each amount is rounded to the cent.
 *
 * @param quotaDate  the date whose quotas priced it: the declaration's, or the first day of the newest
 *                   quota year loaded when none is in force on that date ({@code quotaOfDeclarationDate} false)
 */
public record TaxAtStake(BigDecimal litres, BigDecimal fuelQuota, BigDecimal carbonQuota, BigDecimal iepsFuel,
                         BigDecimal iepsCarbon, BigDecimal iva, BigDecimal total, LocalDate quotaDate,
                         boolean quotaOfDeclarationDate, String legalBasis) {

    public static final BigDecimal IVA_RATE = new BigDecimal("0.16");

    /** The tax at stake of {@code litres} under {@code proposedCode}; empty when no fuel quota is loaded for it. */
    public static Optional<TaxAtStake> of(FuelQuotas quotas, String proposedCode, Integer octane, BigDecimal litres,
                                          LocalDate date) {
        Optional<FuelQuotas.FuelQuota> q = quotas.perLitre(proposedCode, octane, date);
        boolean own = q.isPresent();
        if (q.isEmpty()) {
            q = quotas.newestQuotaYear(proposedCode, octane).flatMap(d -> quotas.perLitre(proposedCode, octane, d));
        }
        return q.map(quota -> compute(quota, litres, own));
    }

    static TaxAtStake compute(FuelQuotas.FuelQuota q, BigDecimal litres, boolean own) {
        BigDecimal fuel = cents(litres.multiply(q.fuelQuota()));
        BigDecimal carbon = cents(litres.multiply(q.carbonQuota()));
        BigDecimal iva = cents(IVA_RATE.multiply(fuel.add(carbon)));
        return new TaxAtStake(litres, q.fuelQuota(), q.carbonQuota(), fuel, carbon, iva, fuel.add(carbon).add(iva),
                q.date(), own, q.legalBasis() + "; LIVA art. 27");
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
