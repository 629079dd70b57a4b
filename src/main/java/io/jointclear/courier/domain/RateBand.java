package io.jointclear.courier.domain;

import java.math.BigDecimal;

/**
 * The band a consignment falls in and the rate it pays as a fraction of its customs value ({@code null}
 * when the rate is not a single global percentage: US entries assessed line by line).
 */
public enum RateBand {
    /** MX: exempt from IGI and IVA (pays the DTA fixed quota); US: not used. */
    EXEMPT("0"),
    /** MX: USMCA origin, USD 50.01–117 per consignee. */
    RATE_17("0.17"),
    /** MX: the 19 % global rate. */
    RATE_19("0.19"),
    /** MX, 2020–2024: over USD 1,000 per consignee (low confidence, BRIEF §8.2). */
    RATE_20("0.20"),
    /** MX, from 2025-08-15: general / non-FTA origin up to USD 2,500 per consignee. */
    RATE_33_5("0.335"),
    /** US: duty-free de minimis (19 USC 1321), until its suspension. */
    DE_MINIMIS("0"),
    /** US: informal entry, type 11 (up to USD 2,500). */
    INFORMAL_11(null),
    /** US: formal entry, type 01 (over USD 2,500). */
    FORMAL_01(null);

    private final BigDecimal rate;

    RateBand(String rate) {
        this.rate = rate == null ? null : new BigDecimal(rate);
    }

    /** The global rate as a fraction; {@code null} for US entries (their duties come from the tariff). */
    public BigDecimal rate() {
        return rate;
    }
}
