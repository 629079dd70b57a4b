package io.jointclear.tariff.domain;

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
        String reason) {

    public static TaxDecision of(Measure m, String code, BigDecimal base, String baseUnit, String rate,
                                 String rateType, BigDecimal amount, String paymentForm, String reason) {
        return new TaxDecision(code, base, baseUnit, rate, rateType, amount, paymentForm, m.legalBasis(),
                m.ruleId(), m.ruleVersion(), m.confidence(), reason);
    }

    public TaxDecision withPaymentForm(String form) {
        return new TaxDecision(code, base, baseUnit, rate, rateType, amount, form, legalBasis, ruleId,
                ruleVersion, confidence, reason);
    }
}
