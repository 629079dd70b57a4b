package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Merchandise Processing Fee, computed once per entry (19 CFR 24.23): formal entries pay the fiscal
 * year's ad valorem rate clamped to its minimum and maximum; informal entries (type 11) a flat fee.
 * Lines exempt by an EXEMPTION row (USMCA, SPI S/S+) pay nothing; in a mixed entry the clamped fee is
 * pro-rated by the value of the non-exempt lines.
 */
final class UsMpfPolicy {

    TaxDecision decide(UsContext ctx, List<UsLine> lines, String preparation) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal dutiable = BigDecimal.ZERO;
        Measure exemption = null;
        for (UsLine l : lines) {
            total = total.add(l.value());
            Measure e = exemption(ctx, l);
            if (e == null) {
                dutiable = dutiable.add(l.value());
            } else {
                exemption = e;
            }
        }
        boolean informal = "11".equals(ctx.entryType());
        // An entry of USMCA lines only owes no MPF: it needs no fee schedule of the fiscal year.
        if (exemption != null && dutiable.signum() == 0) {
            ctx.warnings().used(exemption);
            return TaxDecision.of(exemption, "MPF", total, "USD", "exempt", "EXEMPT", Money.cents(BigDecimal.ZERO),
                    null, "MPF not due: every line claims " + String.join("/", exemption.programs()) + " (USMCA)");
        }
        Measure fee = informal ? informal(ctx, preparation == null ? "AUTOMATED" : preparation) : formal(ctx);
        ctx.warnings().used(fee);
        if (informal) {
            return TaxDecision.of(fee, "MPF", total, "USD", Money.plain(fee.amount()) + " USD per entry", "FIXED",
                    Money.cents(fee.amount()), null, "Informal entry fee (" + fee.condition() + ")");
        }
        BigDecimal computed = Money.percentOf(total, fee.rate());
        BigDecimal clamped = computed.max(fee.minimum()).min(fee.maximum());
        String rate = Money.plain(fee.rate()) + "% (min " + fee.minimum().toPlainString() + ", max "
                + fee.maximum().toPlainString() + ")";
        String clamp = clamped.compareTo(computed) == 0 ? "" : computed.compareTo(fee.minimum()) < 0
                ? "; " + computed.toPlainString() + " raised to the minimum"
                : "; " + computed.toPlainString() + " capped at the maximum";
        if (dutiable.compareTo(total) == 0) {
            return TaxDecision.of(fee, "MPF", total, "USD", rate, "CLAMPED", clamped, null,
                    "MPF on the entry's total entered value" + clamp);
        }
        ctx.warnings().used(exemption);
        BigDecimal share = Money.cents(clamped.multiply(dutiable).divide(total, 10, RoundingMode.HALF_UP));
        return TaxDecision.of(fee, "MPF", total, "USD", rate, "PRORATED", share, null,
                "MPF of the entry " + clamped.toPlainString() + clamp + ", pro-rated to the non-USMCA value "
                        + dutiable.toPlainString() + " of " + total.toPlainString());
    }

    private static Measure exemption(UsContext ctx, UsLine l) {
        for (Measure m : ctx.book().of(Authority.US, "MPF")) {
            if (m.kind() == MeasureKind.EXEMPTION && m.inForce(ctx.date()) && !m.programs().isEmpty()
                    && m.grantedTo(l.spi()) && m.coversOrigin(l.origin())) {
                return m;
            }
        }
        return null;
    }

    private static Measure formal(UsContext ctx) {
        for (Measure m : ctx.book().of(Authority.US, "MPF")) {
            if (m.kind() == MeasureKind.CLAMPED_PERCENT && m.inForce(ctx.date()) && m.coversClave(ctx.entryType())) {
                return m;
            }
        }
        throw Problems.measureNotLoaded("date", "No MPF rate, minimum and maximum are loaded for " + ctx.date());
    }

    private static Measure informal(UsContext ctx, String preparation) {
        for (Measure m : ctx.book().of(Authority.US, "MPF")) {
            if (m.kind() == MeasureKind.FIXED && m.inForce(ctx.date()) && m.coversClave("11")
                    && m.condition().equals("PREPARED=" + preparation)) {
                return m;
            }
        }
        throw Problems.measureNotLoaded("informalPreparation", "No informal-entry MPF (" + preparation
                + ") is loaded for " + ctx.date());
    }
}
