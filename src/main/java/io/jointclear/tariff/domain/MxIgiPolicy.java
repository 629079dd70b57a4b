package io.jointclear.tariff.domain;

import io.jointclear.reference.DutyRate;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;

/**
 * IGI (import) and IGE (export) from the TIGIE line: MFN rate, or the T-MEC preferential rate when
 * claimed for goods of US, Canadian or Mexican origin; deferred with F.P. 5 on IMMEX temporary imports.
 */
final class MxIgiPolicy {

    private static final String TIGIE = "LIGIE art. 1 (TIGIE)";

    TaxDecision decide(MxContext ctx, MxLine l) {
        if (ctx.treatment().exports()) {
            return export(ctx, l);
        }
        DutyRate mfn = l.tariff().general().orElseThrow(() -> Problems.rateNotLoaded(l.field("tariffCode"),
                "No IGI rate is loaded for " + l.tariffCode() + " on " + ctx.date()));
        String form = ctx.treatment().temporary() ? "5" : "0";
        String deferral = ctx.treatment().temporary() ? "; deferred on IMMEX temporary import (F.P. 5)" : "";
        if (l.program() != null) {
            Measure pref = preference(ctx, l);
            ctx.warnings().used(pref);
            BigDecimal amount = Money.percentOf(l.customsValue(), pref.rate());
            return TaxDecision.of(pref, "IGI", l.customsValue(), "MXN", Money.plain(pref.rate()) + "%",
                    "AD_VALOREM", amount, form, "T-MEC preferential rate for originating goods of "
                            + l.origin() + " (identifier TL/T-MEC); MFN would be " + mfn.text() + deferral);
        }
        DutyRates.Applied a = DutyRates.apply(mfn, l.customsValue(), "MXN",
                () -> ctx.usdToMxn("The specific IGI rate " + mfn.text() + " of " + l.tariffCode()), l.quantity(),
                l.field("quantity.unit"));
        return new TaxDecision("IGI", a.base(), a.baseUnit(), mfn.text(), a.rateType(), a.amount(), form, TIGIE,
                "MX.IGI.TIGIE", l.tariff().rateSource(), Confidence.HIGH,
                "MFN rate of fracción " + l.tariffCode() + deferral);
    }

    /** The most specific preference row in force for the line's program and origin (an exact fracción beats {@code *}). */
    private Measure preference(MxContext ctx, MxLine l) {
        Measure m = ctx.book().mostSpecific(Authority.MX, "IGI", l.tariffCode(), r -> r.inForce(ctx.date())
                && !r.programs().isEmpty() && r.grantedTo(l.program()) && r.coversOrigin(l.origin()));
        if (m != null) {
            return m;
        }
        throw Problems.unsupported(l.field("preference"), "Preference " + l.program() + " cannot be granted to "
                + l.tariffCode() + " of origin " + l.origin() + " on " + ctx.date()
                + " (T-MEC covers originating goods of MX, US and CA)");
    }

    private TaxDecision export(MxContext ctx, MxLine l) {
        DutyRate ige = l.tariff().exportRate().orElseThrow(() -> Problems.rateNotLoaded(l.field("tariffCode"),
                "No IGE (export) rate is loaded for " + l.tariffCode() + " on " + ctx.date()));
        DutyRates.Applied a = DutyRates.apply(ige, l.customsValue(), "MXN",
                () -> ctx.usdToMxn("The specific IGE rate " + ige.text() + " of " + l.tariffCode()), l.quantity(),
                l.field("quantity.unit"));
        return new TaxDecision("IGE", a.base(), a.baseUnit(), ige.text(), a.rateType(), a.amount(), "0", TIGIE,
                "MX.IGE.TIGIE", l.tariff().rateSource(), Confidence.HIGH, "Export rate of fracción " + l.tariffCode());
    }
}
