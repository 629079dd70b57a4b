package io.jointclear.courier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The US entry a courier consignment needs (BRIEF §8.3): duty-free de minimis up to USD 800 per person
 * and day (19 USC 1321(a)(2)(C)) — ended for China and Hong Kong on 2025-05-02 and suspended for every
 * country on 2025-08-29 (EO 14324) — otherwise informal entry type 11 up to USD 2,500, formal 01 above.
 */
public final class UsEntryTypes {

    public static final LocalDate CHINA_DE_MINIMIS_END = LocalDate.of(2025, 5, 2);
    public static final LocalDate DE_MINIMIS_SUSPENDED = LocalDate.of(2025, 8, 29);
    static final BigDecimal DE_MINIMIS_LIMIT = new BigDecimal("800");
    static final BigDecimal INFORMAL_LIMIT = new BigDecimal("2500");
    private static final Set<String> CHINA = Set.of("CN", "HK");

    private UsEntryTypes() {
    }

    /**
     * @param consigneeValueUsd value of everything for this consignee in the manifest (de minimis is per person and day)
     * @param valueUsd          value of this consignment (its own entry)
     */
    public static RateDecision decide(LocalDate date, String origin, BigDecimal consigneeValueUsd, BigDecimal valueUsd) {
        boolean chinaEnded = CHINA.contains(origin) && !date.isBefore(CHINA_DE_MINIMIS_END);
        if (date.isBefore(DE_MINIMIS_SUSPENDED) && !chinaEnded && consigneeValueUsd.compareTo(DE_MINIMIS_LIMIT) <= 0) {
            return RateDecision.of(RateBand.DE_MINIMIS, "19 USC 1321(a)(2)(C): up to USD 800 per person and day, duty free");
        }
        String why = date.isBefore(DE_MINIMIS_SUSPENDED)
                ? (chinaEnded ? "de minimis ended for China and Hong Kong on 2025-05-02 (IEEPA)" : "over the USD 800 de minimis")
                : "de minimis suspended for all countries from 2025-08-29 (EO 14324)";
        if (valueUsd.compareTo(INFORMAL_LIMIT) <= 0) {
            return RateDecision.of(RateBand.INFORMAL_11, why + "; informal entry type 11 up to USD 2,500 (19 CFR 143.21)");
        }
        return RateDecision.of(RateBand.FORMAL_01, why + "; formal entry type 01 over USD 2,500 (19 CFR 143.21)");
    }
}
