package io.jointclear.courier.domain;

import java.math.BigDecimal;

/**
 * What a consignment pays and why: its band and rate with the rule and article that set them, or the
 * reason it cannot go under the simplified procedure ({@link #refusal()}, then {@code band} is null).
 *
 * @param band             the rate band; null when refused
 * @param legalBasis       rule / article / instrument that decides it, for people and audits
 * @param periodicPayment  MX from 2025-10-23: the courier may determine and pay these contributions
 *                         periodically, before presentation, after 18:00 h (6th modification RGCE 2025)
 * @param refusal          {@link #REGULAR_PEDIMENTO_REQUIRED} or {@code null}
 * @param refusalReason    ALCOHOL, TOBACCO, RRNA or OVER_VALUE_LIMIT when refused
 */
public record RateDecision(RateBand band, String legalBasis, boolean periodicPayment, String refusal, String refusalReason) {

    public static final String REGULAR_PEDIMENTO_REQUIRED = "REGULAR_PEDIMENTO_REQUIRED";

    static RateDecision of(RateBand band, String legalBasis) {
        return new RateDecision(band, legalBasis, false, null, null);
    }

    static RateDecision regularPedimento(String reason, String legalBasis) {
        return new RateDecision(null, legalBasis, false, REGULAR_PEDIMENTO_REQUIRED, reason);
    }

    RateDecision withPeriodicPayment() {
        return new RateDecision(band, legalBasis + "; periodic payment: 6th modification RGCE 2025 (T-MEC art. 7.8(1)(f))",
                true, refusal, refusalReason);
    }

    public boolean refused() {
        return refusal != null;
    }

    /** The global rate as a fraction (0 when exempt); null when refused or for US entries. */
    public BigDecimal rate() {
        return band == null ? null : band.rate();
    }
}
