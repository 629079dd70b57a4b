package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.FuelQuotas;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link FuelQuotas} read from the measure book the engine uses (one source for both). */
public final class MeasureFuelQuotas implements FuelQuotas {

    private final Supplier<MeasureBook> book;

    public MeasureFuelQuotas(Supplier<MeasureBook> book) {
        this.book = book;
    }

    @Override
    public Optional<FuelQuota> perLitre(String tariffCode, Integer octane, LocalDate date) {
        MeasureBook b = book.get();
        Measure fuel = b.mostSpecific(Authority.MX, "IEPS", tariffCode, m -> m.kind() == MeasureKind.SPECIFIC
                && "LTR".equals(m.unit()) && m.inForce(date) && octaneHolds(m, octane));
        if (fuel == null) {
            return Optional.empty();
        }
        Measure carbon = b.mostSpecific(Authority.MX, "IEPS_CARBON", tariffCode, m -> m.kind() == MeasureKind.SPECIFIC
                && "LTR".equals(m.unit()) && m.inForce(date));
        BigDecimal stimulus = BigDecimal.ZERO;
        for (Measure m : b.of(Authority.MX, "IEPS")) {
            if (m.kind() == MeasureKind.STIMULUS && m.appliesTo().equals(fuel.ruleId()) && m.inForce(date)) {
                stimulus = m.rate();
            }
        }
        BigDecimal quota = fuel.amount().multiply(BigDecimal.ONE.subtract(stimulus.movePointLeft(2)))
                .setScale(6, RoundingMode.HALF_UP);
        return Optional.of(new FuelQuota(tariffCode, date, quota, stimulus,
                carbon == null ? BigDecimal.ZERO : carbon.amount(), fuel.ruleId() + " v" + fuel.version(),
                carbon == null ? null : carbon.ruleId() + " v" + carbon.version(),
                fuel.legalBasis() + (carbon == null ? "" : "; " + carbon.legalBasis())));
    }

    @Override
    public Optional<LocalDate> newestQuotaYear(String tariffCode, Integer octane) {
        LocalDate newest = null;
        for (Measure m : book.get().of(Authority.MX, "IEPS")) {
            if (m.kind() == MeasureKind.SPECIFIC && m.specificity(tariffCode) >= 0 && octaneHolds(m, octane)
                    && (newest == null || m.validFrom().isAfter(newest))) {
                newest = m.validFrom();
            }
        }
        return Optional.ofNullable(newest);
    }

    private static boolean octaneHolds(Measure m, Integer octane) {
        String c = m.condition();
        if (!c.startsWith("OCTANE")) {
            return true;
        }
        if (octane == null) {
            return false;
        }
        if (c.startsWith("OCTANE<")) {
            return octane < Integer.parseInt(c.substring(7));
        }
        return c.startsWith("OCTANE>=") && octane >= Integer.parseInt(c.substring(8));
    }
}
