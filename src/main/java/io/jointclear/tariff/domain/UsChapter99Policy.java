package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * HTSUS chapter-99 surcharges with CBP's stacking rules (brief §4.6): Section 232 (autos/parts before
 * steel/aluminium/copper) claims its base first — the full value, or the metal content of a derivative;
 * IEEPA and Section 122 apply only to the value not subject to 232 (the China fentanyl order, CUMULATIVE,
 * to the full value), one row per stacking layer; Section 301 always adds. Exemptions
 * (USMCA, Annex II, 301 exclusions, in transit) are rows naming the measure — or the whole tax — they
 * cancel. Every decision names its chapter-99 heading, the HTSUS revision and the legal list behind it.
 * NOTICE rows become warnings.
 */
final class UsChapter99Policy {

    static final String CHARGED = "CHARGED";
    static final String EXEMPT = "EXEMPT";
    static final String NOT_STACKED = "NOT_STACKED";
    static final String METAL_CONTENT_REQUIRED = "METAL_CONTENT_REQUIRED";

    /** Condition of an "all-in" rate: the rate replaces the column-1 duty instead of adding to it. */
    static final String FLOOR = "FLOOR";

    private static final String[] RESIDUAL_CODES = {"IEEPA", "S122"};

    /**
     * @param mfnDuty the line's column-1 duty, which an "all-in" (FLOOR) reciprocal rate counts against
     */
    List<TaxDecision> decide(UsContext ctx, UsLine l, BigDecimal mfnDuty) {
        List<TaxDecision> out = new ArrayList<>(3);
        BigDecimal claimed = BigDecimal.ZERO;
        Measure s232 = exclusive(ctx, l);
        if (s232 != null) {
            Measure exemption = exemption(ctx, l, s232);
            if (exemption != null) {
                out.add(exempt(ctx, l, s232, exemption));
                s232 = null;
            } else {
                ctx.warnings().used(s232);
                claimed = section232Base(ctx, l, s232);
                out.add(section232(l, s232, claimed, mfnDuty));
            }
        }
        BigDecimal residual = l.value().subtract(claimed);
        for (String code : RESIDUAL_CODES) {
            for (Measure m : layers(ctx, l, code)) {
                // A CUMULATIVE IEEPA order (China fentanyl) stacks on Section 232: it takes the full value.
                BigDecimal base = m.stacking() == Stacking.CUMULATIVE ? l.value() : residual;
                out.add(residual(ctx, l, m, base, s232, mfnDuty));
            }
        }
        Measure s301 = best(ctx, l, "S301", Stacking.CUMULATIVE);
        if (s301 != null) {
            Measure exclusion = exemption(ctx, l, s301);
            if (exclusion != null) {
                out.add(exempt(ctx, l, s301, exclusion));
            } else {
                ctx.warnings().used(s301);
                out.add(TaxDecision.of(s301, "S301", l.value(), "USD", Money.plain(s301.rate()) + "%", "AD_VALOREM",
                        Money.percentOf(l.value(), s301.rate()), null, "Section 301 " + s301.heading()
                                + " on goods of origin " + l.origin() + listed(s301)).attributedTo(s301, CHARGED));
            }
        }
        notices(ctx, l);
        return out;
    }

    /**
     * The base Section 232 claims: the declared metal content of a derivative charged on content, else the
     * full value. A content row without a declared content is charged on the full value and says so, since
     * the law taxes the content the importer has not stated.
     */
    private static BigDecimal section232Base(UsContext ctx, UsLine l, Measure s232) {
        BigDecimal content = l.line().metalContentValue();
        if (!s232.condition().equals("CONTENT")) {
            return l.value();
        }
        if (content == null) {
            ctx.warnings().coded(METAL_CONTENT_REQUIRED, s232.ruleId(),
                    l.index() + 1, l.tariffCode(), s232.heading(), Money.plain(s232.rate()));
            return l.value();
        }
        return content.min(l.value());
    }

    private static TaxDecision section232(UsLine l, Measure s232, BigDecimal claimed, BigDecimal mfnDuty) {
        if (s232.condition().equals(FLOOR)) {
            // Metals annex III and the 1c framework rate: an all-in rate that still claims the whole value.
            return floor(l, s232, claimed, mfnDuty, "on the full value");
        }
        boolean content = s232.condition().equals("CONTENT") && l.line().metalContentValue() != null;
        String on = content ? " on the declared metal content"
                : s232.condition().equals("CONTENT") ? " on the full value: metal content not declared" : " on the full value";
        return TaxDecision.of(s232, "S232", claimed, "USD", Money.plain(s232.rate()) + "%", "AD_VALOREM",
                Money.percentOf(claimed, s232.rate()), null, "Section 232 " + s232.heading() + on + listed(s232))
                .attributedTo(s232, CHARGED);
    }

    private static TaxDecision exempt(UsContext ctx, UsLine l, Measure m, Measure exemption) {
        ctx.warnings().used(exemption);
        return TaxDecision.of(exemption, m.taxCode(), l.value(), "USD", "exempt", "EXEMPT",
                Money.cents(BigDecimal.ZERO), null, m.taxCode() + " " + m.heading() + " not due: "
                        + exemption.heading() + " " + (exemption.scopeList().isEmpty() ? exemption.note()
                        : exemption.scopeList())).attributedTo(exemption, EXEMPT);
    }

    private TaxDecision residual(UsContext ctx, UsLine l, Measure m, BigDecimal residual, Measure s232,
                                 BigDecimal mfnDuty) {
        Measure exemption = exemption(ctx, l, m);
        if (exemption != null) {
            return exempt(ctx, l, m, exemption);
        }
        ctx.warnings().used(m);
        if (s232 != null && residual.signum() == 0) {
            return TaxDecision.of(m, m.taxCode(), residual, "USD", Money.plain(m.rate()) + "%", "AD_VALOREM",
                    Money.cents(BigDecimal.ZERO), null, m.taxCode() + " not stacked: the full value pays Section 232 "
                            + s232.heading()).attributedTo(m, NOT_STACKED);
        }
        String on = s232 == null ? "on the entered value" : m.stacking() == Stacking.CUMULATIVE
                ? "on the full value (stacks on Section 232 " + s232.heading() + ")"
                : "on the value not subject to Section 232";
        if (m.condition().equals(FLOOR)) {
            return floor(l, m, residual, mfnDuty, on);
        }
        return TaxDecision.of(m, m.taxCode(), residual, "USD", Money.plain(m.rate()) + "%", "AD_VALOREM",
                Money.percentOf(residual, m.rate()), null, m.taxCode() + " " + m.heading() + " " + on + listed(m))
                .attributedTo(m, CHARGED);
    }

    /**
     * An "all-in" reciprocal rate (EU, Japan, Korea, Switzerland): the heading charges its rate in place of the
     * column-1 duty, so the additional duty is the rate less the column-1 duty on the same base, never below
     * zero (the paired heading of column-1 rates at or above it adds nothing).
     */
    private static TaxDecision floor(UsLine l, Measure m, BigDecimal base, BigDecimal mfnDuty, String on) {
        BigDecimal mfnOnBase = mfnDuty == null || l.value().signum() == 0 ? BigDecimal.ZERO
                : mfnDuty.multiply(base).divide(l.value(), 10, RoundingMode.HALF_EVEN);
        BigDecimal amount = Money.percentOf(base, m.rate()).subtract(mfnOnBase).max(BigDecimal.ZERO);
        return TaxDecision.of(m, m.taxCode(), base, "USD", Money.plain(m.rate()) + "% all-in", "AD_VALOREM",
                Money.cents(amount), null, m.taxCode() + " " + m.heading() + " " + on + ": " + Money.plain(m.rate())
                        + "% less the column-1 duty " + Money.cents(mfnOnBase).toPlainString() + listed(m))
                .attributedTo(m, CHARGED);
    }

    /**
     * The IEEPA (or Section 122) rows that apply to the line, one per stacking layer: the priority names the
     * layer (fentanyl orders 50, reciprocal rates 55, country orders such as Brazil's 57), and each layer
     * charges once — its most specific row, a row naming the origin beating one that only spares others
     * (a country's own reciprocal heading replaces the baseline).
     */
    private static Collection<Measure> layers(UsContext ctx, UsLine l, String code) {
        TreeMap<Integer, Measure> best = new TreeMap<>();
        for (Measure m : ctx.book().of(Authority.US, code)) {
            if (m.kind() != MeasureKind.PERCENT || m.stacking() == Stacking.EXCLUSIVE || !m.inForce(ctx.date())
                    || !m.coversOrigin(l.origin()) || m.specificity(l.tariffCode()) < 0) {
                continue;
            }
            best.merge(m.priority(), m, (a, b) -> narrower(l, b, a) ? b : a);
        }
        return best.values();
    }

    private static boolean narrower(UsLine l, Measure candidate, Measure current) {
        int c = candidate.specificity(l.tariffCode());
        int k = current.specificity(l.tariffCode());
        return c != k ? c > k : namesOrigin(candidate, l.origin()) && !namesOrigin(current, l.origin());
    }

    private static boolean namesOrigin(Measure m, String origin) {
        return origin != null && m.origins().contains(origin);
    }

    private static String listed(Measure m) {
        return m.scopeList().isEmpty() ? "" : " (" + m.scopeList() + ")";
    }

    private static Measure exclusive(UsContext ctx, UsLine l) {
        Measure best = null;
        int bestLength = -1;
        for (Measure m : ctx.book().of(Authority.US, "S232")) {
            if (m.kind() != MeasureKind.PERCENT || m.stacking() != Stacking.EXCLUSIVE || !m.inForce(ctx.date())
                    || !m.coversOrigin(l.origin())) {
                continue;
            }
            int length = m.specificity(l.tariffCode());
            // Rows are ordered by priority: a later row wins only with the same priority and a longer prefix.
            if (length >= 0 && (best == null || (m.priority() == best.priority() && length > bestLength))) {
                best = m;
                bestLength = length;
            }
        }
        return best;
    }

    /** The most specific in-force PERCENT row of a code covering the line. */
    private static Measure best(UsContext ctx, UsLine l, String code, Stacking stacking) {
        return ctx.book().mostSpecific(Authority.US, code, l.tariffCode(), m -> m.kind() == MeasureKind.PERCENT
                && m.stacking() == stacking && m.inForce(ctx.date()) && m.coversOrigin(l.origin()));
    }

    /** An exemption naming the measure (its rule id) or its whole tax code (e.g. a Section 301 exclusion). */
    private static Measure exemption(UsContext ctx, UsLine l, Measure measure) {
        for (Measure m : ctx.book().of(Authority.US, measure.taxCode())) {
            if (m.kind() == MeasureKind.EXEMPTION
                    && covers(m.appliesTo(), measure)
                    && m.inForce(ctx.date()) && m.coversOrigin(l.origin()) && m.specificity(l.tariffCode()) >= 0
                    && (m.programs().isEmpty() || m.grantedTo(l.spi())) && conditionHolds(ctx, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * An exemption names a measure, its whole tax code, or a family of measures: Annex II names
     * US.IEEPA.RECIPROCAL and so cancels US.IEEPA.RECIPROCAL.CN and every country heading under it.
     */
    private static boolean covers(String appliesTo, Measure measure) {
        return appliesTo.equals(measure.taxCode()) || appliesTo.equals(measure.ruleId())
                || (!appliesTo.isEmpty() && measure.ruleId().startsWith(appliesTo + "."));
    }

    private static boolean conditionHolds(UsContext ctx, Measure m) {
        String c = m.condition();
        if (c.startsWith("EXPORTED_BEFORE=")) {
            return ctx.exportDate() != null
                    && ctx.exportDate().isBefore(LocalDate.parse(c.substring("EXPORTED_BEFORE=".length())));
        }
        return c.isEmpty();
    }

    private static void notices(UsContext ctx, UsLine l) {
        for (Measure m : ctx.book().of(Authority.US, "NOTICE")) {
            if (m.inForce(ctx.date()) && m.coversOrigin(l.origin()) && m.specificity(l.tariffCode()) >= 0
                    && (m.programs().isEmpty() || m.grantedTo(l.spi()))) {
                ctx.warnings().add("NOTICE", m.note(), m.ruleId());
            }
        }
    }
}
