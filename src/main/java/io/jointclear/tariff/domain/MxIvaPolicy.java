package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;

/**
 * IVA on importation (LIVA art. 27): rate × (customs value + IGI + DTA + IEPS + CC + other
 * contributions). On IMMEX temporary imports the base uses the contributions a definitive import
 * would pay (LIVA art. 27 2nd para. / 28-A) and the payment form is 21 (certified), 22 (guarantee) or 0.
 */
final class MxIvaPolicy {

    Measure rate(MxContext ctx) {
        for (Measure m : ctx.book().of(Authority.MX, "IVA")) {
            if (m.kind() == MeasureKind.PERCENT && m.inForce(ctx.date())) {
                return m;
            }
        }
        throw Problems.measureNotLoaded("date", "No IVA rate is loaded for " + ctx.date());
    }

    TaxDecision decide(MxContext ctx, MxLine l, BigDecimal base, String composition) {
        Measure m = rate(ctx);
        ctx.warnings().used(m);
        String form = ctx.treatment().temporary() ? ctx.ivaPaymentForm() : "0";
        String reason = ctx.treatment().temporary()
                ? "IVA on the hypothetical definitive base (" + composition + ")"
                : "IVA on " + composition;
        return TaxDecision.of(m, "IVA", Money.cents(base), "MXN", Money.plain(m.rate()) + "%", "AD_VALOREM",
                Money.percentOf(base, m.rate()), form, reason);
    }
}
