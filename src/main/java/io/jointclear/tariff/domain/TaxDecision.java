package io.jointclear.tariff.domain;

import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;

/**
 * What a policy decided for one tax on one line or document, with its reason so the tax line can be
 * explained and reproduced.
 */
public record TaxDecision(
        String code,
        BigDecimal base,
        String baseUnit,
        String rate,
        String rateType,
        BigDecimal amount,
        String paymentForm,
        String legalBasis,
        String ruleId,
        String ruleVersion,
        Confidence confidence,
        String reason,
        Assessment.Chapter99 chapter99) {

    public TaxDecision(String code, BigDecimal base, String baseUnit, String rate, String rateType, BigDecimal amount,
                       String paymentForm, String legalBasis, String ruleId, String ruleVersion, Confidence confidence,
                       String reason) {
        this(code, base, baseUnit, rate, rateType, amount, paymentForm, legalBasis, ruleId, ruleVersion, confidence,
                reason, null);
    }

    public static TaxDecision of(Measure m, String code, BigDecimal base, String baseUnit, String rate,
                                 String rateType, BigDecimal amount, String paymentForm, String reason) {
        return new TaxDecision(code, base, baseUnit, rate, rateType, amount, paymentForm, m.legalBasis(),
                m.ruleId(), m.ruleVersion(), m.confidence(), reason);
    }

    public TaxDecision withPaymentForm(String form) {
        return new TaxDecision(code, base, baseUnit, rate, rateType, amount, form, legalBasis, ruleId,
                ruleVersion, confidence, reason, chapter99);
    }

    /** The same decision attributed to the chapter-99 heading of {@code m} ({@code effect}: CHARGED, EXEMPT …). */
    public TaxDecision attributedTo(Measure m, String effect) {
        Assessment.Chapter99 c = new Assessment.Chapter99(m.heading(), code, effect, m.ruleId(), m.ruleVersion(),
                m.revision(), m.scopeList(), m.source(), m.confidence().name(), m.validFrom(), m.validTo());
        return new TaxDecision(code, base, baseUnit, rate, rateType, amount, paymentForm, legalBasis, ruleId,
                ruleVersion, confidence, reason, c);
    }
}
