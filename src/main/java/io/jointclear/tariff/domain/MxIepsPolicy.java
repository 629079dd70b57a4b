package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * IEPS on importation: ad valorem rows on (VA + IGI + DTA + CC); fuel quotas per litre (LIEPS art.
 * 2-I-D) reduced by the weekly estímulo fiscal in force; carbon quotas per litre or tonne (art. 2-I-H,
 * code IEPS_CARBON). Which fracciones are which fuel is data (measure tariff prefixes and octane
 * conditions).
 */
final class MxIepsPolicy {

    /** IEPS decisions of one partida (possibly empty). {@code valueBase} = VA + IGI + DTA + CC. */
    List<TaxDecision> decide(MxContext ctx, MxLine l, BigDecimal valueBase) {
        List<TaxDecision> out = new ArrayList<>(2);
        String form = ctx.treatment().temporary() ? ctx.ivaPaymentForm() : "0";
        Measure adValorem = best(ctx, l, "IEPS", MeasureKind.PERCENT);
        if (adValorem != null) {
            ctx.warnings().used(adValorem);
            out.add(TaxDecision.of(adValorem, "IEPS", valueBase, "MXN", Money.plain(adValorem.rate()) + "%",
                    "AD_VALOREM", Money.percentOf(valueBase, adValorem.rate()), form,
                    "IEPS ad valorem on customs value + IGI + DTA + CC"));
        }
        Measure fuel = best(ctx, l, "IEPS", MeasureKind.SPECIFIC);
        if (fuel != null) {
            out.add(fuel(ctx, l, fuel, form));
        }
        Measure carbon = best(ctx, l, "IEPS_CARBON", MeasureKind.SPECIFIC);
        if (carbon == null && fuel != null) {
            // A fuel owes the carbon quota too: leaving it out would be a guessed zero.
            throw Problems.measureNotLoaded(l.field("tariffCode"), "No IEPS carbon quota (LIEPS art. 2-I-H) is loaded"
                    + " for fuel " + l.tariffCode() + " on " + ctx.date() + "; load it with POST /api/v1/tariff/measures");
        }
        if (carbon != null) {
            ctx.warnings().used(carbon);
            BigDecimal q = quantity(l, carbon);
            out.add(TaxDecision.of(carbon, "IEPS_CARBON", q, carbon.unit(), quota(carbon.amount(), carbon),
                    "SPECIFIC", Money.cents(q.multiply(ctx.inPesos(carbon, carbon.amount(), l.field("tariffCode")))), form,
                    "Carbon quota " + carbon.ruleId().substring(carbon.ruleId().lastIndexOf('.') + 1)));
        }
        return out;
    }

    private TaxDecision fuel(MxContext ctx, MxLine l, Measure fuel, String form) {
        ctx.warnings().used(fuel);
        BigDecimal q = quantity(l, fuel);
        Measure stimulus = stimulus(ctx, fuel);
        BigDecimal perUnit = ctx.inPesos(fuel, fuel.amount(), l.field("tariffCode"));
        String rate = quota(fuel.amount(), fuel);
        String reason = "Fuel quota " + fuel.ruleId().substring(fuel.ruleId().lastIndexOf('.') + 1);
        if (stimulus == null) {
            ctx.warnings().add("IEPS_STIMULUS_NOT_LOADED", "No weekly IEPS estímulo fiscal is loaded for "
                    + fuel.ruleId() + " on " + ctx.date() + "; the full quota is applied", fuel.ruleId());
        } else {
            ctx.warnings().used(stimulus);
            if (stimulus.rate().signum() > 0) {
                perUnit = perUnit.multiply(BigDecimal.ONE.subtract(stimulus.rate().movePointLeft(2)))
                        .setScale(6, RoundingMode.HALF_UP);
                rate = rate + " less " + Money.plain(stimulus.rate()) + "% estímulo = " + Money.plain(perUnit)
                        + " MXN/" + fuel.unit();
            }
            reason = reason + "; estímulo fiscal " + Money.plain(stimulus.rate()) + "% (" + stimulus.legalBasis() + ")";
        }
        return TaxDecision.of(fuel, "IEPS", q, fuel.unit(), rate, "SPECIFIC", Money.cents(q.multiply(perUnit)),
                form, reason);
    }

    private static String quota(BigDecimal amount, Measure m) {
        return Money.plain(amount) + " " + m.currency() + "/" + m.unit();
    }

    private static BigDecimal quantity(MxLine l, Measure m) {
        BigDecimal q = l.quantity().in(m.unit());
        if (q == null) {
            throw Problems.unitConversion(l.field("quantity.unit"), "Cannot convert " + l.quantity().describe()
                    + " to " + m.unit() + " for " + m.ruleId() + " (declare the quantity in " + m.unit() + ")");
        }
        return q;
    }

    private Measure stimulus(MxContext ctx, Measure fuel) {
        for (Measure m : ctx.book().of(Authority.MX, "IEPS")) {
            if (m.kind() == MeasureKind.STIMULUS && m.appliesTo().equals(fuel.ruleId()) && m.inForce(ctx.date())) {
                return m;
            }
        }
        return null;
    }

    /** The most specific row of a kind covering the line, honouring octane conditions. */
    private Measure best(MxContext ctx, MxLine l, String taxCode, MeasureKind kind) {
        return ctx.book().mostSpecific(Authority.MX, taxCode, l.tariffCode(), m -> m.kind() == kind
                && m.inForce(ctx.date()) && m.coversOrigin(l.origin()) && octaneHolds(m, l));
    }

    private static boolean octaneHolds(Measure m, MxLine l) {
        String c = m.condition();
        if (!c.startsWith("OCTANE")) {
            return true;
        }
        Integer octane = l.line().octane();
        if (octane == null) {
            throw Problems.at(422, "FUEL_GRADE_REQUIRED", "Fuel grade required", l.field("octane"),
                    "Fracción " + l.tariffCode() + " covers gasolines below and above 91 octane; declare the octane"
                            + " rating to pick the IEPS quota");
        }
        if (c.startsWith("OCTANE<")) {
            return octane < Integer.parseInt(c.substring(7));
        }
        if (c.startsWith("OCTANE>=")) {
            return octane >= Integer.parseInt(c.substring(8));
        }
        return false;
    }
}
