package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;

/**
 * Cuotas compensatorias (LCE; resolutions of the Secretaría de Economía) by fracción and origin, and by
 * exporter when the resolution names one: ad valorem on the customs value, or USD per unit × quantity ×
 * exchange rate. Deferred on IMMEX temporary imports (brief §6.3).
 */
final class MxCompensatoryQuotaPolicy {

    TaxDecision decide(MxContext ctx, MxLine l) {
        Measure m = find(ctx, l);
        if (m == null) {
            return null;
        }
        ctx.warnings().used(m);
        String form = ctx.treatment().temporary() ? "5" : "0";
        String who = m.company().isEmpty() ? "all exporters" : m.company();
        if (m.kind() == MeasureKind.PERCENT) {
            return TaxDecision.of(m, "CC", l.customsValue(), "MXN", Money.plain(m.rate()) + "%", "AD_VALOREM",
                    Money.percentOf(l.customsValue(), m.rate()), form,
                    "Cuota compensatoria on origin " + l.origin() + " (" + who + ")");
        }
        BigDecimal q = l.quantity().in(m.unit());
        if (q == null) {
            throw Problems.unitConversion(l.field("quantity.unit"), "Cannot convert " + l.quantity().describe()
                    + " to " + m.unit() + " for cuota compensatoria " + m.ruleId());
        }
        BigDecimal amount = Money.cents(ctx.inPesos(m, m.amount(), l.field("tariffCode")).multiply(q));
        return TaxDecision.of(m, "CC", q, m.unit(), Money.plain(m.amount()) + " " + m.currency() + "/" + m.unit(),
                "SPECIFIC", amount, form, "Specific cuota compensatoria on origin " + l.origin() + " (" + who + ")");
    }

    /** The exporter's own row when the resolution names it, else the general one; the most specific of each. */
    private Measure find(MxContext ctx, MxLine l) {
        Measure company = l.company() == null ? null : ctx.book().mostSpecific(Authority.MX, "CC", l.tariffCode(),
                m -> applies(ctx, l, m) && m.company().equals(l.company()));
        return company != null ? company : ctx.book().mostSpecific(Authority.MX, "CC", l.tariffCode(),
                m -> applies(ctx, l, m) && m.company().isEmpty());
    }

    private static boolean applies(MxContext ctx, MxLine l, Measure m) {
        return (m.kind() == MeasureKind.PERCENT || m.kind() == MeasureKind.SPECIFIC) && m.inForce(ctx.date())
                && !m.origins().isEmpty() && m.coversOrigin(l.origin());
    }
}
