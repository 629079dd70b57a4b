package io.jointclear.courier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Mexico's simplified procedure for courier companies (pedimento clave T1, identifiers EM / MJ): the
 * global rate that covers IGI and IVA, by date, origin and customs value per consignee (RGCE rule
 * 3.7.35 as amended; BRIEF §8.2). Pure: the caller aggregates the value per consignee in USD.
 */
public final class MxCourierRates {

    /** First day of the regime as tabulated (rule 3.7.35 from 1 Jul 2020). */
    public static final LocalDate REGIME_START = LocalDate.of(2020, 7, 1);
    /** RGCE 2025: 19 % for non-FTA origin; FTA origin over USD 1 pays 19 %. */
    public static final LocalDate RGCE_2025 = LocalDate.of(2025, 1, 1);
    /** 4th modification RGCE 2025 (DOF 28 Jul 2025): 33.5 % general rate. */
    public static final LocalDate FOURTH_MODIFICATION = LocalDate.of(2025, 8, 15);
    /** 6th modification RGCE 2025: periodic payment of USMCA lines by registered couriers. */
    public static final LocalDate SIXTH_MODIFICATION = LocalDate.of(2025, 10, 23);

    static final BigDecimal USD_1 = new BigDecimal("1");
    static final BigDecimal USD_50 = new BigDecimal("50");
    static final BigDecimal USD_117 = new BigDecimal("117");
    static final BigDecimal USD_1000 = new BigDecimal("1000");
    /** Highest customs value per consignee under the simplified procedure. */
    public static final BigDecimal USD_2500 = new BigDecimal("2500");

    private static final String RULE = "RGCE rule 3.7.35";

    private MxCourierRates() {
    }

    /**
     * @param date              the manifest's governing date
     * @param origin            ISO alpha-2 country of origin
     * @param consigneeValueUsd customs value of everything the manifest carries for this consignee, USD
     * @param exclusion         alcohol, tobacco or RRNA goods; null when none
     * @throws IllegalArgumentException for a date before {@link #REGIME_START}
     */
    public static RateDecision decide(LocalDate date, String origin, BigDecimal consigneeValueUsd, Exclusion exclusion) {
        if (date.isBefore(REGIME_START)) {
            throw new IllegalArgumentException("rule 3.7.35 global rates are tabulated from " + REGIME_START);
        }
        if (exclusion != null) {
            return RateDecision.regularPedimento(exclusion.name(),
                    RULE + ": alcohol, tobacco and goods subject to RRNA are excluded from the global rates");
        }
        if (consigneeValueUsd.compareTo(USD_2500) > 0) {
            return RateDecision.regularPedimento("OVER_VALUE_LIMIT",
                    RULE + ": customs value per consignee over USD 2,500 is outside the simplified procedure");
        }
        Origins.Group group = Origins.of(origin);
        RateDecision decision;
        if (date.isBefore(RGCE_2025)) {
            decision = before2025(group, consigneeValueUsd);
        } else if (date.isBefore(FOURTH_MODIFICATION)) {
            decision = from2025(group, consigneeValueUsd, RateBand.RATE_19, "RGCE 2025 " + RULE);
        } else {
            decision = from2025(group, consigneeValueUsd, RateBand.RATE_33_5,
                    RULE + " (4th modification RGCE 2025, DOF 28 Jul 2025)");
        }
        boolean usmcaLine = group == Origins.Group.USMCA
                && (decision.band() == RateBand.EXEMPT || decision.band() == RateBand.RATE_17);
        return usmcaLine && !date.isBefore(SIXTH_MODIFICATION) ? decision.withPeriodicPayment() : decision;
    }

    private static RateDecision before2025(Origins.Group group, BigDecimal value) {
        String rule = RULE + " (2020-2024)";
        if (value.compareTo(USD_50) <= 0) {
            return RateDecision.of(RateBand.EXEMPT, rule + ": up to USD 50, any origin, exempt from IGI and IVA");
        }
        if (group == Origins.Group.USMCA && value.compareTo(USD_117) <= 0) {
            return RateDecision.of(RateBand.RATE_17, rule + ": USMCA origin USD 50.01-117, 17 %");
        }
        if (value.compareTo(USD_1000) <= 0) {
            return RateDecision.of(RateBand.RATE_19, rule + ": up to USD 1,000, 19 %");
        }
        return RateDecision.of(RateBand.RATE_20, rule + ": over USD 1,000, 20 % (2020 broker note, low confidence)");
    }

    private static RateDecision from2025(Origins.Group group, BigDecimal value, RateBand general, String rule) {
        switch (group) {
            case USMCA -> {
                if (value.compareTo(USD_50) <= 0) {
                    return RateDecision.of(RateBand.EXEMPT,
                            rule + ": USMCA origin up to USD 50, exempt from IGI and IVA (USMCA art. 7.8 de minimis)");
                }
                if (value.compareTo(USD_117) <= 0) {
                    return RateDecision.of(RateBand.RATE_17, rule + ": USMCA origin USD 50.01-117 with air waybill, 17 %");
                }
                return RateDecision.of(RateBand.RATE_19, rule + ": USMCA origin over USD 117 with air waybill, 19 %");
            }
            case OTHER_FTA -> {
                if (value.compareTo(USD_1) <= 0) {
                    return RateDecision.of(RateBand.EXEMPT, rule + ": FTA origin (TLC, PAAP, TIPAT) up to USD 1, exempt");
                }
                return RateDecision.of(RateBand.RATE_19, rule + ": FTA origin over USD 1, 19 %");
            }
            default -> {
                return RateDecision.of(general, rule + ": general / non-FTA origin up to USD 2,500, "
                        + (general == RateBand.RATE_33_5 ? "33.5 %" : "19 %"));
            }
        }
    }
}
