package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Derecho de trámite aduanero (LFD art. 49). Which fracción applies to a clave is data: the DTA row in
 * force whose claves include the pedimento's "OPERATION:CLAVE". Per-mille rows (fr. I 8‰, fr. II 1.76‰)
 * are computed per partida; fixed quotas (fr. III, V, VII …) once per pedimento; an EXEMPTION row
 * (T-MEC originating definitive imports, F.P. 9) cancels the per-mille DTA of a line.
 */
final class MxDtaPolicy {

    /** The per-mille or fixed DTA row for a clave, or a MEASURE_NOT_LOADED problem. */
    Measure rule(MeasureBook book, String clave, LocalDate date) {
        Measure found = null;
        for (Measure m : book.of(Authority.MX, "DTA")) {
            if ((m.kind() == MeasureKind.PER_MILLE || m.kind() == MeasureKind.FIXED) && !m.claves().isEmpty()
                    && m.coversClave(clave) && m.inForce(date)) {
                found = m;
                break;
            }
        }
        if (found == null) {
            throw Problems.measureNotLoaded("type", "No DTA quota or rate is loaded for " + clave + " on " + date);
        }
        return found;
    }

    /** DTA of one partida under a per-mille rule, or null when the rule is a fixed quota (pedimento level). */
    TaxDecision line(MxContext ctx, Measure rule, MxLine l) {
        if (rule.kind() != MeasureKind.PER_MILLE) {
            return null;
        }
        Measure exemption = exemption(ctx, rule, l);
        if (exemption != null) {
            ctx.warnings().used(exemption);
            return TaxDecision.of(exemption, "DTA", l.customsValue(), "MXN", "exempt", "EXEMPT",
                    Money.cents(BigDecimal.ZERO), "9", "DTA " + Money.plain(rule.rate())
                            + "‰ not due: T-MEC originating goods of " + l.origin() + " on a definitive import");
        }
        ctx.warnings().used(rule);
        BigDecimal amount = Money.perMilleOf(l.customsValue(), rule.rate());
        return TaxDecision.of(rule, "DTA", l.customsValue(), "MXN", Money.plain(rule.rate()) + "‰", "PER_MILLE",
                amount, "0", "DTA " + Money.plain(rule.rate()) + "‰ of customs value for " + ctx.clave());
    }

    /** The fixed quota owed once per pedimento, or null for per-mille rules. */
    TaxDecision header(MxContext ctx, Measure rule) {
        if (rule.kind() != MeasureKind.FIXED) {
            return null;
        }
        ctx.warnings().used(rule);
        return TaxDecision.of(rule, "DTA", Money.cents(rule.amount()), "MXN", Money.plain(rule.amount()) + " MXN per pedimento",
                "FIXED", Money.cents(rule.amount()), "0", "Fixed DTA quota for " + ctx.clave());
    }

    /** Top-up to a DTA cuota mínima when one is loaded for the clave (none is seeded: brief §14). */
    TaxDecision minimum(MxContext ctx, BigDecimal perMilleTotal) {
        for (Measure m : ctx.book().of(Authority.MX, "DTA")) {
            if (m.kind() == MeasureKind.MINIMUM && m.coversClave(ctx.clave()) && m.inForce(ctx.date())
                    && perMilleTotal.signum() > 0 && perMilleTotal.compareTo(m.amount()) < 0) {
                ctx.warnings().used(m);
                return TaxDecision.of(m, "DTA", perMilleTotal, "MXN", "minimum " + Money.plain(m.amount()) + " MXN",
                        "MINIMUM", Money.cents(m.amount().subtract(perMilleTotal)), "0",
                        "Per-mille DTA below the cuota mínima; difference added");
            }
        }
        return null;
    }

    private Measure exemption(MxContext ctx, Measure rule, MxLine l) {
        if (l.program() == null) {
            return null;
        }
        for (Measure m : ctx.book().of(Authority.MX, "DTA")) {
            if (m.kind() == MeasureKind.EXEMPTION && m.appliesTo().equals(rule.ruleId()) && m.inForce(ctx.date())
                    && m.grantedTo(l.program()) && m.coversOrigin(l.origin()) && m.coversClave(ctx.clave())) {
                return m;
            }
        }
        return null;
    }
}
