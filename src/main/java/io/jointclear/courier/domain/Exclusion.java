package io.jointclear.courier.domain;

/** Goods that rule 3.7.35 keeps out of the global rates: they need a regular pedimento. */
public enum Exclusion {
    ALCOHOL, TOBACCO, RRNA;

    /**
     * The exclusion that applies to a consignment, from its HS code (alcoholic beverages 2203–2208,
     * tobacco chapter 24) and the courier's own statement that the goods are subject to RRNA
     * (regulaciones y restricciones no arancelarias: NOMs, COFEPRIS permits); {@code null} when none.
     */
    public static Exclusion of(String hsCode, boolean declaredRrna) {
        if (hsCode != null && hsCode.length() >= 4) {
            String heading = hsCode.substring(0, 4);
            if (heading.compareTo("2203") >= 0 && heading.compareTo("2208") <= 0) {
                return ALCOHOL;
            }
            if (heading.startsWith("24")) {
                return TOBACCO;
            }
        }
        return declaredRrna ? RRNA : null;
    }
}
