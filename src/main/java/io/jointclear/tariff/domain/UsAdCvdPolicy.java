package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Antidumping (A-ccc-nnn → ADD) and countervailing (C-ccc-nnn → CVD) cash deposits for the cases the
 * filer claims: the company-specific rate of the manufacturer/exporter, else the all-others rate in
 * force. An in-force case whose scope covers an unclaimed line is reported as a warning.
 */
final class UsAdCvdPolicy {

    List<TaxDecision> decide(UsContext ctx, UsLine l) {
        List<String> cases = l.line().adCvdCases();
        List<TaxDecision> out = new ArrayList<>(cases.size());
        for (int j = 0; j < cases.size(); j++) {
            out.add(deposit(ctx, l, cases.get(j), l.field("adCvdCases[" + j + "]")));
        }
        unclaimed(ctx, l, "ADD");
        unclaimed(ctx, l, "CVD");
        return out;
    }

    private TaxDecision deposit(UsContext ctx, UsLine l, String caseNumber, String field) {
        String code = caseNumber == null ? null : caseNumber.startsWith("A-") ? "ADD" : caseNumber.startsWith("C-") ? "CVD" : null;
        if (code == null || !caseNumber.matches("[AC]-\\d{3}-\\d{3}")) {
            throw Problems.at(400, "INVALID_VALUE", "Invalid AD/CVD case number", field,
                    "AD/CVD case numbers look like A-201-820 or C-201-001, got '" + caseNumber + "'");
        }
        Measure general = null;
        Measure company = null;
        Measure any = null;
        for (Measure m : ctx.book().of(Authority.US, code)) {
            if (!m.caseNumber().equals(caseNumber)) {
                continue;
            }
            any = m;
            if (!m.inForce(ctx.date())) {
                continue;
            }
            if (m.company().isEmpty()) {
                general = m;
            } else if (m.company().equals(l.line().manufacturer()) || m.company().equals(l.line().exporter())) {
                company = m;
            }
        }
        if (any == null) {
            throw Problems.at(422, "UNKNOWN_AD_CVD_CASE", "Unknown AD/CVD case", field,
                    "No cash-deposit rate is loaded for case " + caseNumber);
        }
        Measure m = company != null ? company : general;
        if (m == null) {
            ctx.warnings().coded("AD_CVD_CASE_NOT_IN_FORCE", any.ruleId(), caseNumber, ctx.date());
            return TaxDecision.of(any, code, l.value(), "USD", "not in force", "NOT_IN_FORCE",
                    Money.cents(BigDecimal.ZERO), null, "Case " + caseNumber + " not in force on " + ctx.date());
        }
        ctx.warnings().used(m);
        if (m.specificity(l.tariffCode()) < 0 || !m.coversOrigin(l.origin())) {
            ctx.warnings().coded("AD_CVD_SCOPE", m.ruleId(), l.index() + 1, l.tariffCode(), l.origin(), caseNumber);
        }
        String who = company != null ? "company rate of " + m.company() : "all-others rate";
        if (m.kind() == MeasureKind.SPECIFIC) {
            BigDecimal q = l.quantity().in(m.unit());
            if (q == null) {
                throw Problems.unitConversion(l.field("quantity.unit"), "Cannot convert " + l.quantity().describe()
                        + " to " + m.unit() + " for case " + caseNumber);
            }
            return TaxDecision.of(m, code, q, m.unit(), Money.plain(m.amount()) + " USD/" + m.unit(), "SPECIFIC",
                    Money.cents(q.multiply(m.amount())), null, "Case " + caseNumber + ", " + who);
        }
        return TaxDecision.of(m, code, l.value(), "USD", Money.plain(m.rate()) + "%", "AD_VALOREM",
                Money.percentOf(l.value(), m.rate()), null, "Case " + caseNumber + ", " + who);
    }

    private void unclaimed(UsContext ctx, UsLine l, String code) {
        for (Measure m : ctx.book().of(Authority.US, code)) {
            if (m.inForce(ctx.date()) && m.company().isEmpty() && !l.line().adCvdCases().contains(m.caseNumber())
                    && m.coversOrigin(l.origin()) && m.specificity(l.tariffCode()) >= 0) {
                ctx.warnings().coded("POSSIBLE_AD_CVD", m.ruleId(), l.index() + 1, l.tariffCode(), l.origin(),
                        m.caseNumber());
            }
        }
    }
}
