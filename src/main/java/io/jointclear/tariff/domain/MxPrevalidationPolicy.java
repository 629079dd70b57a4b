package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.util.ArrayList;
import java.util.List;

/**
 * PRV (aprovechamiento + contraprestación de prevalidación) per pedimento and the IVA on it (IVA_PRV),
 * yearly amounts from RGCE Anexo 2. When no amount is loaded for the year the engine says so in a
 * warning instead of guessing.
 */
final class MxPrevalidationPolicy {

    List<TaxDecision> decide(MxContext ctx) {
        List<TaxDecision> out = new ArrayList<>(2);
        Measure prv = find(ctx, "PRV", MeasureKind.FIXED);
        if (prv == null) {
            ctx.warnings().add("PRV_NOT_LOADED", "No prevalidation amount (PRV) is loaded for " + ctx.date()
                    + "; PRV and IVA/PRV are not included", "MX.PRV");
            return out;
        }
        ctx.warnings().used(prv);
        out.add(TaxDecision.of(prv, "PRV", Money.cents(prv.amount()), "MXN", Money.plain(prv.amount()) + " MXN per pedimento",
                "FIXED", Money.cents(prv.amount()), "0", "Prevalidation per pedimento"));
        Measure iva = find(ctx, "IVA_PRV", MeasureKind.PERCENT);
        if (iva != null && iva.appliesTo().equals(prv.ruleId())) {
            ctx.warnings().used(iva);
            out.add(TaxDecision.of(iva, "IVA_PRV", Money.cents(prv.amount()), "MXN", Money.plain(iva.rate()) + "%", "AD_VALOREM",
                    Money.percentOf(prv.amount(), iva.rate()), "0", "IVA on the prevalidation"));
        }
        return out;
    }

    private static Measure find(MxContext ctx, String code, MeasureKind kind) {
        for (Measure m : ctx.book().of(Authority.MX, code)) {
            if (m.kind() == kind && m.inForce(ctx.date()) && m.coversClave(ctx.clave())) {
                return m;
            }
        }
        return null;
    }
}
